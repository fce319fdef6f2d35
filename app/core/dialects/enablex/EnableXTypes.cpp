#include "EnableXTypes.h"

#include "JsonReader.h"

namespace authdesk {

QString EnableXUser::displayName() const
{
    QStringList parts;
    for (const QString &p : {firstName, middleName, lastName})
        if (!p.isEmpty())
            parts << p;
    return parts.isEmpty() ? email : parts.join(u' ');
}

EnableXUser EnableXUser::fromJson(const QJsonObject &o)
{
    EnableXUser u;
    u.userId = json::str(o, u"user_id");
    u.userType = json::str(o, u"user_type");
    u.userTypeDesc = json::str(o, u"user_type_desc");
    u.email = json::str(o, u"email");
    u.firstName = json::str(o, u"first_name");
    u.middleName = json::str(o, u"middle_name");
    u.lastName = json::str(o, u"last_name");
    u.companyName = json::str(json::object(o, u"company"), u"name");
    u.lastLogin = json::time(o, u"last_login_time");
    u.raw = o;
    return u;
}

EnableXKeyOwner EnableXKeyOwner::fromJson(const QJsonObject &d)
{
    return {json::str(d, u"email"), json::str(d, u"user_id"), json::str(d, u"first_name"),
            json::str(d, u"middle_name"), json::str(d, u"last_name")};
}

} // namespace authdesk
