#include "AuditLog.h"

#include "Logging.h"
#include "Redactor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QStandardPaths>
#include <QThread>

#include <cerrno>
#include <cstdio>
#include <cstring>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace authdesk {

namespace {

QString bounded(const QString &text, int maxChars)
{
    if (text.size() <= maxChars)
        return text;
    return text.left(maxChars - 1) + QChar(0x2026); // …
}

// fsync: the line is on the disk, not only in the page cache, when this returns true.
bool syncToDisk(QFile &file)
{
#ifdef Q_OS_WIN
    return ::_commit(file.handle()) == 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}

// fsync of a file another thread may be writing to (and rotating away): a duplicate of its
// descriptor, taken under the log's lock, keeps the open file alive without the lock.
int duplicateHandle(int fd)
{
#ifdef Q_OS_WIN
    return ::_dup(fd);
#else
    return ::fcntl(fd, F_DUPFD_CLOEXEC, 0);
#endif
}

bool syncHandle(int fd)
{
#ifdef Q_OS_WIN
    const bool ok = ::_commit(fd) == 0;
    ::_close(fd);
#else
    const bool ok = ::fsync(fd) == 0;
    const int error = errno;
    ::close(fd);
    errno = error;
#endif
    return ok;
}

// A newly created file's directory entry must reach the disk too.
void syncDirectory(const QString &dir)
{
#ifndef Q_OS_WIN
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(dir)
#endif
}

// The last complete line of a file (without '\n'); empty when there is none.
QByteArray lastLine(QFile &f)
{
    const qint64 size = f.size();
    const qint64 from = qMax<qint64>(0, size - 64 * 1024);
    if (!f.seek(from))
        return {};
    QByteArray tail = f.read(size - from);
    if (tail.endsWith('\n'))
        tail.chop(1);
    return tail.mid(tail.lastIndexOf('\n') + 1);
}

// The entries of complete JSON lines (a line that is not an object is skipped).
QList<AuditEntry> parseLines(const QByteArray &lines, bool withIntents)
{
    QList<AuditEntry> out;
    qsizetype from = 0;
    while (from < lines.size()) {
        qsizetype end = lines.indexOf('\n', from);
        if (end < 0)
            end = lines.size();
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArrayView(lines).sliced(from, end - from).trimmed().toByteArray());
        from = end + 1;
        if (!doc.isObject())
            continue;
        AuditEntry e = AuditEntry::fromJson(doc.object());
        if (withIntents || !e.isIntent())
            out.append(std::move(e));
    }
    return out;
}

// What `f` holds from `offset` up to its last complete line; `offset` moves past it and
// `last` becomes its last non-empty line (without '\n'). A line still being written is left
// for the next time.
QByteArray completeLinesFrom(QFile &f, qint64 &offset, QByteArray &last)
{
    if (!f.seek(offset))
        return {};
    QByteArray bytes = f.readAll();
    bytes.truncate(bytes.lastIndexOf('\n') + 1);
    offset += bytes.size();
    QByteArrayView lines(bytes);
    while (lines.endsWith('\n'))
        lines.chop(1);
    if (!lines.isEmpty())
        last = lines.sliced(lines.lastIndexOf('\n') + 1).toByteArray();
    return bytes;
}

// A JSON string as QJsonDocument's compact form writes it: '"', '\\' and control characters
// escaped (lower-case \u00xx), everything else as UTF-8 (a lone surrogate becomes U+FFFD
// here, \udxxx there: garbage either way).
void appendJsonString(QByteArray &out, QStringView s)
{
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t u = s[i].unicode();
        if (u >= 0x80) {
            qsizetype end = i + 1;
            while (end < s.size() && s[end].unicode() >= 0x80)
                ++end;
            out += s.sliced(i, end - i).toUtf8();
            i = end - 1;
        } else if (u < 0x20 || u == u'"' || u == u'\\') {
            out += '\\';
            switch (u) {
            case u'"': out += '"'; break;
            case u'\\': out += '\\'; break;
            case 0x8: out += 'b'; break;
            case 0xc: out += 'f'; break;
            case 0xa: out += 'n'; break;
            case 0xd: out += 'r'; break;
            case 0x9: out += 't'; break;
            default:
                out += "u00";
                out += hex[u >> 4];
                out += hex[u & 0xf];
            }
        } else {
            out += char(u);
        }
    }
    out += '"';
}

