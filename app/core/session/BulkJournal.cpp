#include "BulkJournal.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QUuid>

#ifndef Q_OS_WIN
#include <unistd.h>
#endif

namespace authdesk {

QStringList BulkJournal::Job::left() const
{
    QStringList out;
    for (const QString &item : items) {
        if (!outcomes.contains(item))
            out << item;
    }
    return out;
}

BulkJournal::BulkJournal() = default;
BulkJournal::~BulkJournal() = default;

QString BulkJournal::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/jobs");
}

bool BulkJournal::create(const Profile &profile, const QStringList &items, QString *error, const QString &folder)
{
    m_job = Job{};
    m_job.id = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-"))
        + QUuid::createUuid().toString(QUuid::WithoutBraces).left(6);
    m_job.path = folder + u'/' + m_job.id + QStringLiteral(".jsonl");
    m_job.profileId = profile.id;
    m_job.profileName = profile.name;
    m_job.dialect = profile.dialect;
    m_job.apiId = profile.apiId;
    m_job.baseUrl = profile.baseUrl;
    m_job.created = QDateTime::currentDateTimeUtc();
    m_job.items = items;
    m_pending = QSet<QString>(items.cbegin(), items.cend());
    const QJsonObject header{{QStringLiteral("job"), m_job.id},
                             {QStringLiteral("action"), QStringLiteral("terminate-session")},
                             {QStringLiteral("profileId"), profile.id},
                             {QStringLiteral("profile"), profile.name},
                             {QStringLiteral("dialect"), profile.dialect},
                             {QStringLiteral("url"), profile.baseUrl.toString()},
                             {QStringLiteral("apiId"), profile.apiId},
                             {QStringLiteral("created"), m_job.created.toString(Qt::ISODate)},
                             {QStringLiteral("items"), QJsonArray::fromStringList(items)}};
    QDir().mkpath(folder);
    m_file = std::make_unique<QFile>(m_job.path);
    const QByteArray line = QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n';
    if (!m_file->open(QIODevice::WriteOnly | QIODevice::Append, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || m_file->write(line) != line.size() || !m_file->flush()
#ifndef Q_OS_WIN
        || ::fsync(m_file->handle()) != 0
#endif
    ) {
        if (error)
            *error = QCoreApplication::translate("BulkJournal", "The job's journal %1 cannot be written: %2")
                         .arg(QDir::toNativeSeparators(m_job.path), m_file->errorString());
        m_file.reset();
        QFile::remove(m_job.path);
        return false;
    }
    return true;
}

std::optional<BulkJournal::Job> BulkJournal::read(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject h = QJsonDocument::fromJson(f.readLine()).object();
    if (h.value(QStringLiteral("job")).toString().isEmpty())
        return std::nullopt;
    Job job;
    job.id = h.value(QStringLiteral("job")).toString();
    job.path = path;
    job.profileId = h.value(QStringLiteral("profileId")).toString();
    job.profileName = h.value(QStringLiteral("profile")).toString();
    job.dialect = h.value(QStringLiteral("dialect")).toString();
    job.apiId = h.value(QStringLiteral("apiId")).toString();
    job.baseUrl = QUrl(h.value(QStringLiteral("url")).toString());
    job.created = QDateTime::fromString(h.value(QStringLiteral("created")).toString(), Qt::ISODate);
    for (const QJsonValue &v : h.value(QStringLiteral("items")).toArray())
        job.items << v.toString();
    while (!f.atEnd()) {
        const QByteArray raw = f.readLine();
        if (!raw.endsWith('\n'))
            break; // cut by the crash: that item is still to do
        const QJsonObject o = QJsonDocument::fromJson(raw).object();
        const QString item = o.value(QStringLiteral("item")).toString();
        if (!item.isEmpty())
            job.outcomes.insert(item, o.value(QStringLiteral("outcome")).toString());
    }
    return job;
}

bool BulkJournal::open(const QString &path, QString *error)
{
    const auto job = read(path);
    if (!job) {
        if (error)
            *error = QCoreApplication::translate("BulkJournal", "There is no such job.");
        return false;
    }
    m_job = *job;
    const QStringList left = m_job.left();
    m_pending = QSet<QString>(left.cbegin(), left.cend());
    m_file = std::make_unique<QFile>(path);
    if (!m_file->open(QIODevice::ReadWrite)) {
        if (error)
            *error = QCoreApplication::translate("BulkJournal", "The job's journal %1 cannot be written: %2")
                         .arg(QDir::toNativeSeparators(path), m_file->errorString());
        m_file.reset();
        return false;
    }
    // A line cut by the crash is dropped, so the next one starts on a line of its own.
    const QByteArray all = m_file->readAll();
    m_file->resize(all.lastIndexOf('\n') + 1);
    m_file->seek(m_file->size());
    return true;
}

bool BulkJournal::record(const QString &item, const QString &outcome)
{
    if (!m_file)
        return false;
    m_job.outcomes.insert(item, outcome);
    const QByteArray line = QJsonDocument(QJsonObject{{QStringLiteral("item"), item}, {QStringLiteral("outcome"), outcome}})
                                .toJson(QJsonDocument::Compact) + '\n';
    // Flushed to the OS at once: a killed process loses nothing it reported.
    const bool ok = m_file->write(line) == line.size() && m_file->flush();
    m_pending.remove(item);
    if (m_pending.isEmpty()) {
        m_file.reset();
        QFile::remove(m_job.path);
    }
    return ok;
}

QList<BulkJournal::Job> BulkJournal::unfinished(const QString &folder)
{
    QList<Job> out;
    const QFileInfoList files = QDir(folder).entryInfoList({QStringLiteral("*.jsonl")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QFileInfo &fi : files) {
        const auto job = read(fi.absoluteFilePath());
        if (job && !job->left().isEmpty())
            out << *job;
    }
    return out;
}

} // namespace authdesk
