#pragma once

#include <QString>
#include <QStringList>

namespace authdesk {

// A local strength estimate from libzxcvbn (as KeePassXC does): entropy in bits and a
// score from 0 (very weak) to 4 (excellent). Words that belong to the person (their e-mail,
// name, user id) count as particularly weak.
struct PasswordStrength {
    double entropyBits = 0;
    int score = 0;
    QString label; // translated: "Very weak" ... "Excellent"

    static PasswordStrength estimate(const QString &password, const QStringList &personalWords = {});
};

} // namespace authdesk
