#pragma once

#include "CliContext.h"

namespace authdesk::cli {

// users exists | block | unblock | block-status | send-validation | validate |
// validate-email | create-main-account; terms accept | decline; customers list
// (Platform28 P2-P4, Overkiz O7-O13, EnableX E5).
class AccountCommands
{
public:
    static int users(CliContext &ctx, const QString &command);
    static int terms(CliContext &ctx, const QString &command);
    static int customers(CliContext &ctx, const QString &command);
};

} // namespace authdesk::cli
