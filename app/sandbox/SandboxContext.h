#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace sandbox {

// What the three dialect services share: the (movable) clock, the configuration, the
// outbox of e-mails they "sent", and the sandbox's own base URL for links.
class Context
{
public:
    QDateTime now() const { return QDateTime::currentDateTimeUtc().addSecs(m_offset); }
    void advance(qint64 seconds) { m_offset += seconds; }

    QString baseUrl;

    struct Config {
        int enablexTokenLifetimeSec = 15 * 60;
        int sessionIdleSec = 30 * 60;
        int existsRateLimitPerMinute = 10;
        bool resultAsString = false;
        // Single sign-on: the Overkiz login's accessToken / jwt are verified against this
        // issuer's keys and must name one of these audiences (empty issuer: SSO tokens refused).
        QString oidcIssuer;
        QStringList oidcAudiences;
    } config;
    // What reset() goes back to: the built-in values and the command line's.
    Config defaults;
    QJsonObject configJson() const;
    void applyConfig(const QJsonObject &o);

    void mail(const QString &dialect, const QString &kind, const QString &to, const QString &subject,
              const QString &token, const QString &link);
    QJsonArray outbox(const QString &to, const QString &kind) const;
    void clearOutbox() { m_outbox = {}; }

    // A random url-safe token with a readable prefix.
    static QString newToken(const QString &prefix, int bytes = 16);

    void reset();

private:
    qint64 m_offset = 0;
    QJsonArray m_outbox;
    int m_nextMailId = 1;
};

} // namespace sandbox
