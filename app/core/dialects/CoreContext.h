#pragma once

#include "Clock.h"
#include "DialectRegistry.h"

#include <memory>

namespace authdesk {

class HttpClient;

// What backends need from their surroundings, made once by each program (console, CLI) or
// test and passed down: the network client of this thread, the clock and the dialects.
// Nothing below reaches for a process-wide singleton.
class CoreContext
{
public:
    // Built-in dialects, the system clock, a new network client owned by this context
    // (create it in the thread that will do the network work).
    CoreContext();
    explicit CoreContext(DialectRegistry dialects);
    ~CoreContext();
    CoreContext(const CoreContext &) = delete;
    CoreContext &operator=(const CoreContext &) = delete;

    HttpClient &http() { return *m_http; }
    Clock &clock() { return m_clock; }
    const Clock &clock() const { return m_clock; }
    DialectRegistry &dialects() { return m_dialects; }
    const DialectRegistry &dialects() const { return m_dialects; }

private:
    std::unique_ptr<HttpClient> m_http;
    Clock m_clock;
    DialectRegistry m_dialects;
};

} // namespace authdesk
