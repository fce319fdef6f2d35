#pragma once

#include "CliContext.h"

namespace authdesk::cli {

// signin, signout, status, test: the sign-in state of a profile, kept between runs in the
// keychain.
class AuthCommands
{
public:
    static int run(CliContext &ctx, const QString &command);
    static QJsonObject stateJson(const SignInState &s);
};

} // namespace authdesk::cli
