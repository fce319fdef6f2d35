#pragma once

namespace authdesk {

// Qt's HTTP client leaves Nagle's algorithm on for its connections (qtbase 6.4 to 6.11:
// the LowDelayOption call in qhttpnetworkconnectionchannel.cpp is commented out). A request
// whose body goes out in a second write is then held until the server acknowledges the
// first: every HTTP/2 call with a body (its HEADERS frame, then its DATA frame once our
// thread has handed Qt the bytes) waited a round trip plus up to 40 ms of the server's
// delayed ACK. That halved a bulk job's rate at 50 ms round trip (#15). curl and browsers
// set TCP_NODELAY on every connection; Qt offers no access to its sockets, so this finds
// the process's TCP sockets and sets it on each (Linux: /proc/self/fd; elsewhere nothing).
class TcpNoDelay
{
public:
    // Sets TCP_NODELAY on every open, non-listening TCP socket of this process; returns how
    // many it set. Cheap enough per new connection (a directory of a few dozen entries).
    static int applyToOpenSockets();
};

} // namespace authdesk
