#include "BulkResultsModel.h"

#include "BulkTerminator.h"

namespace authdesk {

BulkResultsModel::BulkResultsModel(BulkTerminator *job, QObject *parent)
    : QAbstractTableModel(parent)
    , m_job(job)
{
    connect(job, &BulkTerminator::itemFinished, this, [this](int row) { Q_EMIT dataChanged(index(row, 1), index(row, 2)); });
}

void BulkResultsModel::reset()
{
    beginResetModel();
    endResetModel();
}

int BulkResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_job->items().size());
}

int BulkResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 3;
}

QVariant BulkResultsModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DisplayRole || !index.isValid() || index.row() >= m_job->items().size())
        return {};
    const auto &item = m_job->items().at(index.row());
    switch (index.column()) {
    case 0: return item.sessionId;
    case 1:
        switch (item.state) {
        case BulkTerminator::Item::State::Pending: return tr("pending");
        case BulkTerminator::Item::State::Running: return tr("running");
        case BulkTerminator::Item::State::Done: return tr("terminated");
        case BulkTerminator::Item::State::Failed: return tr("failed");
        case BulkTerminator::Item::State::Cancelled: return tr("cancelled");
        }
        return {};
    case 2: return item.error.isError() ? item.error.message : QString();
    default: return {};
    }
}

QVariant BulkResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case 0: return tr("Session");
    case 1: return tr("Result");
    case 2: return tr("Reason");
    default: return {};
    }
}

} // namespace authdesk
