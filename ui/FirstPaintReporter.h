#pragma once

#include <QObject>

class QAbstractItemModel;
class QAbstractItemView;
class QWidget;

namespace authdesk {

// For start-up benchmarks (tests/bench): when installed on a window, prints "painted" on
// stdout at its first paint and quits the application. Off unless asked for.
class FirstPaintReporter : public QObject
{
    Q_OBJECT
public:
    // Installs itself when the environment variable AUTHDESK_BENCH_FIRST_PAINT is set: on
    // `window`, or with the value "rows" on `rows`, whose first paint showing at least one row
    // counts (launch → a remembered sign-in's session on screen).
    static void installIfRequested(QWidget *window, QAbstractItemView *rows = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    FirstPaintReporter(QObject *parent, const QAbstractItemModel *rows);
    const QAbstractItemModel *m_rows = nullptr; // paints before it has a row do not count
    bool m_done = false;
};

} // namespace authdesk
