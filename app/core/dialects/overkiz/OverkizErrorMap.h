#pragma once

#include "ApiError.h"
#include "HttpTypes.h"
#include "Route.h"

#include <QCoreApplication>

namespace authdesk {

// The Overkiz service's error bodies ({"errorCode": …, "error": …}) as the real service sends
// them, beyond the contract's table: the codes and texts pyoverkiz (iMicknl/python-overkiz-api,
// response_handler.py and its fixtures) tells apart. The decision is on the code and the text,
// never on the status (the service answers most of them with 400). Only RESOURCE_ACCESS_DENIED
// "Not authenticated" is an expired session (it alone makes the client sign in again); the
// other denials, the throttles and the unknown user are not, and none of them is a wrong
// password that would make the client forget the remembered one.
class OverkizErrorMap
{
    Q_DECLARE_TR_FUNCTIONS(OverkizErrorMap)
public:
    // `fallback` is the kind the status alone gives (StatusMapper); it stays for a code this
    // table does not know.
    static ApiError map(Route route, const HttpResponse &response, ApiError fallback);
};

} // namespace authdesk
