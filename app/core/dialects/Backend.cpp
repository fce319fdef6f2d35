#include "Backend.h"

#include "AuditSink.h"
#include "BackendCall.h"
#include "DialectRegistry.h"
#include "OidcClient.h"
#include "JsonReader.h"
#include "StatusMapper.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QFileInfo>
#include <QTimer>
#include <QUuid>

namespace authdesk {

CallHandle::CallHandle(BackendCall *call)
    : m_call(call)
{
}

void CallHandle::cancel()
{
    if (m_call)
        m_call->cancel();
}

QDateTime Backend::now() const
{
    return m_context.clock().now();
}

Backend::Backend(const Profile &profile, CoreContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_profile(profile)
{
}

const DialectDescriptor &Backend::descriptor() const
{
    static const DialectDescriptor unknown;
    const DialectDescriptor *d = m_context.dialects().find(dialect());
    return d ? *d : unknown;
}

bool Backend::refusesCredentials(const ApiError &error)
{
    switch (error.kind) {
    case ErrorKind::BadCredentials:
    case ErrorKind::Blocked:
        return true;
    case ErrorKind::RateLimited: // a sign-in throttle: trying again only prolongs it (a busy
        return !error.retryable; // server's throttle says nothing about the credentials)
    default:
        return false;
    }
}

Backend::~Backend()
{
    if (m_audit)
        m_audit->forgetSyncs(this); // no flush of ours may answer into a deleted backend
}

CallHandle Backend::signIn(const Credentials &credentials, Callback<SignInState> done)
{
    return performSignIn(credentials, [this, credentials, done](const Result<SignInState> &r) {
        if (r.ok())
            m_remembered = credentials;
        done(r);
    });
}

void Backend::clearSession()
{
    clearSecrets();
    setState(SignInState{});
}

QUrl Backend::endpoint(const QString &encodedPath, const QUrlQuery &query) const
{
    QUrl url = m_profile.baseUrl;
    QString base = url.path(QUrl::FullyEncoded);
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + encodedPath, QUrl::TolerantMode);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

QString Backend::segment(const QString &raw)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(raw));
}

CallHandle Backend::execute(ApiCall call, ResponseHandler done)
{
    auto *runner = new BackendCall(this, std::move(call), std::move(done));
    CallHandle handle(runner);
    runner->start();
    return handle;
}

bool Backend::isSuccess(const HttpResponse &response) const
{
    return response.failure == HttpResponse::Failure::None && response.status >= 200
        && response.status < 300 && !response.isHtml();
}

ApiError Backend::mapError(const HttpRequest &, const HttpResponse &response) const
{
    if (auto e = StatusMapper::transportError(response))
        return *e;
    return StatusMapper::fromStatus(response);
}

HttpRequest Backend::request(Route route, const QByteArray &method, const QString &encodedPath,
                             const QUrlQuery &query) const
{
    HttpRequest r;
    r.routeId = routeId(route);
    r.method = method;
    r.url = endpoint(encodedPath, query);
    r.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    return r;
}

void Backend::setJsonBody(HttpRequest &request, const QJsonValue &body)
{
    request.contentType = "application/json";
    if (body.isObject())
        request.body = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    else if (body.isArray())
        request.body = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    else if (body.isBool())
        request.body = body.toBool() ? "true" : "false";
}

void Backend::setFormBody(HttpRequest &request, const QList<QPair<QString, QString>> &fields)
{
    // application/x-www-form-urlencoded, every reserved character percent-encoded (a '+' or
    // '&' in a password must survive).
    QByteArray body;
    for (const auto &f : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(f.first) + '=' + QUrl::toPercentEncoding(f.second);
    }
    request.contentType = "application/x-www-form-urlencoded";
    request.body = body;
}

std::optional<QJsonObject> Backend::parseObjectOrNull(const HttpResponse &response)
{
    return json::parseObject(response.body);
}

ApiError Backend::missingField(const HttpResponse &response, const QString &key)
{
    ApiError e = ApiError::make(ErrorKind::MalformedAnswer,
                                QCoreApplication::translate("Backend", "The server's answer lacks the field \"%1\" (or it has the wrong type), so its outcome is unknown (HTTP %2).")
                                    .arg(key)
                                    .arg(response.status),
                                response.status);
    return e;
}

ApiError Backend::malformedAnswer(const HttpResponse &response)
{
    return StatusMapper::malformed(response);
}

Backend::ResponseHandler Backend::doneHandler(Callback<Done> done)
{
    return [done = std::move(done)](const Result<HttpResponse> &r) {
        if (!r.ok())
            return done(r.error());
        // No data is needed, but an answer that is not JSON is still not the promised one.
        if (!r.value().body.trimmed().isEmpty() && !json::parse(r.value().body))
            return done(malformedAnswer(r.value()));
        done(Done{});
    };
}

void Backend::setState(const SignInState &state)
{
    m_state = state;
    Q_EMIT stateChanged(m_state);
}

HttpOptions Backend::httpOptions() const
{
    // Read once per profile and CA file version, not per request: a bulk job would parse the
    // PEM file twice for every call. A changed file (the person replaced the CA) is read again.
    const QFileInfo ca(m_profile.caFile);
    const QDateTime caTime = m_profile.caFile.isEmpty() ? QDateTime() : ca.lastModified();
    if (!m_optionsCache || m_optionsFor != m_profile || m_optionsCaTime != caTime) {
        m_optionsCache = m_profile.httpOptions();
        m_optionsFor = m_profile;
        m_optionsCaTime = caTime;
    }
    return *m_optionsCache;
}

