// What the console shows stays true (issue #14, "truthful state"): the session details
// follow the selection and empty when its row is gone or filtered out, the selection survives
// filtering, cloning and terminating (the next row then), the bulk summary counts what was
// done, failed and cancelled after a cancel and a retry, with a "failed only" filter; the
// Activity view says who acted, one line a row, newest first, and where an export went.
#include "ConsoleFixture.h"

#include "AccountToolsView.h"
#include "ActivityView.h"
#include "BulkTerminateDialog.h"
#include "BulkTerminator.h"
#include "ProfileListModel.h"
#include "SessionDetailsPane.h"
#include "SessionManagerView.h"
#include "SessionTableModel.h"
#include "ThreadedBulkJob.h"
#include "HttpClient.h"

#include <QElapsedTimer>
#include <QHeaderView>
#include <QListView>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTableView>
#include <QToolBar>

using namespace authdesk;

class TestTruthfulState : public QObject
{
    Q_OBJECT
    ConsoleFixture m_fx;

    template <typename T>
    T *find(const char *name, QWidget *root = nullptr) const
    {
        return m_fx.find<T>(name, root);
    }
    SessionManagerView *view() const { return m_fx.window->sessionManager(); }
    // The session id of the selected row, empty when none is.
    QString selectedId() const
    {
        const QModelIndexList rows = view()->table()->selectionModel()->selectedRows();
        return rows.isEmpty() ? QString() : rows.first().siblingAtColumn(SessionTableModel::SessionCol).data().toString();
    }
    bool selectId(const QString &id)
    {
        auto *m = view()->table()->model();
        for (int r = 0; r < m->rowCount(); ++r) {
            if (m->index(r, SessionTableModel::SessionCol).data().toString() == id) {
                view()->table()->selectRow(r);
                return true;
            }
        }
        return false;
    }
    void filter(const QString &text)
    {
        find<QLineEdit>("filterEdit", view())->setText(text);
        // The filter waits for typing to pause; wait for it to apply.
        QTRY_VERIFY(view()->table()->model()->rowCount() <= view()->model()->rowCount());
        QTest::qWait(250);
    }
    // Lists alice's three sessions (s-alice-1, s-alice-2 and a third made here).
    bool listAlice()
    {
        if (!m_fx.signIn(QStringLiteral("demo-platform28"), 0, QStringLiteral("admin"), QStringLiteral("Admin#2026")))
            return false;
        find<QLineEdit>("userIdEdit", view())->setText(QStringLiteral("u-alice"));
        QTest::mouseClick(find<QPushButton>("listButton", view()), Qt::LeftButton);
        return QTest::qWaitFor([&] { return view()->model()->rowOf(QStringLiteral("demo-platform28"), QStringLiteral("s-alice-2")) >= 0; }, 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fx.startOnce(&error), qPrintable(error));
    }
    void init() { m_fx.freshWindow(); }
    void cleanup() { m_fx.closeWindow(); }

    void selectionSurvivesFilteringAndDetailsFollowIt()
    {
        QVERIFY(listAlice());
        QVERIFY(selectId(QStringLiteral("s-alice-2")));
        QCOMPARE(view()->details()->value(QStringLiteral("sessionId")), QStringLiteral("s-alice-2"));
        auto *terminate = find<QPushButton>("terminateButton", view());
        QVERIFY(terminate->isEnabled());

        // A filter that still shows the row keeps it selected, buttons and details with it.
        filter(QStringLiteral("alice"));
        QCOMPARE(selectedId(), QStringLiteral("s-alice-2"));
        QVERIFY(terminate->isEnabled());
        QCOMPARE(view()->details()->value(QStringLiteral("sessionId")), QStringLiteral("s-alice-2"));

        // One that hides it leaves no stale details behind.
        filter(QStringLiteral("s-alice-1"));
        QCOMPARE(selectedId(), QString());
        QCOMPARE(view()->details()->value(QStringLiteral("sessionId")), QStringLiteral("—"));
        QVERIFY(!terminate->isEnabled());

        // And when the filter shows it again, it is selected again.
        filter(QString());
        QCOMPARE(selectedId(), QStringLiteral("s-alice-2"));
        QCOMPARE(view()->details()->value(QStringLiteral("sessionId")), QStringLiteral("s-alice-2"));
    }

