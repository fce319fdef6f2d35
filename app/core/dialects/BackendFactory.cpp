#include "BackendFactory.h"

#include "EnableXBackend.h"
#include "OverkizBackend.h"
#include "Platform28Backend.h"

namespace authdesk {

std::unique_ptr<Backend> makeBackend(const Profile &profile, QObject *parent)
{
    switch (profile.dialect) {
    case Dialect::EnableX: return std::make_unique<EnableXBackend>(profile, parent);
    case Dialect::Platform28: return std::make_unique<Platform28Backend>(profile, parent);
    case Dialect::Overkiz: return std::make_unique<OverkizBackend>(profile, parent);
    }
    return nullptr;
}

} // namespace authdesk
