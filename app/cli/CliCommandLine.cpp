#include "CliCommandLine.h"
#include "CliCommandTable.h"
#include "CliContext.h"
#include "DialectRegistry.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace authdesk::cli {

void CliCommandLine::addOptions(QCommandLineParser &p, const DialectRegistry &dialects)
{
    p.addOptions(options(dialects));
}

QStringList CliCommandLine::globalOptions()
{
    return {QStringLiteral("profile"), QStringLiteral("dialect"), QStringLiteral("url"), QStringLiteral("api-id"), QStringLiteral("json"),
            QStringLiteral("no-keychain"), QStringLiteral("timeout"), QStringLiteral("config"), QStringLiteral("help"), QStringLiteral("version")};
}

QList<QCommandLineOption> CliCommandLine::options(const DialectRegistry &dialects)
{
    QList<QCommandLineOption> p;
    auto value = [&p](const char *name, const QString &help, const char *valueName) {
        p.append(QCommandLineOption(QLatin1String(name), help, QLatin1String(valueName)));
    };
    auto flag = [&p](const char *name, const QString &help) { p.append(QCommandLineOption(QLatin1String(name), help)); };
    // Global
    value("profile", QCoreApplication::translate("cli", "Use the saved profile NAME."), "NAME");
    value("dialect", QCoreApplication::translate("cli", "Ad-hoc server: %1 (with --url).").arg(dialects.ids().join(QStringLiteral(", "))), "DIALECT");
    value("url", QCoreApplication::translate("cli", "Ad-hoc server base URL, e.g. https://host/api/v2."), "URL");
    value("api-id", QCoreApplication::translate("cli", "EnableX API id (X-Api-Id) for an ad-hoc server or a profile."), "ID");
    flag("json", QCoreApplication::translate("cli", "Print one JSON document instead of text."));
    flag("no-keychain", QCoreApplication::translate("cli", "Keep secrets for this run only; never touch the OS keychain."));
    value("timeout", QCoreApplication::translate("cli", "Connect and transfer timeout in seconds."), "SECONDS");
    value("config", QCoreApplication::translate("cli", "Profiles file (INI) instead of the console's settings."), "FILE");
    // Command options
    value("mode", QCoreApplication::translate("cli", "signin: password, app-key, api-key, sso-token, access-token or jwt."), "MODE");
    value("user", QCoreApplication::translate("cli", "signin: e-mail, user name, user id or App ID; profiles add: default user."), "USER");
    value("application-id", QCoreApplication::translate("cli", "Overkiz signin / create-main-account: application id."), "ID");
    value("setup-oid", QCoreApplication::translate("cli", "Overkiz signin: setup OID."), "OID");
    flag("with-api-key", QCoreApplication::translate("cli", "Overkiz signin: read an API key from the second line of stdin."));
    flag("sso", QCoreApplication::translate("cli", "signin: through the profile's identity provider (a URL and a code to enter on any device)."));
    flag("browser", QCoreApplication::translate("cli", "signin --sso: in this desktop's browser instead."));
    flag("remember", QCoreApplication::translate("cli", "signin: keep the credentials in the keychain to sign in again when the session expires."));
    value("email", QCoreApplication::translate("cli", "E-mail address."), "EMAIL");
    value("user-id", QCoreApplication::translate("cli", "User id."), "ID");
    value("username", QCoreApplication::translate("cli", "Platform28 user name (password reset)."), "NAME");
    value("phone", QCoreApplication::translate("cli", "Platform28 password request: phone for extra validation."), "PHONE");
    value("mobile", QCoreApplication::translate("cli", "Platform28 password request: mobile for extra validation."), "MOBILE");
    value("template", QCoreApplication::translate("cli", "E-mail template name."), "NAME");
    value("reset-url", QCoreApplication::translate("cli", "Platform28 password request: page the e-mailed token links to."), "URL");
    flag("forced", QCoreApplication::translate("cli", "Platform28 password change: an admin forces it (stdin: your own password first)."));
    flag("all-of-user", QCoreApplication::translate("cli", "sessions terminate: also end the user's other sessions."));
    flag("show-lsid", QCoreApplication::translate("cli", "sessions clone: print the new session's LSID."));
    flag("last", QCoreApplication::translate("cli", "jobs resume: the newest interrupted job."));
    value("concurrency", QCoreApplication::translate("cli", "sessions terminate-many: calls in flight (fixed; by default they adapt to the server)."), "N");
    value("label", QCoreApplication::translate("cli", "create-main-account: label of the account."), "TEXT");
    value("first-name", QCoreApplication::translate("cli", "create-main-account: first name."), "TEXT");
    value("last-name", QCoreApplication::translate("cli", "create-main-account: last name."), "TEXT");
    value("gateway", QCoreApplication::translate("cli", "create-main-account: gateway id (1234-5678-9012)."), "ID");
    value("tariff", QCoreApplication::translate("cli", "create-main-account: a tariff (repeatable)."), "NAME");
    value("activation", QCoreApplication::translate("cli", "create-main-account: activation time (ISO 8601)."), "TIME");
    value("expiration", QCoreApplication::translate("cli", "create-main-account: expiration time (ISO 8601)."), "TIME");
    value("location", QCoreApplication::translate("cli", "create-main-account: location as a JSON object."), "JSON");
    value("ca-file", QCoreApplication::translate("cli", "profiles add: PEM file of a CA to trust."), "FILE");
    value("proxy", QCoreApplication::translate("cli", "profiles add: http://host:port, socks5://host:port or none."), "URL");
    value("issuer", QCoreApplication::translate("cli", "profiles add: the identity provider's issuer URL (single sign-on; \"\" removes it)."), "URL");
    value("client-id", QCoreApplication::translate("cli", "profiles add: the client ID the identity provider knows this program by."), "ID");
    value("scopes", QCoreApplication::translate("cli", "profiles add: scopes asked of the identity provider (default: openid email offline_access)."), "SCOPES");
    value("sso-token", QCoreApplication::translate("cli", "profiles add: the token the sign-in receives: id-token (default) or access-token."), "KIND");
    value("resource", QCoreApplication::translate("cli", "profiles add: resource indicator sent to the identity provider (RFC 8707)."), "URL");
    value("connect-timeout", QCoreApplication::translate("cli", "profiles add: connect timeout in ms."), "MS");
    value("transfer-timeout", QCoreApplication::translate("cli", "profiles add: transfer timeout in ms."), "MS");
    return p;
}

