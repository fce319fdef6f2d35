#include "ProfileCommands.h"

#include "KeychainStore.h"

#include "CliCommandLine.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace authdesk::cli {

QJsonValue ProfileCommands::identityProviderJson(const OidcSettings &idp)
{
    if (!idp.isSet())
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("issuer"), idp.issuer.toString()},
                       {QStringLiteral("clientId"), idp.clientId},
                       {QStringLiteral("scopes"), idp.scopes},
                       {QStringLiteral("token"), OidcSettings::tokenUseId(idp.tokenUse)},
                       {QStringLiteral("resource"), idp.resource}};
}

QJsonObject ProfileCommands::toJson(const Profile &p)
{
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("dialect"), p.dialect},
            {QStringLiteral("url"), p.baseUrl.toString()},
            {QStringLiteral("apiId"), p.apiId},
            {QStringLiteral("user"), p.userName},
            {QStringLiteral("caFile"), p.caFile},
            {QStringLiteral("proxy"), p.proxy},
            {QStringLiteral("identityProvider"), identityProviderJson(p.identityProvider)},
            {QStringLiteral("connectTimeoutMs"), p.connectTimeoutMs},
            {QStringLiteral("transferTimeoutMs"), p.transferTimeoutMs}};
}

int ProfileCommands::applyIdentityProvider(CliContext &ctx, OidcSettings &idp)
{
    // --issuer "" removes the identity provider.
    if (ctx.isSet(QStringLiteral("issuer")) && ctx.opt(QStringLiteral("issuer")).isEmpty()) {
        idp = OidcSettings{};
        return -1;
    }
    if (ctx.isSet(QStringLiteral("issuer")))
        idp.issuer = QUrl(ctx.opt(QStringLiteral("issuer")), QUrl::StrictMode);
    if (ctx.isSet(QStringLiteral("client-id")))
        idp.clientId = ctx.opt(QStringLiteral("client-id"));
    if (ctx.isSet(QStringLiteral("scopes")))
        idp.scopes = ctx.opt(QStringLiteral("scopes")).simplified();
    if (ctx.isSet(QStringLiteral("resource")))
        idp.resource = ctx.opt(QStringLiteral("resource"));
    if (ctx.isSet(QStringLiteral("sso-token"))) {
        const auto use = OidcSettings::tokenUseFromId(ctx.opt(QStringLiteral("sso-token")));
        if (!use)
            return ctx.usage(QCoreApplication::translate("cli", "--sso-token must be id-token or access-token."));
        idp.tokenUse = *use;
    }
    if (idp.isSet() && idp.issuer.isEmpty())
        return ctx.usage(QCoreApplication::translate("cli", "Give the identity provider's --issuer URL with --client-id."));
    return -1;
}

