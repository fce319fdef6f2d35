#include "ProcessGuard.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace authdesk {

bool ProcessGuard::protect()
{
#ifdef Q_OS_LINUX
    return ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
#else
    return false; // Windows writes no core dumps of its own; crash reports are opt-in
#endif
}

bool ProcessGuard::isDumpable()
{
#ifdef Q_OS_LINUX
    return ::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0;
#else
    return true;
#endif
}

} // namespace authdesk