namespace {
// What a dialect offers, in the words of the command groups below.
QStringList offers(const DialectDescriptor &d)
{
    QStringList out;
    const std::pair<Capability, const char *> caps[] = {
        {Capability::SessionAdmin, QT_TRANSLATE_NOOP("cli", "sessions")},
        {Capability::BlockUsers, QT_TRANSLATE_NOOP("cli", "users block/unblock")},
        {Capability::PasswordChange, QT_TRANSLATE_NOOP("cli", "password change")},
        {Capability::UserExists, QT_TRANSLATE_NOOP("cli", "users exists")},
        {Capability::AccountValidation, QT_TRANSLATE_NOOP("cli", "users validation")},
        {Capability::AccountCreation, QT_TRANSLATE_NOOP("cli", "users create-main-account")},
        {Capability::TermsOfUse, QT_TRANSLATE_NOOP("cli", "terms")},
        {Capability::ServerPasswordCheck, QT_TRANSLATE_NOOP("cli", "password check")},
        {Capability::ListCustomers, QT_TRANSLATE_NOOP("cli", "customers")},
    };
    switch (d.resetFlow) {
    case ResetFlow::KeyByEmail: out << QCoreApplication::translate("cli", "password reset by key"); break;
    case ResetFlow::TokenByUser: out << QCoreApplication::translate("cli", "password reset by token"); break;
    case ResetFlow::InBrowser: out << QCoreApplication::translate("cli", "password reset in the browser"); break;
    case ResetFlow::None: break;
    }
    for (const auto &[cap, text] : caps) {
        if (d.has(cap))
            out << QCoreApplication::translate("cli", text);
    }
    return out;
}
} // namespace

QString CliCommandLine::dialectsHelp(const DialectRegistry &dialects)
{
    QString out = QCoreApplication::translate("cli", "Dialects (--dialect, or a profile's):") + u'\n';
    for (const DialectDescriptor &d : dialects.all()) {
        out += QStringLiteral("  %1  %2").arg(d.id, -11).arg(d.displayName);
        if (d.needsApiId())
            out += u' ' + QCoreApplication::translate("cli", "(profile needs --api-id: %1)").arg(DialectDescriptor::plainText(d.profileApiIdLabel));
        out += u'\n';
        for (const SignInMode &m : d.modes) {
            QStringList fields;
            for (const SignInField &f : m.fields)
                fields << (f.optional ? QStringLiteral("[%1]").arg(DialectDescriptor::plainText(f.label)) : DialectDescriptor::plainText(f.label));
            out += QStringLiteral("      signin --mode %1  %2: %3\n").arg(Credentials::modeId(m.mode), DialectDescriptor::text(m.label), fields.join(QStringLiteral(", ")));
        }
        const QStringList o = offers(d);
        if (!o.isEmpty())
            out += QStringLiteral("      ") + QCoreApplication::translate("cli", "offers: %1").arg(o.join(QStringLiteral(", "))) + u'\n';
    }
    return out;
}

