#include "TcpNoDelay.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <dirent.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#include <cstdlib>
#endif

namespace authdesk {

int TcpNoDelay::applyToOpenSockets()
{
    int set = 0;
#ifdef Q_OS_LINUX
    DIR *dir = ::opendir("/proc/self/fd");
    if (!dir)
        return 0;
    const int own = ::dirfd(dir);
    while (const dirent *entry = ::readdir(dir)) {
        char *end = nullptr;
        const long fd = std::strtol(entry->d_name, &end, 10);
        if (end == entry->d_name || *end != '\0' || fd == own)
            continue;
        // A TCP socket (stream, IPv4/IPv6) that is not listening: a connection. Another
        // thread may close the descriptor meanwhile; every call below then just fails.
        int type = 0;
        int listening = 0;
        socklen_t size = sizeof type;
        if (::getsockopt(int(fd), SOL_SOCKET, SO_TYPE, &type, &size) != 0 || type != SOCK_STREAM)
            continue;
        size = sizeof listening;
        if (::getsockopt(int(fd), SOL_SOCKET, SO_ACCEPTCONN, &listening, &size) != 0 || listening)
            continue;
        sockaddr_storage address{};
        socklen_t length = sizeof address;
        if (::getsockname(int(fd), reinterpret_cast<sockaddr *>(&address), &length) != 0
            || (address.ss_family != AF_INET && address.ss_family != AF_INET6))
            continue;
        const int on = 1;
        if (::setsockopt(int(fd), IPPROTO_TCP, TCP_NODELAY, &on, sizeof on) == 0)
            ++set;
    }
    ::closedir(dir);
#endif
    return set;
}

} // namespace authdesk
