// Servers that answer too much: an endless chunked body, an endless header block, too many
// headers, an answer missing the field that decides it. Each call must end with a clear
// error, soon, and the process must stay far below 100 MB whatever the server sends. The
// server streams from a thread of its own, as fast as loopback takes it, while this (GUI-
// like) thread is kept busy part of the time, as a console's would be.
#include "Await.h"
#include "CoreContext.h"
#include "FakeServer.h"
#include "HttpCall.h"
#include "HttpClient.h"
#include "OverkizBackend.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QtTest>

#include <unistd.h>

using namespace authdesk;

namespace {

qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    return statm.readAll().split(' ').value(1).toLongLong() * ::sysconf(_SC_PAGESIZE);
}

// Streams `head` and then `chunk` over and over, as long as the client reads.
class FloodServer : public QTcpServer
{
public:
    QByteArray head, chunk;

protected:
    void incomingConnection(qintptr fd) override
    {
        auto *s = new QTcpSocket(this);
        s->setSocketDescriptor(fd);
        auto pump = [s, this] {
            while (!chunk.isEmpty() && s->state() == QAbstractSocket::ConnectedState && s->bytesToWrite() < 4 * 1024 * 1024)
                s->write(chunk);
        };
        connect(s, &QTcpSocket::readyRead, s, [s, this, pump] {
            if (!s->readAll().contains("\r\n\r\n") || s->property("going").toBool())
                return;
            s->setProperty("going", true);
            s->write(head);
            pump();
        });
        connect(s, &QTcpSocket::bytesWritten, s, pump);
        connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
    }
};

// A FloodServer in its own thread.
class Flood
{
public:
    Flood(QByteArray head, QByteArray chunk)
    {
        m_thread.start();
        m_server = new FloodServer;
        m_server->head = std::move(head);
        m_server->chunk = std::move(chunk);
        m_server->moveToThread(&m_thread);
        QMetaObject::invokeMethod(m_server, [this] { m_server->listen(QHostAddress::LocalHost); }, Qt::BlockingQueuedConnection);
    }
    ~Flood()
    {
        QMetaObject::invokeMethod(m_server, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(m_server->serverPort())); }

private:
    QThread m_thread;
    FloodServer *m_server = nullptr;
};

struct Outcome {
    HttpResponse response;
    qint64 ms = 0;
    qint64 peakGrowth = 0;
};

// Runs one GET while a timer keeps this thread busy 30 ms of every 40, sampling memory.
Outcome flooded(HttpClient &client, const QUrl &url, const HttpOptions &options = {})
{
    Outcome out;
    const qint64 before = residentBytes();
    QTimer busy;
    busy.setInterval(40);
    QObject::connect(&busy, &QTimer::timeout, [&] {
        out.peakGrowth = qMax(out.peakGrowth, residentBytes() - before);
        QThread::msleep(30);
    });
    busy.start();
    HttpRequest req;
    req.url = url;
    QElapsedTimer t;
    t.start();
    HttpCall *call = client.send(req, options);
    QSignalSpy spy(call, &HttpCall::finished);
    spy.wait(60'000);
    out.ms = t.elapsed();
    busy.stop();
    out.peakGrowth = qMax(out.peakGrowth, residentBytes() - before);
    if (!spy.isEmpty())
        out.response = spy.first().first().value<HttpResponse>();
    return out;
}

constexpr qint64 kMemoryBound = 100LL * 1024 * 1024;

} // namespace

Q_DECLARE_METATYPE(authdesk::HttpResponse)

class TestHostileServer : public QObject
{
    Q_OBJECT
    CoreContext m_core;

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<HttpResponse>(); }

    void endlessChunkedBodyStaysBounded()
    {
        QByteArray chunk = QByteArray::number(64 * 1024, 16) + "\r\n" + QByteArray(64 * 1024, 'x') + "\r\n";
        Flood flood("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n", chunk);
        const Outcome o = flooded(m_core.http(), flood.url());
        QCOMPARE(o.response.failure, HttpResponse::Failure::TooLarge);
        QVERIFY2(o.peakGrowth < kMemoryBound, qPrintable(QStringLiteral("%1 MB").arg(o.peakGrowth >> 20)));
        qInfo().noquote() << QStringLiteral("endless body: ended in %1 ms, peak growth %2 MB").arg(o.ms).arg(o.peakGrowth >> 20);
    }

    void endlessHeaderBlockStaysBounded()
    {
        Flood flood("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n", QByteArray("X-Filler: ") + QByteArray(1000, 'y') + "\r\n");
        HttpOptions options;
        options.transferTimeoutMs = 8'000;
        const Outcome o = flooded(m_core.http(), flood.url(), options);
        qInfo().noquote() << QStringLiteral("endless headers: %1 after %2 ms, peak growth %3 MB").arg(o.response.failureText).arg(o.ms).arg(o.peakGrowth >> 20);
        // Qt parses a header block a byte at a time, so it grows slowly; the call ends at its
        // deadline, or earlier as "too large" once the process has grown by 48 MB.
        QVERIFY2(o.response.failure == HttpResponse::Failure::Timeout || o.response.failure == HttpResponse::Failure::TooLarge,
                 qPrintable(o.response.failureText));
        QVERIFY2(o.ms < 10'000, qPrintable(QString::number(o.ms)));
        QVERIFY2(o.peakGrowth < kMemoryBound, qPrintable(QStringLiteral("%1 MB").arg(o.peakGrowth >> 20)));
    }

    void tooManyHeadersAreReportedAtOnce()
    {
        QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n";
        for (int i = 0; i < 150; ++i)
            head += "X-Many-" + QByteArray::number(i) + ": v\r\n";
        head += "\r\n{}";
        Flood flood(head, QByteArray()); // sends the head once, then nothing (a kept-alive connection)
        // A network client of its own: Qt's HTTP thread for the shared one may still be
        // reading (a byte at a time) what the endless header block before this test had
        // already sent, which on a loaded machine takes seconds (seen on Qt 6.8) and would be
        // measured here instead of this answer.
        CoreContext fresh;
        const Outcome o = flooded(fresh.http(), flood.url());
        QCOMPARE(o.response.failure, HttpResponse::Failure::TooLarge);
        QVERIFY2(o.ms < 5'000, qPrintable(QString::number(o.ms))); // not the 30 s transfer timeout
    }

    void aMissingDecidingFieldIsAMalformedAnswer()
    {
        // O10 answered {}: not "does not exist", an answer we cannot read.
        FakeServer empty("200 OK", "{}");
        Profile p;
        p.id = p.name = QStringLiteral("hostile");
        p.dialect = Dialect::Overkiz;
        p.baseUrl = empty.url(QStringLiteral("/enduser-mobile-web/enduserAPI"));
        OverkizBackend b(p, m_core);
        const auto r = AWAIT(bool, b.userExists(QStringLiteral("alice@example.com"), cb));
        QCOMPARE(r.error().kind, ErrorKind::MalformedAnswer);
        QVERIFY2(r.error().message.contains(QLatin1String("userExists")), qPrintable(r.error().message));
        FakeServer wrongType("200 OK", R"({"userExists":"no"})");
        p.baseUrl = wrongType.url(QStringLiteral("/enduser-mobile-web/enduserAPI"));
        OverkizBackend b2(p, m_core);
        QCOMPARE(AWAIT(bool, b2.userExists(QStringLiteral("alice@example.com"), cb)).error().kind, ErrorKind::MalformedAnswer);
    }
};

QTEST_GUILESS_MAIN(TestHostileServer)
#include "tst_hostileserver.moc"
