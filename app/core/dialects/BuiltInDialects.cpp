// The one place that lists the dialects AuthDesk ships with. Each describes itself
// (XBackend::descriptor(), beside its backend); nothing else in the project switches on them.
#include "DialectRegistry.h"
#include "EnableXBackend.h"
#include "OverkizBackend.h"
#include "Platform28Backend.h"

namespace authdesk {

DialectRegistry DialectRegistry::builtIn()
{
    DialectRegistry r;
    r.add(EnableXBackend::descriptor());
    r.add(Platform28Backend::descriptor());
    r.add(OverkizBackend::descriptor());
    return r;
}

} // namespace authdesk
