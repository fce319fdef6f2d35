#include "AccountCommands.h"

#include "AccountCreation.h"
#include "AccountValidation.h"
#include "CustomerList.h"
#include "TermsOfUse.h"
#include "UserBlocking.h"
#include "UserLookup.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

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
                  r.value().blocked ? QCoreApplication::translate("cli", "%1 is blocked.").arg(r.value().username) : QCoreApplication::translate("cli", "%1 is not blocked.").arg(r.value().username));
}

int createMainAccount(CliContext &ctx)
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
            return ctx.usage(QCoreApplication::translate("cli", "--%1 needs an ISO date such as 2026-12-01T00:00:00Z.").arg(opt));
    }
    if (ctx.isSet(QStringLiteral("location"))) {
        const QJsonDocument loc = QJsonDocument::fromJson(ctx.opt(QStringLiteral("location")).toUtf8());
        if (!loc.isObject())
            return ctx.usage(QCoreApplication::translate("cli", "--location needs a JSON object, e.g. '{\"city\":\"Lyon\",\"country\":\"FR\"}'."));
        a.location = loc.object();
    }
    const auto pw = ctx.readSecret(QCoreApplication::translate("cli", "Password of the new account"));
    if (!pw)
        return ctx.usage(QCoreApplication::translate("cli", "Give the new account's password on standard input."));
    a.password = *pw;
    const auto r = CLI_RUN(ctx, AccountCreation, Done, QCoreApplication::translate("cli", "Creating an account"), cap.createMainAccount(a, cb));
    if (!r.ok())
        return ctx.fail(r.error());
    return ctx.ok(QJsonObject{{QStringLiteral("created"), true}}, QCoreApplication::translate("cli", "The main account \"%1\" was created.").arg(a.label));
}
} // namespace

int AccountCommands::users(CliContext &ctx, const QString &command)
{
    if (!ctx.backend())
        return ExitUsage;
    const QString who = ctx.arg(0);
    const QString blocking = QCoreApplication::translate("cli", "Blocking users");
    if (command == u"block-status")
        return blockResult(ctx, CLI_RUN(ctx, UserBlocking, P28BlockStatus, blocking, cap.blockStatus(who, cb)));
    if (command == u"block" || command == u"unblock")
        return blockResult(ctx, CLI_RUN(ctx, UserBlocking, P28BlockStatus, blocking, cap.setBlocked(who, command == u"block", cb)));
    if (command == u"exists") {
        const QString what = QCoreApplication::translate("cli", "Looking up a user");
        Result<bool> r = CLI_RUN(ctx, UserLookup, bool, what, cap.userExists(who, cb));
        // The server allows a few lookups a minute and says when the next one is free: like
        // the console, wait for it (within --timeout) and ask once more, never hammer it.
        const qint64 waitMs = qint64(r.error().retryAfterSeconds) * 1000 + 100;
        const qint64 left = ctx.deadline().isForever() ? qint64(120) * 1000 : ctx.deadline().remainingTime();
        if (r.error().kind == ErrorKind::RateLimited && r.error().retryAfterSeconds >= 0 && waitMs < left) {
            const int seconds = r.error().retryAfterSeconds + 1;
            ctx.note(QCoreApplication::translate("cli", "Too many lookups: asking again in %n second(s).", nullptr, seconds));
            QEventLoop loop;
            QTimer::singleShot(waitMs, &loop, &QEventLoop::quit);
            loop.exec();
            r = CLI_RUN(ctx, UserLookup, bool, what, cap.userExists(who, cb));
        }
        return boolResult(ctx, r, QStringLiteral("userExists"), QCoreApplication::translate("cli", "%1 exists.").arg(who),
                          QCoreApplication::translate("cli", "%1 does not exist.").arg(who));
    }
    const QString validation = QCoreApplication::translate("cli", "Account validation");
    if (command == u"send-validation") {
        const auto r = CLI_RUN(ctx, AccountValidation, Done, validation, cap.sendValidationToken(who, cb));
        return r.ok() ? ctx.ok(QJsonObject{{QStringLiteral("sent"), true}}, QCoreApplication::translate("cli", "A validation token was sent to %1.").arg(who))
                      : ctx.fail(r.error());
    }
    if (command == u"validate" || command == u"validate-email") {
        const auto token = ctx.readSecret(QCoreApplication::translate("cli", "Validation token"));
        if (!token || token->isEmpty())
            return ctx.usage(QCoreApplication::translate("cli", "Give the validation token on standard input."));
        if (command == u"validate")
            return boolResult(ctx, CLI_RUN(ctx, AccountValidation, bool, validation, cap.validateAccount(who, *token, cb)), QStringLiteral("emailAndAccountValidated"),
                              QCoreApplication::translate("cli", "The account and e-mail of %1 are validated.").arg(who), QCoreApplication::translate("cli", "The server did not validate the account."));
        return boolResult(ctx, CLI_RUN(ctx, AccountValidation, bool, validation, cap.validateEmail(*token, cb)), QStringLiteral("emailValidated"),
                          QCoreApplication::translate("cli", "The e-mail address is validated."), QCoreApplication::translate("cli", "The server did not validate the e-mail address."));
    }
    if (command == u"create-main-account")
        return createMainAccount(ctx);
    return ctx.usage(QCoreApplication::translate("cli", "Unknown command \"users %1\" (see --help).").arg(command));
}

int AccountCommands::terms(CliContext &ctx, const QString &command)
{
    if (!ctx.backend())
        return ExitUsage;
    if (command != u"accept" && command != u"decline")
        return ctx.usage(QCoreApplication::translate("cli", "Use: terms accept GATEWAY_ID, or terms decline GATEWAY_ID (token on standard input)."));
    const auto token = ctx.readSecret(QCoreApplication::translate("cli", "Terms-of-use token"));
    if (!token || token->isEmpty())
        return ctx.usage(QCoreApplication::translate("cli", "Give the terms-of-use token on standard input."));
    const bool accept = command == u"accept";
    return boolResult(ctx, CLI_RUN(ctx, TermsOfUse, bool, QCoreApplication::translate("cli", "The terms of use"), cap.answerTerms(ctx.arg(0), *token, accept, cb)),
                      accept ? QStringLiteral("TermsOfUseValidated") : QStringLiteral("TermsOfUseDeclined"),
                      accept ? QCoreApplication::translate("cli", "The terms of use were accepted.") : QCoreApplication::translate("cli", "The terms of use were declined."),
                      QCoreApplication::translate("cli", "The server did not record the answer."));
}

int AccountCommands::customers(CliContext &ctx, const QString &command)
{
    if (!ctx.backend())
        return ExitUsage;
    if (command != u"list")
        return ctx.usage(QCoreApplication::translate("cli", "Use: customers list"));
    const auto r = CLI_RUN(ctx, CustomerList, QJsonArray, QCoreApplication::translate("cli", "Listing customers"), cap.customers(cb));
    if (!r.ok())
        return ctx.fail(r.error());
    QStringList lines;
    for (const QJsonValue &v : r.value())
        lines << QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    return ctx.ok(r.value(), lines.join(u'\n'));
}

} // namespace authdesk::cli
