#pragma once

#include "Backend.h"
#include "HttpCall.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace authdesk {

// The state machine behind Backend::execute(): renew if due, authorize, send, map,
// re-sign-in once on an expired session, retry idempotent calls with backoff.
class BackendCall : public QObject
{
    Q_OBJECT
public:
    BackendCall(Backend *backend, Backend::ApiCall call, Backend::ResponseHandler done);
    void start();
    void cancel();
    bool isFinished() const { return m_finished; }

private:
    void proceed(); // once the intent is written
    void attempt();
    void onResponse(const HttpResponse &response);
    void finish(const Result<HttpResponse> &result);
    bool scheduleRetry(const ApiError &error);

    QPointer<Backend> m_backend;
    Backend::ApiCall m_call;
    Backend::ResponseHandler m_done;
    QPointer<HttpCall> m_http;
    QTimer m_wait;
    QDeadlineTimer m_deadline; // the call's: the policy's, or the transfer timeout from start
    QStringList m_secrets; // of the last attempt, as authorize() decorated it
    int m_attempts = 0;
    bool m_reSignedIn = false;
    bool m_finished = false;
};

} // namespace authdesk
