#pragma once

#include "CliContext.h"

namespace authdesk::cli {

// audit verify: checks the audit log's hash chain (all kept files); exits 0 when it holds,
// ExitTampered naming the first broken line otherwise.
class AuditCommands
{
public:
    static int run(CliContext &ctx, const QString &command);
};

} // namespace authdesk::cli
