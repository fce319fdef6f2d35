// 10,000 Platform28 session terminations: curl --parallel as the reference, then
// authdesk-cli terminate-many, then the console's bulk dialog, measuring the GUI's longest
// event-loop stall meanwhile. On the sandbox over loopback (curl --parallel-max 6), or with
// --rtt through nginx (TLS, HTTP/2 unless --http1) behind bench_relay adding that round trip
// (curl --http2 --parallel-max 100, or --http1.1 --parallel-max 6); such a run first checks
// the relay: the round trip it adds (one call through it against one straight to nginx) and
// its share of a core while curl runs.
//   bench_bulk [--sessions N] [--concurrency N] [--console-runs K] [--activity] [--rtt MS [--http1]] AUTHDESK_CLI
//   (inside tests/with-keyring.sh; --concurrency: the CLI's run with that fixed concurrency
//   instead of adapting; --console-runs: the console's leg K times, each stall said, the goal
//   being every one within a frame; --activity: the console shows its Activity tab meanwhile)
#include "BenchUtil.h"
#include "NginxFront.h"
#include "BulkTerminateDialog.h"
#include "BulkTerminator.h"
#include "DemoProfiles.h"
#include "MainWindow.h"
#include "Backend.h"
#include "CoreContext.h"
#include "ProfileSessions.h"
#include "ProfileStore.h"
#include "Prompter.h"
#include "SandboxProcess.h"

#include <QApplication>
#include <QJsonDocument>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTabWidget>
#include <QTimer>

#include <algorithm>
#include <cmath>
#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

using namespace authdesk;

