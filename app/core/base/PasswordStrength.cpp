#include "PasswordStrength.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <iterator>
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
        if (w.isEmpty())
            continue; // a field left blank is no word of the person's
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
    // zxcvbn's own score (what "score 3" means wherever zxcvbn is used): the C port returns
    // log2 of the guesses, the score bands them at 10^3, 10^6, 10^8 and 10^10 guesses (plus
    // zxcvbn's delta of 5). Score 3 is "safely unguessable" for an online service.
    static const double bands[] = {std::log2(1e3 + 5), std::log2(1e6 + 5), std::log2(1e8 + 5), std::log2(1e10 + 5)};
    s.score = int(std::upper_bound(std::begin(bands), std::end(bands), s.entropyBits) - std::begin(bands));
    static const char *labels[] = {QT_TRANSLATE_NOOP("PasswordStrength", "Very weak"), QT_TRANSLATE_NOOP("PasswordStrength", "Weak"),
                                   QT_TRANSLATE_NOOP("PasswordStrength", "Fair"), QT_TRANSLATE_NOOP("PasswordStrength", "Good"),
                                   QT_TRANSLATE_NOOP("PasswordStrength", "Excellent")};
    s.label = QCoreApplication::translate("PasswordStrength", labels[s.score]);
    return s;
}

} // namespace authdesk
