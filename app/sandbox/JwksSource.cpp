#include "JwksSource.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QThread>
#include <QTimer>

namespace sandbox {

namespace {

// GET url on a thread of its own; the parsed JSON object or an empty one with *why.
QJsonObject fetchJson(const QUrl &url, QString *why)
{
    QJsonObject result;
    QString error;
    QThread *worker = QThread::create([&] {
        QNetworkAccessManager nam;
        nam.setProxy(QNetworkProxy::NoProxy); // the sandbox and its issuer are on loopback
        QNetworkRequest req(url);
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        req.setTransferTimeout(5000);
        QNetworkReply *reply = nam.get(req);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QByteArray body = reply->readAll();
        if (reply->error() != QNetworkReply::NoError) {
            error = reply->errorString();
        } else {
            QJsonParseError pe{};
            const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
            if (doc.isObject())
                result = doc.object();
            else
                error = QStringLiteral("not a JSON object");
        }
        delete reply;
    });
    worker->start();
    worker->wait();
    delete worker;
    if (why && result.isEmpty())
        *why = url.toString() + QStringLiteral(": ") + error;
    return result;
}

} // namespace

void JwksSource::setIssuer(const QString &issuer)
{
    if (issuer == m_issuer)
        return;
    m_issuer = issuer;
    m_keys.clear();
    m_lastFetch = {};
}

QJsonObject JwksSource::key(const QString &kid, QString *why)
{
    if (m_issuer.isEmpty()) {
        *why = QStringLiteral("no issuer is configured");
        return {};
    }
    if (!m_keys.contains(kid)) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (m_lastFetch.isValid() && m_lastFetch.secsTo(now) < 10) {
            *why = QStringLiteral("unknown key id %1").arg(kid);
            return {};
        }
        m_lastFetch = now;
        if (!refresh(why))
            return {};
    }
    if (!m_keys.contains(kid))
        *why = QStringLiteral("unknown key id %1").arg(kid);
    return m_keys.value(kid);
}

bool JwksSource::refresh(QString *why)
{
    QString base = m_issuer;
    while (base.endsWith(u'/'))
        base.chop(1);
    const QJsonObject discovery = fetchJson(QUrl(base + QStringLiteral("/.well-known/openid-configuration")), why);
    const QUrl jwksUri(discovery.value(u"jwks_uri").toString());
    if (!jwksUri.isValid() || jwksUri.isEmpty()) {
        if (!discovery.isEmpty())
            *why = QStringLiteral("the issuer's discovery names no jwks_uri");
        return false;
    }
    const QJsonObject set = fetchJson(jwksUri, why);
    if (set.isEmpty())
        return false;
    m_keys.clear();
    for (const QJsonValue &k : set.value(u"keys").toArray()) {
        const QJsonObject o = k.toObject();
        m_keys.insert(o.value(u"kid").toString(), o);
    }
    return true;
}

} // namespace sandbox
