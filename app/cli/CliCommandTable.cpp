#include "CliCommandTable.h"

#include "AccountCommands.h"
#include "AuditCommands.h"
#include "AuthCommands.h"
#include "CompletionCommand.h"
#include "JobCommands.h"
#include "PasswordCommands.h"
#include "ProfileCommands.h"
#include "SessionCommands.h"

#include <QCoreApplication>

namespace authdesk::cli {

namespace {
QStringList opts(std::initializer_list<const char *> names)
{
    QStringList out;
    for (const char *n : names)
        out << QLatin1String(n);
    return out;
}
} // namespace

const QList<CliCommand> &CliCommandTable::all()
{
    using A = AccountCommands;
    static const QList<CliCommand> table = {
        {QStringLiteral("profiles"), QStringLiteral("list"), {}, QT_TRANSLATE_NOOP("cli", "the saved profiles"), {}, ProfileCommands::run},
        {QStringLiteral("profiles"), QStringLiteral("show"), QStringLiteral("NAME"), QT_TRANSLATE_NOOP("cli", "one profile"), {}, ProfileCommands::run},
        {QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("NAME --dialect D --url URL [--api-id ID] [--user U] [--ca-file F] [--proxy P] [--issuer URL --client-id ID [--scopes S] [--sso-token id-token|access-token] [--resource URL]]"),
         QT_TRANSLATE_NOOP("cli", "add or change a profile (a new server, dialect, user or identity provider forgets its sign-in)"),
         opts({"dialect", "url", "api-id", "user", "ca-file", "proxy", "issuer", "client-id", "scopes", "sso-token",
               "resource", "connect-timeout", "transfer-timeout"}), ProfileCommands::run},
        {QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("NAME"), QT_TRANSLATE_NOOP("cli", "remove a profile and its keychain entries"), {}, ProfileCommands::run},
        {QStringLiteral("signin"), {}, QStringLiteral("[--mode M] [--user U] [--remember] | --sso [--browser]"),
         QT_TRANSLATE_NOOP("cli", "sign in; stdin: password / key / token"), opts({"mode", "user", "remember", "application-id", "setup-oid", "with-api-key", "sso", "browser"}),
         AuthCommands::run},
        {QStringLiteral("signout"), {}, {}, QT_TRANSLATE_NOOP("cli", "sign out here and on the server"), {}, AuthCommands::run},
        {QStringLiteral("status"), {}, {}, QT_TRANSLATE_NOOP("cli", "who is signed in, until when"), {}, AuthCommands::run},
        {QStringLiteral("test"), {}, {}, QT_TRANSLATE_NOOP("cli", "does the server answer"), {}, AuthCommands::run},
        {QStringLiteral("password"), QStringLiteral("request"), QStringLiteral("--email E | --user-id U [--email E] [--phone --mobile --template --reset-url]"),
         QT_TRANSLATE_NOOP("cli", "ask the server to send a reset key, token or link"), opts({"email", "user-id", "phone", "mobile", "template", "reset-url"}),
         PasswordCommands::run},
        {QStringLiteral("password"), QStringLiteral("validate"), {}, QT_TRANSLATE_NOOP("cli", "check a reset key; stdin: key"), {}, PasswordCommands::run},
        {QStringLiteral("password"), QStringLiteral("reset"), QStringLiteral("--email E | --username U"),
         QT_TRANSLATE_NOOP("cli", "set a new password; stdin: key or token, new password, new password again"), opts({"email", "username"}),
         PasswordCommands::run},
        {QStringLiteral("password"), QStringLiteral("change"), QStringLiteral("--user-id U [--forced]"),
         QT_TRANSLATE_NOOP("cli", "change a password; stdin: current (or your admin) password, new, new again"), opts({"user-id", "forced"}),
         PasswordCommands::run},
        {QStringLiteral("password"), QStringLiteral("check"), QStringLiteral("--user-id U"), QT_TRANSLATE_NOOP("cli", "the server's verdict on a password; stdin: candidate"),
         opts({"user-id"}), PasswordCommands::run},
        {QStringLiteral("sessions"), QStringLiteral("get"), QStringLiteral("ID"), QT_TRANSLATE_NOOP("cli", "one session"), {}, SessionCommands::run},
        {QStringLiteral("sessions"), QStringLiteral("list"), QStringLiteral("USER_ID"), QT_TRANSLATE_NOOP("cli", "a user's sessions"), {}, SessionCommands::run},
        {QStringLiteral("sessions"), QStringLiteral("terminate"), QStringLiteral("ID [--all-of-user]"), QT_TRANSLATE_NOOP("cli", "end a session"),
         opts({"all-of-user"}), SessionCommands::run},
        {QStringLiteral("sessions"), QStringLiteral("terminate-user"), QStringLiteral("USER_ID"), QT_TRANSLATE_NOOP("cli", "end every session of a user"), {},
         SessionCommands::run},
        {QStringLiteral("sessions"), QStringLiteral("terminate-many"), QStringLiteral("[--concurrency N]"),
         QT_TRANSLATE_NOOP("cli", "end many sessions; stdin: ids (or CSV, id first)"), opts({"concurrency"}), SessionCommands::run},
        {QStringLiteral("sessions"), QStringLiteral("clone"), QStringLiteral("ID [--show-lsid]"), QT_TRANSLATE_NOOP("cli", "a copy of a session"),
         opts({"show-lsid"}), SessionCommands::run},
        {QStringLiteral("sessions"), QStringLiteral("set-user"), QStringLiteral("ID USER_ID"), QT_TRANSLATE_NOOP("cli", "act in a session as another user"), {},
         SessionCommands::run},
        {QStringLiteral("sessions"), QStringLiteral("set-org"), QStringLiteral("ID ORG_ID"), QT_TRANSLATE_NOOP("cli", "act in a session in another organisation"), {},
         SessionCommands::run},
        {QStringLiteral("sessions"), QStringLiteral("reset-identity"), QStringLiteral("ID"), QT_TRANSLATE_NOOP("cli", "back to the session's own user and organisation"), {},
         SessionCommands::run},
        {QStringLiteral("users"), QStringLiteral("exists"), QStringLiteral("USER_ID"), QT_TRANSLATE_NOOP("cli", "does an account exist"), {}, A::users},
        {QStringLiteral("users"), QStringLiteral("block"), QStringLiteral("NAME"), QT_TRANSLATE_NOOP("cli", "block a user's sign-in"), {}, A::users},
        {QStringLiteral("users"), QStringLiteral("unblock"), QStringLiteral("NAME"), QT_TRANSLATE_NOOP("cli", "allow a user's sign-in again"), {}, A::users},
        {QStringLiteral("users"), QStringLiteral("block-status"), QStringLiteral("NAME"), QT_TRANSLATE_NOOP("cli", "is a user's sign-in blocked"), {}, A::users},
        {QStringLiteral("users"), QStringLiteral("send-validation"), QStringLiteral("USER_ID"), QT_TRANSLATE_NOOP("cli", "e-mail a validation token"), {}, A::users},
        {QStringLiteral("users"), QStringLiteral("validate"), QStringLiteral("USER_ID"), QT_TRANSLATE_NOOP("cli", "validate an account; stdin: token"), {}, A::users},
        {QStringLiteral("users"), QStringLiteral("validate-email"), {}, QT_TRANSLATE_NOOP("cli", "validate an e-mail address; stdin: token"), {}, A::users},
        {QStringLiteral("users"), QStringLiteral("create-main-account"), QStringLiteral("--label L --email E [--gateway G ...]"),
         QT_TRANSLATE_NOOP("cli", "create a main account; stdin: its password"),
         opts({"label", "email", "user-id", "first-name", "last-name", "gateway", "template", "application-id", "tariff", "activation", "expiration", "location"}),
         A::users},
        {QStringLiteral("terms"), QStringLiteral("accept"), QStringLiteral("GATEWAY_ID"), QT_TRANSLATE_NOOP("cli", "accept the terms of use; stdin: token"), {}, A::terms},
        {QStringLiteral("terms"), QStringLiteral("decline"), QStringLiteral("GATEWAY_ID"), QT_TRANSLATE_NOOP("cli", "decline the terms of use; stdin: token"), {}, A::terms},
        {QStringLiteral("customers"), QStringLiteral("list"), {}, QT_TRANSLATE_NOOP("cli", "the customers an application may see"), {}, A::customers},
        {QStringLiteral("jobs"), QStringLiteral("list"), {}, QT_TRANSLATE_NOOP("cli", "bulk jobs that were interrupted before they finished"), {}, JobCommands::run},
        {QStringLiteral("jobs"), QStringLiteral("resume"), QStringLiteral("[ID] [--last]"),
         QT_TRANSLATE_NOOP("cli", "finish an interrupted bulk job (only what is left; a session already gone counts as ended)"), opts({"last", "concurrency"}),
         JobCommands::run},
        {QStringLiteral("audit"), QStringLiteral("verify"), {}, QT_TRANSLATE_NOOP("cli", "check that the audit log was not changed (its hash chain)"), {}, AuditCommands::run},
        {QStringLiteral("completion"), QStringLiteral("bash"), {}, QT_TRANSLATE_NOOP("cli", "print the bash completion script"), {}, CompletionCommand::run},
        {QStringLiteral("completion"), QStringLiteral("zsh"), {}, QT_TRANSLATE_NOOP("cli", "print the zsh completion script"), {}, CompletionCommand::run},
    };
    return table;
}

QStringList CliCommandTable::groups()
{
    QStringList out;
    for (const CliCommand &c : all()) {
        if (!out.contains(c.group))
            out << c.group;
    }
    return out;
}

QStringList CliCommandTable::commandsOf(const QString &group)
{
    QStringList out;
    for (const CliCommand &c : all()) {
        if (c.group == group && !c.name.isEmpty())
            out << c.name;
    }
    return out;
}

const CliCommand *CliCommandTable::find(const QString &group, const QString &name)
{
    for (const CliCommand &c : all()) {
        if (c.group == group && c.name == name)
            return &c;
    }
    return nullptr;
}

} // namespace authdesk::cli
