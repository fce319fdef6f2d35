#include "CliContext.h"

#include "Redactor.h"
#include "TerminalEcho.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>

#include <cstdio>

namespace authdesk::cli {

int exitCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None: return ExitOk;
    case ErrorKind::BadCredentials:
    case ErrorKind::SessionExpired:
    case ErrorKind::Forbidden:
    case ErrorKind::Blocked: return ExitAuth;
    case ErrorKind::NotFound: return ExitNotFound;
    case ErrorKind::RateLimited: return ExitRateLimited;
    case ErrorKind::Network:
    case ErrorKind::Timeout:
    case ErrorKind::Tls: return ExitNetwork;
    case ErrorKind::Server:
    case ErrorKind::Maintenance:
    case ErrorKind::MalformedAnswer:
    case ErrorKind::Unsupported: return ExitServer;
    case ErrorKind::Validation: return ExitValidation;
    case ErrorKind::Keychain: return ExitKeychain;
    case ErrorKind::Usage: return ExitUsage;
    case ErrorKind::Storage: return ExitStorage;
    case ErrorKind::Cancelled: return ExitFailure;
    }
    return ExitFailure;
}

CliContext::CliContext(QCommandLineParser &parser, QStringList positional, CoreContext &core)
    : m_parser(parser)
    , m_args(std::move(positional))
    , m_json(parser.isSet(QStringLiteral("json")))
    , m_core(core)
    , m_noKeychain(parser.isSet(QStringLiteral("no-keychain")))
{
}

CliContext::~CliContext() = default;

ProfileStore &CliContext::profiles()
{
    if (!m_profiles) {
        const QString file = opt(QStringLiteral("config"));
        m_profiles = file.isEmpty() ? std::make_unique<ProfileStore>() : std::make_unique<ProfileStore>(file);
    }
    return *m_profiles;
}

ProfileSessions &CliContext::sessions()
{
    if (!m_sessions) {
        m_sessions = std::make_unique<ProfileSessions>(profiles(), m_core);
        // Each command is a run of its own: a sign-in is kept between runs (unless
        // --no-keychain), credentials only with --remember.
        m_sessions->setPersistence(ProfileSessions::Persistence::Always);
        m_sessions->setRememberLastUser(false);
        m_sessions->keychain().setMemoryOnly(m_noKeychain);
        m_sessions->keychain().setTimeoutMs(8'000);
        m_sessions->actions().setSignInHandler([this](const QString &, const QString &reason, std::function<void(bool)> then) {
            // Nobody to ask on a script's standard input: say how to sign in instead.
            note(reason + u' ' + QCoreApplication::translate("cli", "Sign in first: authdesk-cli %1 signin").arg(
                                     m_profile.id.startsWith(QLatin1String("adhoc-"))
                                         ? QStringLiteral("--dialect %1 --url %2").arg(m_profile.dialect, m_profile.baseUrl.toString())
                                         : QStringLiteral("--profile \"%1\"").arg(m_profile.name)));
            then(false);
        });
        QObject::connect(m_sessions.get(), &ProfileSessions::notice, m_sessions.get(),
                         [this](const QString &, const QString &text) { note(text); });
    }
    return *m_sessions;
}

bool CliContext::resolveProfile()
{
    const QString name = opt(QStringLiteral("profile"));
    if (!name.isEmpty()) {
        const auto p = profiles().find(name);
        if (!p) {
            usage(QCoreApplication::translate("cli", "There is no profile \"%1\" (see: authdesk-cli profiles list).").arg(name));
            return false;
        }
        m_profile = *p;
    } else if (isSet(QStringLiteral("dialect")) || isSet(QStringLiteral("url"))) {
        const DialectDescriptor *d = m_core.dialects().find(opt(QStringLiteral("dialect")));
        if (!d) {
            usage(QCoreApplication::translate("cli", "--dialect must be one of: %1.").arg(m_core.dialects().ids().join(QStringLiteral(", "))));
            return false;
        }
        m_profile.dialect = d->id;
        m_profile.baseUrl = QUrl(opt(QStringLiteral("url")), QUrl::StrictMode);
        m_profile.apiId = opt(QStringLiteral("api-id"));
        m_profile.name = m_profile.baseUrl.toString();
        // Ad-hoc targets get a stable id from what they are, so sign-ins persist between runs.
        const QByteArray what = (d->id + u'|' + m_profile.baseUrl.toString() + u'|' + m_profile.apiId).toUtf8();
        m_profile.id = QStringLiteral("adhoc-")
            + QString::fromLatin1(QCryptographicHash::hash(what, QCryptographicHash::Sha256).toHex().left(12));
    } else {
        usage(QCoreApplication::translate("cli", "Choose a server: --profile NAME, or --dialect D --url BASE_URL."));
        return false;
    }
    if (isSet(QStringLiteral("timeout"))) {
        bool okNumber = false;
        const double secs = opt(QStringLiteral("timeout")).toDouble(&okNumber);
        if (!okNumber || !(secs >= 0.1 && secs <= 86'400)) { // also refuses NaN
            usage(QCoreApplication::translate("cli", "--timeout needs a number of seconds from 0.1 to 86400."));
            return false;
        }
        m_profile.connectTimeoutMs = m_profile.transferTimeoutMs = int(secs * 1000);
        m_deadline = QDeadlineTimer(qint64(secs * 1000));
    }
    const QString problem = m_core.dialects().validate(m_profile);
    if (!problem.isEmpty()) {
        usage(problem);
        return false;
    }
    return true;
}

Backend *CliContext::backend()
{
    if (m_profile.id.isEmpty() && !resolveProfile())
        return nullptr;
    ProfileSessions &s = sessions();
    if (!s.profile(m_profile.id) || m_profile.id.startsWith(QLatin1String("adhoc-")))
        s.addTransient(m_profile);
    Backend *b = s.backend(m_profile.id);
    if (!b) {
        usage(QCoreApplication::translate("cli", "This build cannot speak the dialect \"%1\".").arg(m_profile.dialect));
        return nullptr;
    }
    if (!b->state().signedIn && !m_restored) {
        m_restored = true;
        bool restored = false;
        QEventLoop loop;
        s.restore(m_profile.id, [&] {
            restored = true;
            loop.quit();
        });
        if (!restored)
            loop.exec();
        b = s.backend(m_profile.id);
    }
    if (b)
        b->policy().deadline = m_deadline;
    return b;
}

void CliContext::settleKeychain()
{
    if (!m_sessions)
        return;
    SessionVault &vault = m_sessions->vault();
    if (vault.pending() > 0) {
        QEventLoop loop;
        QObject::connect(&vault, &SessionVault::idle, &loop, &QEventLoop::quit);
        loop.exec();
    }
    const auto st = m_sessions->status(m_profile.id);
    if (st.keychainUnavailable && m_keychainNote.isEmpty()) {
        m_keychainNote = st.keychainMessage;
        if (!m_json)
            note(QCoreApplication::translate("cli", "Warning: %1 The sign-in lasts for this run only.").arg(st.keychainMessage));
    }
}

std::optional<QString> CliContext::readInput(const QString &prompt, bool hidden)
{
    TerminalEcho echo;
    const bool tty = hidden && TerminalEcho::stdinIsTerminal();
    if (tty) {
        std::fprintf(stderr, "%s: ", qPrintable(prompt));
        std::fflush(stderr);
        echo.hide();
    }
    std::optional<QString> result;
    if (TerminalEcho::readsWideConsole()) {
        result = TerminalEcho::readWideLine(); // a Windows console: UTF-16, not its code page
    } else {
        QByteArray line;
        int c = 0;
        while ((c = std::getchar()) != EOF && c != '\n')
            line.append(char(c));
        if (c != EOF || !line.isEmpty()) {
            if (line.endsWith('\r'))
                line.chop(1);
            result = QString::fromUtf8(line);
        }
    }
    if (tty) {
        echo.restore();
        std::fprintf(stderr, "\n");
    }
    return result;
}

QString CliContext::terminalSafe(const QString &text)
{
    static const QRegularExpression sequences(QStringLiteral(
        "\\x1b\\[[0-?]*[ -/]*[@-~]"              // CSI: colours, cursor moves, erase
        "|\\x1b\\][^\\x07\\x1b]*(?:\\x07|\\x1b\\\\)?" // OSC: titles, hyperlinks
        "|\\x1b[@-_]?"));                         // any other escape
    QString out = text;
    out.remove(sequences);
    out.removeIf([](QChar c) {
        const char16_t u = c.unicode();
        if (u == u'\n' || u == u'\t')
            return false;
        return u < 0x20 || (u >= 0x7f && u <= 0x9f) || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069);
    });
    return out;
}

int CliContext::ok(const QJsonValue &result, const QString &human)
{
    settleKeychain();
    if (m_json) {
        QJsonObject o{{QStringLiteral("ok"), true}, {QStringLiteral("result"), result}};
        if (!m_keychainNote.isEmpty())
            o.insert(QStringLiteral("keychain"), m_keychainNote);
        std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Indented).constData());
    } else if (!human.isEmpty()) {
        std::printf("%s\n", qPrintable(terminalSafe(human)));
    }
    std::fflush(stdout);
    return ExitOk;
}