QString CliCommandLine::commandsHelp(const DialectRegistry &dialects)
{
    // Generated from the command table, like the shell completion.
    QString out = dialectsHelp(dialects) + u'\n'
        + QCoreApplication::translate("cli", "Commands (secrets are always read from standard input, one per line):") + u'\n';
    for (const CliCommand &c : CliCommandTable::all()) {
        const QString line = (c.words() + u' ' + c.usage).trimmed();
        const QString help = QCoreApplication::translate("cli", c.help);
        if (line.size() <= 34)
            out += QStringLiteral("  %1  %2\n").arg(line, -34).arg(help);
        else // a long command line gets its own line, the text under it
            out += QStringLiteral("  %1\n  %2  %3\n").arg(line, QString(34, u' '), help);
    }
    out += QCoreApplication::translate("cli", "Which commands a server offers depends on its dialect (see \"Dialects\" above).") + u'\n';
    out += u'\n' + QCoreApplication::translate("cli", R"(Exit codes: 0 ok, 1 other failure, 2 usage, 3 authentication (bad credentials, expired,
forbidden, blocked), 4 not found, 5 rate limited, 6 network/timeout/TLS, 7 server
(5xx, maintenance, malformed answer, unsupported), 8 validation, 9 keychain,
10 a bulk job finished with failures, 11 the audit log or settings cannot be written
(nothing was sent), 12 the audit log is not intact (audit verify).)");
    return out;
}

int CliCommandLine::positionalCount(const CliCommand &command)
{
    // The usage names the positional arguments first, in capitals, before any option.
    int n = 0;
    for (const QString &word : command.usage.split(u' ', Qt::SkipEmptyParts)) {
        if (word.startsWith(u'[') || word.startsWith(u'-') || word == u"|" || word.toUpper() != word)
            break;
        ++n;
    }
    return n;
}

bool CliCommandLine::isSafeId(const QString &id)
{
    if (id.isEmpty() || id == u"." || id == u"..")
        return false;
    for (const QChar c : id) {
        if (c == u'/' || c == u'\\' || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return false;
    }
    return true;
}

std::optional<qint64> CliCommandLine::boundedNumber(const QString &text, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 n = text.trimmed().toLongLong(&ok);
    if (!ok || n < min || n > max)
        return std::nullopt;
    return n;
}

QString CliCommandLine::checkArguments(const CliCommand &command, const QStringList &positional,
                                       const QCommandLineParser &parser)
{
    const int want = positionalCount(command);
    // "[ID]" in the usage is an optional positional argument.
    const int optional = int(command.usage.count(QRegularExpression(QStringLiteral("\\[[A-Z_]+\\]"))));
    if (positional.size() < want || positional.size() > want + optional) {
        const QString words = (command.words() + u' ' + command.usage).trimmed();
        if (positional.size() > want + optional)
            return QCoreApplication::translate("cli", "Too many arguments: \"%1\" is not understood (usage: %2).")
                .arg(positional.value(want + optional), words);
        return QCoreApplication::translate("cli", "Missing argument (usage: %1).").arg(words);
    }
    // Profile names are only looked up locally; every other argument becomes part of a route.
    if (command.group != u"profiles") {
        for (const QString &arg : positional) {
            if (!isSafeId(arg))
                return QCoreApplication::translate("cli", "\"%1\" is not a valid id (empty, \".\", \"..\", a slash or a control character).")
                    .arg(QString(arg).replace(QRegularExpression(QStringLiteral("[\\x00-\\x1f\\x7f]")), QStringLiteral("?")));
        }
    }
    const QStringList global = globalOptions();
    for (const QString &name : parser.optionNames()) {
        if (!global.contains(name) && !command.options.contains(name))
            return QCoreApplication::translate("cli", "The option --%1 does not apply to \"%2\".").arg(name, command.words());
    }
    return {};
}

} // namespace authdesk::cli
