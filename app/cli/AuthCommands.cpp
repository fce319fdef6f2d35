#include "AuthCommands.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace authdesk::cli {

namespace {
QString describe(const Profile &p, const SignInState &s)
{
    if (!s.signedIn)
        return s.details.value(QStringLiteral("expired")).toBool() ? QCoreApplication::translate("cli", "%1: the sign-in has expired.").arg(p.name)
                                                                    : QCoreApplication::translate("cli", "%1: signed out.").arg(p.name);
    QString text = QCoreApplication::translate("cli", "%1: signed in as %2 since %3").arg(p.name, s.who, s.since.toString(Qt::ISODate));
    if (s.expiresAt.isValid())
        text += u' ' + QCoreApplication::translate("cli", "(expires %1)").arg(s.expiresAt.toString(Qt::ISODate));
    return text;
}
} // namespace

QJsonObject AuthCommands::stateJson(const SignInState &s)
{
    QJsonObject o{{QStringLiteral("signedIn"), s.signedIn}, {QStringLiteral("who"), s.who}};
    if (!s.userId.isEmpty())
        o.insert(QStringLiteral("userId"), s.userId);
    if (s.since.isValid())
        o.insert(QStringLiteral("since"), s.since.toString(Qt::ISODate));
    if (s.expiresAt.isValid())
        o.insert(QStringLiteral("expiresAt"), s.expiresAt.toString(Qt::ISODate));
    if (!s.details.isEmpty())
        o.insert(QStringLiteral("details"), QJsonObject::fromVariantMap(s.details));
    return o;
}

int AuthCommands::run(CliContext &ctx, const QString &command)
{
    Backend *b = ctx.backend();
    if (!b)
        return ExitUsage;
    if (command == u"status")
        return ctx.ok(stateJson(b->state()), describe(ctx.profile(), b->state()));
    if (command == u"test") {
        const auto r = CLI_WAIT(ctx, Done, b->testConnection(cb));
        if (!r.ok())
            return ctx.fail(r.error());
        return ctx.ok(QJsonObject{{QStringLiteral("reachable"), true}}, QCoreApplication::translate("cli", "%1: the server answers.").arg(ctx.profile().name));
    }
    if (command == u"signout") {
        const auto r = CLI_WAIT(ctx, Done, b->signOut(cb));
        ctx.forgetStoredSession();
        if (!r.ok())
            return ctx.fail(r.error());
        return ctx.ok(stateJson(b->state()), QCoreApplication::translate("cli", "%1: signed out.").arg(ctx.profile().name));
    }
    // signin
    Credentials c;
    const QString modeText = ctx.opt(QStringLiteral("mode"));
    if (!modeText.isEmpty()) {
        const auto m = Credentials::modeFromId(modeText);
        if (!m)
            return ctx.usage(QCoreApplication::translate("cli", "--mode must be password, app-key, api-key, sso-token, access-token or jwt."));
        c.mode = *m;
    }
    c.user = ctx.isSet(QStringLiteral("user")) ? ctx.opt(QStringLiteral("user")) : ctx.profile().userName;
    c.applicationId = ctx.opt(QStringLiteral("application-id"));
    c.setupOid = ctx.opt(QStringLiteral("setup-oid"));
    const bool needsUser = c.mode == Credentials::Mode::Password || c.mode == Credentials::Mode::SsoToken
        || c.mode == Credentials::Mode::AppKey;
    if (needsUser && c.user.trimmed().isEmpty())
        return ctx.usage(c.mode == Credentials::Mode::AppKey ? QCoreApplication::translate("cli", "Give the App ID with --user.") : QCoreApplication::translate("cli", "Give the user with --user."));
    const QString what = c.mode == Credentials::Mode::Password ? QCoreApplication::translate("cli", "Password") : QCoreApplication::translate("cli", "Secret (%1)").arg(Credentials::modeId(c.mode));
    const auto secret = ctx.readSecret(what);
    if (!secret || secret->isEmpty())
        return ctx.usage(QCoreApplication::translate("cli", "The secret is read from standard input; none was given."));
    c.secret = *secret;
    if (ctx.isSet(QStringLiteral("with-api-key"))) {
        const auto key = ctx.readSecret(QCoreApplication::translate("cli", "API key"));
        if (!key || key->isEmpty())
            return ctx.usage(QCoreApplication::translate("cli", "--with-api-key reads the key from the second line of standard input."));
        c.apiKey = *key;
    }
    b->clearSession();
    const auto r = CLI_WAIT(ctx, SignInState, b->signIn(c, cb));
    if (!r.ok())
        return ctx.fail(r.error());
    if (ctx.isSet(QStringLiteral("remember")))
        ctx.rememberCredentials(c); // lets a later run sign in again when the session expires
    return ctx.ok(stateJson(r.value()), describe(ctx.profile(), r.value()));
}

} // namespace authdesk::cli
