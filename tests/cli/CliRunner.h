#pragma once

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTimer>

// Runs the real authdesk-cli binary (AUTHDESK_CLI) with a profiles file of the test's own,
// secrets on standard input, and collects exit code and output.
struct CliRun {
    int code = -1;
    QByteArray out, err;
    bool timedOut = false; // killed by the test: out and err hold what it had printed by then
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

class CliRunner
{
public:
    QString binary = qEnvironmentVariable("AUTHDESK_CLI");
    QString config; // --config FILE for every run

    CliRun operator()(const QStringList &args, const QByteArray &input = {},
                      const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment()) const
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(binary, QStringList{QStringLiteral("--config"), config} + args);
        if (!p.waitForStarted(10'000))
            return {};
        p.write(input);
        p.closeWriteChannel();
        // Wait with an event loop running: a FakeServer in this process must answer meanwhile.
        QEventLoop loop;
        QTimer limit;
        limit.setSingleShot(true);
        QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
        QObject::connect(&limit, &QTimer::timeout, &loop, &QEventLoop::quit);
        limit.start(60'000);
        if (p.state() != QProcess::NotRunning)
            loop.exec();
        if (p.state() != QProcess::NotRunning) {
            p.kill();
            p.waitForFinished(5'000);
            CliRun r{-1, p.readAllStandardOutput(), p.readAllStandardError(), true};
            r.err += "\n(authdesk-cli still running after 60 s: killed by the test)";
            return r;
        }
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }
    // With --profile NAME first.
    CliRun profile(const QString &name, const QStringList &args, const QByteArray &input = {}) const
    {
        return (*this)(QStringList{QStringLiteral("--profile"), name} + args, input);
    }
};
