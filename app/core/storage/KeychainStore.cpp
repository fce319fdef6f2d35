#include "KeychainStore.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

#ifdef AUTHDESK_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#endif

#include <memory>

namespace authdesk {

namespace {

const QString kService = QStringLiteral("authdesk");

KeychainStore::Status statusFor(QKeychain::Error e)
{
    switch (e) {
    case QKeychain::NoError: return KeychainStore::Status::Ok;
    case QKeychain::EntryNotFound: return KeychainStore::Status::NotFound;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied: return KeychainStore::Status::Denied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented: return KeychainStore::Status::NoKeychain;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError: break;
    }
    return KeychainStore::Status::Error;
}

// QtKeychain (0.13) reports a locked Secret Service collection (libsecret without a
// prompter) and a missing keychain service alike as OtherError, told apart only by an
// English text. Those are states a person can act on, so they are told apart here by
// asking the session bus itself: no bus or no keychain service on it is "no keychain"; a
// service that is there and still failed has refused (locked, or access denied).
KeychainStore::Status refine(KeychainStore::Status s)
{
    if (s != KeychainStore::Status::Error)
        return s;
#ifdef AUTHDESK_HAVE_DBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    QDBusConnectionInterface *names = bus.isConnected() ? bus.interface() : nullptr;
    if (!names)
        return KeychainStore::Status::NoKeychain;
    for (const char *service : {"org.freedesktop.secrets", "org.kde.kwalletd5", "org.kde.kwalletd6"}) {
        if (names->isServiceRegistered(QLatin1String(service)).value())
            return KeychainStore::Status::Denied;
    }
    return KeychainStore::Status::NoKeychain;
#else
    return s;
#endif
}

QString messageFor(KeychainStore::Status s)
{
    switch (s) {
    case KeychainStore::Status::Ok: return {};
    case KeychainStore::Status::NotFound: return QCoreApplication::translate("KeychainStore", "Nothing is stored in the keychain for this.");
    case KeychainStore::Status::NoKeychain:
        return QCoreApplication::translate("KeychainStore", "No keychain is available on this system; secrets are kept for this session only.");
    case KeychainStore::Status::Denied:
        return QCoreApplication::translate("KeychainStore", "The keychain is locked or access was refused; secrets are kept for this session only.");
    case KeychainStore::Status::TimedOut:
        return QCoreApplication::translate("KeychainStore", "The keychain did not answer in time; secrets are kept for this session only.");
    case KeychainStore::Status::Error:
        return QCoreApplication::translate("KeychainStore", "The keychain reported an error; secrets are kept for this session only.");
    }
    return {};
}

} // namespace

// Runs one QtKeychain job with a deadline, so that a keychain that never answers cannot
// hang the console; the late answer of a timed-out job is ignored.
class KeychainJobRunner
{
public:
    static void run(KeychainStore *store, QKeychain::Job *job, int timeoutMs,
                    std::function<void(KeychainStore::Status, QKeychain::Job *)> done)
    {
        auto finished = std::make_shared<bool>(false);
        auto *timer = new QTimer(store);
        timer->setSingleShot(true);
        QObject::connect(timer, &QTimer::timeout, store, [finished, done, timer] {
            if (*finished)
                return;
            *finished = true;
            timer->deleteLater();
            done(KeychainStore::Status::TimedOut, nullptr);
        });
        QObject::connect(job, &QKeychain::Job::finished, store, [finished, done, timer](QKeychain::Job *j) {
            if (*finished)
                return;
            *finished = true;
            timer->stop();
            timer->deleteLater();
            const auto status = refine(statusFor(j->error()));
            if (status != KeychainStore::Status::Ok && status != KeychainStore::Status::NotFound)
                qCDebug(lcCore) << "keychain:" << j->error() << j->errorString();
            done(status, j);
        });
        job->setAutoDelete(true);
        job->setInsecureFallback(false); // never a plaintext copy
        timer->start(timeoutMs);
        job->start();
    }
};

KeychainStore::KeychainStore(QObject *parent)
    : QObject(parent)
{
}

QString KeychainStore::key(const QString &profileId, const QString &what)
{
    return QStringLiteral("authdesk:%1:%2").arg(profileId, what);
}

QString KeychainStore::statusId(Status s)
{
    switch (s) {
    case Status::Ok: return QStringLiteral("ok");
    case Status::NotFound: return QStringLiteral("not-found");
    case Status::NoKeychain: return QStringLiteral("no-keychain");
    case Status::Denied: return QStringLiteral("denied");
    case Status::TimedOut: return QStringLiteral("timed-out");
    case Status::Error: return QStringLiteral("error");
    }
    return QStringLiteral("error");
}

void KeychainStore::read(const QString &key, Handler done)
{
    if (m_memory.contains(key) || m_memoryOnly) {
        Outcome o;
        o.status = m_memory.contains(key) ? Status::Ok : Status::NotFound;
        o.value = m_memory.value(key);
        o.sessionOnly = true;
        if (o.status != Status::Ok)
            o.message = messageFor(o.status);
        QTimer::singleShot(0, this, [done, o] { done(o); });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(kService);
    job->setKey(key);
    QPointer<KeychainStore> self(this);
    KeychainJobRunner::run(this, job, m_timeoutMs, [self, done](Status s, QKeychain::Job *j) {
        Outcome o;
        o.status = s;
        if (s == Status::Ok && j)
            o.value = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
        else
            o.message = messageFor(s);
        if (self && s != Status::NotFound)
            self->noteStatus(s == Status::NotFound ? Status::Ok : s);
        done(o);
    });
}

void KeychainStore::write(const QString &key, const QString &secret, Handler done)
{
    if (m_memoryOnly) {
        m_memory.insert(key, secret);
        Outcome o;
        o.sessionOnly = true;
        QTimer::singleShot(0, this, [done, o] { done(o); });
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(kService);
    job->setKey(key);
    job->setTextData(secret);
    QPointer<KeychainStore> self(this);
    KeychainJobRunner::run(this, job, m_timeoutMs, [self, key, secret, done](Status s, QKeychain::Job *) {
        Outcome o;
        o.status = s;
        if (s == Status::Ok) {
            if (self)
                self->m_memory.remove(key);
        } else {
            // No plaintext fallback: keep it in this process only, and say so.
            if (self)
                self->m_memory.insert(key, secret);
            o.sessionOnly = true;
            o.message = messageFor(s);
        }
        if (self)
            self->noteStatus(s);
        done(o);
    });
}

void KeychainStore::remove(const QString &key, Handler done)
{
    m_memory.remove(key);
    if (m_memoryOnly) {
        QTimer::singleShot(0, this, [done] { done(Outcome{}); });
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(kService);
    job->setKey(key);
    QPointer<KeychainStore> self(this);
    KeychainJobRunner::run(this, job, m_timeoutMs, [self, done](Status s, QKeychain::Job *) {
        Outcome o;
        o.status = s == Status::NotFound ? Status::Ok : s; // already gone is fine
        o.message = messageFor(o.status);
        if (self)
            self->noteStatus(o.status);
        done(o);
    });
}

void KeychainStore::noteStatus(Status s)
{
    if (s == m_lastStatus)
        return;
    m_lastStatus = s;
    Q_EMIT statusChanged(s, messageFor(s));
}

} // namespace authdesk
