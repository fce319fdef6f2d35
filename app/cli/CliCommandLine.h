#pragma once

#include <QCommandLineParser>

namespace authdesk::cli {

// The options of authdesk-cli and the text of --help (every command, exit codes).
class CliCommandLine
{
public:
    static void addOptions(QCommandLineParser &parser);
    static QString commandsHelp();
};

} // namespace authdesk::cli
