#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace authdesk {

class BulkResultsModel;
class BulkTerminator;
class Backend;

// Terminates many sessions: paste ids or open a CSV, then a progress bar, Cancel, a result
// per item, "Retry failed" and an export of the results. Runs without blocking the window.
class BulkTerminateDialog : public QDialog
{
    Q_OBJECT
public:
    BulkTerminateDialog(Backend *backend, const QString &profileName, const QStringList &ids,
                        QWidget *parent = nullptr);

    BulkTerminator *job() const { return m_job; }
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
    void openCsv();
    void updateButtons();

    QPointer<Backend> m_backend;
    BulkTerminator *m_job = nullptr;
    QPlainTextEdit *m_ids = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_summary = nullptr;
    BulkResultsModel *m_results = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace authdesk
