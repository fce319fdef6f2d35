#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

// A stand-in for "another server" in tests: a loopback HTTP listener that records every
// request it receives, byte for byte, and answers each with the same response (by default
// 401 with a JSON body). Tests assert on what reached it: no session secret, no password.
class FakeServer
{
public:
    explicit FakeServer(const QByteArray &status = "401 Unauthorized",
                        const QByteArray &body = R"({"code":"INVALID_SESSION","message":"Not signed in."})")
        : m_response("HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nContent-Length: "
                     + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                m_requests.append(QByteArray());
                const qsizetype index = m_requests.size() - 1;
                QObject::connect(s, &QTcpSocket::readyRead, s, [this, s, index] {
                    m_requests[index] += s->readAll();
                    if (m_requests[index].contains("\r\n\r\n") && !s->property("answered").toBool()) {
                        s->setProperty("answered", true);
                        s->write(m_response);
                        s->disconnectFromHost();
                    }
                });
                QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }

    QUrl url(const QString &path = {}) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    // Every request received so far (request line, headers and body as sent).
    const QList<QByteArray> &requests() const { return m_requests; }
    bool anyContains(const QByteArray &needle) const
    {
        for (const QByteArray &r : m_requests) {
            if (r.contains(needle))
                return true;
        }
        return false;
    }

private:
    QTcpServer m_server;
    QByteArray m_response;
    QList<QByteArray> m_requests;
};
