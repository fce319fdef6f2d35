#pragma once

#include "BulkJob.h"
#include "Credentials.h"
#include "Profile.h"

#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace authdesk {

class AuditSink;
class Backend;
class BulkTerminator;
class CoreContext;
class DialectRegistry;

// ThreadedBulkJob's half in the worker thread: it builds its CoreContext and Backend there
// (objects with a network manager belong to the thread that made them), runs the job, and
// reports what changed at most every ThreadedBulkJob::kReportIntervalMs.
class BulkWorker : public QObject
{
    Q_OBJECT
public:
    struct Setup {
        Profile profile;
        QJsonObject session;
        std::optional<Credentials> remembered;
        AuditSink *audit = nullptr; // thread-safe (AuditLog), shared with the caller
        qint64 clockOffset = 0;
    };
    BulkWorker(const DialectRegistry &dialects, Setup setup);
    ~BulkWorker() override;

    // Called in the worker thread (queued).
    void start(const QStringList &ids, BulkJournal *journal, bool notFoundIsDone);
    // Makes the job's journal here first (BulkJournal::create in `folder`); refused(why) if
    // it cannot be written, and nothing is sent.
    void startWithNewJournal(const QStringList &ids, const QString &folder, bool notFoundIsDone);
    void retryFailed();
    void cancel();

    // What changed since the last report. `whole`: `items` is the job's whole list (a start
    // or a retry; shared, not copied: the worker's next change detaches its own), otherwise
    // the items at `indexes`.
    struct Report {
        bool whole = false;
        QList<int> indexes;
        QList<BulkJob::Item> items;
        int finished = 0;
        int failed = 0;
        bool running = false;
    };
    // Where reports go: called in the worker thread; the receiver posts them to its own.
    using Reporter = std::function<void(const Report &report)>;
    void setReporter(Reporter reporter) { m_reporter = std::move(reporter); }

Q_SIGNALS:
    void refused(const QString &why);

private:
    bool ensureBackend();
    void failAll(const QStringList &ids); // the sign-in could not be taken over
    void sendReport();
    void reportWhole(); // after a start or a retry

    std::unique_ptr<DialectRegistry> m_dialects;
    Setup m_setup;
    std::unique_ptr<CoreContext> m_context;
    std::unique_ptr<Backend> m_backend;
    std::unique_ptr<BulkJournal> m_journal; // made by startWithNewJournal
    BulkTerminator *m_job = nullptr;
    QSet<int> m_dirty;
    QTimer m_tick;
    Reporter m_reporter;
};

} // namespace authdesk
