// A first start (issue #14, onboarding): an empty console shows a welcome with "Add a
// server…" and "Try the demo" instead of empty tables; the demo is in the Help menu too; the
// demo's profiles live only as long as the demo (and a crashed demo's are removed at the next
// start); while it runs, its sandbox's address and outbox stay in sight.
#include "CoreContext.h"
#include "DemoBanner.h"
#include "DemoProfiles.h"
#include "DemoRun.h"
#include "MainWindow.h"
#include "ProfileSessions.h"
#include "ProfileStore.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace authdesk;

class TestOnboarding : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_store;
    CoreContext m_core;
    std::unique_ptr<ProfileSessions> m_sessions;

private Q_SLOTS:
    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("profiles.ini")));
        m_store = std::make_unique<ProfileStore>(m_dir.filePath(QStringLiteral("profiles.ini")));
        m_sessions = std::make_unique<ProfileSessions>(*m_store, m_core);
        m_sessions->keychain().setMemoryOnly(true);
    }
    void cleanup()
    {
        m_sessions.reset();
        m_store.reset();
    }

    void anEmptyConsoleWelcomes()
    {
        MainWindow window(*m_store, *m_sessions);
        window.show();
        QVERIFY(window.showsWelcome());
        auto *welcome = window.findChild<QWidget *>(QStringLiteral("welcomePage"));
        QVERIFY(welcome && welcome->isVisible());
        QVERIFY(welcome->findChild<QPushButton *>(QStringLiteral("addServerButton"))->isVisible());
        QSignalSpy demo(&window, &MainWindow::demoRequested);
        QTest::mouseClick(welcome->findChild<QPushButton *>(QStringLiteral("tryDemoButton")), Qt::LeftButton);
        QCOMPARE(demo.count(), 1);
        // The Help menu offers it as well.
        window.findChild<QAction *>(QStringLiteral("actionDemo"))->trigger();
        QCOMPARE(demo.count(), 2);

        // Once there is a server, the views take its place.
        Profile p = DemoProfiles::make(QUrl(QStringLiteral("http://127.0.0.1:1"))).at(1);
        p.id = QStringLiteral("mine");
        p.name = QStringLiteral("Mine");
        QVERIFY(m_store->save(p).ok());
        window.reloadProfiles();
        QVERIFY(!window.showsWelcome());
        QVERIFY(!welcome->isVisible());
    }

    void demoProfilesLiveOnlyForTheDemo()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("AUTHDESK_SANDBOX"), "AUTHDESK_SANDBOX names the sandbox program");
        Profile mine = DemoProfiles::make(QUrl(QStringLiteral("http://127.0.0.1:1"))).at(1);
        mine.id = QStringLiteral("mine");
        mine.name = QStringLiteral("Mine");
        QVERIFY(m_store->save(mine).ok());
        {
            DemoRun demo(*m_store, *m_sessions);
            QSignalSpy ready(&demo, &DemoRun::ready);
            demo.start();
            QVERIFY(ready.wait(20000));
            QVERIFY(m_store->find(QStringLiteral("demo-platform28")));
            QCOMPARE(m_store->all().size(), 4);
            QCOMPARE(demo.sandboxUrl(), ready.first().first().toUrl());
            demo.stop();
            QVERIFY(!m_store->find(QStringLiteral("demo-platform28")));
            QCOMPARE(m_store->all().size(), 1); // the person's own profile stays
        }
        // A demo that crashed left its profiles: the next start removes them.
        DemoProfiles::install(*m_store, QUrl(QStringLiteral("http://127.0.0.1:9")));
        QCOMPARE(m_store->all().size(), 4);
        QCOMPARE(DemoRun::removeLeftovers(*m_store, *m_sessions), 3);
        QCOMPARE(m_store->all().size(), 1);
        QCOMPARE(m_store->all().first().id, QStringLiteral("mine"));
    }

    void theDemoSandboxStaysInSight()
    {
        MainWindow window(*m_store, *m_sessions);
        window.show();
        auto *banner = window.findChild<DemoBanner *>(QStringLiteral("demoBanner"));
        QVERIFY(banner);
        QVERIFY(!banner->isVisible());
        window.setDemoSandbox(QUrl(QStringLiteral("http://127.0.0.1:40123")));
        Profile p = DemoProfiles::make(QUrl(QStringLiteral("http://127.0.0.1:40123"))).at(1);
        QVERIFY(m_store->save(p).ok());
        window.reloadProfiles();
        QVERIFY(banner->isVisible());
        QVERIFY(banner->findChild<QLabel *>(QStringLiteral("demoBannerText"))->text().contains(QStringLiteral("http://127.0.0.1:40123")));
        QVERIFY(banner->findChild<QPushButton *>(QStringLiteral("openOutboxButton"))->isVisible());
        QCOMPARE(banner->outboxUrl(), QUrl(QStringLiteral("http://127.0.0.1:40123/_sandbox/outbox")));
        // Minutes later it is still there (it used to be an 8-second status message).
        QTest::qWait(100);
        QVERIFY(banner->isVisible());
        window.setDemoSandbox(QUrl());
        QVERIFY(!banner->isVisible());
    }
};

QTEST_MAIN(TestOnboarding)
#include "tst_onboarding.moc"
