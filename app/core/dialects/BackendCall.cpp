#include "BackendCall.h"

#include "HttpClient.h"
#include "Logging.h"
#include "Redactor.h"
#include "StatusMapper.h"

#include <QCoreApplication>

namespace authdesk {

BackendCall::BackendCall(Backend *backend, Backend::ApiCall call, Backend::ResponseHandler done)
    : QObject(backend)
    , m_backend(backend)
    , m_call(std::move(call))
    , m_done(std::move(done))
{
    m_wait.setSingleShot(true);
    connect(&m_wait, &QTimer::timeout, this, &BackendCall::attempt);
}

void BackendCall::start()
{
    const QDeadlineTimer own(m_backend->httpOptions().transferTimeoutMs);
    const QDeadlineTimer &policy = m_backend->policy().deadline;
    m_deadline = policy.isForever() || own.deadline() < policy.deadline() ? own : policy;
    // Write-ahead: the intent is on the disk before anything goes out, or nothing goes out.
    m_backend->writeIntent(m_call.audit, this, [this](const ApiError &storage) {
        if (storage.isError())
            finish(storage); // on a later turn than start(): the caller holds its handle by then
        else
            proceed();
    });
}

void BackendCall::proceed()
{
    // Renew an about-to-expire session first (EnableX tokens), so the call itself does
    // not fail half-way through a person's work.
    if (m_call.authenticated && m_backend->needsRenewal() && m_backend->rememberedCredentials()) {
        m_reSignedIn = true;
        m_backend->renewSession([self = QPointer(this)](const ApiError &error) {
            if (!self || self->m_finished)
                return;
            if (error.isError())
                self->finish(error);
            else
                self->attempt();
        });
        return;
    }
    attempt();
}

void BackendCall::cancel()
{
    if (m_finished)
        return;
    m_wait.stop();
    if (m_http)
        m_http->disconnect(this);
    if (m_http)
        m_http->abort();
    finish(ApiError::make(ErrorKind::Cancelled,
                          QCoreApplication::translate("BackendCall", "Cancelled.")));
}

void BackendCall::attempt()
{
    if (m_finished || !m_backend)
        return;
    ++m_attempts;
    HttpRequest request = m_call.request;
    if (m_call.authenticated)
        m_backend->authorize(request);
    m_secrets = request.secrets;
    HttpOptions options = m_backend->httpOptions();
    const qint64 left = m_deadline.remainingTime();
    if (left == 0) {
        finish(ApiError::make(ErrorKind::Timeout, QCoreApplication::translate("BackendCall", "The time allowed for this action has run out.")));
        return;
    }
    // What is left of the deadline bounds this attempt (the connect timeout stays as it is).
    options.transferTimeoutMs = int(qBound(qint64(1), left, qint64(options.transferTimeoutMs)));
    m_http = m_backend->context().http().send(request, options);
    connect(m_http, &HttpCall::finished, this, &BackendCall::onResponse);
}

void BackendCall::onResponse(const HttpResponse &response)
{
    m_http = nullptr;
    if (m_finished || !m_backend)
        return;
    if (response.status)
        m_backend->m_multiplexed = response.multiplexed;
    if (m_backend->isSuccess(response)) {
        finish(response);
        return;
    }
    ApiError error = m_backend->mapError(m_call.request, response);
    // Server texts can echo what was sent; nothing secret reaches a person or a log.
    error.message = Redactor::redact(error.message, m_secrets);
    error.serverText = Redactor::redact(error.serverText, m_secrets);
    if (error.kind == ErrorKind::RateLimited || (error.kind == ErrorKind::Maintenance && error.retryAfterSeconds >= 0))
        Q_EMIT m_backend->throttled(error.retryAfterSeconds >= 0 ? error.retryAfterSeconds * 1000 : -1);
    if (error.kind == ErrorKind::SessionExpired && m_call.authenticated && !m_reSignedIn
        && m_backend->rememberedCredentials()) {
        m_reSignedIn = true; // once: a second expiry right after signing in is reported
        qCDebug(lcCore) << "session expired on" << m_call.request.routeId << "- signing in again";
        m_backend->renewSession([self = QPointer(this), error](const ApiError &renewError) {
            if (!self || self->m_finished)
                return;
            if (renewError.isError())
                self->finish(renewError);
            else
                self->attempt();
        });
        return;
    }
    if (scheduleRetry(error))
        return;
    finish(error);
}

bool BackendCall::scheduleRetry(const ApiError &error)
{
    if (!m_call.idempotent || m_attempts >= m_backend->policy().maxAttempts)
        return false;
    const bool transient = error.kind == ErrorKind::Network || error.kind == ErrorKind::Maintenance
        || (error.kind == ErrorKind::RateLimited && error.retryable);
    if (!transient)
        return false;
    const auto &policy = m_backend->policy();
    int waitMs = policy.baseBackoffMs * (1 << (m_attempts - 1));
    if (error.retryAfterSeconds >= 0) {
        if (error.retryAfterSeconds > policy.maxRetryWaitSeconds)
            return false; // too long to wait silently: report it with the time to retry
        waitMs = qMax(waitMs, error.retryAfterSeconds * 1000);
    }
    // A wait that would outlast the deadline is not started: the error is reported now.
    if (m_deadline.remainingTime() <= waitMs)
        return false;
    qCDebug(lcCore) << m_call.request.routeId << errorKindId(error.kind) << "- retry in" << waitMs << "ms";
    m_wait.start(waitMs);
    return true;
}

void BackendCall::finish(const Result<HttpResponse> &result)
{
    if (m_finished)
        return;
    m_finished = true;
    if (!result.ok() && m_backend && result.error().kind != ErrorKind::Cancelled) {
        if (result.error().kind == ErrorKind::SessionExpired && m_call.authenticated
            && m_backend->state().signedIn) {
            // The server has ended the session and it could not be renewed: say so.
            SignInState expired = m_backend->state();
            expired.signedIn = false;
            expired.details.insert(QStringLiteral("expired"), true);
            m_backend->clearSecrets();
            m_backend->setState(expired);
        }
        Q_EMIT m_backend->callFailed(result.error());
    }
    const auto done = std::move(m_done);
    deleteLater();
    if (done)
        done(result);
}

} // namespace authdesk
