#include "LoopbackRedirectListener.h"

#include <QCoreApplication>
#include <QTcpSocket>
#include <QTimer>

namespace authdesk {

namespace {
constexpr qsizetype kMaxHead = 16 * 1024; // a request line with a code and state is far less
}

LoopbackRedirectListener::LoopbackRedirectListener(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackRedirectListener::onConnection);
}

bool LoopbackRedirectListener::listen(QString *error)
{
    // 127.0.0.1 rather than "localhost" (RFC 8252 8.3): no resolver, no IPv6/IPv4 surprise.
    if (m_server.listen(QHostAddress::LocalHost, 0))
        return true;
    if (error)
        *error = QCoreApplication::translate("LoopbackRedirectListener", "Cannot wait for the browser's answer on 127.0.0.1: %1")
                     .arg(m_server.errorString());
    return false;
}

void LoopbackRedirectListener::close()
{
    m_server.close();
}

QUrl LoopbackRedirectListener::redirectUri() const
{
    if (!m_server.isListening())
        return {};
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(m_server.serverPort());
    u.setPath(QStringLiteral("/callback"));
    return u;
}

void LoopbackRedirectListener::setPageText(const QString &title, const QString &text)
{
    m_title = title;
    m_text = text;
}

void LoopbackRedirectListener::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        // A connection that never finishes its request is closed after ten seconds.
        QTimer::singleShot(10'000, socket, [socket] { socket->abort(); });
        auto head = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, head] {
            if (socket->property("answered").toBool())
                return; // whatever else comes on this connection is ignored
            head->append(socket->readAll());
            if (head->contains("\r\n\r\n")) {
                socket->setProperty("answered", true);
                answer(socket, *head);
            } else if (head->size() > kMaxHead) {
                socket->abort();
            }
        });
    }
}

void LoopbackRedirectListener::answer(QTcpSocket *socket, const QByteArray &requestHead)
{
    const QList<QByteArray> requestLine = requestHead.left(requestHead.indexOf("\r\n")).split(' ');
    const QUrl target(QString::fromLatin1(requestLine.value(1)));
    const bool ours = requestLine.value(0) == "GET" && target.path() == u"/callback" && !m_done;
    QByteArray body;
    QByteArray status = "404 Not Found";
    if (ours) {
        status = "200 OK";
        const auto esc = [](const QString &s) { return s.toHtmlEscaped().toUtf8(); };
        body = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + esc(m_title) + "</title></head><body><h1>"
            + esc(m_title) + "</h1><p>" + esc(m_text) + "</p></body></html>";
    }
    socket->write("HTTP/1.1 " + status + "\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\n"
                  "Connection: close\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    socket->disconnectFromHost();
    if (ours) {
        m_done = true;
        m_server.close(); // one answer per sign-in
        Q_EMIT received(QUrlQuery(target.query(QUrl::FullyEncoded)));
    }
}

} // namespace authdesk
