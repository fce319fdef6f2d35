#include "CoreContext.h"

#include "HttpClient.h"

namespace authdesk {

CoreContext::CoreContext()
    : CoreContext(DialectRegistry::builtIn())
{
}

CoreContext::CoreContext(DialectRegistry dialects)
    : m_http(std::make_unique<HttpClient>())
    , m_dialects(std::move(dialects))
{
}

CoreContext::~CoreContext() = default;

} // namespace authdesk
