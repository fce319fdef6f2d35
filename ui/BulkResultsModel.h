#pragma once

#include <QAbstractTableModel>
#include <QPointer>

namespace authdesk {

class BulkJob;

// The per-item results of a bulk job, read straight from the job: no copy per item, one
// row update per finished item, so 10,000 items never stall the window.
class BulkResultsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The item's state as a stable id ("done", "failed", …; BulkJob::stateId), for
    // filtering whatever the language shown.
    enum Role { StateRole = Qt::UserRole + 1 };

    explicit BulkResultsModel(BulkJob *job, QObject *parent = nullptr);

    // The job's item list was replaced (a new start).
    void reset();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QPointer<BulkJob> m_job; // the dialog ends the job before its widgets go
};

} // namespace authdesk
