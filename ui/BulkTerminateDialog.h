#pragma once

#include <QDialog>
#include <QPointer>

#include <memory>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace authdesk {

class BulkJournal;
class BulkResultsModel;
class BulkJob;
class Backend;
class ThreadedBulkJob;
class MessageBar;

// Terminates many sessions: paste ids or open a CSV, then a progress bar, Cancel, a result
// per item, "Retry failed" and an export of the results. Runs without blocking the window.
class BulkTerminateDialog : public QDialog
{
    Q_OBJECT
public:
    BulkTerminateDialog(Backend *backend, const QString &profileName, const QStringList &ids,
                        QWidget *parent = nullptr);
    ~BulkTerminateDialog() override;

    BulkJob *job() const;
    // Finishes an interrupted job (its journal at `path`): only the items left, a session the
    // server no longer knows counts as ended. Starts at once (the person has agreed).
    void resume(const QString &journalPath);
    // Writes the results as CSV (sessionId,state,terminated,error).
    bool exportCsv(const QString &fileName) const;

Q_SIGNALS:
    // Sessions the server ended (for the session table).
    void terminated(const QStringList &sessionIds);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void start();
    void onFinished();
    void onRefused(const QString &why);
    void openCsv();
    void updateButtons();
    // The progress bar and the counts of terminated / failed / cancelled / left items, from
    // the job's items (the one place they are counted, during and after a run).
    void updateSummary();

    QPointer<Backend> m_backend;
    std::unique_ptr<BulkJournal> m_journal; // a resumed job's; a new job's is its worker's
    ThreadedBulkJob *m_job = nullptr; // its network and journal are in a worker thread
    QPlainTextEdit *m_ids = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_summary = nullptr;
    MessageBar *m_message = nullptr; // what went wrong before or around the job
    BulkResultsModel *m_results = nullptr;
    QSortFilterProxyModel *m_shown = nullptr; // all items, or the failed ones only
    QCheckBox *m_failedOnly = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace authdesk
