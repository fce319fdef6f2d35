#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <functional>

class QObject;

namespace authdesk {

// One line of the audit log. Never holds a secret: targets are ids and names only.
// An action that changes a server writes two lines sharing an id: its intent, durably,
// before anything is sent, and its outcome when the answer (or the failure) is known. An
// intent without an outcome is an action whose result we never learnt (a crash, a kill).
struct AuditEntry {
    QDateTime time;   // UTC
    QString profile;  // profile name
    QString dialect;
    QString user;     // who: the signed-in user of the profile (empty when not signed in)
    QString action;   // "terminate-session", "block-user", "password-reset", ...
    QString target;   // session id, user id, e-mail
    QString outcome;  // "ok" or an error kind id ("intent" lines: empty)
    QString detail;   // a short human note (e.g. the error message), redacted and bounded
    QString phase;    // "intent" or "outcome" (older lines: empty, read as outcome)
    QString id;       // joins an intent to its outcome

    bool isIntent() const { return phase == QLatin1String("intent"); }
    QJsonObject toJson() const;
    static AuditEntry fromJson(const QJsonObject &o);
};

// Where backends record what they change on a server. The dialect layer knows only this
// interface; the storage layer's AuditLog writes it to disk, tests may count lines.
class AuditSink
{
public:
    enum class Sync {
        Flush,   // handed to the OS (an outcome: a crash of this process loses nothing)
        Durable, // on the disk (fsync) before returning: an intent, before its call is sent
    };
    virtual ~AuditSink() = default;
    // False when the line could not be written (see lastError()).
    virtual bool append(const AuditEntry &entry, Sync sync) = 0;
    bool append(const AuditEntry &entry) { return append(entry, Sync::Flush); }
    // Why the last append failed, for a person ("No space left on device").
    virtual QString lastError() const = 0;
    // Makes every line appended before this call durable (fsync), then calls `done` with an
    // empty text, or why it could not be. A sink that can flush away from the caller's thread
    // does so (AuditLog: a thread of its own) and calls `done` later on `context`'s thread,
    // so that the caller's event loop goes on reading answers while the disk works; the
    // requests that arrive during one flush share the next (group commit). This default has
    // Every sink decides: a backend appends its intents with Sync::Flush, then asks this.
    virtual void syncLater(QObject *context, std::function<void(const QString &error)> done) = 0;
    // `context` is being destroyed: no `done` is posted to it after this returns (one posted
    // before dies with the object).
    virtual void forgetSyncs(QObject *context) { (void)context; }
};

} // namespace authdesk
