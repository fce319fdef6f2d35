#pragma once

#include "CliContext.h"

namespace authdesk::cli {

// sessions get | list | terminate | terminate-user | clone | set-user | set-org |
// reset-identity | terminate-many (Platform28 P5-P11, P15).
class SessionCommands
{
public:
    static int run(CliContext &ctx, const QString &command);
};

} // namespace authdesk::cli
