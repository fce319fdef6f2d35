#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QLocalServer;

namespace authdesk {

// One console per person and settings: a second start hands its arguments to the running
// console (which raises its window, and starts the demo for --demo) and exits. A local
// socket (a Unix socket only its user may open; a named pipe on Windows) whose name is
// derived from the user and the settings folder, so that tests and other accounts with their
// own HOME run side by side.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    enum class Role { Primary, Forwarded };

    // `key` names the instance; defaultKey() for the console.
    explicit SingleInstance(const QString &key, QObject *parent = nullptr);
    ~SingleInstance() override;

    static QString defaultKey();

    // Forwards `arguments` to a running instance (Forwarded: this process should exit), or
    // becomes the running instance and listens for later starts (Primary). When listening
    // fails, this process is still Primary: a second console is better than none.
    Role start(const QStringList &arguments);
    bool isListening() const;

Q_SIGNALS:
    // A later start asked for the window, with its arguments (program name first).
    void activated(const QStringList &arguments);

private:
    bool forward(const QStringList &arguments) const;
    bool listen();
    void onConnection();

    QString m_key;
    QLocalServer *m_server = nullptr;
};

} // namespace authdesk
