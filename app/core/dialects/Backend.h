#pragma once

#include "AuditSink.h"
#include "CallHandle.h"
#include "CoreContext.h"
#include "Credentials.h"
#include "HttpTypes.h"
#include "Profile.h"
#include "Result.h"
#include "Route.h"
#include "SignInState.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>

#include <functional>
#include <optional>

namespace authdesk {

class BackendCall;

// One server profile spoken to in its dialect. The base class owns what every dialect
// shares: the sign-in state, remembered credentials, error mapping fallbacks, retries with
// backoff, Retry-After, re-sign-in on an expired session, and cancellation. Each dialect
// subclass implements the hooks below and the capability interfaces its descriptor names
// (dialects/capabilities/); code outside the core reaches those only through capability<T>().
class Backend : public QObject
{
    Q_OBJECT
public:
    struct Policy {
        int maxAttempts = 3;          // for idempotent calls on network errors, 503 and 429
        int baseBackoffMs = 400;      // doubled per attempt
        int maxRetryWaitSeconds = 30; // a longer Retry-After is reported, not waited for
        // One deadline for everything a command does (the CLI's --timeout): every call, its
        // retries and Retry-After waits end by then. Each call also ends within the profile's
        // transfer timeout from its start, retries and waits included.
        QDeadlineTimer deadline = QDeadlineTimer(QDeadlineTimer::Forever);
    };

    Backend(const Profile &profile, CoreContext &context, QObject *parent = nullptr);
    ~Backend() override;

    // The dialect's id (as in DialectDescriptor::id) and its descriptor.
    virtual QString dialect() const = 0;
    const DialectDescriptor &descriptor() const;
    // The capability interface T (SessionAdmin, KeyReset, ...) when this dialect offers it.
    template <typename T>
    T *capability() { return dynamic_cast<T *>(this); }
    CoreContext &context() const { return m_context; }
    const Profile &profile() const { return m_profile; }
    void setProfile(const Profile &profile) { m_profile = profile; }
    Policy &policy() { return m_policy; }

    const SignInState &state() const { return m_state; }

    // Signs in; on success the credentials are remembered in memory for re-sign-in.
    CallHandle signIn(const Credentials &credentials, Callback<SignInState> done);
    // Signs out on the server (where the dialect can) and always clears local state.
    virtual CallHandle signOut(Callback<Done> done) = 0;
    // A cheap authenticated (or public) call that proves the profile works.
    virtual CallHandle testConnection(Callback<Done> done) = 0;

    // Remembered credentials are used to sign in again once when a session expires,
    // and (EnableX) to renew a token before it expires.
    void setRememberedCredentials(const std::optional<Credentials> &c) { m_remembered = c; }
    const std::optional<Credentials> &rememberedCredentials() const { return m_remembered; }
    // Whether the server's last answer came over HTTP/2 (many calls on one connection) rather
    // than HTTP/1.1 (Qt's six connections a host, one call each at a time).
    bool answersMultiplexed() const { return m_multiplexed; }
    void forgetCredentials() { m_remembered.reset(); }
    // True for answers that refuse the credentials themselves (wrong, blocked, throttled or
    // banned): such credentials are never sent again.
    static bool refusesCredentials(const ApiError &error);

    // The server-side session secret (token / LSID / JSESSIONID / key) and its state, for
    // the keychain, so that a sign-in persists between runs. Empty when signed out.
    virtual QJsonObject exportSession() const = 0;
    virtual bool importSession(const QJsonObject &session) = 0;

    // Clears the local sign-in state (secrets included) without calling the server.
    void clearSession();

    // Where actions that change something on the server are recorded (not owned; may be null).
    // A log replaced here answers the flushes it was asked for (AuditLog's destructor flushes
    // them) into this backend, which must still exist then.
    void setAuditLog(AuditSink *log) { m_audit = log; }
    AuditSink *auditLog() const { return m_audit; }

    // The context's clock (UTC).
    QDateTime now() const;

    // Builds <baseUrl><path> with an already percent-encoded path ("/session/S%201").
    QUrl endpoint(const QString &encodedPath, const QUrlQuery &query = {}) const;
    // Percent-encodes one path segment.
    static QString segment(const QString &raw);

Q_SIGNALS:
    void stateChanged(const authdesk::SignInState &state);
    // A call failed in a way a person should see in the status bar (never holds a secret).
    void callFailed(const authdesk::ApiError &error);
    // Remembered credentials were refused by the server during a silent re-sign-in; they
    // have been dropped here and must be dropped wherever they are kept.
    void credentialsRefused(const authdesk::ApiError &error);
    // A silent re-sign-in through the identity provider replaced the remembered credentials
    // (a fresh token, perhaps a rotated refresh token): whoever keeps them keeps these now.
    void rememberedCredentialsChanged(const authdesk::Credentials &credentials);
    // The server asked to slow down (429, or 503 with Retry-After): a bulk job lowers its
    // pace. `retryAfterMs` is -1 when the server named no time. Emitted whether or not the
    // call is then retried.
    void throttled(int retryAfterMs);

protected:
    // An action that changes a server: recorded as an intent (durably, before the first byte
    // is sent: a call whose intent cannot be written is not sent) and as an outcome.
    struct AuditIntent {
        QString action; // empty: the call changes nothing and is not audited
        QString target;
        QString id;     // joins the intent and the outcome lines
    };
    struct ApiCall {
        ApiCall(HttpRequest r, bool auth, bool idem, AuditIntent intent = {})
            : request(std::move(r)), authenticated(auth), idempotent(idem), audit(std::move(intent))
        {
        }
        HttpRequest request;
        bool authenticated = true; // authorize() decorates it; may re-sign-in on expiry
        bool idempotent = false;   // retried with backoff on network errors, 503 and 429
        AuditIntent audit;         // see auditIntent()
    };
    using ResponseHandler = std::function<void(const Result<HttpResponse> &)>;

