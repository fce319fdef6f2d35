#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace authdesk::cli {

class CliContext;

// One command of authdesk-cli: what main() dispatches on, and what --help and the shell
// completion scripts are generated from.
struct CliCommand {
    QString group;       // "sessions"; a command of one word ("signin") has no name
    QString name;        // "terminate"
    QString usage;       // the rest of the command line ("ID [--all-of-user]")
    const char *help;    // what it does (translation context "cli")
    QStringList options; // the command's own options (without "--"), for completion
    int (*run)(CliContext &ctx, const QString &command);

    QString words() const { return name.isEmpty() ? group : group + u' ' + name; }
};

class CliCommandTable
{
public:
    static const QList<CliCommand> &all();
    // The groups in table order ("profiles", "signin", ...).
    static QStringList groups();
    // A group's commands; empty for a one-word command.
    static QStringList commandsOf(const QString &group);
    static const CliCommand *find(const QString &group, const QString &name);
};

} // namespace authdesk::cli
