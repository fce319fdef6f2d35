// A network simulator for the benchmarks (#15): a loopback TCP relay that delays every byte
// by half the round trip in each direction, without limiting bandwidth (what arrives is
// forwarded as a whole once its time has come; nothing is paced or chunked).
//   bench_relay LISTEN_PORT TARGET_PORT RTT_MS      (LISTEN_PORT 0: any; the port is printed)
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <cstdio>
#include <deque>

namespace {

QElapsedTimer g_clock;

// One direction of one connection: what `from` sends reaches `to` `delayMs` later.
class DelayedPipe : public QObject
{
public:
    DelayedPipe(QTcpSocket *from, QTcpSocket *to, int delayMs, QObject *parent)
        : QObject(parent), m_from(from), m_to(to), m_delay(delayMs)
    {
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, &DelayedPipe::flush);
        connect(from, &QTcpSocket::readyRead, this, &DelayedPipe::take);
        connect(to, &QTcpSocket::connected, this, &DelayedPipe::flush); // what waited for it
        connect(from, &QTcpSocket::disconnected, this, [this] {
            take();
            m_closeAfter = true;
            schedule();
        });
    }

private:
    void take()
    {
        if (!m_from->isOpen())
            return;
        const QByteArray data = m_from->readAll();
        if (data.isEmpty())
            return;
        m_queue.push_back({g_clock.elapsed() + m_delay, data});
        schedule();
    }
    void schedule()
    {
        if (m_timer.isActive())
            return;
        const qint64 due = m_queue.empty() ? g_clock.elapsed() : m_queue.front().first;
        m_timer.start(int(std::max<qint64>(0, due - g_clock.elapsed())));
    }
    void flush()
    {
        if (m_to->state() != QAbstractSocket::ConnectedState)
            return; // the far side is still being reached
        const qint64 now = g_clock.elapsed();
        while (!m_queue.empty() && m_queue.front().first <= now) {
            m_to->write(m_queue.front().second);
            m_queue.pop_front();
        }
        if (!m_queue.empty())
            schedule();
        else if (m_closeAfter)
            m_to->disconnectFromHost();
    }

    QTcpSocket *m_from, *m_to;
    int m_delay;
    QTimer m_timer;
    std::deque<std::pair<qint64, QByteArray>> m_queue;
    bool m_closeAfter = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: bench_relay LISTEN_PORT TARGET_PORT RTT_MS\n");
        return 2;
    }
    const quint16 target = quint16(args[1].toUInt());
    const int half = args[2].toInt() / 2;
    g_clock.start();
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, quint16(args[0].toUInt()))) {
        std::fprintf(stderr, "bench_relay: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    QObject::connect(&server, &QTcpServer::newConnection, [&] {
        while (QTcpSocket *client = server.nextPendingConnection()) {
            client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            auto *upstream = new QTcpSocket(client);
            // No Nagle on the path: a socket option set before the socket is connected is
            // dropped by Qt (QAbstractSocket::setSocketOption without an engine), so set it
            // once connected. Without it the relay held a request's DATA frame until nginx
            // acknowledged its HEADERS frame: up to 40 ms (delayed ACK) that no network adds.
            QObject::connect(upstream, &QTcpSocket::connected, upstream,
                             [upstream] { upstream->setSocketOption(QAbstractSocket::LowDelayOption, 1); });
            // The far side's handshake takes a round trip too: connect after half of it, and
            // what the client sent meanwhile waits in the pipe.
            new DelayedPipe(client, upstream, half, client);
            new DelayedPipe(upstream, client, half, client);
            QTimer::singleShot(half, upstream, [upstream, target] { upstream->connectToHost(QHostAddress::LocalHost, target); });
            QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            QObject::connect(upstream, &QTcpSocket::errorOccurred, client, [client](QAbstractSocket::SocketError e) {
                if (e != QAbstractSocket::RemoteHostClosedError)
                    client->disconnectFromHost();
            });
        }
    });
    std::printf("%u\n", server.serverPort());
    std::fflush(stdout);
    return app.exec();
}