// The UTC time as Qt::ISODateWithMs writes it ("2026-12-07T03:27:00.123Z").
QString isoTimeWithMs(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    if (d.year() < 1000 || d.year() > 9999)
        return utc.toString(Qt::ISODateWithMs);
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second(), t.msec());
    return QString::fromLatin1(text);
}

// One line of the log, unsealed: the entry's fields and `prev` in the order and form of
// QJsonDocument(toJson() + prev).toJson(Compact), written directly (building the QJsonObject
// and serialising it was half of what a bulk job's call cost in instructions, #15).
QByteArray compactLine(const AuditEntry &e, const QByteArray &prev)
{
    // Sorted by key, as QJsonObject keeps them; empty optional fields are left out.
    const std::pair<const char *, QString> fields[] = {
        {"action", e.action},   {"detail", e.detail},   {"dialect", e.dialect},         {"id", e.id},
        {"outcome", e.outcome}, {"phase", e.phase},     {"prev", QString::fromLatin1(prev)}, {"profile", e.profile},
        {"target", e.target},   {"time", isoTimeWithMs(e.time)}, {"user", e.user},
    };
    QByteArray out;
    out.reserve(512);
    out += '{';
    for (const auto &[key, value] : fields) {
        const bool optional = qstrcmp(key, "id") == 0 || qstrcmp(key, "phase") == 0 || qstrcmp(key, "user") == 0;
        if (optional && value.isEmpty())
            continue;
        if (out.size() > 1)
            out += ',';
        out += '"';
        out += key;
        out += "\":";
        appendJsonString(out, value);
    }
    out += '}';
    return out;
}

} // namespace

QJsonObject AuditEntry::toJson() const
{
    QJsonObject o{
        {QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("profile"), profile},
        {QStringLiteral("dialect"), dialect},
        {QStringLiteral("action"), action},
        {QStringLiteral("target"), target},
        {QStringLiteral("outcome"), outcome},
        {QStringLiteral("detail"), detail},
    };
    const std::pair<const char *, const QString *> optional[] = {{"user", &user}, {"phase", &phase}, {"id", &id}};
    for (const auto &[key, value] : optional) {
        if (!value->isEmpty())
            o.insert(QLatin1String(key), *value);
    }
    return o;
}

AuditEntry AuditEntry::fromJson(const QJsonObject &o)
{
    AuditEntry e;
    e.time = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    e.profile = o.value(QStringLiteral("profile")).toString();
    e.dialect = o.value(QStringLiteral("dialect")).toString();
    e.user = o.value(QStringLiteral("user")).toString();
    e.action = o.value(QStringLiteral("action")).toString();
    e.target = o.value(QStringLiteral("target")).toString();
    e.outcome = o.value(QStringLiteral("outcome")).toString();
    e.detail = o.value(QStringLiteral("detail")).toString();
    e.phase = o.value(QStringLiteral("phase")).toString();
    e.id = o.value(QStringLiteral("id")).toString();
    return e;
}

AuditLog::AuditLog(const QString &path)
    : m_path(path)
{
}

AuditLog::~AuditLog()
{
    {
        QMutexLocker lock(&m_syncLock);
        m_syncStop = true;
        m_syncWanted.wakeAll();
    }
    if (m_syncThread)
        m_syncThread->wait(); // after the pending fsyncs: their lines are on the disk
}

QString AuditLog::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/audit.jsonl");
}

void AuditLog::setRotation(qint64 maxBytes, int keepFiles)
{
    QMutexLocker lock(&m_lock);
    m_maxBytes = qMax<qint64>(4096, maxBytes);
    m_keepFiles = qMax(1, keepFiles);
}

