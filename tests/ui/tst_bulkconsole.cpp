// The console during bulk work, end to end: the bulk-termination dialog (its worker thread,
// journal, cancel, retry, export, an interrupted job offered at the next start) and the
// Activity tab following the audit log meanwhile. Real widgets on the offscreen platform,
// the real sandbox over loopback HTTP, a real gnome-keyring (tests/with-keyring.sh).
#include "ActivityView.h"
#include "AuditLog.h"
#include "BulkJournal.h"
#include "BulkTerminateDialog.h"
#include "BulkTerminator.h"
#include "ConsoleFixture.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "ProfileStore.h"
#include "SandboxProcess.h"
#include "ScriptedPrompter.h"
#include "SessionManagerView.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace authdesk;

class TestBulkConsole : public QObject
{
    Q_OBJECT
    ConsoleFixture m_fx;
    SandboxProcess &m_sandbox = m_fx.sandbox;
    QTemporaryDir &m_dir = m_fx.dir;
    std::unique_ptr<MainWindow> &m_window = m_fx.window;
    ScriptedPrompter *m_prompter = nullptr;

    template <typename T>
    T *find(const char *name, QWidget *root = nullptr) const
    {
        return m_fx.find<T>(name, root);
    }
    void saveShot(QWidget *w, const char *name) { m_fx.saveShot(w, name); }
    bool signInAdminP28() { return m_fx.signInAdminP28(); }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fx.startOnce(&error), qPrintable(error));
        m_prompter = m_fx.prompter;
    }
    void init() { m_fx.freshWindow(); }
    void cleanup() { m_fx.closeWindow(); }

    void bulkTakesIdsFromACsvFile()
    {
        QVERIFY(signInAdminP28());
        const QString csv = m_dir.filePath(QStringLiteral("ids.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("sessionId,owner\ns-alice-1,alice\ns-bob-1,bob\ns-alice-1,dup\n");
        f.close();
        m_window->sessionManager()->openBulk();
        QPointer<BulkTerminateDialog> d = m_window->findChild<BulkTerminateDialog *>();
        m_prompter->openFile = csv;
        QTest::mouseClick(find<QPushButton>("openCsvButton", d), Qt::LeftButton);
        QCOMPARE(find<QPlainTextEdit>("idsEdit", d)->toPlainText(), QStringLiteral("s-alice-1\ns-bob-1"));
        QTest::mouseClick(find<QPushButton>("startButton", d), Qt::LeftButton);
        QTRY_VERIFY(!d->job()->isRunning() && d->job()->finishedCount() == 2);
        QCOMPARE(d->job()->failedCount(), 0);
        d->close();
    }

    // While a bulk job keeps adding lines, the Activity tab shows them as they come (at most
    // one reload per 200 ms). It restarted its wait on every change, so it read nothing until
    // the job ended and then all of it at once (#15). When the log rotates it keeps the rows
    // shown and misses none (it started over with the new file, losing what it had shown).
    void activityFollowsALogThatKeepsGrowing()
    {
        QTemporaryDir dir;
        AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")));
        log.setRotation(4096, 5);
        ActivityView view(log);
        view.show();
        int appended = 0;
        QTimer writer;
        writer.setInterval(40);
        connect(&writer, &QTimer::timeout, this, [&] {
            AuditEntry e;
            e.time = QDateTime::currentDateTimeUtc();
            e.profile = QStringLiteral("bench");
            e.action = QStringLiteral("terminate-session");
            e.target = QStringLiteral("s-%1").arg(++appended);
            e.outcome = QStringLiteral("ok");
            QVERIFY(log.append(e, AuditSink::Sync::Flush));
        });
        writer.start();
        // Lines keep coming all the while; the view must follow them before they stop.
        QTRY_VERIFY_WITH_TIMEOUT(view.visibleRows() > 0, 5'000);
        const int seen = view.visibleRows();
        QTRY_VERIFY_WITH_TIMEOUT(view.visibleRows() > seen, 5'000);
        QVERIFY(writer.isActive());
        QTRY_VERIFY_WITH_TIMEOUT(log.files().size() >= 3, 10'000); // rotated twice meanwhile
        writer.stop();
        QTRY_COMPARE(view.visibleRows(), appended);
    }

    // The Activity tab reads in a thread of its own: until the first read is in, its empty
    // table must not claim that nothing was ever changed; a filter that matches nothing says so.
    void activityTabSaysWhyItIsEmpty()
    {
        QTemporaryDir dir;
        AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")));
        for (int i = 0; i < 2000; ++i) {
            AuditEntry e;
            e.time = QDateTime::currentDateTimeUtc();
            e.profile = QStringLiteral("bench");
            e.action = QStringLiteral("terminate-session");
            e.target = QStringLiteral("s-%1").arg(i);
            e.outcome = QStringLiteral("ok");
            QVERIFY(log.append(e, AuditSink::Sync::Flush));
        }
        ActivityView view(log);
        QSignalSpy reloaded(&view, &ActivityView::reloaded);
        QSignalSpy checked(&view, &ActivityView::chainVerified);
        view.show();
        auto *empty = find<QLabel>("activityTableEmpty", &view);
        QVERIFY(!empty->text().contains(QLatin1String("Nothing was changed")));
        QVERIFY2(empty->text().contains(QLatin1String("Reading")), qPrintable(empty->text()));
        QVERIFY(reloaded.wait(10'000));
        QCOMPARE(view.visibleRows(), 2000);
        QVERIFY(empty->isHidden());
        find<QLineEdit>("activityFilterEdit", &view)->setText(QStringLiteral("<b>no-such-session</b>"));
        QCOMPARE(view.visibleRows(), 0);
        QVERIFY(!empty->isHidden());
        QVERIFY2(empty->text().contains(QLatin1String("<b>no-such-session</b>")), qPrintable(empty->text()));
        QCOMPARE(empty->textFormat(), Qt::PlainText); // what was typed is shown, not rendered
        find<QLineEdit>("activityFilterEdit", &view)->clear();
        QVERIFY(empty->isHidden());

        QTemporaryDir none;
        AuditLog nothing(none.filePath(QStringLiteral("audit.jsonl")));
        ActivityView blank(nothing);
        QSignalSpy blankRead(&blank, &ActivityView::reloaded);
        QSignalSpy blankChecked(&blank, &ActivityView::chainVerified);
        QVERIFY(blankRead.wait(10'000));
        QVERIFY(find<QLabel>("activityTableEmpty", &blank)->text().contains(QLatin1String("Nothing was changed")));
        // No chain to check yet: nothing said about it ("holds over 0 lines").
        QVERIFY(blankChecked.count() > 0 || blankChecked.wait(10'000));
        QVERIFY(find<QLabel>("auditChainLabel", &blank)->isHidden());
        QVERIFY(checked.count() > 0 || checked.wait(10'000));
        QVERIFY(!find<QLabel>("auditChainLabel", &view)->isHidden()); // 2,000 lines: said
        QVERIFY2(find<QLabel>("auditChainLabel", &view)->text().contains(QLatin1String("holds over 2000 line")), qPrintable(find<QLabel>("auditChainLabel", &view)->text()));
    }

    void bulkTerminateWithSomeFailures()
    {
        QVERIFY(signInAdminP28());
        QStringList ids = m_sandbox.generateSessions(30, QStringLiteral("u-bob"));
        ids << QStringLiteral("s-missing-1") << QStringLiteral("s-missing-2");
        m_window->sessionManager()->openBulk();
        QPointer<BulkTerminateDialog> d = m_window->findChild<BulkTerminateDialog *>();
        QVERIFY(d);
        // Nothing to do: said in the dialog, and nothing is sent.
        find<QPlainTextEdit>("idsEdit", d)->setPlainText(QStringLiteral("  \n\n"));
        QTest::mouseClick(find<QPushButton>("startButton", d), Qt::LeftButton);
        QCOMPARE(find<MessageBar>("messageBar", d)->kind(), MessageBar::Kind::Warning);
        QVERIFY(find<MessageBar>("messageBar", d)->text().contains(QLatin1String("at least one")));
        QVERIFY(!d->job()->isRunning());
        find<QPlainTextEdit>("idsEdit", d)->setPlainText(ids.join(u'\n'));
        QVERIFY(find<MessageBar>("messageBar", d)->isHidden()); // answered by typing
        QTest::mouseClick(find<QPushButton>("startButton", d), Qt::LeftButton);
        QTRY_COMPARE(find<QProgressBar>("progressBar", d)->value(), 32);
        QTRY_VERIFY(!d->job()->isRunning());
        QCOMPARE(d->job()->failedCount(), 2);
        QVERIFY(find<QLabel>("summaryLabel", d)->text().contains(QLatin1String("2 failed")));
        saveShot(d, "bulk-terminate");
        QVERIFY(find<QPushButton>("retryButton", d)->isEnabled());
        QTest::mouseClick(find<QPushButton>("retryButton", d), Qt::LeftButton);
        QTRY_VERIFY(!d->job()->isRunning());
        QCOMPARE(d->job()->failedCount(), 2); // still missing, still listed with the reason
        QCOMPARE(m_sandbox.requests(QStringLiteral("P6")).size(), 34); // 32 + the 2 retried, none twice otherwise
        m_prompter->saveFile = m_dir.filePath(QStringLiteral("bulk.csv"));
        QTest::mouseClick(find<QPushButton>("exportButton", d), Qt::LeftButton);
        QFile f(m_prompter->saveFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray csv = f.readAll();
        QCOMPARE(csv.count('\n'), 33);
        QVERIFY(csv.contains("s-missing-1,failed"));
        d->close();
    }

    // A job whose journal cannot be written is not started (its worker thread makes the
    // journal): nothing reaches the server, the reason shows in the dialog, the ids stay.
    void aBulkJobWithoutItsJournalSendsNothing()
    {
        QVERIFY(signInAdminP28());
        const QStringList ids = m_sandbox.generateSessions(3, QStringLiteral("u-bob"));
        m_sandbox.control("DELETE", QStringLiteral("/_sandbox/requests"));
        const QString folder = BulkJournal::defaultFolder();
        QVERIFY(QDir(folder).removeRecursively());
        QFile blocker(folder); // a file where the journals' folder should be
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        auto unblock = qScopeGuard([folder] { QFile::remove(folder); });
        m_window->sessionManager()->openBulk(ids);
        QPointer<BulkTerminateDialog> d = m_window->findChild<BulkTerminateDialog *>();
        QVERIFY(d);
        auto *bar = find<MessageBar>("messageBar", d);
        QTest::mouseClick(find<QPushButton>("startButton", d), Qt::LeftButton);
        QTRY_VERIFY(!bar->isHidden());
        QCOMPARE(bar->kind(), MessageBar::Kind::Error);
        QVERIFY2(bar->text().contains(QLatin1String("journal")), qPrintable(bar->text()));
        QVERIFY(!d->job()->isRunning());
        QVERIFY(d->job()->items().isEmpty());
        QCOMPARE(find<QTableView>("resultsTable", d)->model()->rowCount(), 0);
        QVERIFY(find<QPushButton>("startButton", d)->isEnabled());
        QCOMPARE(find<QPlainTextEdit>("idsEdit", d)->toPlainText(), ids.join(u'\n'));
        QCOMPARE(m_sandbox.requests(QStringLiteral("P6")).size(), 0);
        // With the folder back, the same ids go, once each.
        unblock.dismiss();
        QVERIFY(QFile::remove(folder));
        QTest::mouseClick(find<QPushButton>("startButton", d), Qt::LeftButton);
        QTRY_VERIFY(!d->job()->isRunning() && d->job()->finishedCount() == 3);
        QCOMPARE(d->job()->failedCount(), 0);
        QCOMPARE(m_sandbox.requests(QStringLiteral("P6")).size(), 3);
        d->close();
    }

    void bulkCancelStopsWhatIsNotSent()
    {
        QVERIFY(signInAdminP28());
        QStringList ids = m_sandbox.generateSessions(200, QStringLiteral("u-bob"));
        // Slow answers: the job is still sending (it starts with a few calls and grows) when
        // the cancel reaches its worker thread.
        QVERIFY(m_sandbox.addFault({{QStringLiteral("route"), QStringLiteral("P6")}, {QStringLiteral("kind"), QStringLiteral("delay")}, {QStringLiteral("ms"), 300}}));
        m_window->sessionManager()->openBulk(ids);
        QPointer<BulkTerminateDialog> d = m_window->findChild<BulkTerminateDialog *>();
        QTest::mouseClick(find<QPushButton>("startButton", d), Qt::LeftButton);
        QTRY_VERIFY(find<QProgressBar>("progressBar", d)->value() >= 6);
        QTest::mouseClick(find<QPushButton>("cancelButton", d), Qt::LeftButton);
        QTRY_VERIFY(!d->job()->isRunning());
        const int done = ConsoleFixture::itemsIn(*d->job(), BulkTerminator::Item::State::Done);
        const int cancelled = ConsoleFixture::itemsIn(*d->job(), BulkTerminator::Item::State::Cancelled);
        QVERIFY(cancelled > 0);
        QCOMPARE(done + cancelled + d->job()->failedCount(), 200);
        d->close();
    }

    void anInterruptedJobIsOfferedAtTheNextStart()
    {
        QVERIFY(signInAdminP28());
        const QStringList ids = m_sandbox.generateSessions(5, QStringLiteral("u-bob"));
        // What a run killed half-way leaves: the journal, one item done (here: claimed done,
        // so it must not be sent again), four without an outcome.
        BulkJournal journal;
        QString error;
        QVERIFY2(journal.create(*m_fx.store->find(QStringLiteral("demo-platform28")), ids, &error), qPrintable(error));
        QVERIFY(journal.record(ids.first(), QStringLiteral("done")));
        const QString path = journal.job().path;
        m_sandbox.control("DELETE", QStringLiteral("/_sandbox/requests"));
        // The next start offers it; agreeing finishes it.
        MainWindow next(*m_fx.store, *m_fx.sessions);
        next.show();
        QTRY_VERIFY(m_prompter->asked.contains(QStringLiteral("Interrupted bulk job")));
        QPointer<BulkTerminateDialog> d = next.findChild<BulkTerminateDialog *>();
        QVERIFY(d);
        QTRY_VERIFY(!d->job()->isRunning() && d->job()->finishedCount() == 4);
        QCOMPARE(d->job()->failedCount(), 0);
        QCOMPARE(m_sandbox.requests(QStringLiteral("P6")).size(), 4);
        QVERIFY(!QFile::exists(path)); // finished: no longer offered
        QVERIFY(BulkJournal::unfinished().isEmpty());
        d->close();
    }
};

QTEST_MAIN(TestBulkConsole)
#include "tst_bulkconsole.moc"
