#pragma once

#include "ApiError.h"
#include "AuditLog.h"
#include "Backend.h"
#include "KeychainStore.h"
#include "Profile.h"
#include "ProfileStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonValue>
#include <QTextStream>

#include <memory>
#include <optional>

namespace authdesk::cli {


// Exit codes: scripts decide on these (documented in --help and the README).
enum Exit {
    ExitOk = 0,
    ExitFailure = 1,      // anything not listed below
    ExitUsage = 2,        // wrong arguments, missing input
    ExitAuth = 3,         // bad credentials, expired session, forbidden, blocked
    ExitNotFound = 4,
    ExitRateLimited = 5,
    ExitNetwork = 6,      // unreachable, timeout, TLS
    ExitServer = 7,       // 5xx, maintenance, malformed answer, unsupported route
    ExitValidation = 8,   // the server (or we) rejected the values
    ExitKeychain = 9,
    ExitPartial = 10,     // a bulk job finished with some items failed
};
int exitCodeFor(ErrorKind kind);

// Everything one run of authdesk-cli shares: parsed options, the profile, its backend,
// the keychain, the audit log and the output (human text or one JSON document).
class CliContext
{
public:
    CliContext(QCommandLineParser &parser, QStringList positional);
    ~CliContext();

    QCommandLineParser &options() { return m_parser; }
    QString opt(const QString &name) const { return m_parser.value(name); }
    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    // Positional arguments after "<group> <command>".
    const QStringList &args() const { return m_args; }
    QString arg(int i) const { return m_args.value(i); }
    bool json() const { return m_json; }

    ProfileStore &profiles();
    // Resolves --profile or --dialect/--url; on failure prints why and returns false.
    bool resolveProfile();
    const Profile &profile() const { return m_profile; }
    // The backend of the resolved profile with its stored session restored from the keychain.
    Backend *backend();
    template <typename T>
    T *backendAs(Dialect needed);
    // Saves (or removes) the session in the keychain after a command that may have changed it.
    void persistSession();
    void rememberCredentials(const Credentials &c);
    void forgetStoredSession();

    // Reads one line of secret input from stdin (no echo on a terminal).
    std::optional<QString> readSecret(const QString &prompt) { return readInput(prompt, true); }
    // Reads one line of plain input (ids for bulk jobs); nullopt at the end of input.
    std::optional<QString> readLine() { return readInput(QString(), false); }

    // Waits for an asynchronous core call.
    template <typename T>
    Result<T> wait(const std::function<CallHandle(Callback<T>)> &start);

    // Output. Each returns the exit code to use.
    int ok(const QJsonValue &result, const QString &human);
    int fail(const ApiError &error);
    int usage(const QString &message);
    void note(const QString &message); // to stderr, human mode only (and always for warnings)

private:
    std::optional<QString> readInput(const QString &prompt, bool hidden);
    KeychainStore::Outcome keychainWait(const std::function<void(KeychainStore::Handler)> &start);

    QCommandLineParser &m_parser;
    QStringList m_args;
    bool m_json = false;
    std::unique_ptr<ProfileStore> m_profiles;
    Profile m_profile;
    std::unique_ptr<Backend> m_backend;
    KeychainStore m_keychain;
    std::unique_ptr<AuditLog> m_audit;
    QJsonObject m_loadedSession;
    QString m_keychainNote;
};

template <typename T>
T *CliContext::backendAs(Dialect needed)
{
    Backend *b = backend();
    if (!b)
        return nullptr;
    if (b->dialect() != needed) {
        usage(QCoreApplication::translate("cli", "This command needs a %1 profile; \"%2\" is %3.")
                  .arg(dialectDisplayName(needed), m_profile.name, dialectDisplayName(b->dialect())));
        return nullptr;
    }
    return static_cast<T *>(b);
}

template <typename T>
Result<T> CliContext::wait(const std::function<CallHandle(Callback<T>)> &start)
{
    std::optional<Result<T>> out;
    QEventLoop loop;
    start([&](const Result<T> &r) {
        out.emplace(r);
        loop.quit();
    });
    if (!out)
        loop.exec();
    return *out;
}

} // namespace authdesk::cli

#define CLI_WAIT(ctx, T, expr) (ctx).wait<T>([&](authdesk::Callback<T> cb) { return expr; })
