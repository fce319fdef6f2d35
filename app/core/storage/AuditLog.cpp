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

AuditLog::~AuditLog() = default;

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
    if (!m_file || !m_file->isOpen() || !QFileInfo::exists(m_path)) {
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        m_file = std::make_unique<QFile>(m_path);
        // Append-only and owner-readable only: the log names people and sessions.
        if (!m_file->open(QIODevice::WriteOnly | QIODevice::Append)) {
            m_file.reset();
            return false;
        }
        m_file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    // One line, flushed at once: a crash loses nothing already reported.
    return m_file->write(line) == line.size() && m_file->flush();
}

QList<AuditEntry> AuditLog::readAll() const
{
    qint64 offset = 0;
    return readSince(offset);
}

QList<AuditEntry> AuditLog::readSince(qint64 &offset) const
{
    QMutexLocker lock(&m_lock);
    QList<AuditEntry> out;
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    if (f.size() < offset)
        offset = 0;
    f.seek(offset);
    while (!f.atEnd()) {
        const QByteArray raw = f.readLine();
        if (!raw.endsWith('\n'))
            break; // a line still being written: read it next time
        offset += raw.size();
        const QJsonDocument doc = QJsonDocument::fromJson(raw.trimmed());
        if (doc.isObject())
            out.append(AuditEntry::fromJson(doc.object()));
    }
    return out;
}

} // namespace authdesk
