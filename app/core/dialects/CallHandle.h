#pragma once

#include <QPointer>

namespace authdesk {

class BackendCall;

// Lets a caller cancel a call in flight (including its retries and waits). Copyable;
// harmless after the call has finished.
class CallHandle
{
public:
    CallHandle() = default;
    explicit CallHandle(BackendCall *call);
    void cancel();
    bool isRunning() const { return !m_call.isNull(); }

private:
    QPointer<BackendCall> m_call;
};

} // namespace authdesk
