#pragma once

#include "SandboxContext.h"
#include "SandboxTypes.h"

namespace sandbox {

// One dialect served under its base path. The server asks for the route id first (for
// fault injection and the request log), then for the answer.
class DialectService
{
public:
    explicit DialectService(Context &ctx) : m_ctx(ctx) {}
    virtual ~DialectService() = default;

    virtual QString basePath() const = 0;
    virtual QString dialect() const = 0;
    // The contract id of the route (E1, P5, O10...) or empty when no route matches.
    virtual QString match(const Request &r) const = 0;
    virtual Reply handle(const QString &route, const Request &r) = 0;
    // The dialect's error body for an injected status (kind "status") or 429 ("ratelimit").
    virtual Reply errorReply(int status, bool rateLimit) const = 0;
    // Demo data back.
    virtual void reset() = 0;
    // Adds or replaces users (and sessions) from a seed document's section.
    virtual void seed(const QJsonObject &section) = 0;

protected:
    Context &m_ctx;
};

} // namespace sandbox