Backend::AuditIntent Backend::auditIntent(const QString &action, const QString &target) const
{
    return AuditIntent{action, target, QUuid::createUuid().toString(QUuid::WithoutBraces).left(13)};
}

AuditEntry Backend::auditEntry(const AuditIntent &intent) const
{
    AuditEntry e;
    e.time = now();
    e.profile = m_profile.name;
    e.dialect = dialect();
    e.user = m_state.signedIn ? m_state.who : QString();
    e.action = intent.action;
    e.target = intent.target;
    e.id = intent.id;
    return e;
}

void Backend::writeIntent(const AuditIntent &intent, const BackendCall *call, std::function<void(const ApiError &)> written)
{
    if (!m_audit || intent.action.isEmpty()) {
        written({});
        return;
    }
    AuditEntry e = auditEntry(intent);
    e.phase = QStringLiteral("intent");
    m_pendingIntents.append({e, call, std::move(written)});
    if (m_pendingIntents.size() == 1)
        QTimer::singleShot(0, this, &Backend::flushIntents);
}

void Backend::flushIntents()
{
    QList<PendingIntent> batch = std::exchange(m_pendingIntents, {});
    batch.removeIf([](const PendingIntent &p) { return !p.call || p.call->isFinished(); });
    if (batch.isEmpty())
        return;
    const auto storageError = [](const QString &why) {
        return ApiError::make(ErrorKind::Storage, QCoreApplication::translate("Backend", "Nothing was sent: %1").arg(why));
    };
    const auto deliver = [](const QList<PendingIntent> &to, const ApiError &error) {
        for (const PendingIntent &p : to)
            if (p.call && !p.call->isFinished())
                p.written(error);
    };
    // Every line written now; the fsync that makes them durable runs on the log's own thread
    // while this one goes on with answers, and the calls go out when it is done.
    for (const PendingIntent &p : std::as_const(batch)) {
        if (!m_audit || !m_audit->append(p.entry, AuditSink::Sync::Flush)) {
            deliver(batch, storageError(m_audit ? m_audit->lastError() : QString()));
            return;
        }
    }
    m_audit->syncLater(this, [batch = std::move(batch), storageError, deliver](const QString &failure) {
        deliver(batch, failure.isEmpty() ? ApiError{} : storageError(failure));
    });
}

void Backend::writeOutcome(const AuditIntent &intent, const ApiError &error) const
{
    if (!m_audit || intent.action.isEmpty())
        return;
    AuditEntry e = auditEntry(intent);
    e.phase = QStringLiteral("outcome");
    e.outcome = error.isError() ? errorKindId(error.kind) : QStringLiteral("ok");
    e.detail = error.message;
    m_audit->append(e, AuditSink::Sync::Flush);
}

void Backend::renewSession(std::function<void(const ApiError &)> done)
{
    if (!m_remembered) {
        done(ApiError::make(ErrorKind::SessionExpired,
                            QCoreApplication::translate("Backend", "The session has expired. Sign in again.")));
        return;
    }
    m_renewWaiters.append(std::move(done));
    if (m_renewing)
        return;
    m_renewing = true;
    if (!m_remembered->refreshToken.isEmpty() && m_profile.identityProvider.isSet()) {
        refreshAndSignIn();
        return;
    }
    signInAgain(*m_remembered);
}

void Backend::refreshAndSignIn()
{
    // Single sign-on: the token O1 took last time has likely expired; the identity provider
    // gives a fresh one for the kept refresh token (and, rotating, a new refresh token).
    auto *client = new OidcClient(m_context.http(), m_context.clock(), m_profile.identityProvider, httpOptions(), this);
    client->refresh(m_remembered->refreshToken, [this, client](const Result<OidcTokens> &t) {
        client->deleteLater();
        if (!m_remembered) {
            endRenewal(ApiError::make(ErrorKind::SessionExpired, QCoreApplication::translate("Backend", "The session has expired. Sign in again.")), false);
            return;
        }
        if (!t.ok()) {
            // A refresh token the provider no longer takes (invalid_grant: revoked, expired,
            // reused) is dropped like refused credentials; a provider that is down is not.
            endRenewal(t.error(), t.error().kind == ErrorKind::BadCredentials);
            return;
        }
        Credentials fresh = DialectRegistry::ssoCredentials(m_profile.identityProvider, t.value());
        fresh.applicationId = m_remembered->applicationId;
        fresh.apiKey = m_remembered->apiKey;
        fresh.setupOid = m_remembered->setupOid;
        if (fresh.refreshToken.isEmpty())
            fresh.refreshToken = m_remembered->refreshToken; // not rotated: the old one stays good
        m_remembered = fresh;
        Q_EMIT rememberedCredentialsChanged(fresh);
        signInAgain(fresh);
    });
}

void Backend::signInAgain(const Credentials &c)
{
    performSignIn(c, [this](const Result<SignInState> &r) {
        const ApiError error = r.error();
        endRenewal(error, refusesCredentials(error));
    });
}

void Backend::endRenewal(const ApiError &error, bool refused)
{
    m_renewing = false;
    if (refused)
        m_remembered.reset(); // never send credentials again that the server has refused
    const auto waiters = std::exchange(m_renewWaiters, {});
    if (refused)
        Q_EMIT credentialsRefused(error); // whoever keeps them (the vault) drops them too
    for (const auto &w : waiters)
        w(error);
}

} // namespace authdesk
