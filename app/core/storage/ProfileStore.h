#pragma once

#include "Profile.h"

#include <QList>
#include <QString>

#include <optional>

class QSettings;

namespace authdesk {

// Profiles in QSettings (group "profiles/<id>"). Secrets never go here.
class ProfileStore
{
public:
    ProfileStore();                             // the application's QSettings
    explicit ProfileStore(const QString &iniFile); // a specific file (tests, --config)
    ~ProfileStore();

    QList<Profile> all() const;
    // By id, or by name (case-insensitive).
    std::optional<Profile> find(const QString &idOrName) const;
    // Adds or replaces (by id; a new id is made when empty). Returns the saved profile.
    Profile save(Profile profile);
    bool remove(const QString &idOrName);
    QString fileName() const;

private:
    QSettings *m_settings;
};

} // namespace authdesk