    void cloneKeepsTheSelectionAndTerminateMovesToTheNextRow()
    {
        QVERIFY(listAlice());
        QVERIFY(selectId(QStringLiteral("s-alice-1")));
        const int before = view()->model()->rowCount();
        QTest::mouseClick(find<QPushButton>("cloneButton", view()), Qt::LeftButton);
        QTRY_COMPARE(view()->model()->rowCount(), before + 1);
        QCOMPARE(selectedId(), QStringLiteral("s-alice-1"));
        QVERIFY(find<QPushButton>("terminateButton", view())->isEnabled());

        // Terminated: its row goes, the details never show it again, the next row is selected.
        const int row = view()->table()->selectionModel()->selectedRows().first().row();
        const QString next = view()->table()->model()->index(row + 1, SessionTableModel::SessionCol).data().toString();
        QVERIFY(!next.isEmpty());
        m_fx.prompter->confirmAnswer = true;
        QTest::mouseClick(find<QPushButton>("terminateButton", view()), Qt::LeftButton);
        QTRY_COMPARE(view()->model()->rowOf(QStringLiteral("demo-platform28"), QStringLiteral("s-alice-1")), -1);
        QCOMPARE(selectedId(), next);
        QCOMPARE(view()->details()->value(QStringLiteral("sessionId")), next);
        QVERIFY(find<QPushButton>("terminateButton", view())->isEnabled());
    }

    void bulkSummaryCountsCancelledAndRetried()
    {
        QVERIFY(m_fx.signIn(QStringLiteral("demo-platform28"), 0, QStringLiteral("admin"), QStringLiteral("Admin#2026")));
        const QStringList ids = m_fx.sandbox.generateSessions(40, QStringLiteral("u-bob"));
        QVERIFY(m_fx.sandbox.addFault({{QStringLiteral("route"), QStringLiteral("P6")}, {QStringLiteral("kind"), QStringLiteral("delay")},
                                       {QStringLiteral("ms"), 300}})); // still sending when the cancel arrives
        view()->openBulk(ids);
        QPointer<BulkTerminateDialog> d = m_fx.window->findChild<BulkTerminateDialog *>();
        QVERIFY(d);
        m_fx.prompter->confirmAnswer = true;
        QTest::mouseClick(find<QPushButton>("startButton", d), Qt::LeftButton);
        QTRY_VERIFY(find<QProgressBar>("progressBar", d)->value() >= 4);
        QTest::mouseClick(find<QPushButton>("cancelButton", d), Qt::LeftButton);
        QTRY_VERIFY(!d->job()->isRunning());
        const int done = ConsoleFixture::itemsIn(*d->job(), BulkTerminator::Item::State::Done);
        const int cancelled = ConsoleFixture::itemsIn(*d->job(), BulkTerminator::Item::State::Cancelled);
        QVERIFY(cancelled > 0);
        auto *summary = find<QLabel>("summaryLabel", d);
        const QString expected = QStringLiteral("%1 terminated, 0 failed, %2 cancelled").arg(done).arg(cancelled);
        // Also after the progress timer had its last word.
        QTest::qWait(200);
        QVERIFY2(summary->text().contains(expected), qPrintable(summary->text() + QStringLiteral(" / ") + expected));

        // Retry: the cancelled ones are sent, and the summary says so.
        m_fx.sandbox.control("DELETE", QStringLiteral("/_sandbox/faults"));
        QTest::mouseClick(find<QPushButton>("retryButton", d), Qt::LeftButton);
        QTRY_VERIFY(!d->job()->isRunning());
        QTest::qWait(200);
        QVERIFY2(summary->text().contains(QStringLiteral("40 terminated, 0 failed, 0 cancelled")), qPrintable(summary->text()));
        QCOMPARE(find<QProgressBar>("progressBar", d)->value(), 40);
        d->close();
    }

