#include "AuthCommands.h"

#include "SsoSignInCommand.h"

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
        const auto r = CLI_WAIT(ctx, Done, ctx.sessions().signOut(ctx.profile().id, cb));
        if (!r.ok())
            return ctx.fail(r.error());
        return ctx.ok(stateJson(SignInState{}), QCoreApplication::translate("cli", "%1: signed out.").arg(ctx.profile().name));
    }
    if (ctx.isSet(QStringLiteral("sso")))
        return SsoSignInCommand::run(ctx);
    if (ctx.isSet(QStringLiteral("browser")))
        return ctx.usage(QCoreApplication::translate("cli", "--browser goes with --sso."));
    // signin: the modes and their fields come from the dialect's descriptor.
    const DialectDescriptor &d = b->descriptor();
    Credentials c;
    const SignInMode *mode = d.modes.isEmpty() ? nullptr : &d.modes.first();
    const QString modeText = ctx.opt(QStringLiteral("mode"));
    if (!modeText.isEmpty()) {
        const auto m = Credentials::modeFromId(modeText);
        mode = m ? d.mode(*m) : nullptr;
        if (!mode) {
            QStringList ids;
            for (const SignInMode &sm : d.modes)
                ids << Credentials::modeId(sm.mode);
            return ctx.usage(QCoreApplication::translate("cli", "--mode for %1 must be one of: %2.").arg(d.displayName, ids.join(QStringLiteral(", "))));
        }
    }
    if (!mode)
        return ctx.usage(QCoreApplication::translate("cli", "%1 offers no way to sign in.").arg(d.displayName));
    c.mode = mode->mode;
    c.user = ctx.isSet(QStringLiteral("user")) ? ctx.opt(QStringLiteral("user")) : ctx.profile().userName;
    c.applicationId = ctx.opt(QStringLiteral("application-id"));
    c.setupOid = ctx.opt(QStringLiteral("setup-oid"));
    if (const SignInField *user = mode->field(SignInField::Role::User); !user)
        c.user.clear();
    else if (c.user.trimmed().isEmpty())
        return ctx.usage(QCoreApplication::translate("cli", "Give the %1 with --user.").arg(DialectDescriptor::plainText(user->label)));
    const SignInField *secretField = mode->field(SignInField::Role::Secret);
    const QString what = secretField ? DialectDescriptor::plainText(secretField->label) : QCoreApplication::translate("cli", "Password");
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
    // With --remember a later run signs in again by itself when the session expires;
    // without it, credentials remembered earlier are forgotten.
    const auto r = CLI_WAIT(ctx, SignInState, ctx.sessions().signIn(ctx.profile().id, c, ctx.isSet(QStringLiteral("remember")), cb));
    if (!r.ok())
        return ctx.fail(r.error());
    return ctx.ok(stateJson(r.value()), describe(ctx.profile(), r.value()));
}

} // namespace authdesk::cli
