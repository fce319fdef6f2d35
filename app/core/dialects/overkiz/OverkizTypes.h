#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace authdesk {

// O6 answer: the server's verdict on a candidate password.
struct OverkizPasswordQuality {
    struct Weakness {
        QString key, label;
    };
    int score = 0;
    QString qualityClass;
    QList<Weakness> weaknesses;

    bool rejected() const { return score < 0; }
    QJsonObject toJson() const;
    static OverkizPasswordQuality fromJson(const QJsonObject &o);
};

// O11 body (fields as in the vendor's documentation).
struct OverkizMainAccount {
    struct EndUser {
        QString userId, email, firstName, lastName, phone, language, country;
    };
    QJsonObject location;          // address fields as the server documents them
    QString label, templateName, applicationId, gatewayId, password;
    QStringList tariffs;
    QDateTime activation, expiration; // optional
    EndUser endUser;

    // Empty when the form can be sent; otherwise one message per field ("field: problem").
    QStringList validate() const;
    QJsonObject toJson() const;
};

} // namespace authdesk
