#include "Platform28Types.h"

#include "JsonReader.h"

#include <QCryptographicHash>

namespace authdesk {

QJsonObject P28Session::toJson() const
{
    auto t = [](const QDateTime &d) { return d.isValid() ? QJsonValue(d.toString(Qt::ISODateWithMs)) : QJsonValue(); };
    return {{QStringLiteral("sessionId"), sessionId},
            {QStringLiteral("userId"), userId},
            {QStringLiteral("effectiveUserId"), effectiveUserId},
            {QStringLiteral("orgId"), orgId},
            {QStringLiteral("effectiveOrgId"), effectiveOrgId},
            {QStringLiteral("created"), t(created)},
            {QStringLiteral("lastAccess"), t(lastAccess)},
            {QStringLiteral("expiresAt"), t(expiresAt)},
            {QStringLiteral("clientIp"), clientIp},
            {QStringLiteral("userAgent"), userAgent},
            {QStringLiteral("clonedFrom"), clonedFrom.isEmpty() ? QJsonValue() : QJsonValue(clonedFrom)}};
}

P28Session P28Session::fromJson(const QJsonObject &o)
{
    P28Session s;
    s.sessionId = json::str(o, u"sessionId");
    s.userId = json::str(o, u"userId");
    s.effectiveUserId = json::str(o, u"effectiveUserId", s.userId);
    s.orgId = json::str(o, u"orgId");
    s.effectiveOrgId = json::str(o, u"effectiveOrgId", s.orgId);
    s.created = json::time(o, u"created");
    s.lastAccess = json::time(o, u"lastAccess");
    s.expiresAt = json::time(o, u"expiresAt");
    s.clientIp = json::str(o, u"clientIp");
    s.userAgent = json::str(o, u"userAgent");
    s.clonedFrom = json::str(o, u"clonedFrom");
    s.lsid = json::str(o, u"lsid");
    return s;
}

QString p28PasswordHash(const QString &password)
{
    return QString::fromLatin1(QCryptographicHash::hash(password.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace authdesk
