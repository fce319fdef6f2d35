#include "AccountCommands.h"

#include "EnableXBackend.h"
#include "OverkizBackend.h"
#include "Platform28Backend.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace authdesk::cli {

namespace {
int boolResult(CliContext &ctx, const Result<bool> &r, const QString &field, const QString &yes, const QString &no)
{
    if (!r.ok())
        return ctx.fail(r.error());
    return ctx.ok(QJsonObject{{field, r.value()}}, r.value() ? yes : no);
}

int blockResult(CliContext &ctx, const Result<P28BlockStatus> &r)
{
    if (!r.ok())
        return ctx.fail(r.error());
    return ctx.ok(QJsonObject{{QStringLiteral("username"), r.value().username}, {QStringLiteral("blocked"), r.value().blocked}},
                  r.value().blocked ? tr("%1 is blocked.").arg(r.value().username) : tr("%1 is not blocked.").arg(r.value().username));
}

int createMainAccount(CliContext &ctx, OverkizBackend *b)
{
    OverkizMainAccount a;
    a.label = ctx.opt(QStringLiteral("label"));
    a.endUser.email = ctx.opt(QStringLiteral("email"));
    a.endUser.userId = ctx.opt(QStringLiteral("user-id"));
    a.endUser.firstName = ctx.opt(QStringLiteral("first-name"));
    a.endUser.lastName = ctx.opt(QStringLiteral("last-name"));
    a.gatewayId = ctx.opt(QStringLiteral("gateway"));
    a.templateName = ctx.opt(QStringLiteral("template"));
    a.applicationId = ctx.opt(QStringLiteral("application-id"));
    a.tariffs = ctx.options().values(QStringLiteral("tariff"));
    for (const auto &[opt, field] : {std::pair{QStringLiteral("activation"), &a.activation},
                                     std::pair{QStringLiteral("expiration"), &a.expiration}}) {
        if (!ctx.isSet(opt))
            continue;
        *field = QDateTime::fromString(ctx.opt(opt), Qt::ISODate);
        if (!field->isValid())
            return ctx.usage(tr("--%1 needs an ISO date such as 2026-12-01T00:00:00Z.").arg(opt));
    }
    if (ctx.isSet(QStringLiteral("location"))) {
        const QJsonDocument loc = QJsonDocument::fromJson(ctx.opt(QStringLiteral("location")).toUtf8());
        if (!loc.isObject())
            return ctx.usage(tr("--location needs a JSON object, e.g. '{\"city\":\"Lyon\",\"country\":\"FR\"}'."));
        a.location = loc.object();
    }
    const auto pw = ctx.readSecret(tr("Password of the new account"));
    if (!pw)
        return ctx.usage(tr("Give the new account's password on standard input."));
    a.password = *pw;
    const auto r = CLI_WAIT(ctx, Done, b->createMainAccount(a, cb));
    if (!r.ok())
        return ctx.fail(r.error());
    return ctx.ok(QJsonObject{{QStringLiteral("created"), true}}, tr("The main account \"%1\" was created.").arg(a.label));
}
} // namespace

int AccountCommands::users(CliContext &ctx, const QString &command)
{
    Backend *base = ctx.backend();
    if (!base)
        return ExitUsage;
    const QString who = ctx.arg(0);
    if (command == u"block" || command == u"unblock" || command == u"block-status") {
        auto *b = ctx.backendAs<Platform28Backend>(Dialect::Platform28);
        if (!b)
            return ExitUsage;
        if (command == u"block-status")
            return blockResult(ctx, CLI_WAIT(ctx, P28BlockStatus, b->blockStatus(who, cb)));
        return blockResult(ctx, CLI_WAIT(ctx, P28BlockStatus, b->setBlocked(who, command == u"block", cb)));
    }
    auto *b = ctx.backendAs<OverkizBackend>(Dialect::Overkiz);
    if (!b)
        return ExitUsage;
    if (command == u"exists")
        return boolResult(ctx, CLI_WAIT(ctx, bool, b->userExists(who, cb)), QStringLiteral("userExists"),
                          tr("%1 exists.").arg(who), tr("%1 does not exist.").arg(who));
    if (command == u"send-validation") {
        const auto r = CLI_WAIT(ctx, Done, b->sendValidationToken(who, cb));
        return r.ok() ? ctx.ok(QJsonObject{{QStringLiteral("sent"), true}}, tr("A validation token was sent to %1.").arg(who))
                      : ctx.fail(r.error());
    }
    if (command == u"validate" || command == u"validate-email") {
        const auto token = ctx.readSecret(tr("Validation token"));
        if (!token || token->isEmpty())
            return ctx.usage(tr("Give the validation token on standard input."));
        if (command == u"validate")
            return boolResult(ctx, CLI_WAIT(ctx, bool, b->validateAccount(who, *token, cb)), QStringLiteral("emailAndAccountValidated"),
                              tr("The account and e-mail of %1 are validated.").arg(who), tr("The server did not validate the account."));
        return boolResult(ctx, CLI_WAIT(ctx, bool, b->validateEmail(*token, cb)), QStringLiteral("emailValidated"),
                          tr("The e-mail address is validated."), tr("The server did not validate the e-mail address."));
    }
    if (command == u"create-main-account")
        return createMainAccount(ctx, b);
    return ctx.usage(tr("Unknown command \"users %1\" (see --help).").arg(command));
}

int AccountCommands::terms(CliContext &ctx, const QString &command)
{
    auto *b = ctx.backendAs<OverkizBackend>(Dialect::Overkiz);
    if (!b)
        return ExitUsage;
    if (command != u"accept" && command != u"decline")
        return ctx.usage(tr("Use: terms accept GATEWAY_ID, or terms decline GATEWAY_ID (token on standard input)."));
    const auto token = ctx.readSecret(tr("Terms-of-use token"));
    if (!token || token->isEmpty())
        return ctx.usage(tr("Give the terms-of-use token on standard input."));
    const bool accept = command == u"accept";
    return boolResult(ctx, CLI_WAIT(ctx, bool, b->answerTerms(ctx.arg(0), *token, accept, cb)),
                      accept ? QStringLiteral("TermsOfUseValidated") : QStringLiteral("TermsOfUseDeclined"),
                      accept ? tr("The terms of use were accepted.") : tr("The terms of use were declined."),
                      tr("The server did not record the answer."));
}

int AccountCommands::customers(CliContext &ctx, const QString &command)
{
    auto *b = ctx.backendAs<EnableXBackend>(Dialect::EnableX);
    if (!b)
        return ExitUsage;
    if (command != u"list")
        return ctx.usage(tr("Use: customers list"));
    const auto r = CLI_WAIT(ctx, QJsonArray, b->customers(cb));
    if (!r.ok())
        return ctx.fail(r.error());
    QStringList lines;
    for (const QJsonValue &v : r.value())
        lines << QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    return ctx.ok(r.value(), lines.join(u'\n'));
}

} // namespace authdesk::cli
