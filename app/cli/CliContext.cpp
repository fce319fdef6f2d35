#include "CliContext.h"

#include "BackendFactory.h"
#include "Redactor.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QTimer>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace authdesk::cli {

namespace {
const QString kSession = QStringLiteral("session");
const QString kCredentials = QStringLiteral("credentials");
} // namespace

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
    case ErrorKind::Cancelled: return ExitFailure;
    }
    return ExitFailure;
}

CliContext::CliContext(QCommandLineParser &parser, QStringList positional)
    : m_parser(parser)
    , m_args(std::move(positional))
    , m_json(parser.isSet(QStringLiteral("json")))
{
    m_keychain.setMemoryOnly(parser.isSet(QStringLiteral("no-keychain")));
    m_keychain.setTimeoutMs(8'000);
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
        const auto d = dialectFromId(opt(QStringLiteral("dialect")));
        if (!d) {
            usage(QCoreApplication::translate("cli", "--dialect must be enablex, platform28 or overkiz."));
            return false;
        }
        m_profile.dialect = *d;
        m_profile.baseUrl = QUrl(opt(QStringLiteral("url")), QUrl::StrictMode);
        m_profile.apiId = opt(QStringLiteral("api-id"));
        m_profile.name = m_profile.baseUrl.toString();
        // Ad-hoc targets get a stable id from what they are, so sign-ins persist between runs.
        const QByteArray what = (dialectId(*d) + u'|' + m_profile.baseUrl.toString() + u'|' + m_profile.apiId).toUtf8();
        m_profile.id = QStringLiteral("adhoc-")
            + QString::fromLatin1(QCryptographicHash::hash(what, QCryptographicHash::Sha256).toHex().left(12));
    } else {
        usage(QCoreApplication::translate("cli", "Choose a server: --profile NAME, or --dialect D --url BASE_URL."));
        return false;
    }
    if (isSet(QStringLiteral("timeout"))) {
        bool okNumber = false;
        const double secs = opt(QStringLiteral("timeout")).toDouble(&okNumber);
        if (!okNumber || secs <= 0) {
            usage(QCoreApplication::translate("cli", "--timeout needs a number of seconds."));
            return false;
        }
        m_profile.connectTimeoutMs = m_profile.transferTimeoutMs = int(secs * 1000);
    }
    const QString problem = m_profile.validate();
    if (!problem.isEmpty()) {
        usage(problem);
        return false;
    }
    return true;
}

KeychainStore::Outcome CliContext::keychainWait(const std::function<void(KeychainStore::Handler)> &start)
{
    std::optional<KeychainStore::Outcome> out;
    QEventLoop loop;
    start([&](const KeychainStore::Outcome &o) {
        out = o;
        loop.quit();
    });
    if (!out)
        loop.exec();
    return *out;
}

Backend *CliContext::backend()
{
    if (m_backend)
        return m_backend.get();
    if (m_profile.id.isEmpty() && !resolveProfile())
        return nullptr;
    m_backend = makeBackend(m_profile);
    m_audit = std::make_unique<AuditLog>();
    m_backend->setAuditLog(m_audit.get());
    const auto session = keychainWait([&](auto h) { m_keychain.read(KeychainStore::key(m_profile.id, kSession), h); });
    if (session.status == KeychainStore::Status::Ok) {
        m_loadedSession = QJsonDocument::fromJson(session.value.toUtf8()).object();
        if (!m_backend->importSession(m_loadedSession))
            m_loadedSession = {};
    } else if (session.status != KeychainStore::Status::NotFound) {
        m_keychainNote = session.message;
    }
    const auto creds = keychainWait([&](auto h) { m_keychain.read(KeychainStore::key(m_profile.id, kCredentials), h); });
    if (creds.status == KeychainStore::Status::Ok)
        m_backend->setRememberedCredentials(Credentials::fromJson(QJsonDocument::fromJson(creds.value.toUtf8()).object()));
    return m_backend.get();
}

void CliContext::persistSession()
{
    if (!m_backend)
        return;
    const QJsonObject now = m_backend->exportSession();
    if (now == m_loadedSession)
        return;
    const QString key = KeychainStore::key(m_profile.id, kSession);
    if (now.isEmpty()) {
        keychainWait([&](auto h) { m_keychain.remove(key, h); });
    } else {
        const auto w = keychainWait([&](auto h) {
            m_keychain.write(key, QString::fromUtf8(QJsonDocument(now).toJson(QJsonDocument::Compact)), h);
        });
        if (w.sessionOnly && !m_keychain.memoryOnly())
            note(QCoreApplication::translate("cli", "Warning: %1 The sign-in lasts for this run only.").arg(w.message));
    }
    m_loadedSession = now;
}

void CliContext::rememberCredentials(const Credentials &c)
{
    keychainWait([&](auto h) {
        m_keychain.write(KeychainStore::key(m_profile.id, kCredentials),
                         QString::fromUtf8(QJsonDocument(c.toJson()).toJson(QJsonDocument::Compact)), h);
    });
}

void CliContext::forgetStoredSession()
{
    for (const QString &what : {kSession, kCredentials})
        keychainWait([&](auto h) { m_keychain.remove(KeychainStore::key(m_profile.id, what), h); });
    m_loadedSession = {};
}

std::optional<QString> CliContext::readInput(const QString &prompt, bool hidden)
{
    const bool tty = hidden && ::isatty(STDIN_FILENO);
    termios old{};
    if (tty) {
        std::fprintf(stderr, "%s: ", qPrintable(prompt));
        std::fflush(stderr);
        ::tcgetattr(STDIN_FILENO, &old);
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QByteArray line;
    int c = 0;
    while ((c = std::getchar()) != EOF && c != '\n')
        line.append(char(c));
    if (tty) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &old);
        std::fprintf(stderr, "\n");
    }
    if (c == EOF && line.isEmpty())
        return std::nullopt;
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

int CliContext::ok(const QJsonValue &result, const QString &human)
{
    persistSession();
    if (m_json) {
        QJsonObject o{{QStringLiteral("ok"), true}, {QStringLiteral("result"), result}};
        if (!m_keychainNote.isEmpty())
            o.insert(QStringLiteral("keychain"), m_keychainNote);
        std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Indented).constData());
    } else if (!human.isEmpty()) {
        std::printf("%s\n", qPrintable(human));
    }
    std::fflush(stdout);
    return ExitOk;
}

int CliContext::fail(const ApiError &error)
{
    persistSession();
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
        std::fprintf(stderr, "authdesk-cli: %s: %s\n", qPrintable(errorKindTitle(error.kind)), qPrintable(text));
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
    std::fprintf(stderr, "authdesk-cli: %s\n", qPrintable(message));
}

} // namespace authdesk::cli
