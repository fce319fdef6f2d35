#pragma once

#include "CliContext.h"

namespace authdesk::cli {

// password request | validate | reset | change | check, in the profile's dialect
// (EnableX E2-E4, Platform28 P12-P14, Overkiz O4 and O6). Keys, tokens and passwords are
// read from standard input, one per line.
class PasswordCommands
{
public:
    static int run(CliContext &ctx, const QString &command);
};

} // namespace authdesk::cli
