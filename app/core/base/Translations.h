#pragma once

#include <QString>
#include <QStringList>

namespace authdesk {

// Loads AuthDesk's own translations (compiled in) and Qt's (so standard buttons speak the
// same language) for the system locale, or for an explicit choice.
class Translations
{
public:
    // "system" (or empty) follows the system locale; "en" means no translation. Returns the
    // language in use ("de", "fr", "en").
    static QString install(const QString &choice = {});
    // Languages with a translation, plus "en".
    static QStringList available();
    // The settings key of the console's language override.
    static QString settingsKey() { return QStringLiteral("ui/language"); }
};

} // namespace authdesk
