#pragma once

#include "CliContext.h"

namespace authdesk {
class BulkJournal;
}

namespace authdesk::cli {

// sessions get | list | terminate | terminate-user | clone | set-user | set-org |
// reset-identity | terminate-many (Platform28 P5-P11, P15).
class SessionCommands
{
public:
    static int run(CliContext &ctx, const QString &command);
    // Runs a bulk termination of `ids` kept in `journal` (new, or reopened to resume) and
    // prints per-item lines and a summary.
    static bool concurrencyIsValid(CliContext &ctx);
    static int runJob(CliContext &ctx, Backend *b, const QStringList &ids, BulkJournal &journal, bool resuming);
};

} // namespace authdesk::cli
