#pragma once

#include "ActionRunner.h"
#include "ApiError.h"
#include "Backend.h"
#include "CoreContext.h"
#include "Profile.h"
#include "ProfileSessions.h"
#include "ProfileStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
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
    ExitStorage = 11,     // the audit log or the settings could not be written (nothing was sent)
    ExitTampered = 12,    // audit verify: the audit log's hash chain is broken
};
int exitCodeFor(ErrorKind kind);

// Everything one run of authdesk-cli shares: parsed options, the core (network client,
// clock, dialects), the profile and its sign-in through ProfileSessions (the same code
// the console uses to keep, restore and forget sign-ins), and the output (human text or
// one JSON document).
class CliContext
{
public:
    CliContext(QCommandLineParser &parser, QStringList positional, CoreContext &core);
    ~CliContext();

    QCommandLineParser &options() { return m_parser; }
    QString opt(const QString &name) const { return m_parser.value(name); }
    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    // Positional arguments after "<group> <command>".
    const QStringList &args() const { return m_args; }
    QString arg(int i) const { return m_args.value(i); }
    bool json() const { return m_json; }

    CoreContext &core() { return m_core; }
    ProfileStore &profiles();
    ProfileSessions &sessions();
    // Resolves --profile or --dialect/--url; on failure prints why and returns false.
    bool resolveProfile();
    // Uses this profile instead (a resumed job's own).
    void useProfile(const Profile &profile) { m_profile = profile; }
    const Profile &profile() const { return m_profile; }
    // The command's deadline (--timeout), forever without it.
    const QDeadlineTimer &deadline() const { return m_deadline; }
    // The backend of the resolved profile with its kept sign-in restored.
    Backend *backend();

    // Runs an action on a capability of the profile's backend through the core's
    // ActionRunner (a dialect without it: Unsupported; no sign-in: says how to sign in).
    template <typename Cap, typename T>
    Result<T> run(const QString &what, std::function<CallHandle(Cap &, Callback<T>)> call);

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
    // Text for a terminal: escape sequences, control and bidi-override characters from a
    // server (or an id) removed, so that nothing it sends can repaint or hide our output.
    static QString terminalSafe(const QString &text);
    // "authdesk-cli: " + line on stderr, in one write.
    static void say(const QString &line);

private:
    std::optional<QString> readInput(const QString &prompt, bool hidden);
    // Before the run ends: keychain writes finish, and a keychain that failed is reported.
    void settleKeychain();

    QCommandLineParser &m_parser;
    QStringList m_args;
    bool m_json = false;
    CoreContext &m_core;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<ProfileSessions> m_sessions;
    Profile m_profile;
    QString m_keychainNote;
    bool m_noKeychain = false;
    bool m_restored = false;
    // --timeout: one deadline for the whole command (every call, retry and wait).
    QDeadlineTimer m_deadline{QDeadlineTimer::Forever};
};

template <typename Cap, typename T>
Result<T> CliContext::run(const QString &what, std::function<CallHandle(Cap &, Callback<T>)> call)
{
    if (!backend())
        return ApiError::make(ErrorKind::Usage, QCoreApplication::translate("cli", "No usable profile."));
    // The CLI does not ask first: a call without a session meets the server's "expired",
    // which remembered credentials answer silently, and otherwise the runner says why not.
    return wait<T>([&](Callback<T> cb) {
        sessions().actions().run<Cap, T>(m_profile.id, what, call, cb, ActionRunner::Needs::Nothing);
        return CallHandle();
    });
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
// Runs `expr` (which uses `cap`, the capability, and `cb`) through CliContext::run.
#define CLI_RUN(ctx, Cap, T, what, expr) \
    (ctx).run<Cap, T>(what, [&](Cap &cap, authdesk::Callback<T> cb) { return expr; })
