#pragma once

#include "Profile.h"
#include "Result.h"

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
    // Adds or replaces (by id; a new profile whose name is taken replaces that one, also when
    // another process added it a moment ago). Returns the saved profile, or a Storage error
    // when the settings file could not be written: nothing is reported saved that is not.
    Result<Profile> save(Profile profile);
    // False when there is no such profile; a Storage error when the file cannot be written.
    Result<bool> remove(const QString &idOrName);
    QString fileName() const;

private:
    // Writes the settings file now and checks that it was written.
    std::optional<ApiError> commit();

    QSettings *m_settings;
};

} // namespace authdesk
