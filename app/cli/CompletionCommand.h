#pragma once

#include "CliContext.h"

namespace authdesk::cli {

// completion bash | zsh: prints a completion script generated from the command table and
// the options (commands, their options, --profile names from `profiles list`, --dialect
// and --mode values from the dialect descriptors). The packages install them.
class CompletionCommand
{
public:
    static int run(CliContext &ctx, const QString &shell);
    static QString bash(const DialectRegistry &dialects);
    static QString zsh(const DialectRegistry &dialects);
};

} // namespace authdesk::cli
