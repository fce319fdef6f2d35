#pragma once

#include "CliContext.h"

namespace authdesk::cli {

// jobs list | resume [ID] [--last]: bulk jobs whose process died before they finished (their
// journals), and finishing them: only the items without an outcome are sent, a session the
// server no longer knows counts as ended.
class JobCommands
{
public:
    static int run(CliContext &ctx, const QString &command);
};

} // namespace authdesk::cli