int ProfileCommands::run(CliContext &ctx, const QString &command)
{
    ProfileStore &store = ctx.profiles();
    if (command == u"list") {
        QJsonArray arr;
        QStringList lines;
        for (const Profile &p : store.all()) {
            arr.append(toJson(p));
            lines << QStringLiteral("%1\t%2\t%3").arg(p.name, p.dialect, p.baseUrl.toString());
        }
        return ctx.ok(arr, lines.isEmpty() ? QCoreApplication::translate("cli", "No profiles yet (add one with: profiles add NAME --dialect D --url URL).")
                                           : lines.join(u'\n'));
    }
    const QString name = ctx.arg(0);
    if (name.isEmpty())
        return ctx.usage(QCoreApplication::translate("cli", "Give the profile name as an argument."));
    if (command == u"show") {
        const auto p = store.find(name);
        if (!p)
            return ctx.fail(ApiError::make(ErrorKind::NotFound, QCoreApplication::translate("cli", "There is no profile \"%1\".").arg(name)));
        QStringList lines;
        const QJsonObject o = toJson(*p);
        for (auto it = o.begin(); it != o.end(); ++it)
            lines << QStringLiteral("%1: %2").arg(it.key(), it.value().toVariant().toString());
        return ctx.ok(o, lines.join(u'\n'));
    }
    if (command == u"remove") {
        const std::optional<Profile> gone = store.find(name);
        const Result<bool> removed = gone ? store.remove(gone->id) : Result<bool>(false);
        if (!removed.ok())
            return ctx.fail(removed.error());
        if (!removed.value())
            return ctx.fail(ApiError::make(ErrorKind::NotFound, QCoreApplication::translate("cli", "There is no profile \"%1\".").arg(name)));
        ctx.sessions().profileRemoved(gone->id); // its keychain entries go with it
        return ctx.ok(QJsonObject{{QStringLiteral("removed"), name}}, QCoreApplication::translate("cli", "Profile \"%1\" removed.").arg(name));
    }
    if (command == u"add") {
        const std::optional<Profile> before = store.find(name);
        Profile p = before.value_or(Profile{});
        p.name = name;
        const DialectRegistry &dialects = ctx.core().dialects();
        const DialectDescriptor *d = dialects.find(ctx.opt(QStringLiteral("dialect")));
        if (!d && (p.id.isEmpty() || ctx.isSet(QStringLiteral("dialect"))))
            return ctx.usage(QCoreApplication::translate("cli", "--dialect must be one of: %1.").arg(dialects.ids().join(QStringLiteral(", "))));
        if (d)
            p.dialect = d->id;
        if (ctx.isSet(QStringLiteral("url")))
            p.baseUrl = QUrl(ctx.opt(QStringLiteral("url")), QUrl::StrictMode);
        else if (p.baseUrl.isEmpty() && d)
            p.baseUrl = d->defaultBaseUrl;
        const std::pair<const char *, QString *> texts[] = {{"api-id", &p.apiId}, {"user", &p.userName},
                                                            {"ca-file", &p.caFile}, {"proxy", &p.proxy}};
        for (const auto &[opt, field] : texts)
            if (ctx.isSet(QLatin1String(opt)))
                *field = ctx.opt(QLatin1String(opt));
        if (const int code = applyIdentityProvider(ctx, p.identityProvider); code >= 0)
            return code;
        const std::pair<const char *, int *> numbers[] = {{"connect-timeout", &p.connectTimeoutMs},
                                                          {"transfer-timeout", &p.transferTimeoutMs}};
        for (const auto &[opt, field] : numbers) {
            if (!ctx.isSet(QLatin1String(opt)))
                continue;
            const auto ms = CliCommandLine::boundedNumber(ctx.opt(QLatin1String(opt)), 100, 86'400'000);
            if (!ms)
                return ctx.usage(QCoreApplication::translate("cli", "--%1 needs a number of milliseconds from 100 to 86400000.").arg(QLatin1String(opt)));
            *field = int(*ms);
        }
        const QString problem = dialects.validate(p);
        if (!problem.isEmpty())
            return ctx.fail(ApiError::make(ErrorKind::Validation, problem));
        // The proxy's password never comes on the command line (other users see argv): its
        // user does, and the password is read from standard input into the keychain.
        std::optional<QString> proxyPassword;
        if (ctx.isSet(QStringLiteral("proxy")) && p.proxy != u"none") {
            const QUrl proxy(p.proxy);
            if (!proxy.password().isEmpty())
                return ctx.usage(QCoreApplication::translate("cli", "Give --proxy with its user only (http://user@host:port); the password is read from standard input."));
            if (!proxy.userName().isEmpty()) {
                proxyPassword = ctx.readSecret(QCoreApplication::translate("cli", "Password of the proxy user %1").arg(proxy.userName()));
                if (!proxyPassword || proxyPassword->isEmpty())
                    return ctx.usage(QCoreApplication::translate("cli", "Give the proxy user's password on standard input."));
            } else {
                proxyPassword = QString(); // no user: nothing to keep
            }
        }
        const Result<Profile> written = store.save(p);
        if (!written.ok())
            return ctx.fail(written.error());
        const Profile &saved = written.value();
        if (before)
            ctx.sessions().profileEdited(*before, saved); // another server / dialect / user: its secrets go
        if (proxyPassword) {
            QEventLoop loop;
            bool stored = false;
            ctx.sessions().storeProxyPassword(saved.id, *proxyPassword, [&] {
                stored = true;
                loop.quit();
            });
            if (!stored)
                loop.exec();
        }
        return ctx.ok(toJson(saved), QCoreApplication::translate("cli", "Profile \"%1\" saved.").arg(saved.name));
    }
    return ctx.usage(QCoreApplication::translate("cli", "Unknown command \"profiles %1\" (see --help).").arg(command));
}

} // namespace authdesk::cli