    // #15: a bulk job's calls never run on the window's network client (the worker thread
    // has its own), and the window hears of its progress at most 20 times a second.
    void theBulkJobRunsOffTheWindowsThread()
    {
        QVERIFY(m_fx.signIn(QStringLiteral("demo-platform28"), 0, QStringLiteral("admin"), QStringLiteral("Admin#2026")));
        const QStringList ids = m_fx.sandbox.generateSessions(400, QStringLiteral("u-bob"));
        QCOMPARE(ids.size(), 400);
        int windowInFlight = 0;
        connect(&m_fx.context.http(), &HttpClient::inFlightChanged, this, [&](int n) { windowInFlight = std::max(windowInFlight, n); });
        view()->openBulk(ids);
        QPointer<BulkTerminateDialog> d = m_fx.window->findChild<BulkTerminateDialog *>();
        QVERIFY(d);
        QSignalSpy reports(d->job(), &BulkJob::progress);
        QSignalSpy finished(d->job(), &BulkJob::finished);
        m_fx.prompter->confirmAnswer = true;
        QElapsedTimer t;
        t.start();
        QTest::mouseClick(find<QPushButton>("startButton", d), Qt::LeftButton);
        QVERIFY(finished.wait(60'000));
        const qint64 ms = t.elapsed();
        QCOMPARE(d->job()->finishedCount(), 400);
        QCOMPARE(d->job()->failedCount(), 0);
        QCOMPARE(m_fx.sandbox.requests(QStringLiteral("P6")).size(), 400);
        QCOMPARE(windowInFlight, 0);
        // One report when it starts, then at most one per 50 ms, and the last word.
        QVERIFY2(reports.count() <= 2 + ms / ThreadedBulkJob::kReportIntervalMs + 1,
                 qPrintable(QStringLiteral("%1 reports in %2 ms").arg(reports.count()).arg(ms)));
        d->close();
    }

    void bulkResultsCanShowTheFailedOnly()
    {
        QVERIFY(m_fx.signIn(QStringLiteral("demo-platform28"), 0, QStringLiteral("admin"), QStringLiteral("Admin#2026")));
        QStringList ids = m_fx.sandbox.generateSessions(5, QStringLiteral("u-bob"));
        ids << QStringLiteral("s-missing-1") << QStringLiteral("s-missing-2");
        view()->openBulk(ids);
        QPointer<BulkTerminateDialog> d = m_fx.window->findChild<BulkTerminateDialog *>();
        QTest::mouseClick(find<QPushButton>("startButton", d), Qt::LeftButton);
        QTRY_VERIFY(!d->job()->isRunning() && d->job()->finishedCount() == 7);
        auto *table = find<QTableView>("resultsTable", d);
        QCOMPARE(table->model()->rowCount(), 7);
        // States are coloured: a failure does not look like a success.
        const QVariant failedColour = table->model()->index(5, 1).data(Qt::ForegroundRole);
        const QVariant doneColour = table->model()->index(0, 1).data(Qt::ForegroundRole);
        QVERIFY(failedColour.isValid() && doneColour.isValid());
        QVERIFY(failedColour != doneColour);
        find<QCheckBox>("failedOnlyCheck", d)->setChecked(true);
        QCOMPARE(table->model()->rowCount(), 2);
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("s-missing-1"));
        find<QCheckBox>("failedOnlyCheck", d)->setChecked(false);
        QCOMPARE(table->model()->rowCount(), 7);
        d->close();
    }

    // The sidebar says the state without hovering: a chip, who, the countdown, none of it
    // elided away (the countdown was hidden for EnableX and Overkiz).
    void sidebarShowsStateChipsAndTheCountdown()
    {
        QVERIFY(m_fx.signIn(QStringLiteral("demo-enablex"), 0, QStringLiteral("admin@example.com"), QStringLiteral("Admin#2026")));
        ProfileListModel *model = m_fx.window->profileModel();
        const QModelIndex row = model->index(model->rowOf(QStringLiteral("demo-enablex")));
        QCOMPARE(row.data(ProfileListModel::ChipRole).toInt(), int(ProfileListModel::Chip::SignedIn));
        QCOMPARE(row.data(ProfileListModel::ChipTextRole).toString(), QStringLiteral("Signed in"));
        QVERIFY(row.data(ProfileListModel::StateTextRole).toString().contains(QStringLiteral("expires in")));
        auto *list = find<QListView>("profileList");
        // The row is tall enough for the name, the chip, who and the countdown.
        QVERIFY2(list->visualRect(row).height() >= 4 * list->fontMetrics().height(), qPrintable(QString::number(list->visualRect(row).height())));
        const QModelIndex out = model->index(model->rowOf(QStringLiteral("demo-overkiz")));
        QCOMPARE(out.data(ProfileListModel::ChipRole).toInt(), int(ProfileListModel::Chip::SignedOut));
        // A minute before the token's 15 minutes end, it reads as expiring.
        m_fx.context.clock().setOffset(14 * 60);
        QTRY_COMPARE(row.data(ProfileListModel::ChipRole).toInt(), int(ProfileListModel::Chip::Expiring));
        m_fx.context.clock().setOffset(0);
    }

    // A toolbar carries the everyday actions, with icons (in the menus too).
    void toolbarWithIconsForTheMainActions()
    {
        auto *bar = m_fx.window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QVERIFY(bar && bar->isVisible());
        QStringList names;
        for (QAction *a : bar->actions()) {
            if (a->isSeparator())
                continue;
            names << a->objectName();
            QVERIFY2(!a->icon().isNull(), qPrintable(a->objectName()));
        }
        for (const char *name : {"actionNewProfile", "actionSignIn", "actionSignOut", "actionTestConnection", "actionBulk", "actionResetPassword"})
            QVERIFY2(names.contains(QLatin1String(name)), name);
    }

    // Empty tables say what to do instead of standing blank.
    void emptyTablesSayWhatToDo()
    {
        auto *sessionsEmpty = find<QLabel>("sessionTableEmpty", view());
        QVERIFY(sessionsEmpty);
        QVERIFY(sessionsEmpty->isVisible());
        QVERIFY(sessionsEmpty->text().contains(QStringLiteral("Look one up")));
        auto *activityEmpty = m_fx.window->activity()->findChild<QLabel *>(QStringLiteral("activityTableEmpty"));
        QVERIFY(activityEmpty && !activityEmpty->isHidden());
        QVERIFY(listAlice());
        QTRY_VERIFY(!sessionsEmpty->isVisible());
    }

    // Ctrl+1/2/3 move the keyboard into the view (they only brought its tab to the front).
    void ctrlNumbersMoveTheKeyboardIntoTheView()
    {
        MainWindow *w = m_fx.window.get();
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w));
        QTest::keyClick(w, Qt::Key_2, Qt::ControlModifier);
        QTRY_VERIFY(w->activity()->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(w, Qt::Key_3, Qt::ControlModifier);
        QTRY_VERIFY(w->accountTools()->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(w, Qt::Key_1, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(view()->table()));
    }

    void activitySaysWhoOneLineARowNewestFirst()
    {
        QVERIFY(listAlice());
        QVERIFY(selectId(QStringLiteral("s-alice-1")));
        m_fx.prompter->confirmAnswer = true;
        QTest::mouseClick(find<QPushButton>("terminateButton", view()), Qt::LeftButton);
        QTRY_COMPARE(view()->model()->rowOf(QStringLiteral("demo-platform28"), QStringLiteral("s-alice-1")), -1);
        QVERIFY(selectId(QStringLiteral("s-alice-2")));
        QTest::mouseClick(find<QPushButton>("terminateButton", view()), Qt::LeftButton);
        QTRY_COMPARE(view()->model()->rowOf(QStringLiteral("demo-platform28"), QStringLiteral("s-alice-2")), -1);

        ActivityView *activity = m_fx.window->activity();
        QSignalSpy reloaded(activity, &ActivityView::reloaded);
        activity->reload(); // read in a thread of its own
        QVERIFY(reloaded.wait(10'000));
        QTableView *table = activity->table();
        QAbstractItemModel *m = table->model();
        int who = -1, target = -1;
        for (int c = 0; c < m->columnCount(); ++c) {
            const QString h = m->headerData(c, Qt::Horizontal).toString();
            who = h == QLatin1String("Who") ? c : who;
            target = h == QLatin1String("Target") ? c : target;
        }
        QVERIFY2(who >= 0, "a Who column");
        QVERIFY(m->rowCount() >= 2);
        QCOMPARE(m->index(0, who).data().toString(), QStringLiteral("admin"));
        // Newest first, and the header's sort arrow says descending on the time.
        QCOMPARE(m->index(0, target).data().toString(), QStringLiteral("s-alice-2"));
        QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), 0);
        QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        QVERIFY(!table->wordWrap());

        // The export says where it wrote.
        QSignalSpy said(activity, &ActivityView::message);
        const QString csv = m_fx.dir.filePath(QStringLiteral("activity-out.csv"));
        m_fx.prompter->saveFile = csv;
        QTest::mouseClick(find<QPushButton>("activityExportButton", activity), Qt::LeftButton);
        QCOMPARE(said.count(), 1);
        QVERIFY2(said.first().first().toString().contains(QDir::toNativeSeparators(csv)), qPrintable(said.first().first().toString()));
    }
};

QTEST_MAIN(TestTruthfulState)
#include "tst_truthfulstate.moc"
