#include "SandboxContext.h"

#include <QRandomGenerator>

namespace sandbox {

QJsonObject Context::configJson() const
{
    return {{QStringLiteral("enablexTokenLifetimeSec"), config.enablexTokenLifetimeSec},
            {QStringLiteral("sessionIdleSec"), config.sessionIdleSec},
            {QStringLiteral("existsRateLimitPerMinute"), config.existsRateLimitPerMinute},
            {QStringLiteral("resultAsString"), config.resultAsString},
            {QStringLiteral("oidcIssuer"), config.oidcIssuer},
            {QStringLiteral("oidcAudiences"), QJsonArray::fromStringList(config.oidcAudiences)}};
}

void Context::applyConfig(const QJsonObject &o)
{
    config.enablexTokenLifetimeSec = o.value(u"enablexTokenLifetimeSec").toInt(config.enablexTokenLifetimeSec);
    config.sessionIdleSec = o.value(u"sessionIdleSec").toInt(config.sessionIdleSec);
    config.existsRateLimitPerMinute = o.value(u"existsRateLimitPerMinute").toInt(config.existsRateLimitPerMinute);
    config.resultAsString = o.value(u"resultAsString").toBool(config.resultAsString);
    config.oidcIssuer = o.value(u"oidcIssuer").toString(config.oidcIssuer);
    if (o.value(u"oidcAudiences").isArray()) {
        config.oidcAudiences.clear();
        for (const QJsonValue &a : o.value(u"oidcAudiences").toArray())
            config.oidcAudiences << a.toString();
    }
}

void Context::mail(const QString &dialect, const QString &kind, const QString &to, const QString &subject,
                   const QString &token, const QString &link)
{
    m_outbox.append(QJsonObject{{QStringLiteral("id"), m_nextMailId++},
                                {QStringLiteral("time"), now().toString(Qt::ISODate)},
                                {QStringLiteral("dialect"), dialect},
                                {QStringLiteral("kind"), kind},
                                {QStringLiteral("to"), to},
                                {QStringLiteral("subject"), subject},
                                {QStringLiteral("token"), token},
                                {QStringLiteral("link"), link}});
}

QJsonArray Context::outbox(const QString &to, const QString &kind) const
{
    QJsonArray out;
    for (const QJsonValue &v : m_outbox) {
        const QJsonObject m = v.toObject();
        if (!to.isEmpty() && m.value(u"to").toString().compare(to, Qt::CaseInsensitive) != 0)
            continue;
        if (!kind.isEmpty() && m.value(u"kind").toString() != kind)
            continue;
        out.append(m);
    }
    return out;
}

QString Context::newToken(const QString &prefix, int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return prefix + QString::fromLatin1(raw.toHex());
}

void Context::reset()
{
    m_offset = 0;
    config = defaults;
    m_outbox = {};
    m_nextMailId = 1;
}

} // namespace sandbox
