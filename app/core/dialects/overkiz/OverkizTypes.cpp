#include "OverkizTypes.h"

#include "JsonReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace authdesk {

QJsonObject OverkizPasswordQuality::toJson() const
{
    QJsonArray w;
    for (const Weakness &x : weaknesses)
        w.append(QJsonObject{{QStringLiteral("key"), x.key}, {QStringLiteral("label"), x.label}});
    return {{QStringLiteral("score"), score}, {QStringLiteral("qualityClass"), qualityClass}, {QStringLiteral("weaknesses"), w}};
}

OverkizPasswordQuality OverkizPasswordQuality::fromJson(const QJsonObject &o)
{
    OverkizPasswordQuality q;
    q.score = int(json::integer(o, u"score"));
    q.qualityClass = json::str(o, u"qualityClass");
    for (const QJsonValue &v : json::array(o, u"weaknesses")) {
        const QJsonObject w = v.toObject();
        q.weaknesses.append({json::str(w, u"key"), json::str(w, u"label")});
    }
    return q;
}

QStringList OverkizMainAccount::validate() const
{
    QStringList problems;
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (label.trimmed().isEmpty())
        problems << QCoreApplication::translate("OverkizMainAccount", "label: enter a label for the account.");
    if (endUser.userId.trimmed().isEmpty() && endUser.email.trimmed().isEmpty())
        problems << QCoreApplication::translate("OverkizMainAccount", "endUser.userId: enter the user id (usually the e-mail address).");
    if (!endUser.email.isEmpty() && !email.match(endUser.email.trimmed()).hasMatch())
        problems << QCoreApplication::translate("OverkizMainAccount", "endUser.email: this is not an e-mail address.");
    if (password.size() < 8)
        problems << QCoreApplication::translate("OverkizMainAccount", "password: use at least 8 characters.");
    if (activation.isValid() && expiration.isValid() && expiration <= activation)
        problems << QCoreApplication::translate("OverkizMainAccount", "expirationTimestamp: must be after the activation.");
    static const QRegularExpression gateway(QStringLiteral("^\\d{4}-\\d{4}-\\d{4}$"));
    if (!gatewayId.isEmpty() && !gateway.match(gatewayId.trimmed()).hasMatch())
        problems << QCoreApplication::translate("OverkizMainAccount", "gatewayId: expected the form 1234-5678-9012.");
    return problems;
}

QJsonObject OverkizMainAccount::toJson() const
{
    QJsonObject user{{QStringLiteral("userId"), endUser.userId.trimmed().isEmpty() ? endUser.email.trimmed() : endUser.userId.trimmed()}};
    const std::pair<const char *, QString> fields[] = {{"email", endUser.email}, {"firstName", endUser.firstName},
                                                       {"lastName", endUser.lastName}, {"phone", endUser.phone},
                                                       {"language", endUser.language}, {"country", endUser.country}};
    for (const auto &[k, v] : fields)
        if (!v.trimmed().isEmpty())
            user.insert(QLatin1String(k), v.trimmed());
    QJsonObject o{{QStringLiteral("label"), label.trimmed()}, {QStringLiteral("endUser"), user},
                  {QStringLiteral("password"), password}};
    if (!location.isEmpty())
        o.insert(QStringLiteral("location"), location);
    if (!tariffs.isEmpty())
        o.insert(QStringLiteral("tariffs"), QJsonArray::fromStringList(tariffs));
    if (!templateName.isEmpty())
        o.insert(QStringLiteral("templateName"), templateName);
    if (!applicationId.isEmpty())
        o.insert(QStringLiteral("applicationId"), applicationId);
    if (!gatewayId.isEmpty())
        o.insert(QStringLiteral("gatewayId"), gatewayId.trimmed());
    if (activation.isValid())
        o.insert(QStringLiteral("activationTimestamp"), activation.toMSecsSinceEpoch());
    if (expiration.isValid())
        o.insert(QStringLiteral("expirationTimestamp"), expiration.toMSecsSinceEpoch());
    return o;
}

} // namespace authdesk
