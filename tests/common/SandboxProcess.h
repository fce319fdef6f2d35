#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QUrl>

// Starts the real authdesk-sandbox as a child process on a free loopback port and talks
// to its /_sandbox/ control API. Tests use it as the peer over real HTTP.
class SandboxProcess
{
public:
    SandboxProcess() = default;
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    // Starts the server (extra arguments are passed on); false with a reason on failure.
    bool start(const QStringList &extraArgs = {}, QString *error = nullptr);
    void stop();

    QUrl baseUrl() const { return m_base; }                 // http://127.0.0.1:PORT
    QUrl enablexUrl() const { return url(QStringLiteral("/ucaas/v1")); }
    QUrl platform28Url() const { return url(QStringLiteral("/p28/api/v2")); }
    QUrl overkizUrl() const { return url(QStringLiteral("/enduser-mobile-web/enduserAPI")); }
    QUrl url(const QString &path) const;

    // Control API (synchronous, with a 10 s limit). Return the parsed JSON answer.
    QJsonDocument control(const QByteArray &method, const QString &path,
                          const QJsonDocument &body = {}, int *status = nullptr) const;
    bool reset() const;
    QJsonArray outbox(const QString &to = {}, const QString &kind = {}) const;
    // The newest outbox token for that address (and kind); empty when none.
    QString lastToken(const QString &to, const QString &kind = {}) const;
    bool advanceClock(int seconds) const;
    bool addFault(const QJsonObject &fault) const;
    bool clearFaults() const;
    bool setConfig(const QJsonObject &config) const;
    QJsonArray requests(const QString &route = {}) const;
    // Makes `count` Platform28 sessions of a user; returns their ids.
    QStringList generateSessions(int count, const QString &userId) const;

    // The path of the authdesk-sandbox binary (AUTHDESK_SANDBOX env, else next to the test).
    static QString binaryPath();

private:
    QProcess *m_process = nullptr;
    QUrl m_base;
};
