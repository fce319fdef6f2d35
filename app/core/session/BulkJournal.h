#pragma once

#include "Profile.h"

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace authdesk {

// The journal of a bulk job, so that a job survives its process (kill -9, a crash, a power
// cut after the header): <app data>/jobs/<id>.jsonl, a header line naming the profile and
// every item, then one line per item as its outcome is known. An item without an outcome
// line is still to do; a job whose items all have one is finished and its file removed.
class BulkJournal
{
public:
    struct Job {
        QString id;
        QString path;
        QString profileId, profileName, dialect, apiId;
        QUrl baseUrl;
        QDateTime created;
        QStringList items;
        QHash<QString, QString> outcomes; // item → "done" / "failed"
        QStringList left() const;         // items without an outcome, in order
    };

    BulkJournal();
    ~BulkJournal();
    static QString defaultFolder(); // <app data>/jobs

    // A new job for these items (header written and synced); false and why otherwise.
    bool create(const Profile &profile, const QStringList &items, QString *error, const QString &folder = defaultFolder());
    // An existing job, to resume it.
    bool open(const QString &path, QString *error);
    // Records an item's final outcome ("done" or "failed"); removes the file once every item
    // has one.
    bool record(const QString &item, const QString &outcome);
    const Job &job() const { return m_job; }

    static std::optional<Job> read(const QString &path);
    // Jobs with items left, newest first.
    static QList<Job> unfinished(const QString &folder = defaultFolder());

private:
    Job m_job;
    // The items still without an outcome: record() asks it once per item (asking left(),
    // which lists them all, made a 10,000-item job quadratic: 6 % of the CLI's CPU, #15).
    QSet<QString> m_pending;
    std::unique_ptr<QFile> m_file;
};

} // namespace authdesk
