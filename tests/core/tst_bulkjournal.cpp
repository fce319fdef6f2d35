// A bulk job's ids as pasted or read from a CSV, and its crash-safe journal: the file stays while any item has no outcome and goes
// when the last one has one, for a new job and a resumed one, with an item named twice.
// (record() keeps the items still to do in a set: asking for the whole list each time made
// a 10,000-item job quadratic, #15.)
#include "BulkJob.h"
#include "BulkJournal.h"

#include <QtTest>

using namespace authdesk;

class TestBulkJournal : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    Profile profile() const
    {
        Profile p;
        p.id = QStringLiteral("p");
        p.name = QStringLiteral("P");
        p.dialect = QStringLiteral("platform28");
        p.baseUrl = QUrl(QStringLiteral("https://p28.example.com/api/v2"));
        return p;
    }

private Q_SLOTS:
    // The first CSV column, trimmed, without quotes; blank lines, the header and repeats out.
    void pastedIdsAreNormalised()
    {
        const QStringList raw{QStringLiteral("a"), QStringLiteral("  b  "), QStringLiteral("c,alice,2026-12-01"), QStringLiteral("\"d\",bob"),
                              QStringLiteral("sessionId,user"), QString(), QStringLiteral("   "), QStringLiteral("a"), QStringLiteral("\" e\""),
                              QStringLiteral("b")};
        QCOMPARE(BulkJob::normaliseIds(raw), (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"), QStringLiteral(" e")}));
    }

    void theFileGoesWithTheLastOutcome()
    {
        BulkJournal journal;
        QString error;
        QVERIFY2(journal.create(profile(), {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c")}, &error, m_dir.path()),
                 qPrintable(error));
        const QString path = journal.job().path;
        QVERIFY(journal.record(QStringLiteral("a"), QStringLiteral("done")));
        QVERIFY(journal.record(QStringLiteral("x"), QStringLiteral("done"))); // not an item of the job
        QVERIFY(journal.record(QStringLiteral("b"), QStringLiteral("failed")));
        QVERIFY(QFile::exists(path));
        QCOMPARE(BulkJournal::unfinished(m_dir.path()).value(0).left(), QStringList{QStringLiteral("c")});
        QVERIFY(journal.record(QStringLiteral("c"), QStringLiteral("done")));
        QVERIFY(!QFile::exists(path));
        QVERIFY(BulkJournal::unfinished(m_dir.path()).isEmpty());
    }

    void aResumedJobEndsWhenWhatWasLeftIsDone()
    {
        QString path;
        {
            BulkJournal first;
            QVERIFY(first.create(profile(), {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}, nullptr, m_dir.path()));
            QVERIFY(first.record(QStringLiteral("b"), QStringLiteral("done")));
            path = first.job().path;
        } // the process ended here
        BulkJournal resumed;
        QString error;
        QVERIFY2(resumed.open(path, &error), qPrintable(error));
        QCOMPARE(resumed.job().left(), (QStringList{QStringLiteral("a"), QStringLiteral("c")}));
        QVERIFY(resumed.record(QStringLiteral("a"), QStringLiteral("done")));
        QVERIFY(QFile::exists(path));
        QVERIFY(resumed.record(QStringLiteral("c"), QStringLiteral("failed")));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestBulkJournal)
#include "tst_bulkjournal.moc"
