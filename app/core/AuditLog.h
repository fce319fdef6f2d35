#pragma once

#include <QFile>

#include <memory>

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QString>

namespace authdesk {

// One line of the audit log. Never holds a secret: targets are ids and names only.
struct AuditEntry {
    QDateTime time;   // UTC
    QString profile;  // profile name
    QString dialect;
    QString action;   // "terminate-session", "block-user", "password-reset", ...
    QString target;   // session id, user id, e-mail
    QString outcome;  // "ok" or an error kind id
    QString detail;   // a short human note (e.g. the error message), redacted

    QJsonObject toJson() const;
    static AuditEntry fromJson(const QJsonObject &o);
};

// Append-only JSON Lines file of everything that changed something on a server.
class AuditLog
{
public:
    explicit AuditLog(const QString &path = defaultPath());
    ~AuditLog();
    static QString defaultPath(); // <app data>/audit.jsonl

    const QString &path() const { return m_path; }
    bool append(const AuditEntry &entry);
    QList<AuditEntry> readAll() const;
    // The entries after byte `offset` (complete lines only); moves `offset` past them.
    // Starts again from 0 when the file became shorter (replaced).
    QList<AuditEntry> readSince(qint64 &offset) const;

private:
    QString m_path;
    mutable QMutex m_lock;
    // Kept open between lines: a bulk job appends thousands. Re-opened if the file goes away.
    std::unique_ptr<QFile> m_file;
};

} // namespace authdesk
