#include "PasswordStrength.h"

#include <QCoreApplication>

#include <vector>

#include <zxcvbn.h>

namespace authdesk {

PasswordStrength PasswordStrength::estimate(const QString &password, const QStringList &personalWords)
{
    PasswordStrength s;
    if (password.isEmpty()) {
        s.label = QCoreApplication::translate("PasswordStrength", "Empty");
        return s;
    }
    // zxcvbn wants a null-terminated list of C strings that outlive the call.
    std::vector<QByteArray> words;
    for (const QString &w : personalWords) {
        words.push_back(w.toLower().toUtf8());
        const QString local = w.section(u'@', 0, 0); // "alice" of "alice@example.com"
        if (local != w && !local.isEmpty())
            words.push_back(local.toLower().toUtf8());
    }
    std::vector<const char *> dict;
    for (const QByteArray &w : words)
        dict.push_back(w.constData());
    dict.push_back(nullptr);
    const QByteArray utf8 = password.toUtf8();
    s.entropyBits = ZxcvbnMatch(utf8.constData(), dict.data(), nullptr);
    // Bands as KeePassXC's password health: below 40 bits poor, below 75 weak, below 100 good.
    s.score = s.entropyBits < 28 ? 0 : s.entropyBits < 40 ? 1 : s.entropyBits < 75 ? 2 : s.entropyBits < 100 ? 3 : 4;
    static const char *labels[] = {QT_TRANSLATE_NOOP("PasswordStrength", "Very weak"), QT_TRANSLATE_NOOP("PasswordStrength", "Weak"),
                                   QT_TRANSLATE_NOOP("PasswordStrength", "Fair"), QT_TRANSLATE_NOOP("PasswordStrength", "Good"),
                                   QT_TRANSLATE_NOOP("PasswordStrength", "Excellent")};
    s.label = QCoreApplication::translate("PasswordStrength", labels[s.score]);
    return s;
}

} // namespace authdesk
