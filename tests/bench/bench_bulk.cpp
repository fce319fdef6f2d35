// 10,000 Platform28 session terminations on the sandbox over loopback: curl --parallel
// (--parallel-max 6) as the reference, then authdesk-cli terminate-many, then the console's
// bulk dialog, measuring the GUI's longest event-loop stall meanwhile.
//   bench_bulk [--sessions N] AUTHDESK_CLI        (run inside tests/with-keyring.sh)
#include "BenchUtil.h"
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
#include <QTimer>

using namespace authdesk;

namespace {

class YesPrompter : public Prompter
{
public:
    bool confirm(QWidget *, const QString &, const QString &, const QString &, bool) override { return true; }
    std::optional<QString> askText(QWidget *, const QString &, const QString &, const QString &) override { return std::nullopt; }
    QString openFileName(QWidget *, const QString &, const QString &) override { return {}; }
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override { return {}; }
    void inform(QWidget *, const QString &, const QString &) override {}
};

double runCurl(const SandboxProcess &sandbox, const QStringList &ids, const QString &dir)
{
    QFile cfg(dir + QStringLiteral("/curl.cfg"));
    if (!cfg.open(QIODevice::WriteOnly))
        return -1;
    const QString base = sandbox.platform28Url().toString();
    for (const QString &id : ids)
        cfg.write(QStringLiteral("url = \"%1/session/%2?apiKey=p28-demo-key\"\noutput = \"/dev/null\"\n").arg(base, id).toUtf8());
    cfg.close();
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral("curl"), {QStringLiteral("--parallel"), QStringLiteral("--parallel-max"), QStringLiteral("6"), QStringLiteral("-s"),
                                     QStringLiteral("-X"), QStringLiteral("DELETE"), QStringLiteral("-H"), QStringLiteral("Content-Type: application/json"),
                                     QStringLiteral("-d"), QStringLiteral("false"), QStringLiteral("-K"), cfg.fileName()});
    if (!p.waitForFinished(600'000) || p.exitCode() != 0)
        return -1;
    return double(t.nsecsElapsed()) / 1e9;
}

double runCli(const QString &cli, const SandboxProcess &sandbox, const QStringList &ids, int *failed)
{
    const QStringList target{QStringLiteral("--dialect"), QStringLiteral("platform28"), QStringLiteral("--url"), sandbox.platform28Url().toString()};
    QProcess sign;
    sign.start(cli, target + QStringList{QStringLiteral("signin"), QStringLiteral("--mode"), QStringLiteral("api-key")});
    sign.write("p28-demo-key\n");
    sign.closeWriteChannel();
    if (!sign.waitForFinished(30'000) || sign.exitCode() != 0)
        return -1;
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(cli, target + QStringList{QStringLiteral("--json"), QStringLiteral("sessions"), QStringLiteral("terminate-many"),
                                      });
    p.write(ids.join(u'\n').toUtf8() + '\n');
    p.closeWriteChannel();
    if (!p.waitForFinished(600'000))
        return -1;
    const double secs = double(t.nsecsElapsed()) / 1e9;
    *failed = QJsonDocument::fromJson(p.readAllStandardOutput()).object().value(QStringLiteral("result")).toObject().value(QStringLiteral("failed")).toInt(-1);
    return secs;
}

double runGui(const SandboxProcess &sandbox, const QStringList &ids, double *maxStallMs, int *failed)
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
    DemoProfiles::install(store, sandbox.baseUrl());
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
    dialog.show();
    // A 1 ms timer ticks whenever the event loop is free: the longest gap is the longest stall.
    QElapsedTimer clock;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    qint64 last = 0, worst = 0;
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        worst = std::max(worst, now - last);
        last = now;
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
    *failed = dialog.job()->failedCount();
    return secs;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int n = 10'000;
    if (args.size() >= 2 && args[0] == u"--sessions") {
        n = args[1].toInt();
        args = args.mid(2);
    }
    if (args.size() != 1) {
        std::fprintf(stderr, "usage: bench_bulk [--sessions N] AUTHDESK_CLI\n");
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
    const QStringList forCurl = sandbox.generateSessions(n, QStringLiteral("u-bob"));
    const QStringList forCli = sandbox.generateSessions(n, QStringLiteral("u-bob"));
    const QStringList forGui = sandbox.generateSessions(n, QStringLiteral("u-bob"));
    if (forGui.size() != n) {
        std::fprintf(stderr, "bench_bulk: the sandbox made %lld sessions\n", static_cast<long long>(forGui.size()));
        return 1;
    }
    const double curl = runCurl(sandbox, forCurl, dir.path());
    int cliFailed = -1, guiFailed = -1;
    const double cli = runCli(args[0], sandbox, forCli, &cliFailed);
    double stall = 0;
    const double gui = runGui(sandbox, forGui, &stall, &guiFailed);
    if (curl <= 0 || cli <= 0 || gui <= 0 || cliFailed != 0 || guiFailed != 0) {
        std::fprintf(stderr, "bench_bulk: a run failed (curl %.2f s, cli %.2f s / %d failed, gui %.2f s / %d failed)\n", curl, cli,
                     cliFailed, gui, guiFailed);
        return 1;
    }
    std::printf("sessions per run: %d\n", n);
    bench::figure("bulk: curl --parallel-max 6 throughput", n / curl, "req/s");
    bench::figure("bulk: authdesk-cli terminate-many throughput", n / cli, "req/s");
    bench::figure("bulk: console bulk dialog throughput", n / gui, "req/s");
    bench::figure("bulk: console longest event-loop stall", stall, "ms");
    bench::verdict("bulk: cli / curl throughput", curl / cli, ">= 0.9", curl / cli >= 0.9);
    bench::verdict("bulk: console / curl throughput", curl / gui, ">= 0.9", curl / gui >= 0.9);
    bench::verdict("bulk: console stall / 16 ms frame", stall / 16.0, "<= 1", stall <= 16.0);
    return 0;
}
