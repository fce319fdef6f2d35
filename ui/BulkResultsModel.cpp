#include "BulkResultsModel.h"

#include "BulkJob.h"

#include <QColor>
#include <QGuiApplication>
#include <QPalette>

namespace authdesk {

namespace {
// Readable on the light and the dark palette: the darker shades on a light window, the
// lighter ones on a dark window.
QVariant stateColour(BulkJob::Item::State state)
{
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    switch (state) {
    case BulkJob::Item::State::Done: return QColor(dark ? 0x81c784 : 0x2e7d32);
    case BulkJob::Item::State::Failed: return QColor(dark ? 0xef9a9a : 0xc62828);
    case BulkJob::Item::State::Cancelled: return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
    default: return {};
    }
}
} // namespace

BulkResultsModel::BulkResultsModel(BulkJob *job, QObject *parent)
    : QAbstractTableModel(parent)
    , m_job(job)
{
    connect(job, &BulkJob::itemFinished, this, [this](int row) { Q_EMIT dataChanged(index(row, 1), index(row, 2)); });
}

void BulkResultsModel::reset()
{
    beginResetModel();
    endResetModel();
}

int BulkResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_job ? 0 : int(m_job->items().size());
}

int BulkResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 3;
}

QVariant BulkResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_job || index.row() >= m_job->items().size())
        return {};
    const auto &item = m_job->items().at(index.row());
    if (role == StateRole)
        return BulkJob::stateId(item.state);
    if (role == Qt::ForegroundRole && index.column() == 1)
        return stateColour(item.state);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case 0: return item.sessionId;
    case 1:
        switch (item.state) {
        case BulkJob::Item::State::Pending: return tr("pending");
        case BulkJob::Item::State::Running: return tr("running");
        case BulkJob::Item::State::Done: return tr("terminated");
        case BulkJob::Item::State::Failed: return tr("failed");
        case BulkJob::Item::State::Cancelled: return tr("cancelled");
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
