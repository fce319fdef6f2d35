// authdesk-cli: the AuthDesk core for scripts. Thin entry point: options, then one command.
#include "CliCommandLine.h"
#include "CliCommandTable.h"
#include "CliContext.h"
#include "CoreContext.h"
#include "ProcessGuard.h"
#include "TerminalEcho.h"
#include "Translations.h"

#include <QCoreApplication>

#include <cstdio>

using namespace authdesk::cli;

int main(int argc, char *argv[])
{
    // Before anything holds a secret: no core dump, no ptrace, no /proc/PID/mem.
    authdesk::ProcessGuard::protect();
    const Utf8Console utf8Console; // Windows: the console shows the UTF-8 this prints
    QCoreApplication app(argc, argv);
    // Same organisation and name as the console, so both see the same profiles.
    QCoreApplication::setOrganizationName(QStringLiteral("AuthDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("authdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AUTHDESK_VERSION));

    // Messages for people follow the system language, --help included (so before the options
    // are described); --json output stays English (with English plurals: "1 minute").
    authdesk::Translations::install(app.arguments().contains(QStringLiteral("--json")) ? QStringLiteral("en") : QString());
    // The core for this run: this thread's network client, the clock and the dialects.
    authdesk::CoreContext core;
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Scriptable front end of AuthDesk for EnableX, Platform28 and Overkiz identity services."));
    parser.addPositionalArgument(QStringLiteral("group"), CliCommandTable::groups().join(QStringLiteral(", ")));
    parser.addPositionalArgument(QStringLiteral("command"), QCoreApplication::translate("cli", "What to do (see below)."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    CliCommandLine::addOptions(parser, core.dialects());
    if (!parser.parse(app.arguments())) {
        authdesk::cli::CliContext::say(parser.errorText() + QStringLiteral(" (see --help)"));
        return ExitUsage;
    }
    if (parser.isSet(version)) {
        std::printf("authdesk-cli %s\n", AUTHDESK_VERSION);
        return ExitOk;
    }
    QStringList pos = parser.positionalArguments();
    if (parser.isSet(help) || pos.isEmpty()) {
        std::printf("%s\n%s\n", qPrintable(parser.helpText()), qPrintable(CliCommandLine::commandsHelp(core.dialects())));
        return pos.isEmpty() && !parser.isSet(help) ? ExitUsage : ExitOk;
    }
    // The command table says what each group and command is and which code runs it.
    const QString group = pos.takeFirst();
    const QStringList commands = CliCommandTable::commandsOf(group);
    const QString command = commands.isEmpty() ? QString() : (pos.isEmpty() ? QString() : pos.takeFirst());
    CliContext ctx(parser, pos, core);
    if (!CliCommandTable::groups().contains(group))
        return ctx.usage(QCoreApplication::translate("cli", "Unknown command group \"%1\" (see --help).").arg(group));
    if (!commands.isEmpty() && command.isEmpty())
        return ctx.usage(QCoreApplication::translate("cli", "\"%1\" needs a command: %2.").arg(group, commands.join(QStringLiteral(", "))));
    const CliCommand *c = CliCommandTable::find(group, command);
    if (!c)
        return ctx.usage(QCoreApplication::translate("cli", "Unknown command \"%1 %2\"; %1 has: %3.").arg(group, command, commands.join(QStringLiteral(", "))));
    // Nothing half-understood runs: "sessions terminate A B C" is refused, not "A only".
    if (const QString problem = CliCommandLine::checkArguments(*c, pos, parser); !problem.isEmpty())
        return ctx.usage(problem);
    return c->run(ctx, command.isEmpty() ? group : command);
}
