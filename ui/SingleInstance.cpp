#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QStandardPaths>

// Off unless asked for (QT_LOGGING_RULES="authdesk.console.info=true"): tests read it.
Q_LOGGING_CATEGORY(lcInstance, "authdesk.console", QtWarningMsg)

namespace authdesk {

namespace {
// How long a start waits for the running console: it answers from its event loop, which
// never blocks for long; a console that does not answer in time is treated as gone.
constexpr int kAnswerMs = 2000;
// A request is a JSON array of strings on one line; anything larger is not ours.
constexpr qint64 kMaxRequest = 64 * 1024;
} // namespace

SingleInstance::SingleInstance(const QString &key, QObject *parent)
    : QObject(parent)
    , m_key(key)
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultKey()
{
    // The settings folder tells people (and tests with their own HOME) apart; the user name
    // keeps the name apart in the shared temporary folder (Unix) or pipe namespace (Windows).
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    const QString config = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    const QByteArray digest = QCryptographicHash::hash((user + u'\n' + config).toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("authdesk-") + QString::fromLatin1(digest.toHex().left(24));
}

SingleInstance::Role SingleInstance::start(const QStringList &arguments)
{
    if (forward(arguments))
        return Role::Forwarded;
    if (listen()) {
        qCInfo(lcInstance, "listening for later starts");
        return Role::Primary;
    }
    // Another start may have begun listening between our two attempts.
    if (forward(arguments))
        return Role::Forwarded;
    // A socket left by a console that crashed: nobody answers on it, so it is ours.
    QLocalServer::removeServer(m_key);
    if (listen())
        qCInfo(lcInstance, "listening for later starts (took over a stale socket)");
    else
        qCWarning(lcInstance, "cannot listen for later starts: %s", qUtf8Printable(m_server->errorString()));
    return Role::Primary;
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

bool SingleInstance::forward(const QStringList &arguments) const
{
    QLocalSocket socket;
    socket.connectToServer(m_key);
    if (!socket.waitForConnected(kAnswerMs))
        return false;
    QByteArray request = QJsonDocument(QJsonArray::fromStringList(arguments)).toJson(QJsonDocument::Compact);
    request += '\n';
    socket.write(request);
    if (!socket.waitForBytesWritten(kAnswerMs))
        return false;
    // The answer says the running console took the request (not merely that a socket exists).
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(kAnswerMs))
            return false;
    }
    return socket.readLine().trimmed() == "ok";
}

bool SingleInstance::listen()
{
    if (!m_server) {
        m_server = new QLocalServer(this);
        m_server->setSocketOptions(QLocalServer::UserAccessOption); // this user only
        connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onConnection);
    }
    return m_server->listen(m_key);
}

void SingleInstance::onConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > kMaxRequest)
                    socket->abort();
                return;
            }
            const QJsonDocument doc = QJsonDocument::fromJson(socket->readLine());
            if (!doc.isArray()) {
                socket->abort();
                return;
            }
            QStringList arguments;
            for (const QJsonValue &v : doc.array())
                arguments.append(v.toString());
            socket->write("ok\n");
            socket->disconnectFromServer();
            qCInfo(lcInstance, "a later start asked for the window");
            Q_EMIT activated(arguments);
        });
    }
}

} // namespace authdesk
