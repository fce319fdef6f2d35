#pragma once

#include "AuditChain.h"
#include "AuditSink.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QMutex>
#include <QWaitCondition>
#include <QString>
#include <QStringList>

#include <memory>

class QThread;

namespace authdesk {

// Append-only JSON Lines file of everything that changed something on a server: an intent
// line (fsync'ed) before each call, an outcome line after it, all in one hash chain
// (AuditChain). Created 0600; rotates at a size limit to audit.jsonl.1 … .N (newest first).
class AuditLog : public AuditSink
{
public:
    explicit AuditLog(const QString &path = defaultPath());
    ~AuditLog() override;
    static QString defaultPath(); // <app data>/audit.jsonl

    static constexpr int kMaxDetailChars = 1024; // a server's text is cut to this
    // Rotation: when the file would grow beyond maxBytes it becomes .1, older ones move up,
    // and at most keepFiles old files stay.
    void setRotation(qint64 maxBytes, int keepFiles);

    const QString &path() const { return m_path; }
    using AuditSink::append;
    bool append(const AuditEntry &entry, Sync sync) override;
    QString lastError() const override;
    // Durability off the caller's thread: a thread of the log's own fsyncs (started on the
    // first request, joined by the destructor after the last pending flush).
    void syncLater(QObject *context, std::function<void(const QString &error)> done) override;
    void forgetSyncs(QObject *context) override;
    // How many fsyncs syncLater() has made: requests made together share one.
    quint64 syncCount() const;

    // What happened: outcome lines (and lines of older versions) of the current file.
    // With `withIntents`, intent lines too.
    QList<AuditEntry> readAll(bool withIntents = false) const;
    // A reader following the log (the console's Activity tab): where it stands.
    struct Tail {
        qint64 offset = 0;    // how far the current file has been read
        QByteArray lastLine;  // the last line read (or the chain's end), found again after rotations
        bool started = false; // the first read takes the current file only
    };
    struct Appended {
        QList<AuditEntry> entries;
        bool restarted = false; // the file was replaced, not rotated: what was read before is gone
    };
    // The entries appended since `tail` (complete lines only), moving it past them; the first
    // read takes the current file. Across rotations it reads the rest of the file read so far
    // (now .1, .2, …), the newer rotated ones, then the current file: nothing is skipped and
    // nothing read twice. Safe from any thread; the lines are parsed after the
    // log's lock is released, so a long read does not hold up appends.
    Appended follow(Tail &tail, bool withIntents = false) const;

    // The log files, oldest first (rotated ones, then the current one).
    QStringList files() const;
    // Checks the hash chain over all kept files.
    AuditChain::Verdict verify() const;
    // What verify() reads, taken now, so that another thread can verify it (the console's
    // Activity tab: hashing a long log is not the window's work) without the log itself.
    struct ChainFiles {
        QStringList files;
        bool oldestContinues = false;
    };
    ChainFiles chainFiles() const;
    static AuditChain::Verdict verify(const ChainFiles &files);

private:
    bool openLocked();
    bool rotateLocked();
    QString rotatedPath(int i) const; // <path>.i, the i-th newest rotated file
    bool failLocked(const QString &why);
    void syncLoop();
    QString syncFile();

    QString m_path;
    qint64 m_maxBytes = 10 * 1024 * 1024;
    int m_keepFiles = 5;
    mutable QMutex m_lock;
    // Kept open between lines: a bulk job appends thousands. Re-opened if the file goes away.
    std::unique_ptr<QFile> m_file;
    qint64 m_size = 0; // of m_file, kept here: QFile::size() is an fstat per call
    qint64 m_retryRotationAt = 0; // after a rotation that could not rename: the size to try again at
    QByteArray m_lastHash; // the chain's end, read from disk when the file is opened
    QString m_lastError;

    struct PendingSync {
        QObject *context;
        std::function<void(const QString &)> done;
    };
    mutable QMutex m_syncLock; // guards the members below; never held during an fsync
    QWaitCondition m_syncWanted;
    QList<PendingSync> m_syncQueue;   // waiting for the next fsync
    QList<PendingSync> m_syncRunning; // covered by the fsync under way
    bool m_syncStop = false;
    quint64 m_syncs = 0;
    std::unique_ptr<QThread> m_syncThread;
};

} // namespace authdesk
