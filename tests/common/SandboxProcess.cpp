#include "SandboxProcess.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

#ifndef AUTHDESK_SANDBOX_BINARY
#define AUTHDESK_SANDBOX_BINARY ""
#endif

SandboxProcess::~SandboxProcess()
{
    stop();
}

QString SandboxProcess::binaryPath()
{
    const QString env = qEnvironmentVariable("AUTHDESK_SANDBOX");
    if (!env.isEmpty())
        return env;
    return QString::fromUtf8(AUTHDESK_SANDBOX_BINARY);
}

bool SandboxProcess::start(const QStringList &extraArgs, QString *error)
{
    stop();
    m_process = new QProcess;
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    m_process->start(binaryPath(), QStringList{QStringLiteral("--port"), QStringLiteral("0"),
                                               QStringLiteral("--quiet")}
                                       + extraArgs);
    if (!m_process->waitForStarted(10'000)) {
        if (error)
            *error = QStringLiteral("cannot start %1: %2").arg(binaryPath(), m_process->errorString());
        stop();
        return false;
    }
    QByteArray line;
    while (!line.contains('\n')) {
        if (!m_process->waitForReadyRead(15'000)) {
            if (error)
                *error = QStringLiteral("sandbox printed no URL: %1")
                             .arg(QString::fromUtf8(m_process->readAllStandardError()));
            stop();
            return false;
        }
        line += m_process->readLine();
    }
    m_base = QUrl(QString::fromUtf8(line.trimmed()));
    if (!m_base.isValid() || m_base.port() <= 0) {
        if (error)
            *error = QStringLiteral("unexpected first line: %1").arg(QString::fromUtf8(line));
        stop();
        return false;
    }
    return true;
}

void SandboxProcess::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5'000)) {
            m_process->kill();
            m_process->waitForFinished(2'000);
        }
    }
    delete m_process;
    m_process = nullptr;
}

QUrl SandboxProcess::url(const QString &path) const
{
    QUrl u = m_base;
    u.setPath(path);
    return u;
}

QJsonDocument SandboxProcess::control(const QByteArray &method, const QString &path,
                                      const QJsonDocument &body, int *status) const
{
    // A private manager: the control channel must not disturb the client under test.
    QNetworkAccessManager nam;
    QUrl u = m_base;
    const int q = path.indexOf(u'?');
    u.setPath(q < 0 ? path : path.left(q));
    if (q >= 0)
        u.setQuery(path.mid(q + 1));
    QNetworkRequest req(u);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = nam.sendCustomRequest(req, method, body.isNull() ? QByteArray() : body.toJson());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
    loop.exec();
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll());
    reply->deleteLater();
    return doc;
}

bool SandboxProcess::reset() const
{
    int status = 0;
    control("POST", QStringLiteral("/_sandbox/reset"), {}, &status);
    return status == 200;
}

QJsonArray SandboxProcess::outbox(const QString &to, const QString &kind) const
{
    QUrlQuery q;
    if (!to.isEmpty())
        q.addQueryItem(QStringLiteral("to"), to);
    if (!kind.isEmpty())
        q.addQueryItem(QStringLiteral("kind"), kind);
    QString path = QStringLiteral("/_sandbox/outbox");
    if (!q.isEmpty())
        path += u'?' + q.toString(QUrl::FullyEncoded);
    return control("GET", path).array();
}

QString SandboxProcess::lastToken(const QString &to, const QString &kind) const
{
    const QJsonArray mails = outbox(to, kind);
    return mails.isEmpty() ? QString() : mails.last().toObject().value(QStringLiteral("token")).toString();
}

bool SandboxProcess::advanceClock(int seconds) const
{
    int status = 0;
    control("POST", QStringLiteral("/_sandbox/clock"),
            QJsonDocument(QJsonObject{{QStringLiteral("advanceSeconds"), seconds}}), &status);
    return status == 200;
}

bool SandboxProcess::addFault(const QJsonObject &fault) const
{
    int status = 0;
    control("POST", QStringLiteral("/_sandbox/faults"), QJsonDocument(fault), &status);
    return status == 200 || status == 201;
}

bool SandboxProcess::clearFaults() const
{
    int status = 0;
    control("DELETE", QStringLiteral("/_sandbox/faults"), {}, &status);
    return status == 200;
}

bool SandboxProcess::setConfig(const QJsonObject &config) const
{
    int status = 0;
    control("POST", QStringLiteral("/_sandbox/config"), QJsonDocument(config), &status);
    return status == 200;
}

QJsonArray SandboxProcess::requests(const QString &route) const
{
    return control("GET", route.isEmpty() ? QStringLiteral("/_sandbox/requests")
                                          : QStringLiteral("/_sandbox/requests?route=") + route)
        .array();
}

QStringList SandboxProcess::generateSessions(int count, const QString &userId) const
{
    const QJsonDocument made = control("POST", QStringLiteral("/_sandbox/platform28/sessions"),
                                       QJsonDocument(QJsonObject{{QStringLiteral("count"), count}, {QStringLiteral("userId"), userId}}));
    QStringList ids;
    for (const QJsonValue &v : made.object().value(QStringLiteral("sessionIds")).toArray())
        ids << v.toString();
    return ids;
}