int CliContext::fail(const ApiError &error)
{
    settleKeychain();
    const int code = exitCodeFor(error.kind);
    if (m_json) {
        QJsonObject e{{QStringLiteral("kind"), errorKindId(error.kind)}, {QStringLiteral("message"), error.message}};
        if (error.httpStatus)
            e.insert(QStringLiteral("httpStatus"), error.httpStatus);
        if (!error.serverCode.isEmpty())
            e.insert(QStringLiteral("serverCode"), error.serverCode);
        if (error.retryAfterSeconds >= 0)
            e.insert(QStringLiteral("retryAfterSeconds"), error.retryAfterSeconds);
        std::printf("%s\n", QJsonDocument(QJsonObject{{QStringLiteral("ok"), false}, {QStringLiteral("exitCode"), code},
                                                      {QStringLiteral("error"), e}})
                                .toJson(QJsonDocument::Indented)
                                .constData());
        std::fflush(stdout);
    } else {
        QString text = error.message;
        if (error.kind == ErrorKind::RateLimited && error.retryAfterSeconds >= 0 && !text.contains(QString::number(error.retryAfterSeconds)))
            text += u' ' + QCoreApplication::translate("cli", "Try again in %n second(s).", nullptr, error.retryAfterSeconds);
        say(errorKindTitle(error.kind) + QStringLiteral(": ") + terminalSafe(text));
    }
    return code;
}

int CliContext::usage(const QString &message)
{
    return fail(ApiError::make(ErrorKind::Usage, message));
}

void CliContext::note(const QString &message)
{
    std::fflush(stdout); // keep the order of lines when both streams go to one terminal
    say(terminalSafe(message));
}

void CliContext::say(const QString &line)
{
    // One write a line: glibc 2.37 and later print to an unbuffered stderr in 128-byte pieces,
    // and whoever reads the pipe (a script, a wrapper waiting for the sign-in URL) could take
    // half a line for all of it.
    const QByteArray bytes = (QStringLiteral("authdesk-cli: ") + line + u'\n').toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

} // namespace authdesk::cli
