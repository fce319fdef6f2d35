#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace authdesk {

QStringList Translations::available()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

QString Translations::install(const QString &choice)
{
    static QTranslator *own = nullptr;
    static QTranslator *qt = nullptr;
    for (QTranslator **t : {&own, &qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    QLocale::setDefault(QLocale::system()); // undo an earlier choice
    const QString language = choice.isEmpty() || choice == u"system" ? QLocale::system().name().section(u'_', 0, 0) : choice;
    if (!available().contains(language) || language == u"en") {
        // English needs its plural forms only: "%n session(s)" reads "1 session", "2 sessions".
        own = new QTranslator;
        if (own->load(QStringLiteral(":/i18n/authdesk_en.qm")))
            QCoreApplication::installTranslator(own);
        return QStringLiteral("en");
    }
    own = new QTranslator;
    if (!own->load(QStringLiteral(":/i18n/authdesk_%1.qm").arg(language))) {
        delete own;
        own = nullptr;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(own);
    // Dates and numbers in the language the console speaks (a French console on an English
    // system writes French dates), unless the system's locale already is of that language.
    if (QLocale().language() != QLocale(language).language())
        QLocale::setDefault(QLocale(language));
    qt = new QTranslator;
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return language;
}

} // namespace authdesk
