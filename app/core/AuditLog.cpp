#include "AuditLog.h"

#include "Redactor.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QStandardPaths>

namespace authdesk {

QJsonObject AuditEntry::toJson() const
{
    return QJsonObject{
        {QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("profile"), profile},
        {QStringLiteral("dialect"), dialect},
        {QStringLiteral("action"), action},
        {QStringLiteral("target"), target},
        {QStringLiteral("outcome"), outcome},
        {QStringLiteral("detail"), detail},
    };
}

AuditEntry AuditEntry::fromJson(const QJsonObject &o)
{
    AuditEntry e;
    e.time = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    e.profile = o.value(QStringLiteral("profile")).toString();
    e.dialect = o.value(QStringLiteral("dialect")).toString();
    e.action = o.value(QStringLiteral("action")).toString();
    e.target = o.value(QStringLiteral("target")).toString();
    e.outcome = o.value(QStringLiteral("outcome")).toString();
    e.detail = o.value(QStringLiteral("detail")).toString();
    return e;
}

AuditLog::AuditLog(const QString &path)
    : m_path(path)
{
}

QString AuditLog::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/audit.jsonl");
}

bool AuditLog::append(const AuditEntry &entry)
{
    AuditEntry e = entry;
    if (!e.time.isValid())
        e.time = QDateTime::currentDateTimeUtc();
    e.detail = Redactor::redact(e.detail);
    const QByteArray line = QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact) + '\n';
    QMutexLocker lock(&m_lock);
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile f(m_path);
    // Append-only and owner-readable only: the log names people and sessions.
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append))
        return false;
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return f.write(line) == line.size() && f.flush();
}

QList<AuditEntry> AuditLog::readAll() const
{
    QMutexLocker lock(&m_lock);
    QList<AuditEntry> out;
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (doc.isObject())
            out.append(AuditEntry::fromJson(doc.object()));
    }
    return out;
}

} // namespace authdesk