namespace {

class YesPrompter : public Prompter
{
public:
    bool confirm(QWidget *, const QString &, const QString &, const QString &, bool) override
    {
        // Yes, from a nested event loop as QMessageBox::exec answers: the window goes back to
        // its event loop between the click that asks and the answer.
        QEventLoop answered;
        QTimer::singleShot(0, &answered, &QEventLoop::quit);
        answered.exec();
        return true;
    }
    std::optional<QString> askText(QWidget *, const QString &, const QString &, const QString &) override { return std::nullopt; }
    QString openFileName(QWidget *, const QString &, const QString &) override { return {}; }
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override { return {}; }
    void inform(QWidget *, const QString &, const QString &) override {}
};

// Where the benchmark's requests go: the sandbox itself, or the TLS front behind the relay.
struct Target {
    QString base;       // the Platform28 API's base URL
    QString caFile;     // trusted CA of the front, or empty
    QStringList curlArgs;
    QString curlName;   // how the reference is named in the figures
};

// A curl config (-K) of one transfer per session id under `base`, each answer discarded.
bool writeCurlConfig(QFile &cfg, const QString &base, const QStringList &ids)
{
    if (!cfg.open(QIODevice::WriteOnly))
        return false;
    for (const QString &id : ids)
        cfg.write(QStringLiteral("url = \"%1/session/%2?apiKey=p28-demo-key\"\noutput = \"/dev/null\"\n").arg(base, id).toUtf8());
    cfg.close();
    return true;
}

double runCurl(const Target &target, const QStringList &ids, const QString &dir)
{
    QFile cfg(dir + QStringLiteral("/curl.cfg"));
    if (!writeCurlConfig(cfg, target.base, ids))
        return -1;
    QProcess p;
    QElapsedTimer t;
    t.start();
    QStringList args = target.curlArgs;
    if (!target.caFile.isEmpty())
        args << QStringLiteral("--cacert") << target.caFile;
    p.start(QStringLiteral("curl"), args + QStringList{QStringLiteral("-s"), QStringLiteral("-X"), QStringLiteral("DELETE"), QStringLiteral("-H"),
                                                       QStringLiteral("Content-Type: application/json"), QStringLiteral("-d"), QStringLiteral("false"),
                                                       QStringLiteral("-K"), cfg.fileName()});
    if (!p.waitForFinished(600'000) || p.exitCode() != 0) {
        std::fprintf(stderr, "bench_bulk: curl exited with %d: %s\n", p.exitCode(), p.readAllStandardError().right(500).constData());
        return -1;
    }
    return double(t.nsecsElapsed()) / 1e9;
}

double runCli(const QString &cli, const Target &front, const QStringList &ids, const QString &dir, int *failed,
              const QStringList &extra = {}, int *throttled = nullptr)
{
    // A profile of its own (the front's CA is a profile setting).
    const QString config = dir + QStringLiteral("/cli-profiles.ini");
    QProcess add;
    QStringList addArgs{QStringLiteral("--config"), config, QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("bench"),
                        QStringLiteral("--dialect"), QStringLiteral("platform28"), QStringLiteral("--url"), front.base};
    if (!front.caFile.isEmpty())
        addArgs << QStringLiteral("--ca-file") << front.caFile;
    add.start(cli, addArgs);
    if (!add.waitForFinished(30'000) || add.exitCode() != 0)
        return -1;
    const QStringList target{QStringLiteral("--config"), config, QStringLiteral("--profile"), QStringLiteral("bench")};
    QProcess sign;
    sign.start(cli, target + QStringList{QStringLiteral("signin"), QStringLiteral("--mode"), QStringLiteral("api-key")});
    sign.write("p28-demo-key\n");
    sign.closeWriteChannel();
    if (!sign.waitForFinished(30'000) || sign.exitCode() != 0)
        return -1;
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(cli, target + QStringList{QStringLiteral("--json"), QStringLiteral("sessions"), QStringLiteral("terminate-many")} + extra);
    p.write(ids.join(u'\n').toUtf8() + '\n');
    p.closeWriteChannel();
    if (!p.waitForFinished(600'000))
        return -1;
    const double secs = double(t.nsecsElapsed()) / 1e9;
    const QJsonObject result = QJsonDocument::fromJson(p.readAllStandardOutput()).object().value(QStringLiteral("result")).toObject();
    *failed = result.value(QStringLiteral("failed")).toInt(-1);
    if (throttled)
        *throttled = result.value(QStringLiteral("throttled")).toInt(-1);
    return secs;
}

// The calling thread's time on a core and waiting for one, in ns (Linux; zeros elsewhere).
struct ThreadTimes {
    qint64 ranNs = 0;
    qint64 waitedNs = 0;
};

ThreadTimes threadTimes()
{
    ThreadTimes t;
    QFile f(QStringLiteral("/proc/thread-self/schedstat"));
    if (f.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> parts = f.readAll().split(' ');
        if (parts.size() >= 2) {
            t.ranNs = parts[0].toLongLong();
            t.waitedNs = parts[1].toLongLong();
        }
    }
    return t;
}

// Whether the console shows its Activity tab (the audit log, growing with the job) meanwhile.
bool g_activityShown = false;

double runGui(const SandboxProcess &sandbox, const Target &front, const QStringList &ids, double *maxStallMs, int *failed)
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
    DemoProfiles::install(store, sandbox.baseUrl());
    for (Profile p : store.all()) {
        if (p.id == u"demo-platform28") {
            p.baseUrl = QUrl(front.base);
            p.caFile = front.caFile;
            if (!store.save(p).ok())
                return -1;
        }
    }
    CoreContext core;
    ProfileSessions sessions(store, core);
    sessions.keychain().setMemoryOnly(true);
    MainWindow window(store, sessions);
    window.show();
    Credentials key;
    key.mode = Credentials::Mode::ApiKey;
    key.secret = QStringLiteral("p28-demo-key");
    QEventLoop wait;
    bool signedIn = false;
    sessions.signIn(QStringLiteral("demo-platform28"), key, false, [&](const Result<SignInState> &r) {
        signedIn = r.ok();
        wait.quit();
    });
    wait.exec();
    if (!signedIn)
        return -1;
    Backend *backend = sessions.backend(QStringLiteral("demo-platform28"));
    BulkTerminateDialog dialog(backend, QStringLiteral("bench"), ids, &window);
    if (g_activityShown)
        window.findChild<QTabWidget *>(QStringLiteral("mainTabs"))->setCurrentIndex(2);
    dialog.show();
    // The dialog on screen first, as the person sees it before pasting and clicking: its
    // first paint is the opening's, not the job's.
    QEventLoop shown;
    QTimer::singleShot(300, &shown, &QEventLoop::quit);
    shown.exec();
    // A 1 ms timer ticks whenever the event loop is free: the longest gap is the longest stall.
    QElapsedTimer clock;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    qint64 last = 0, worst = 0, worstAt = 0;
    // What the window's thread did during the longest gap: ran (its CPU time) or waited for
    // a core (the scheduler's run-queue delay), from /proc/thread-self/schedstat.
    ThreadTimes lastTimes = threadTimes(), worstTimes;
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        const ThreadTimes times = threadTimes();
        if (now - last > worst) {
            worst = now - last;
            worstAt = last;
            worstTimes = {times.ranNs - lastTimes.ranNs, times.waitedNs - lastTimes.waitedNs};
        }
        last = now;
        lastTimes = times;
    });
    QEventLoop done;
    QObject::connect(dialog.job(), &BulkTerminator::finished, &done, &QEventLoop::quit);
    QElapsedTimer t;
    t.start();
    clock.start();
    ticker.start();
    dialog.findChild<QPushButton *>(QStringLiteral("startButton"))->click();
    done.exec();
    ticker.stop();
    const double secs = double(t.nsecsElapsed()) / 1e9;
    *maxStallMs = double(worst) / 1e6;
    // Where in the job the longest stall began: its start, its end, or on the way.
    std::printf("console's longest stall began %.0f ms into the job of %.0f ms; meanwhile its thread ran %.1f ms and waited for a core %.1f ms\n",
                double(worstAt) / 1e6, secs * 1e3, double(worstTimes.ranNs) / 1e6, double(worstTimes.waitedNs) / 1e6);
    *failed = dialog.job()->failedCount();
    return secs;
}

// A server that answers 429 (Retry-After: 1) above `rate` calls a second: the CLI with each
// fixed concurrency of a sweep, then adapting; the best fixed run is the reference.
int runThrottled(const QString &cli, const SandboxProcess &sandbox, const Target &target, int n, int rate, const QString &dir)
{
    auto run = [&](const QStringList &extra, double *secs, int *throttled) {
        const QStringList ids = sandbox.generateSessions(n, QStringLiteral("u-bob"));
        sandbox.clearFaults();
        sandbox.addFault({{QStringLiteral("route"), QStringLiteral("P6")}, {QStringLiteral("kind"), QStringLiteral("throttle")},
                          {QStringLiteral("perSecond"), rate}});
        int failed = -1;
        *secs = runCli(cli, target, ids, dir, &failed, extra, throttled);
        sandbox.clearFaults();
        return *secs > 0 && failed == 0 && int(ids.size()) == n;
    };
    std::printf("sessions per run: %d, server limit: %d calls a second (429, Retry-After: 1 above it)\n", n, rate);
    double best = 0;
    int bestC = 0;
    for (int c : {1, 2, 4, 8, 16, 32}) {
        double secs = 0;
        int throttled = -1;
        if (!run({QStringLiteral("--concurrency"), QString::number(c)}, &secs, &throttled)) {
            std::fprintf(stderr, "bench_bulk: the run with --concurrency %d failed\n", c);
            return 1;
        }
        std::printf("  fixed %2d: %8.1f req/s, %5.2f %% answered 429\n", c, n / secs, 100.0 * throttled / (n + throttled));
        if (n / secs > best) {
            best = n / secs;
            bestC = c;
        }
    }
    double secs = 0;
    int throttled = -1;
    if (!run({}, &secs, &throttled)) {
        std::fprintf(stderr, "bench_bulk: the adaptive run failed\n");
        return 1;
    }
    const double share = 100.0 * throttled / (n + throttled);
    bench::figure(qPrintable(QStringLiteral("throttled: best fixed concurrency (%1) throughput").arg(bestC)), best, "req/s");
    bench::figure("throttled: adaptive throughput", n / secs, "req/s");
    bench::figure("throttled: adaptive calls answered 429", share, "%");
    bench::verdict("throttled: adaptive / best fixed", (n / secs) / best, ">= 0.9", (n / secs) / best >= 0.9);
    bench::verdict("throttled: share answered 429 / 1 %", share / 1.0, "< 1", share < 1.0);
    return 0;
}

// The median time of one call on a warm connection, in ms: `calls` look-ups in a row, one
// curl, one connection; the first (the connection and TLS handshake) is left out.
double medianCallMs(const Target &target, const QString &base, const QStringList &protocol, const QString &dir, int calls = 21)
{
    QFile cfg(dir + QStringLiteral("/probe.cfg"));
    if (!writeCurlConfig(cfg, base, QStringList(calls, QStringLiteral("s-alice-1"))))
        return -1;
    QProcess p;
    p.start(QStringLiteral("curl"), protocol + QStringList{QStringLiteral("-s"), QStringLiteral("--cacert"), target.caFile, QStringLiteral("-w"),
                                                           QStringLiteral("%{time_total}\\n"), QStringLiteral("-K"), cfg.fileName()});
    if (!p.waitForFinished(60'000) || p.exitCode() != 0)
        return -1;
    QList<double> ms;
    const QList<QByteArray> lines = p.readAllStandardOutput().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i)
        if (!lines[i].trimmed().isEmpty())
            ms << lines[i].toDouble() * 1000.0;
    return ms.size() == calls - 1 ? bench::median(ms) : -1;
}

// A process's time on a core so far, in seconds (Linux: utime + stime of /proc/PID/stat).
double cpuSeconds(qint64 pid)
{
#ifndef Q_OS_LINUX
    Q_UNUSED(pid)
    return -1;
#else
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    // After the command's name in parentheses: state is field 3, utime 14, stime 15.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    return double(fields[11].toLongLong() + fields[12].toLongLong()) / double(sysconf(_SC_CLK_TCK));
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int n = 10'000;
    int rtt = -1;
    int throttle = 0;
    bool http1 = false;
    int consoleRuns = 1;
    QStringList cliExtra; // --concurrency N: the CLI's run with a fixed concurrency
    while (args.size() >= 2 && args[0].startsWith(u"--")) {
        if (args[0] == u"--sessions") {
            n = args[1].toInt();
            args = args.mid(2);
        } else if (args[0] == u"--rtt") {
            rtt = args[1].toInt();
            args = args.mid(2);
        } else if (args[0] == u"--throttle") {
            throttle = args[1].toInt();
            args = args.mid(2);
        } else if (args[0] == u"--concurrency") {
            cliExtra = QStringList{QStringLiteral("--concurrency"), args[1]};
            args = args.mid(2);
        } else if (args[0] == u"--console-runs") {
            consoleRuns = std::max(1, args[1].toInt());
            args = args.mid(2);
        } else if (args[0] == u"--activity") {
            g_activityShown = true;
            args = args.mid(1);
        } else if (args[0] == u"--http1") {
            http1 = true;
            args = args.mid(1);
        } else {
            break;
        }
    }
    if (args.size() != 1) {
        std::fprintf(stderr, "usage: bench_bulk [--sessions N] [--concurrency N] [--console-runs K] [--activity] [--rtt MS [--http1] | --throttle PER_SECOND] AUTHDESK_CLI\n");
        return 2;
    }
    Prompter::setInstance(std::make_unique<YesPrompter>());
    SandboxProcess sandbox;
    QString error;
    if (!sandbox.start({}, &error)) {
        std::fprintf(stderr, "bench_bulk: %s\n", qPrintable(error));
        return 1;
    }
    QTemporaryDir dir;
    Target target{sandbox.platform28Url().toString(), QString(), {QStringLiteral("--parallel"), QStringLiteral("--parallel-max"), QStringLiteral("6")},
                  QStringLiteral("curl --parallel-max 6")};
    NginxFront front(dir.path());
    QProcess relay;
    if (rtt >= 0) {
        // nginx (TLS; HTTP/2 offered unless --http1) in front of the sandbox, the relay in
        // front of nginx: the round trip is the relay's, the rest is on this machine.
        const quint16 nginxPort = NginxFront::freePort();
        if (!front.makeCa() || !front.makeCertificate(QStringLiteral("localhost"), QStringLiteral("DNS:localhost,IP:127.0.0.1"))
            || !front.start({{nginxPort, QStringLiteral("127.0.0.1"), QStringLiteral("localhost"), !http1, sandbox.baseUrl().toString(), 64}}, &error)) {
            std::fprintf(stderr, "bench_bulk: nginx: %s\n", qPrintable(error));
            return 1;
        }
        relay.start(QCoreApplication::applicationDirPath() + QStringLiteral("/bench_relay"),
                    {QStringLiteral("0"), QString::number(nginxPort), QString::number(rtt)});
        if (!relay.waitForReadyRead(10'000)) {
            std::fprintf(stderr, "bench_bulk: bench_relay did not start\n");
            return 1;
        }
        const QString relayPort = QString::fromLatin1(relay.readLine().trimmed());
        const QString streams = QStringLiteral("100");
        target = Target{QStringLiteral("https://localhost:%1/p28/api/v2").arg(relayPort), front.caFile(),
                        http1 ? QStringList{QStringLiteral("--http1.1"), QStringLiteral("--parallel"), QStringLiteral("--parallel-max"), QStringLiteral("6")}
                              : QStringList{QStringLiteral("--http2"), QStringLiteral("--parallel"), QStringLiteral("--parallel-max"), streams},
                        http1 ? QStringLiteral("curl --http1.1 --parallel-max 6") : QStringLiteral("curl --http2 --parallel-max 100")};
        std::printf("through nginx (TLS, %s) and a relay adding %d ms of round trip\n", http1 ? "HTTP/1.1" : "HTTP/2", rtt);
        // The simulator does what it says: a call through the relay takes the round trip
        // longer than the same call straight to nginx.
        const QStringList protocol{http1 ? QStringLiteral("--http1.1") : QStringLiteral("--http2")};
        const double direct = medianCallMs(target, QStringLiteral("https://localhost:%1/p28/api/v2").arg(nginxPort), protocol, dir.path());
        const double relayed = medianCallMs(target, target.base, protocol, dir.path());
        if (direct < 0 || relayed < 0) {
            std::fprintf(stderr, "bench_bulk: the relay's round trip could not be measured\n");
            return 1;
        }
        bench::figure("relay: one call straight to nginx (median of 20)", direct, "ms");
        bench::figure("relay: the same call through the relay", relayed, "ms");
        const double added = relayed - direct;
        bench::verdict("relay: round trip added / asked", rtt > 0 ? added / rtt : 0, "1 +- 0.1",
                       std::abs(added - rtt) <= std::max(2.0, rtt * 0.1));
    }
    if (throttle > 0)
        return runThrottled(args[0], sandbox, target, n, throttle, dir.path());
    const QStringList forCurl = sandbox.generateSessions(n, QStringLiteral("u-bob"));
    const QStringList forCli = sandbox.generateSessions(n, QStringLiteral("u-bob"));
    // The relay is one thread: it would be the bottleneck if it were busy all the time.
    // Its share of a core while curl, the heaviest client, runs says how far from that it is.
    const double relayBefore = rtt >= 0 ? cpuSeconds(relay.processId()) : 0;
    const double curl = runCurl(target, forCurl, dir.path());
    if (rtt >= 0 && curl > 0 && relayBefore >= 0) {
        const double busy = (cpuSeconds(relay.processId()) - relayBefore) / curl;
        bench::verdict("relay: share of a core while curl runs", busy, "< 0.8 (not the bottleneck)", busy < 0.8);
    }
    int cliFailed = -1, guiFailed = 0; // guiFailed: a failed console run's failures
    const double cli = runCli(args[0], target, forCli, dir.path(), &cliFailed, cliExtra);
    // The console: throughput over all its runs, the longest stall of any, and how many
    // stayed within a frame.
    double gui = 0, stall = 0;
    int withinFrame = 0;
    for (int run = 0; run < consoleRuns; ++run) {
        const QStringList forGui = sandbox.generateSessions(n, QStringLiteral("u-bob"));
        if (forGui.size() != n) {
            std::fprintf(stderr, "bench_bulk: the sandbox made %lld sessions\n", static_cast<long long>(forGui.size()));
            return 1;
        }
        double runStall = 0;
        int runFailed = -1;
        const double secs = runGui(sandbox, target, forGui, &runStall, &runFailed);
        if (secs <= 0 || runFailed != 0) {
            gui = -1;
            guiFailed = runFailed;
            break;
        }
        std::printf("console run %d: %.1f req/s, longest stall %.1f ms\n", run + 1, n / secs, runStall);
        gui += secs / consoleRuns;
        stall = std::max(stall, runStall);
        withinFrame += runStall <= 16.0;
    }
    relay.kill();
    relay.waitForFinished(5'000);
    if (curl <= 0 || cli <= 0 || gui <= 0 || cliFailed != 0 || guiFailed != 0) {
        std::fprintf(stderr, "bench_bulk: a run failed (curl %.2f s, cli %.2f s / %d failed, console %.2f s / %d failed)\n", curl, cli,
                     cliFailed, gui, guiFailed);
        return 1;
    }
    std::printf("sessions per run: %d\n", n);
    bench::figure(qPrintable(QStringLiteral("bulk: %1 throughput").arg(target.curlName)), n / curl, "req/s");
    bench::figure("bulk: authdesk-cli terminate-many throughput", n / cli, "req/s");
    bench::figure("bulk: console bulk dialog throughput", n / gui, "req/s");
    bench::figure("bulk: console longest event-loop stall", stall, "ms");
    if (consoleRuns > 1)
        std::printf("console runs within a 16 ms frame: %d of %d\n", withinFrame, consoleRuns);
    // The goals of #15: 0.9× curl over HTTP/2, 0.95× over HTTP/1.1, 0.6× on loopback.
    const double goal = rtt < 0 ? 0.6 : http1 ? 0.95 : 0.9;
    const QByteArray goalText = ">= " + QByteArray::number(goal);
    bench::verdict("bulk: cli / curl throughput", curl / cli, goalText.constData(), curl / cli >= goal);
    bench::verdict("bulk: console / curl throughput", curl / gui, goalText.constData(), curl / gui >= goal);
    if (rtt > 0 && !http1) {
        // The ideal over HTTP/2: N round trips spread over nginx's 128 streams.
        const double ideal = n * (rtt / 1000.0) / 128.0;
        bench::figure("bulk: N x RTT / 128 streams", ideal, "s");
        bench::verdict("bulk: cli time / ideal", cli / ideal, "<= 1.3", cli / ideal <= 1.3);
        bench::verdict("bulk: console time / ideal", gui / ideal, "<= 1.3", gui / ideal <= 1.3);
    }
    bench::verdict("bulk: console stall / 16 ms frame", stall / 16.0, "<= 1", stall <= 16.0);
    return 0;
}
