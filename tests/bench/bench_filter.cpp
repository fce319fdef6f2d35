// Filtering a 100,000-row session table, per keystroke: the time from a new filter text to
// a repainted table, for each prefix of a typed word, against one 60 Hz frame (16 ms).
//   bench_filter [--rows N]
#include "BenchUtil.h"
#include "SessionTableModel.h"
#include "SessionViewModel.h"

#include <QApplication>
#include <QHeaderView>
#include <QTableView>

using namespace authdesk;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int rows = args.size() == 3 && args[1] == u"--rows" ? args[2].toInt() : 100'000;
    SessionTableModel model;
    QList<P28Session> many;
    many.reserve(rows);
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < rows; ++i) {
        P28Session s;
        s.sessionId = QStringLiteral("s-%1").arg(i, 6, 10, QLatin1Char('0'));
        s.userId = s.effectiveUserId = QStringLiteral("u-%1").arg(i % 977);
        s.orgId = s.effectiveOrgId = QStringLiteral("org-%1").arg(i % 13);
        s.created = s.lastAccess = t0.addSecs(-i);
        s.expiresAt = t0.addSecs(1800 - i);
        s.clientIp = QStringLiteral("10.%1.%2.%3").arg(i % 250).arg(i % 199).arg(i % 97);
        s.userAgent = QStringLiteral("Mozilla/5.0 (X11; Linux x86_64) Build/%1").arg(i % 31);
        many << s;
    }
    model.upsert(QStringLiteral("p"), QStringLiteral("Bench profile"), many);
    SessionViewModel filter(&model);
    QTableView view;
    view.setModel(&filter);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // as in the console
    view.verticalHeader()->hide();
    view.setSortingEnabled(true); // as in the console: sorted by profile
    view.sortByColumn(SessionTableModel::SessionCol, Qt::AscendingOrder);
    view.resize(1100, 700);
    view.show();
    QCoreApplication::processEvents();
    const QString typed = QStringLiteral("u-976 10.");
    QList<double> perKey, modelOnly;
    for (int round = 0; round < 3; ++round) {
        for (int k = 1; k <= typed.size(); ++k) {
            QElapsedTimer t;
            t.start();
            filter.setText(typed.left(k));
            modelOnly << double(t.nsecsElapsed()) / 1e6;
            view.viewport()->repaint();
            QCoreApplication::processEvents();
            perKey << double(t.nsecsElapsed()) / 1e6;
        }
        filter.setText(QString()); // back to all rows between rounds (not measured)
        QCoreApplication::processEvents();
    }
    std::printf("rows: %d, keystrokes measured: %lld\n", rows, static_cast<long long>(perKey.size()));
    bench::figure("filter: per keystroke (median)", bench::median(perKey), "ms");
    bench::figure("filter: per keystroke (worst)", bench::maximum(perKey), "ms");
    bench::figure("filter: of which filtering the rows (worst)", bench::maximum(modelOnly), "ms");
    bench::verdict("filter: worst keystroke / 16 ms frame", bench::maximum(perKey) / 16.0, "<= 1", bench::maximum(perKey) <= 16.0);
    return 0;
}
