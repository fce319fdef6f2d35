#pragma once

#include "HttpTypes.h"

#include <QObject>

class QNetworkAccessManager;

namespace authdesk {

class HttpCall;
class ProxyFactory;

// A thread's one QNetworkAccessManager and the policy around it: timeouts, a size cap,
// TLS trust, proxies, loopback-only plain HTTP and redacted request logging. Made by the
// program's CoreContext (or a test) in the thread that does the network work, and passed
// down: there is no process-wide instance.
class HttpClient : public QObject
{
    Q_OBJECT
public:
    explicit HttpClient(QObject *parent = nullptr);

    // Starts the request. The call reports finished() exactly once and deletes itself later.
    HttpCall *send(const HttpRequest &request, const HttpOptions &options);

    int inFlight() const { return m_inFlight; }
    QNetworkAccessManager *manager() const { return m_nam; }

    // GET, HEAD, OPTIONS: sent without a body and safe to repeat. Every other method is sent
    // at most once: when the connection drops before the answer, the call fails instead of
    // being resent by Qt (the caller's policy decides whether to try again).
    static bool isSafeMethod(const QByteArray &method);
    // true for 127.0.0.0/8, ::1 and "localhost": plain http:// is allowed only there.
    static bool isLoopbackHost(const QString &host);

Q_SIGNALS:
    void inFlightChanged(int count);

private:
    void callEnded();
    void tuneSockets();

    QNetworkAccessManager *m_nam = nullptr;
    ProxyFactory *m_proxies = nullptr; // owned by m_nam
    int m_inFlight = 0;
    bool m_untunedSockets = false; // a connection was opened since TcpNoDelay last ran
};

} // namespace authdesk
