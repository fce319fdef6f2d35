// authdesk-cli: the AuthDesk core for scripts. Thin entry point: options, then one command.
#include "AccountCommands.h"
#include "AuthCommands.h"
#include "CliCommandLine.h"
#include "CliContext.h"
#include "CoreContext.h"
#include "PasswordCommands.h"
#include "ProfileCommands.h"
#include "SessionCommands.h"
#include "Translations.h"

#include <QCoreApplication>

#include <cstdio>

using namespace authdesk::cli;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Same organisation and name as the console, so both see the same profiles.
    QCoreApplication::setOrganizationName(QStringLiteral("AuthDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("authdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AUTHDESK_VERSION));

    // The core for this run: this thread's network client, the clock and the dialects.
    authdesk::CoreContext core;
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Scriptable front end of AuthDesk for EnableX, Platform28 and Overkiz identity services."));
    parser.addPositionalArgument(QStringLiteral("group"), QCoreApplication::translate("cli", "profiles, signin, signout, status, test, password, sessions, users, terms or customers"));
    parser.addPositionalArgument(QStringLiteral("command"), QCoreApplication::translate("cli", "What to do (see below)."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    CliCommandLine::addOptions(parser, core.dialects());
    if (!parser.parse(app.arguments())) {
        std::fprintf(stderr, "authdesk-cli: %s (see --help)\n", qPrintable(parser.errorText()));
        return ExitUsage;
    }
    // Messages for people follow the system language; --json output stays English.
    if (!parser.isSet(QStringLiteral("json")))
        authdesk::Translations::install();
    if (parser.isSet(version)) {
        std::printf("authdesk-cli %s\n", AUTHDESK_VERSION);
        return ExitOk;
    }
    QStringList pos = parser.positionalArguments();
    if (parser.isSet(help) || pos.isEmpty()) {
        std::printf("%s\n%s\n", qPrintable(parser.helpText()), qPrintable(CliCommandLine::commandsHelp(core.dialects())));
        return pos.isEmpty() && !parser.isSet(help) ? ExitUsage : ExitOk;
    }
    const QString group = pos.takeFirst();
    static const QStringList single{QStringLiteral("signin"), QStringLiteral("signout"), QStringLiteral("status"), QStringLiteral("test")};
    const QString command = single.contains(group) ? group : (pos.isEmpty() ? QString() : pos.takeFirst());
    CliContext ctx(parser, pos, core);
    if (single.contains(group))
        return AuthCommands::run(ctx, command);
    if (command.isEmpty())
        return ctx.usage(QCoreApplication::translate("cli", "\"%1\" needs a command (see --help).").arg(group));
    if (group == u"profiles")
        return ProfileCommands::run(ctx, command);
    if (group == u"password")
        return PasswordCommands::run(ctx, command);
    if (group == u"sessions")
        return SessionCommands::run(ctx, command);
    if (group == u"users")
        return AccountCommands::users(ctx, command);
    if (group == u"terms")
        return AccountCommands::terms(ctx, command);
    if (group == u"customers")
        return AccountCommands::customers(ctx, command);
    return ctx.usage(QCoreApplication::translate("cli", "Unknown command group \"%1\" (see --help).").arg(group));
}
