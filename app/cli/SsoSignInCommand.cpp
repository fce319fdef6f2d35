#include "SsoSignInCommand.h"

#include "AuthCommands.h"
#include "AuthorizationCodeFlow.h"
#include "DeviceAuthorizationFlow.h"
#include "DialectRegistry.h"
#include "OidcClient.h"

#include <QCoreApplication>
#include <QProcess>

namespace authdesk::cli {

namespace {

// The desktop's browser: $BROWSER when set (as xdg-open and Python's webbrowser read it),
// else the platform's opener. The URL is printed as well, so a failed start costs nothing.
void openBrowser(const QUrl &url)
{
    const QString browser = qEnvironmentVariable("BROWSER");
#ifdef Q_OS_WIN
    const QString program = browser.isEmpty() ? QStringLiteral("rundll32") : browser;
    const QStringList args = browser.isEmpty() ? QStringList{QStringLiteral("url.dll,FileProtocolHandler"), url.toString(QUrl::FullyEncoded)}
                                               : QStringList{url.toString(QUrl::FullyEncoded)};
#else
    const QString program = browser.isEmpty() ? QStringLiteral("xdg-open") : browser;
    const QStringList args{url.toString(QUrl::FullyEncoded)};
#endif
    QProcess::startDetached(program, args);
}

// Runs a flow (device or code) to its end, within the command's --timeout.
Result<OidcTokens> finish(CliContext &ctx, SignInFlow &flow)
{
    return ctx.wait<OidcTokens>([&](Callback<OidcTokens> cb) {
        QObject::connect(&flow, &SignInFlow::succeeded, &flow, [cb](const OidcTokens &t) { cb(t); });
        QObject::connect(&flow, &SignInFlow::failed, &flow, [cb](const ApiError &e) { cb(e); });
        if (!ctx.deadline().isForever())
            QTimer::singleShot(qMax<qint64>(0, ctx.deadline().remainingTime()), &flow, [&flow] { flow.cancel(); });
        flow.start();
        return CallHandle();
    });
}

} // namespace

int SsoSignInCommand::run(CliContext &ctx)
{
    const Profile &p = ctx.profile();
    if (!p.identityProvider.isSet())
        return ctx.usage(QCoreApplication::translate("cli", "%1 has no identity provider: add one with authdesk-cli profiles add %1 --issuer URL --client-id ID.")
                             .arg(p.name));
    if (ctx.isSet(QStringLiteral("mode")) || ctx.isSet(QStringLiteral("with-api-key")))
        return ctx.usage(QCoreApplication::translate("cli", "--sso takes its token from the identity provider: leave out --mode and --with-api-key."));

    QString caError;
    const HttpOptions options = p.httpOptions(&caError);
    if (!caError.isEmpty())
        return ctx.usage(caError);
    OidcClient client(ctx.core().http(), ctx.core().clock(), p.identityProvider, options);
    Result<OidcTokens> tokens = ApiError();
    if (ctx.isSet(QStringLiteral("browser"))) {
        AuthorizationCodeFlow flow(client);
        QObject::connect(&flow, &AuthorizationCodeFlow::openBrowser, &flow, [&ctx](const QUrl &url) {
            ctx.note(QCoreApplication::translate("cli", "Sign in in the browser. If none opens, open this page: %1").arg(url.toString(QUrl::FullyEncoded)));
            openBrowser(url);
        });
        tokens = finish(ctx, flow);
    } else {
        DeviceAuthorizationFlow flow(client);
        QObject::connect(&flow, &DeviceAuthorizationFlow::userCodeReady, &flow,
                         [&ctx](const QUrl &verification, const QString &code, const QUrl &complete, int expiresIn) {
                             const int minutes = qMax(1, expiresIn / 60);
                             ctx.note(QCoreApplication::translate("cli", "To sign in, open %1 on any device and enter the code %2 (valid for %n minute(s)).", nullptr, minutes)
                                          .arg(verification.toString(QUrl::FullyEncoded), code));
                             if (!complete.isEmpty())
                                 ctx.note(QCoreApplication::translate("cli", "Or open %1, which holds the code.").arg(complete.toString(QUrl::FullyEncoded)));
                             ctx.note(QCoreApplication::translate("cli", "Waiting for the sign-in to be approved…"));
                         });
        tokens = finish(ctx, flow);
    }
    if (!tokens)
        return ctx.fail(tokens.error());

    Credentials c = DialectRegistry::ssoCredentials(p.identityProvider, tokens.value());
    c.applicationId = ctx.opt(QStringLiteral("application-id"));
    c.setupOid = ctx.opt(QStringLiteral("setup-oid"));
    if (c.secret.isEmpty())
        return ctx.fail(ApiError::make(ErrorKind::MalformedAnswer,
                                       p.identityProvider.tokenUse == OidcSettings::TokenUse::IdToken
                                           ? QCoreApplication::translate("cli", "The identity provider sent no ID token.")
                                           : QCoreApplication::translate("cli", "The identity provider sent no access token.")));
    // With --remember the provider's refresh token goes to the keychain: a later run whose
    // session has expired gets a fresh token from the provider and signs in again by itself.
    if (!ctx.isSet(QStringLiteral("remember")))
        c.refreshToken.clear();
    const auto r = CLI_WAIT(ctx, SignInState, ctx.sessions().signIn(p.id, c, ctx.isSet(QStringLiteral("remember")), cb));
    if (!r.ok())
        return ctx.fail(r.error());
    return ctx.ok(AuthCommands::stateJson(r.value()),
                  QCoreApplication::translate("cli", "%1: signed in as %2 through %3.").arg(p.name, r.value().who, p.identityProvider.issuer.host()));
}

} // namespace authdesk::cli