    // Runs a call with the shared policy. `done` gets the raw successful response (per
    // isSuccess()) or one mapped error.
    CallHandle execute(ApiCall call, ResponseHandler done);

    // Sign-in on the wire, without touching remembered credentials. Implementations
    // update the state with setState() on success.
    virtual CallHandle performSignIn(const Credentials &credentials, Callback<SignInState> done) = 0;
    // Adds the current credentials to a request (header, matrix parameter, query,
    // cookie) and lists what it added in request.secrets.
    virtual void authorize(HttpRequest &request) const = 0;
    // Whether a response is a success for this dialect (EnableX also needs result == 1).
    virtual bool isSuccess(const HttpResponse &response) const;
    // Maps an unsuccessful HTTP answer to one error; the default uses StatusMapper.
    // (The route is routeFromId(request.routeId).)
    virtual ApiError mapError(const HttpRequest &request, const HttpResponse &response) const;
    // True when the session should be renewed before the next call (EnableX: close to 15 min).
    virtual bool needsRenewal() const { return false; }
    // Drops the dialect's session secret; called by clearSession().
    virtual void clearSecrets() = 0;

    void setState(const SignInState &state);
    HttpOptions httpOptions() const;

    // A request for a contract route: method, path below the base URL (already encoded).
    HttpRequest request(Route route, const QByteArray &method, const QString &encodedPath,
                        const QUrlQuery &query = {}) const;
    static void setJsonBody(HttpRequest &request, const QJsonValue &body);
    static void setFormBody(HttpRequest &request, const QList<QPair<QString, QString>> &fields);

    // What a route's answer must hold: a field that decides the outcome ("userExists",
    // "terminated") is never read as false or 0 when it is missing or of another type.
    struct Required {
        QString key;
        QJsonValue::Type type;
    };
    // Handlers that turn a successful response into a typed value, or report the server's
    // answer as malformed when it is not the JSON the route promises.
    template <typename T>
    static ResponseHandler objectHandler(Callback<T> done, std::function<T(const QJsonObject &)> parse,
                                         QList<Required> required = {})
    {
        return [done = std::move(done), parse = std::move(parse), required = std::move(required)](const Result<HttpResponse> &r) {
            if (!r.ok())
                return done(r.error());
            const auto o = parseObjectOrNull(r.value());
            if (!o)
                return done(malformedAnswer(r.value()));
            for (const Required &field : required) {
                if (o->value(field.key).type() != field.type)
                    return done(missingField(r.value(), field.key));
            }
            done(parse(*o));
        };
    }
    static ApiError missingField(const HttpResponse &response, const QString &key);
    static ResponseHandler doneHandler(Callback<Done> done);
    static std::optional<QJsonObject> parseObjectOrNull(const HttpResponse &response);
    static ApiError malformedAnswer(const HttpResponse &response);

    // A new audited action (for ApiCall::audit and audited()).
    AuditIntent auditIntent(const QString &action, const QString &target) const;
    // Wraps a callback so that the action's outcome is written to the audit log first. A
    // call cancelled before it was sent, or refused because its intent could not be
    // written, has no outcome: nothing reached the server.
    template <typename T>
    Callback<T> audited(const AuditIntent &intent, Callback<T> done) const
    {
        return [this, guard = QPointer<const Backend>(this), intent, done = std::move(done)](const Result<T> &r) {
            if (guard && r.error().kind != ErrorKind::Storage)
                writeOutcome(intent, r.error());
            done(r);
        };
    }

private:
    friend class BackendCall;
    // The intent line, on the disk before the call is sent; then `written` (with a Storage
    // error when it could not be: nothing may be sent). The intents of the calls started in
    // one turn of the event loop are written together, and all written while the log's thread
    // is busy flushing share its next fsync (group commit), so that a bulk job's calls
    // do not wait for a disk flush each; a call finished (cancelled) before then writes none.
    void writeIntent(const AuditIntent &intent, const BackendCall *call, std::function<void(const ApiError &)> written);
    void flushIntents();
    void writeOutcome(const AuditIntent &intent, const ApiError &error) const;
    AuditEntry auditEntry(const AuditIntent &intent) const;
    // Signs in again with remembered credentials; concurrent callers share one attempt.
    void renewSession(std::function<void(const ApiError &)> done);
    void refreshAndSignIn();                   // the SSO way: a fresh token first
    void signInAgain(const Credentials &c);
    void endRenewal(const ApiError &error, bool refused);

    CoreContext &m_context;
    Profile m_profile;
    Policy m_policy;
    SignInState m_state;
    std::optional<Credentials> m_remembered;
    QList<std::function<void(const ApiError &)>> m_renewWaiters;
    bool m_renewing = false;
    bool m_multiplexed = false;
    AuditSink *m_audit = nullptr;
    struct PendingIntent {
        AuditEntry entry;
        QPointer<const BackendCall> call;
        std::function<void(const ApiError &)> written;
    };
    QList<PendingIntent> m_pendingIntents;
    mutable std::optional<HttpOptions> m_optionsCache; // httpOptions() of m_optionsFor
    mutable Profile m_optionsFor;
    mutable QDateTime m_optionsCaTime;
};

} // namespace authdesk
