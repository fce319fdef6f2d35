#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace authdesk {

// E1 answer's "user" (contract section 1).
struct EnableXUser {
    QString userId, userType, userTypeDesc, email, firstName, middleName, lastName, companyName;
    QDateTime lastLogin;
    QJsonObject raw; // everything the server sent, for the details pane

    QString displayName() const;
    static EnableXUser fromJson(const QJsonObject &o);
};

// E3 answer: whose account a reset key belongs to.
struct EnableXKeyOwner {
    QString email, userId, firstName, middleName, lastName;
    static EnableXKeyOwner fromJson(const QJsonObject &data);
};

} // namespace authdesk
