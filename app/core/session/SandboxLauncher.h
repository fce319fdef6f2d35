#pragma once

#include <QObject>
#include <QProcess>
#include <QUrl>

namespace authdesk {

// Starts the bundled authdesk-sandbox as a child process on a free loopback port (for
// `authdesk --demo` and training) and stops it with its parent: the child also exits
// when our end of its stdin closes, so a crash of the console cannot leave it behind.
class SandboxLauncher : public QObject
{
    Q_OBJECT
public:
    explicit SandboxLauncher(QObject *parent = nullptr);
    ~SandboxLauncher() override;

    // Where the sandbox binary is: $AUTHDESK_SANDBOX, next to this program, in the build
    // tree, or on PATH. Empty when it cannot be found.
    static QString findBinary();

    void start(const QStringList &extraArgs = {});
    void stop();
    QUrl baseUrl() const { return m_base; }
    bool isRunning() const;

Q_SIGNALS:
    void ready(const QUrl &baseUrl);
    void failed(const QString &message);

private:
    void onStdout();
    QProcess m_process;
    QByteArray m_firstLine;
    QUrl m_base;
};

} // namespace authdesk
