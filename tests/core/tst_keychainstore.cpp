// The keychain store on the real OS keychain. Run twice by CTest: inside a private D-Bus
// session with an unlocked gnome-keyring (AUTHDESK_KEYCHAIN_EXPECT=available), and with no
// D-Bus at all (AUTHDESK_KEYCHAIN_EXPECT=none).
#include "KeychainStore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

using namespace authdesk;

namespace {
KeychainStore::Outcome wait(const std::function<void(KeychainStore::Handler)> &start)
{
    std::optional<KeychainStore::Outcome> out;
    QEventLoop loop;
    start([&](const KeychainStore::Outcome &o) {
        out = o;
        loop.quit();
    });
    if (!out) {
        QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!out) {
        KeychainStore::Outcome o;
        o.status = KeychainStore::Status::Error;
        o.message = QStringLiteral("test: no answer in 30 s");
        return o;
    }
    return *out;
}
} // namespace

class TestKeychainStore : public QObject
{
    Q_OBJECT
    QString m_expect;
    QString key(const char *what) const
    {
        return KeychainStore::key(QStringLiteral("test-%1").arg(QCoreApplication::applicationPid()), QLatin1String(what));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_expect = qEnvironmentVariable("AUTHDESK_KEYCHAIN_EXPECT");
        if (m_expect.isEmpty())
            QSKIP("run through CTest (AUTHDESK_KEYCHAIN_EXPECT=available|none)");
    }

    void keysFollowTheNamingScheme()
    {
        QCOMPARE(KeychainStore::key(QStringLiteral("p1"), QStringLiteral("session")), QStringLiteral("authdesk:p1:session"));
    }

    void roundTripOnTheRealKeychain()
    {
        if (m_expect != u"available")
            QSKIP("no keychain in this run");
        KeychainStore store;
        const QString secret = QStringLiteral("s3cr3t ünïcode ✓");
        const auto w = wait([&](auto h) { store.write(key("rt"), secret, h); });
        QCOMPARE(w.status, KeychainStore::Status::Ok);
        QVERIFY(!w.sessionOnly);
        // A second store object (like a second run) reads it from the keychain, not memory.
        KeychainStore other;
        const auto r = wait([&](auto h) { other.read(key("rt"), h); });
        QCOMPARE(r.status, KeychainStore::Status::Ok);
        QCOMPARE(r.value, secret);
        QCOMPARE(wait([&](auto h) { other.remove(key("rt"), h); }).status, KeychainStore::Status::Ok);
        QCOMPARE(wait([&](auto h) { other.read(key("rt"), h); }).status, KeychainStore::Status::NotFound);
        // Removing what is not there is fine.
        QCOMPARE(wait([&](auto h) { other.remove(key("rt"), h); }).status, KeychainStore::Status::Ok);
    }

    void noDBusSaysNoKeychainAndKeepsTheSecretInMemory()
    {
        if (m_expect != u"none")
            QSKIP("a keychain is available in this run");
        KeychainStore store;
        store.setTimeoutMs(5'000);
        QSignalSpy changed(&store, &KeychainStore::statusChanged);
        QElapsedTimer t;
        t.start();
        const auto w = wait([&](auto h) { store.write(key("nb"), QStringLiteral("only-in-memory"), h); });
        QVERIFY2(w.status == KeychainStore::Status::NoKeychain, qPrintable(KeychainStore::statusId(w.status) + u' ' + w.message));
        QVERIFY(w.sessionOnly);
        QVERIFY(w.message.contains(QLatin1String("session only")));
        QVERIFY(t.elapsed() < 6'000);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(store.lastStatus(), KeychainStore::Status::NoKeychain);
        // This run can still use it.
        const auto r = wait([&](auto h) { store.read(key("nb"), h); });
        QCOMPARE(r.value, QStringLiteral("only-in-memory"));
        QVERIFY(r.sessionOnly);
        // Another run cannot: nothing was written anywhere.
        KeychainStore other;
        other.setTimeoutMs(5'000);
        const auto again = wait([&](auto h) { other.read(key("nb"), h); });
        QVERIFY(again.status != KeychainStore::Status::Ok);
    }

    void lockedKeyringIsDeniedAndNothingIsWritten()
    {
        if (m_expect != u"locked")
            QSKIP("the keyring is not locked in this run");
        KeychainStore store;
        store.setTimeoutMs(8'000);
        QElapsedTimer t;
        t.start();
        const auto w = wait([&](auto h) { store.write(key("lk"), QStringLiteral("kept-in-memory"), h); });
        QVERIFY2(w.status == KeychainStore::Status::Denied || w.status == KeychainStore::Status::TimedOut,
                 qPrintable(KeychainStore::statusId(w.status) + u' ' + w.message));
        QVERIFY(w.sessionOnly);
        QVERIFY(!w.message.isEmpty());
        QVERIFY(t.elapsed() < 9'000);
        QCOMPARE(wait([&](auto h) { store.read(key("lk"), h); }).value, QStringLiteral("kept-in-memory"));
    }

    void stalledKeychainTimesOut()
    {
        if (m_expect != u"stalled")
            QSKIP("the keychain answers in this run");
        KeychainStore store;
        store.setTimeoutMs(2'000);
        QElapsedTimer t;
        t.start();
        const auto w = wait([&](auto h) { store.write(key("st"), QStringLiteral("v"), h); });
        QCOMPARE(w.status, KeychainStore::Status::TimedOut);
        QVERIFY(w.sessionOnly);
        QVERIFY(t.elapsed() >= 1'900 && t.elapsed() < 4'000);
        KeychainStore other;
        other.setTimeoutMs(2'000);
        const auto r = wait([&](auto h) { other.read(key("other"), h); });
        QVERIFY(r.status == KeychainStore::Status::TimedOut || r.status == KeychainStore::Status::Error);
    }

    void memoryOnlyNeverTouchesTheKeychain()
    {
        KeychainStore store;
        store.setMemoryOnly(true);
        const auto w = wait([&](auto h) { store.write(key("mo"), QStringLiteral("v"), h); });
        QCOMPARE(w.status, KeychainStore::Status::Ok);
        QVERIFY(w.sessionOnly);
        QCOMPARE(wait([&](auto h) { store.read(key("mo"), h); }).value, QStringLiteral("v"));
        KeychainStore fresh;
        fresh.setMemoryOnly(true);
        QCOMPARE(wait([&](auto h) { fresh.read(key("mo"), h); }).status, KeychainStore::Status::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestKeychainStore)
#include "tst_keychainstore.moc"
