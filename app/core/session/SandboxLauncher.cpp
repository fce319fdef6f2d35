#include "SandboxLauncher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace authdesk {

SandboxLauncher::SandboxLauncher(QObject *parent)
    : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &SandboxLauncher::onStdout);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            Q_EMIT failed(tr("The sandbox server could not be started: %1").arg(m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
        if (!m_base.isValid())
            Q_EMIT failed(tr("The sandbox server stopped before it was ready (exit code %1).").arg(code));
    });
}

SandboxLauncher::~SandboxLauncher()
{
    stop();
}

QString SandboxLauncher::findBinary()
{
    const QString env = qEnvironmentVariable("AUTHDESK_SANDBOX");
    if (!env.isEmpty())
        return env;
    const QString here = QCoreApplication::applicationDirPath();
#ifdef Q_OS_WIN
    const QString name = QStringLiteral("authdesk-sandbox.exe");
#else
    const QString name = QStringLiteral("authdesk-sandbox");
#endif
    const QStringList candidates = {
        here + u'/' + name,                 // installed beside the console
        here + QStringLiteral("/../sandbox/") + name, // build tree: app/console/, app/cli/
    };
    for (const QString &c : candidates) {
        const QFileInfo fi(c);
        if (fi.isExecutable())
            return fi.canonicalFilePath();
    }
    return QStandardPaths::findExecutable(QStringLiteral("authdesk-sandbox"));
}

void SandboxLauncher::start(const QStringList &extraArgs)
{
    const QString binary = findBinary();
    if (binary.isEmpty()) {
        Q_EMIT failed(tr("The sandbox server (authdesk-sandbox) is not installed."));
        return;
    }
    m_firstLine.clear();
    m_base = QUrl();
    m_process.start(binary, QStringList{QStringLiteral("--port"), QStringLiteral("0"),
                                        QStringLiteral("--stop-on-stdin-eof")}
                                + extraArgs);
}

bool SandboxLauncher::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

void SandboxLauncher::onStdout()
{
    if (m_base.isValid()) {
        m_process.readAllStandardOutput(); // later output is the server's own chatter
        return;
    }
    m_firstLine += m_process.readAllStandardOutput();
    const int nl = m_firstLine.indexOf('\n');
    if (nl < 0)
        return;
    const QUrl url(QString::fromUtf8(m_firstLine.left(nl).trimmed()));
    if (!url.isValid() || url.port() <= 0) {
        Q_EMIT failed(tr("The sandbox server printed an unexpected first line."));
        return;
    }
    m_base = url;
    Q_EMIT ready(m_base);
}

void SandboxLauncher::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.closeWriteChannel(); // --stop-on-stdin-eof
    if (!m_process.waitForFinished(3000)) {
        m_process.terminate();
        if (!m_process.waitForFinished(3000))
            m_process.kill();
    }
}

} // namespace authdesk
