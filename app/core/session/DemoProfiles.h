#pragma once

#include "Profile.h"

#include <QList>
#include <QUrl>

namespace authdesk {

class ProfileStore;

// The three profiles `authdesk --demo` points at the bundled sandbox. They are saved (or
// updated with the sandbox's new port) under fixed ids so repeated demos do not pile up.
class DemoProfiles
{
public:
    static QList<Profile> make(const QUrl &sandboxBase);
    static QList<Profile> install(ProfileStore &store, const QUrl &sandboxBase);
};

} // namespace authdesk
