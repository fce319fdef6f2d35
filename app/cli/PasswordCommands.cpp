#include "PasswordCommands.h"

#include "BrowserReset.h"
#include "KeyReset.h"
#include "PasswordChanging.h"
#include "PasswordCheck.h"
#include "TokenReset.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace authdesk::cli {

namespace {
// Reads the new password twice; the two must match before anything is sent.
std::optional<QString> newPassword(CliContext &ctx, int *exitCode)
{
    const auto pw = ctx.readSecret(QCoreApplication::translate("cli", "New password"));
    const auto again = ctx.readSecret(QCoreApplication::translate("cli", "New password again"));
    if (!pw || pw->isEmpty() || !again) {
        *exitCode = ctx.usage(QCoreApplication::translate("cli", "Give the new password twice on standard input (two lines)."));
        return std::nullopt;
    }
    if (*pw != *again) {
        *exitCode = ctx.fail(ApiError::make(ErrorKind::Validation, QCoreApplication::translate("cli", "The two passwords differ.")));
        return std::nullopt;
    }
    return pw;
}

int done(CliContext &ctx, const Result<Done> &r, const QString &human)
{
    return r.ok() ? ctx.ok(QJsonObject{{QStringLiteral("done"), true}}, human) : ctx.fail(r.error());
}

// ResetFlow::KeyByEmail
int keyReset(CliContext &ctx, const QString &command)
{
    const QString email = ctx.opt(QStringLiteral("email"));
    if (command == u"request") {
        const auto r = CLI_RUN(ctx, KeyReset, QString, QCoreApplication::translate("cli", "A password reset"), cap.requestPasswordReset(email, cb));
        return r.ok() ? ctx.ok(QJsonObject{{QStringLiteral("message"), r.value()}},
                               QCoreApplication::translate("cli", "A reset key was sent to %1.").arg(email))
                      : ctx.fail(r.error());
    }
    const auto key = ctx.readSecret(QCoreApplication::translate("cli", "Reset key"));
    if (!key || key->isEmpty())
        return ctx.usage(QCoreApplication::translate("cli", "Give the reset key on the first line of standard input."));
    if (command == u"validate") {
        const auto r = CLI_RUN(ctx, KeyReset, EnableXKeyOwner, QCoreApplication::translate("cli", "A password reset"), cap.validateResetKey(*key, cb));
        if (!r.ok())
            return ctx.fail(r.error());
        const auto &o = r.value();
        return ctx.ok(QJsonObject{{QStringLiteral("email"), o.email}, {QStringLiteral("userId"), o.userId},
                                  {QStringLiteral("firstName"), o.firstName}, {QStringLiteral("lastName"), o.lastName}},
                      QCoreApplication::translate("cli", "The key is valid for %1 %2 <%3>.").arg(o.firstName, o.lastName, o.email));
    }
    if (command == u"reset") {
        int code = 0;
        const auto pw = newPassword(ctx, &code);
        if (!pw)
            return code;
        const auto r = CLI_RUN(ctx, KeyReset, QString, QCoreApplication::translate("cli", "A password reset"), cap.resetPassword(*key, email, *pw, *pw, cb));
        return r.ok() ? ctx.ok(QJsonObject{{QStringLiteral("message"), r.value()}}, QCoreApplication::translate("cli", "The password of %1 was reset.").arg(email))
                      : ctx.fail(r.error());
    }
    return ctx.usage(QCoreApplication::translate("cli", "This server offers password request, validate and reset."));
}

// ResetFlow::TokenByUser
int tokenReset(CliContext &ctx, const QString &command)
{
    if (command == u"request") {
        P28ResetRequest q;
        q.userId = ctx.opt(QStringLiteral("user-id"));
        q.email = ctx.opt(QStringLiteral("email"));
        q.phone = ctx.opt(QStringLiteral("phone"));
        q.mobile = ctx.opt(QStringLiteral("mobile"));
        q.templateName = ctx.opt(QStringLiteral("template"));
        q.resetUrl = ctx.opt(QStringLiteral("reset-url"));
        return done(ctx, CLI_RUN(ctx, TokenReset, Done, QCoreApplication::translate("cli", "A password reset"), cap.requestPasswordReset(q, cb)), QCoreApplication::translate("cli", "A reset token was sent to %1.").arg(q.email));
    }
    if (command == u"reset") {
        const auto token = ctx.readSecret(QCoreApplication::translate("cli", "Reset token"));
        if (!token || token->isEmpty())
            return ctx.usage(QCoreApplication::translate("cli", "Give the reset token on the first line of standard input."));
        int code = 0;
        const auto pw = newPassword(ctx, &code);
        if (!pw)
            return code;
        const QString user = ctx.opt(QStringLiteral("username"));
        return done(ctx, CLI_RUN(ctx, TokenReset, Done, QCoreApplication::translate("cli", "A password reset"), cap.resetPassword(*token, user, *pw, cb)), QCoreApplication::translate("cli", "The password of %1 was reset.").arg(user));
    }
    return ctx.usage(QCoreApplication::translate("cli", "This server offers password request and reset."));
}

// Capability::PasswordChange
int change(CliContext &ctx)
{
    const bool forced = ctx.isSet(QStringLiteral("forced"));
    const auto current = ctx.readSecret(forced ? QCoreApplication::translate("cli", "Your (admin) password") : QCoreApplication::translate("cli", "Current password"));
    if (!current || current->isEmpty())
        return ctx.usage(forced ? QCoreApplication::translate("cli", "Give your own (admin) password on the first line of standard input.")
                                : QCoreApplication::translate("cli", "Give the current password on the first line of standard input."));
    int code = 0;
    const auto pw = newPassword(ctx, &code);
    if (!pw)
        return code;
    const QString user = ctx.opt(QStringLiteral("user-id"));
    const auto mode = forced ? PasswordChanging::ChangeMode::AdminForced : PasswordChanging::ChangeMode::SelfService;
    const auto r = CLI_RUN(ctx, PasswordChanging, QString, QCoreApplication::translate("cli", "A password change"),
                           cap.changePassword(user, mode, *current, *pw, cb));
    return r.ok() ? ctx.ok(QJsonObject{{QStringLiteral("message"), r.value()}}, QCoreApplication::translate("cli", "The password of %1 was changed.").arg(user))
                  : ctx.fail(r.error());
}

// ResetFlow::InBrowser, and Capability::ServerPasswordCheck
int browserReset(CliContext &ctx, const QString &command)
{
    const QString user = ctx.opt(QStringLiteral("user-id"));
    if (command == u"request") {
        const QString email = ctx.isSet(QStringLiteral("email")) ? ctx.opt(QStringLiteral("email")) : user;
        return done(ctx, CLI_RUN(ctx, BrowserReset, Done, QCoreApplication::translate("cli", "A password reset"), cap.requestPasswordReset(user, email, cb)),
                    QCoreApplication::translate("cli", "A reset link was e-mailed to %1; the password is chosen in the browser from that link.").arg(email));
    }
    if (command == u"check") {
        const auto pw = ctx.readSecret(QCoreApplication::translate("cli", "Password to check"));
        if (!pw || pw->isEmpty())
            return ctx.usage(QCoreApplication::translate("cli", "Give the password to check on standard input."));
        const auto r = CLI_RUN(ctx, PasswordCheck, OverkizPasswordQuality, QCoreApplication::translate("cli", "A password check"), cap.checkPassword(user, *pw, cb));
        if (!r.ok())
            return ctx.fail(r.error());
        QStringList weak;
        for (const auto &w : r.value().weaknesses)
            weak << QStringLiteral("  - ") + w.label;
        QString human = QCoreApplication::translate("cli", "Score %1 (%2)").arg(r.value().score).arg(r.value().qualityClass);
        if (!weak.isEmpty())
            human += u'\n' + weak.join(u'\n');
        ctx.ok(r.value().toJson(), human);
        return r.value().rejected() ? ExitValidation : ExitOk;
    }
    return ctx.usage(QCoreApplication::translate("cli", "This server offers password request (the reset itself happens in the browser)."));
}
} // namespace

int PasswordCommands::run(CliContext &ctx, const QString &command)
{
    Backend *b = ctx.backend();
    if (!b)
        return ExitUsage;
    // What a command needs is a capability, not a dialect: the runner reports a missing one.
    if (command == u"change")
        return change(ctx);
    if (command == u"check")
        return browserReset(ctx, command);
    switch (b->descriptor().resetFlow) {
    case ResetFlow::KeyByEmail: return keyReset(ctx, command);
    case ResetFlow::TokenByUser: return tokenReset(ctx, command);
    case ResetFlow::InBrowser: return browserReset(ctx, command);
    case ResetFlow::None: break;
    }
    return ctx.fail(ApiError::make(ErrorKind::Unsupported,
                                   QCoreApplication::translate("cli", "%1 offers no password reset.").arg(b->descriptor().displayName)));
}

} // namespace authdesk::cli
