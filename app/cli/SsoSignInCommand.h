#pragma once

#include "CliContext.h"

namespace authdesk::cli {

// signin --sso: the profile's identity provider signs the person in and its token goes to
// the dialect's token sign-in (Overkiz O1 accessToken / jwt). Headless by default, with the
// device authorization grant (RFC 8628: a URL and a code to enter on any device); with
// --browser the authorization code flow in this desktop's browser (PKCE, loopback redirect).
class SsoSignInCommand
{
public:
    static int run(CliContext &ctx);
};

} // namespace authdesk::cli
