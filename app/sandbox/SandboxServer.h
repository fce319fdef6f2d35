#pragma once

#include "SandboxContext.h"
#include "SandboxTypes.h"

#include <QAbstractHttpServer>
#include <QJsonArray>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <memory>
#include <vector>

class QHttpServerResponder;
class QTcpSocket;

namespace sandbox {

class DialectService;
class Platform28Service;
class OverkizService;
class ConnectionListener;

// The sandbox: the three dialects on one loopback port, the /_sandbox/ control API, fault
// injection per route and a log of recent requests. QtHttpServer does the HTTP.
// Its server API changed in Qt 6.5 and again in 6.8; SandboxServer.cpp says how each version
// is handled so that every fault behaves the same on all of them.
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1:port (0 = any free port); returns the port or 0.
    quint16 start(quint16 port);
    Context &context() { return m_ctx; }
    bool loadData(const QJsonObject &seed, QString *error);
    Platform28Service &platform28() { return *m_p28; }

protected:
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    // Qt 6.4 hands the connection's socket to the handlers.
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;
#else
    // Qt 6.5+ hands over a responder only; missingHandler takes it as an rvalue up to 6.7, as an
    // lvalue from 6.8 on.
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    void missingHandler(const QHttpServerRequest &request, QHttpServerResponder &&responder) override;
#else
    void missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
#endif
#endif

private:
    struct Fault {
        QString route, kind;
        int ms = 0, status = 500, retryAfter = 2, count = -1;
        double rate = 1.0; // share of matching requests that get the fault
        qint64 bytes = 32 * 1024 * 1024;
        QJsonObject body; // kind "json": the error body to answer with (real-service errors)
        // kind "throttle": answers beyond `perSecond` a second get a 429 (a token bucket
        // that holds one second's worth).
        double perSecond = 200;
        bool handleFirst = false; // kind "delay": do the work now, only the answer waits

        double tokens = -1; // -1: full at the first request
        qint64 refilledAt = 0;
        QJsonObject toJson() const;
    };
    // What to do with one request: answer, answer later, or drop the connection.
    struct Plan {
        Reply reply;
        int delayMs = 0;
        bool drop = false;
        std::function<Reply()> later; // computes the answer after a delay
    };

    Plan plan(const QHttpServerRequest &request);
    Reply control(const Request &r);
    std::optional<Fault> takeFault(const QString &route);
    Reply faultReply(const Fault &f, DialectService *service);
    void log(const QString &route, const Request &r, int status);
    void resetAll();

    Context m_ctx;
    std::vector<std::unique_ptr<DialectService>> m_services;
    Platform28Service *m_p28 = nullptr;
    OverkizService *m_overkiz = nullptr;
    QList<Fault> m_faults;
    QJsonArray m_requests;
    QRandomGenerator m_random{20261125}; // fault rates repeat from run to run
    QElapsedTimer m_uptime;              // the throttle's clock
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    ConnectionListener *m_listener = nullptr; // accepts the connections; a child once bound
#endif
};

} // namespace sandbox
