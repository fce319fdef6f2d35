#include "OidcProviderProcess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

OidcProviderProcess::~OidcProviderProcess() { stop(); }

bool OidcProviderProcess::start(const QStringList &extraArgs, QString *error)
{
    const QString dir = QStringLiteral(AUTHDESK_SOURCE_DIR "/tests/oidc");
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (node.isEmpty())
        return fail(QStringLiteral("node is not installed (scripts/install-deps installs it)"));
    if (!QFileInfo::exists(dir + QStringLiteral("/node_modules/oidc-provider/package.json")))
        return fail(QStringLiteral("tests/oidc/node_modules is missing (scripts/install-deps runs npm ci there)"));
    m_process.setWorkingDirectory(dir);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(node, QStringList{QStringLiteral("provider.mjs")} + extraArgs);
    if (!m_process.waitForStarted(10'000))
        return fail(QStringLiteral("node did not start: ") + m_process.errorString());
    QElapsedTimer t;
    t.start();
    while (!m_process.canReadLine() && t.elapsed() < 20'000 && m_process.state() == QProcess::Running)
        m_process.waitForReadyRead(500);
    const QJsonObject o = QJsonDocument::fromJson(m_process.readLine()).object();
    m_issuer = QUrl(o.value(QStringLiteral("issuer")).toString());
    if (!m_issuer.isValid() || m_issuer.isEmpty())
        return fail(QStringLiteral("the provider did not start: ")
                    + QString::fromUtf8(m_process.readAllStandardError()).right(2000));
    return true;
}

void OidcProviderProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.closeWriteChannel(); // provider.mjs exits when its stdin ends
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}
