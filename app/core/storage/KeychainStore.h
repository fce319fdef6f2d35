#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace authdesk {

// Secrets in the OS keychain through QtKeychain, asynchronously. Keys are
// "authdesk:<profile-id>:<what>". There is no plaintext fallback: when no keychain is
// available (no D-Bus, no Secret Service) or it is locked / access is denied, a write
// keeps the secret in this process's memory only and says so (sessionOnly).
class KeychainStore : public QObject
{
    Q_OBJECT
public:
    enum class Status {
        Ok,
        NotFound,   // nothing stored under that key
        NoKeychain, // no keychain service on this system / session
        Denied,     // locked, or the person refused access
        TimedOut,   // the keychain did not answer in time
        Error,      // anything else
    };
    struct Outcome {
        Status status = Status::Ok;
        QString value;            // read: the secret
        bool sessionOnly = false; // write: kept in memory for this run only
        QString message;          // for a person when status != Ok
    };
    using Handler = std::function<void(const Outcome &)>;

    explicit KeychainStore(QObject *parent = nullptr);

    static QString key(const QString &profileId, const QString &what);
    static QString statusId(Status s); // "ok", "not-found", "no-keychain", "denied", "timed-out", "error"

    void read(const QString &key, Handler done);
    void write(const QString &key, const QString &secret, Handler done);
    void remove(const QString &key, Handler done);

    // Skip the OS keychain entirely (CLI --no-keychain): memory only.
    void setMemoryOnly(bool on) { m_memoryOnly = on; }
    bool memoryOnly() const { return m_memoryOnly; }
    // A keychain that never answers is reported as TimedOut after this long.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // The last status the OS keychain gave (Ok until something failed).
    Status lastStatus() const { return m_lastStatus; }

Q_SIGNALS:
    void statusChanged(authdesk::KeychainStore::Status status, const QString &message);

private:
    void noteStatus(Status s);

    QHash<QString, QString> m_memory; // session-only secrets
    bool m_memoryOnly = false;
    int m_timeoutMs = 10'000;
    Status m_lastStatus = Status::Ok;
    friend class KeychainJobRunner;
};

} // namespace authdesk
