#pragma once

#include "AuditChain.h"
#include "AuditLog.h"

#include <QPointer>
#include <QWidget>

class QFileSystemWatcher;
class QLabel;
class QLineEdit;
class QTimer;
class QSortFilterProxyModel;
class QTableView;
class QThread;

namespace authdesk {

class ActivityTableModel;
class EmptyState;

// The audit log as a table: every action that changed something on a server (terminated
// sessions stay visible here as history), filterable, exportable as CSV. Follows the file,
// so actions from the CLI show up too.
class ActivityView : public QWidget
{
    Q_OBJECT
public:
    ActivityView(AuditLog &log, QWidget *parent = nullptr);
    ~ActivityView() override;

    // Reads what was appended since the last time (all of it the first time), in a thread of
    // its own: reloaded() when the rows are in.
    void reload();
    bool exportCsv(const QString &fileName) const;
    QTableView *table() const { return m_table; }
    int visibleRows() const;
    // Checks the log's hash chain, in a thread of its own (a long log takes the better part
    // of a second to hash), and says in the view whether it holds; chainVerified() then.
    void verifyChain();

Q_SIGNALS:
    // Something the person should read (where an export went).
    void message(const QString &text);
    void chainVerified();
    // What the log held when reload() was last called is in the table.
    void reloaded();

private:
    void showVerdict(const AuditChain::Verdict &v);
    void updateEmptyText();

    AuditLog &m_log;
    ActivityTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    QTableView *m_table = nullptr;
    EmptyState *m_empty = nullptr; // what the empty table says
    QLineEdit *m_filterEdit = nullptr;
    QFileSystemWatcher *m_watcher = nullptr;
    AuditLog::Tail m_tail; // how far the log has been read (started: the first read is in)
    bool m_reading = false;      // a read is under way (its rows not yet in)
    QPointer<QThread> m_reader;  // its thread, until deleted
    bool m_readAgain = false;    // asked for while one ran: once more when it ends
    QLabel *m_chain = nullptr; // whether the hash chain holds
    QTimer *m_verifyLater = nullptr; // a check at most every 2 s while lines are added
    bool m_verifying = false;   // a check runs
    bool m_verifyAgain = false; // asked for while one ran: once more when it ends
};

} // namespace authdesk
