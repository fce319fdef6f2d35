#pragma once

#include <QCommandLineParser>

namespace authdesk {
class DialectRegistry;
}

namespace authdesk::cli {

// The options of authdesk-cli and the text of --help (every command, the dialects as their
// descriptors describe them, exit codes).
class CliCommandLine
{
public:
    static void addOptions(QCommandLineParser &parser, const DialectRegistry &dialects);
    // Every option (global and of the commands), as the parser and completion know them.
    static QList<QCommandLineOption> options(const DialectRegistry &dialects);
    // The options that go with any command.
    static QStringList globalOptions();
    static QString commandsHelp(const DialectRegistry &dialects);
    // One paragraph a dialect: id, name, sign-in modes with their fields, what it offers.
    static QString dialectsHelp(const DialectRegistry &dialects);
};

} // namespace authdesk::cli
