#pragma once

#include "HttpTypes.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkReply;

namespace authdesk {

// One HTTP exchange: owns its QNetworkReply, enforces the connect/transfer deadlines and
// the size cap, and turns every outcome into one HttpResponse.
class HttpCall : public QObject
{
    Q_OBJECT
public:
    HttpCall(QNetworkReply *reply, const HttpRequest &request, const HttpOptions &options,
             QObject *parent = nullptr);
    // A call that fails before anything is sent (e.g. refused plain http://).
    HttpCall(const HttpRequest &request, HttpResponse::Failure failure, const QString &text,
             QObject *parent = nullptr);
    ~HttpCall() override;

    void abort(); // ends with Failure::Cancelled
    bool isFinished() const { return m_done; }
    const HttpRequest &request() const { return m_request; }

Q_SIGNALS:
    void finished(const authdesk::HttpResponse &response);

private:
    static constexpr qint64 kReadBufferBytes = 64 * 1024;
    // How much the process may grow while one answer's headers arrive (see watchHeaderMemory).
    static constexpr qint64 kMaxHeaderGrowthBytes = 48 * 1024 * 1024;
    static qint64 residentBytes(); // 0 where unknown
    // The same, read at most every 50 ms on a thread: a call's baseline for its header watch
    // (a read of /proc per call cost four system calls, #15).
    static qint64 recentResidentBytes();

    void onMetaData();
    void watchHeaderMemory();
    void checkCertificate();
    void onReadyRead();
    void onFinished();
    void fail(HttpResponse::Failure failure, const QString &text);
    void complete(HttpResponse response);

    QPointer<QNetworkReply> m_reply;
    HttpRequest m_request;
    HttpOptions m_options;
    QTimer m_deadline;        // the whole exchange: transferTimeoutMs
    QTimer m_connectDeadline; // opening a connection (TCP + TLS): connectTimeoutMs
    QTimer m_headerWatch;     // until the headers are in
    qint64 m_residentAtStart = 0;
    QElapsedTimer m_clock;
    QByteArray m_body;
    bool m_connected = false;
    bool m_done = false;
    HttpResponse::Failure m_pendingFailure = HttpResponse::Failure::None;
    QString m_pendingText;
};

} // namespace authdesk
