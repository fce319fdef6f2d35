#pragma once

#include "ApiError.h"
#include "HttpTypes.h"

#include <QCoreApplication>

namespace authdesk {

// The part of error mapping that is the same for every dialect: transport failures,
// Retry-After, HTML pages (maintenance or otherwise) and plain HTTP statuses. A backend
// first reads its dialect's error body, then falls back to this.
class StatusMapper
{
    Q_DECLARE_TR_FUNCTIONS(StatusMapper)

public:
    // Transport failure (status 0), or HTML where JSON was expected. nullopt when the
    // response is a usable HTTP answer that the dialect should interpret.
    static std::optional<ApiError> transportError(const HttpResponse &r);
    // A generic error for an HTTP status, used when the body says nothing better.
    static ApiError fromStatus(const HttpResponse &r);
    // A malformed-answer error ("the server sent X where JSON was expected").
    static ApiError malformed(const HttpResponse &r);
    // Seconds from Retry-After (delta-seconds or HTTP-date); -1 when absent or invalid.
    static int retryAfterSeconds(const HttpResponse &r);
};

} // namespace authdesk
