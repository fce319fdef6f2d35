#pragma once

#include <QCommandLineParser>

#include <optional>

namespace authdesk {
class DialectRegistry;
}

namespace authdesk::cli {

struct CliCommand;

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

    // What a command accepts, checked before anything runs: exactly its positional
    // arguments (as many as its usage names), ids that stay one path segment, only global
    // options and its own. Returns why not, or an empty string.
    static QString checkArguments(const CliCommand &command, const QStringList &positional,
                                  const QCommandLineParser &parser);
    // How many positional arguments a command takes ("ID USER_ID [--x]" takes two).
    static int positionalCount(const CliCommand &command);
    // An id that a server route can carry as one segment: not empty, not "." or "..", no
    // slash, backslash or control character (each would make it another route).
    static bool isSafeId(const QString &id);
    // A whole number within [min, max]; nullopt for anything else ("1e10", "12abc").
    static std::optional<qint64> boundedNumber(const QString &text, qint64 min, qint64 max);
    // One paragraph a dialect: id, name, sign-in modes with their fields, what it offers.
    static QString dialectsHelp(const DialectRegistry &dialects);
};

} // namespace authdesk::cli