QString AuditLog::lastError() const
{
    QMutexLocker lock(&m_lock);
    return m_lastError;
}

bool AuditLog::failLocked(const QString &why)
{
    m_lastError = QCoreApplication::translate("AuditLog", "The audit log %1 cannot be written: %2")
                      .arg(QDir::toNativeSeparators(m_path), why);
    m_file.reset(); // open again (and repair) on the next line
    return false;
}

bool AuditLog::openLocked()
{
    if (m_file && m_file->isOpen() && QFileInfo::exists(m_path))
        return true;
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return failLocked(QCoreApplication::translate("AuditLog", "its folder cannot be created."));
    const bool created = !info.exists();
    auto file = std::make_unique<QFile>(m_path);
    // Owner-only from the first byte (not chmod'ed afterwards): the log names people and sessions.
    if (!file->open(QIODevice::ReadWrite, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return failLocked(file->errorString());
    QByteArray last = lastLine(*file);
    // A line cut by a crash or a full disk is not part of the log: drop it, so the next line
    // starts on a line of its own and the chain stays verifiable.
    const qint64 size = file->size();
    if (size > 0) {
        file->seek(size - 1);
        if (file->read(1) != "\n") {
            const qint64 keep = size - last.size();
            if (!file->resize(keep))
                return failLocked(file->errorString());
            file->seek(0);
            last = lastLine(*file);
        }
    }
    m_lastHash = last.isEmpty() ? QByteArray() : AuditChain::hashOf(last);
    if (!last.isEmpty() && m_lastHash.isEmpty()) {
        // Written by a version without the hash chain: kept beside, out of the chain, and a
        // chained file starts.
        file.reset();
        QString aside = m_path + QStringLiteral(".unchained");
        for (int i = 2; QFileInfo::exists(aside); ++i)
            aside = m_path + QStringLiteral(".unchained-%1").arg(i);
        if (!QFile::rename(m_path, aside))
            return failLocked(QCoreApplication::translate("AuditLog", "it cannot be rotated."));
        return openLocked();
    }
    if (m_lastHash.isEmpty()) {
        // An empty file continues the chain of the newest rotated one.
        QFile previous(rotatedPath(1));
        if (previous.open(QIODevice::ReadOnly))
            m_lastHash = AuditChain::hashOf(lastLine(previous));
        if (m_lastHash.isEmpty())
            m_lastHash = AuditChain::genesis();
    }
    m_size = file->size();
    if (!file->seek(m_size))
        return failLocked(file->errorString());
    m_file = std::move(file);
    if (created)
        syncDirectory(info.absolutePath());
    return true;
}

QString AuditLog::rotatedPath(int i) const
{
    return m_path + u'.' + QString::number(i);
}

bool AuditLog::rotateLocked()
{
    // Lines written but not yet fsync'ed (syncLater) must reach the disk in this file: the
    // syncing thread flushes whichever file is current when it runs.
    if (m_file && m_file->isOpen() && !syncToDisk(*m_file))
        return failLocked(QString::fromLocal8Bit(std::strerror(errno)));
    // The older files move up into the first free place (the oldest kept one goes only when
    // every place is taken), the current file becomes .1. A file that cannot be renamed now
    // (Windows refuses while any other program has it open: a reader, a virus scanner) stops
    // the move there and the next line tries again: rotation is housekeeping, and refusing the
    // line would stop the action it records. A retry deletes nothing while a place is free.
    int free = 1;
    while (free <= m_keepFiles && QFileInfo::exists(rotatedPath(free)))
        ++free;
    if (free > m_keepFiles) {
        free = m_keepFiles;
        QFile::remove(rotatedPath(free));
    }
    bool moved = !QFileInfo::exists(rotatedPath(free));
    for (int i = free - 1; i >= 1 && moved; --i)
        moved = QFile::rename(rotatedPath(i), rotatedPath(i + 1));
    m_file.reset();
    if (!moved || (QFileInfo::exists(m_path) && !QFile::rename(m_path, rotatedPath(1)))) {
        if (m_retryRotationAt == 0)
            qCWarning(lcCore, "The audit log could not be rotated (a file of it is open elsewhere?); it grows until it can.");
        m_retryRotationAt = m_size + m_maxBytes / 16; // not at every line meanwhile
    } else {
        m_retryRotationAt = 0;
    }
    return true;
}

bool AuditLog::append(const AuditEntry &entry, Sync sync)
{
    AuditEntry e = entry;
    if (!e.time.isValid())
        e.time = QDateTime::currentDateTimeUtc();
    e.detail = bounded(Redactor::redact(e.detail), kMaxDetailChars);
    e.target = bounded(e.target, kMaxDetailChars);
    QMutexLocker lock(&m_lock);
    if (!openLocked())
        return false;
    QByteArray line = AuditChain::seal(compactLine(e, m_lastHash));
    if (m_size > 0 && m_size + line.size() + 1 > m_maxBytes && m_size >= m_retryRotationAt) {
        if (!rotateLocked() || !openLocked())
            return false;
    }
    const QByteArray hash = AuditChain::hashOf(line);
    line += '\n';
    if (m_file->write(line) != line.size() || !m_file->flush())
        return failLocked(m_file->errorString());
    m_size += line.size();
    if (sync == Sync::Durable && !syncToDisk(*m_file))
        return failLocked(QString::fromLocal8Bit(std::strerror(errno)));
    m_lastHash = hash;
    m_lastError.clear();
    return true;
}

void AuditLog::syncLater(QObject *context, std::function<void(const QString &error)> done)
{
    QMutexLocker lock(&m_syncLock);
    m_syncQueue.append({context, std::move(done)});
    if (!m_syncThread) {
        // A thread subclass rather than QThread::create, which needs std::future (missing
        // from mingw-w64's win32 thread model).
        class SyncThread : public QThread
        {
        public:
            explicit SyncThread(AuditLog *log) : m_log(log) {}
            void run() override { m_log->syncLoop(); }

        private:
            AuditLog *m_log;
        };
        m_syncThread = std::make_unique<SyncThread>(this);
        m_syncThread->setObjectName(QStringLiteral("audit-sync"));
        m_syncThread->start();
    }
    m_syncWanted.wakeOne();
}

void AuditLog::forgetSyncs(QObject *context)
{
    QMutexLocker lock(&m_syncLock);
    const auto of = [context](const PendingSync &p) { return p.context == context; };
    m_syncQueue.removeIf(of);
    m_syncRunning.removeIf(of);
}

quint64 AuditLog::syncCount() const
{
    QMutexLocker lock(&m_syncLock);
    return m_syncs;
}

void AuditLog::syncLoop()
{
    QMutexLocker lock(&m_syncLock);
    for (;;) {
        while (m_syncQueue.isEmpty() && !m_syncStop)
            m_syncWanted.wait(&m_syncLock);
        if (m_syncQueue.isEmpty())
            return;
        // Everything asked for until now shares this fsync; what comes meanwhile, the next.
        m_syncRunning = std::exchange(m_syncQueue, {});
        lock.unlock();
        const QString error = syncFile();
        lock.relock();
        ++m_syncs;
        // Posted while holding the lock, so that forgetSyncs() cannot return in between.
        for (PendingSync &p : m_syncRunning)
            QMetaObject::invokeMethod(p.context, [done = std::move(p.done), error] { done(error); }, Qt::QueuedConnection);
        m_syncRunning.clear();
    }
}

QString AuditLog::syncFile()
{
    int fd = -1;
    {
        QMutexLocker lock(&m_lock);
        // Closed: an append failed and said why (nothing appended since: nothing to flush).
        if (!m_file || !m_file->isOpen())
            return m_lastError;
        fd = duplicateHandle(m_file->handle());
        if (fd < 0) {
            failLocked(QString::fromLocal8Bit(std::strerror(errno)));
            return m_lastError;
        }
    }
    if (syncHandle(fd))
        return {};
    const QString why = QString::fromLocal8Bit(std::strerror(errno));
    QMutexLocker lock(&m_lock);
    failLocked(why);
    return m_lastError;
}

QList<AuditEntry> AuditLog::readAll(bool withIntents) const
{
    Tail tail;
    return follow(tail, withIntents).entries;
}

AuditLog::Appended AuditLog::follow(Tail &tail, bool withIntents) const
{
    Appended out;
    QByteArray bytes;
    {
        // Held while the files are open: rotation renames them (Windows refuses to rename an
        // open file), and a rename between the reads below would skip a file.
        QMutexLocker lock(&m_lock);
        QFile current(m_path);
        const bool exists = current.open(QIODevice::ReadOnly);
        const bool first = !std::exchange(tail.started, true);
        // The usual case: the current file still ends, where reading stopped, with the last
        // line read; what follows it is new.
        const qint64 at = tail.offset - tail.lastLine.size() - 1;
        const bool sameFile = exists && !tail.lastLine.isEmpty() && at >= 0 && current.size() >= tail.offset && current.seek(at)
            && current.read(tail.lastLine.size() + 1) == tail.lastLine + '\n';
        if (first || sameFile) {
            if (first)
                tail.offset = 0;
            if (exists)
                bytes = completeLinesFrom(current, tail.offset, tail.lastLine);
            // Nothing in the current file yet: the end of the chain is the newest rotated
            // file's last line, and what comes after it is new.
            if (first && tail.lastLine.isEmpty()) {
                QFile newest(rotatedPath(1));
                if (newest.open(QIODevice::ReadOnly))
                    tail.lastLine = lastLine(newest);
                tail.offset = 0;
            }
        } else {
            // Rotated once or more since (the last line read is in .k: the rest of it, then
            // the newer ones, then the current file), or replaced: the last line read is
            // nowhere, and what was read before is not in the log any more. With nothing read
            // ever (an empty log), every file is new.
            int from = 0;
            qint64 offset = 0;
            if (tail.lastLine.isEmpty()) {
                from = m_keepFiles;
            } else {
                for (int i = 1; i <= m_keepFiles && from == 0; ++i) {
                    QFile f(rotatedPath(i));
                    if (!f.open(QIODevice::ReadOnly))
                        continue;
                    const QByteArray all = f.readAll();
                    const qsizetype found = all.lastIndexOf(tail.lastLine + '\n');
                    if (found >= 0 && (found == 0 || all.at(found - 1) == '\n')) {
                        from = i;
                        offset = found + tail.lastLine.size() + 1;
                    }
                }
                out.restarted = from == 0;
            }
            for (int i = from; i >= 1; --i) {
                QFile f(rotatedPath(i));
                if (f.open(QIODevice::ReadOnly))
                    bytes += completeLinesFrom(f, offset, tail.lastLine);
                offset = 0;
            }
            tail.offset = 0;
            if (exists)
                bytes += completeLinesFrom(current, tail.offset, tail.lastLine);
        }
    }
    out.entries = parseLines(bytes, withIntents);
    return out;
}

QStringList AuditLog::files() const
{
    QMutexLocker lock(&m_lock);
    QStringList out;
    for (int i = m_keepFiles; i >= 1; --i) {
        const QString rotated = rotatedPath(i);
        if (QFileInfo::exists(rotated))
            out << rotated;
    }
    if (QFileInfo::exists(m_path))
        out << m_path;
    return out;
}

AuditLog::ChainFiles AuditLog::chainFiles() const
{
    ChainFiles c;
    c.files = files();
    // The oldest kept file may follow one that rotation deleted; a lone current file may not.
    c.oldestContinues = !c.files.isEmpty() && c.files.first() != m_path
        && c.files.first() == rotatedPath(m_keepFiles);
    return c;
}

AuditChain::Verdict AuditLog::verify(const ChainFiles &files)
{
    return AuditChain::verify(files.files, files.oldestContinues);
}

AuditChain::Verdict AuditLog::verify() const
{
    return verify(chainFiles());
}

} // namespace authdesk
