#pragma once

#include "AuditSink.h"

#include <QFile>

#include <memory>

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QString>

namespace authdesk {

// Append-only JSON Lines file of everything that changed something on a server.
class AuditLog : public AuditSink
{
public:
    explicit AuditLog(const QString &path = defaultPath());
    ~AuditLog() override;
    static QString defaultPath(); // <app data>/audit.jsonl

    const QString &path() const { return m_path; }
    bool append(const AuditEntry &entry) override;
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
