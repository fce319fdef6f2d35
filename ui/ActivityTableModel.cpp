#include "ActivityTableModel.h"

#include "LocaleFormat.h"

namespace authdesk {

namespace {
constexpr qsizetype kTooltipFrom = 60; // longer texts are elided in the table: the tooltip has all
}

QList<ActivityTableModel::Row> ActivityTableModel::rowsOf(const QList<AuditEntry> &entries)
{
    QList<Row> rows;
    rows.reserve(entries.size());
    for (const AuditEntry &e : entries) {
        Row r;
        r.time = e.time;
        const std::array<QString, ColumnCount> cells{localeFormat::dateTime(e.time), e.profile, e.user, e.dialect,
                                                     e.action, e.target, e.outcome, e.detail};
        for (int c = 0; c < ColumnCount; ++c) {
            // Server texts may hold line breaks: one line in the table, all of it as a tooltip.
            r.shown[c] = cells[c];
            if (cells[c].contains(u'\n') || cells[c].contains(u'\r'))
                r.shown[c].replace(u'\n', u' ').replace(u'\r', u' ');
            if (cells[c].size() > kTooltipFrom)
                r.whole[c] = cells[c];
        }
        rows.append(std::move(r));
    }
    return rows;
}

ActivityTableModel::ActivityTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ActivityTableModel::append(QList<Row> rows)
{
    if (rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    m_rows.append(std::move(rows));
    endInsertRows();
}

void ActivityTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int ActivityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActivityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    const int c = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return r.shown[c];
    case Qt::ToolTipRole:
        return r.whole[c].isEmpty() ? QVariant() : QVariant(r.whole[c]);
    case SortRole:
        return c == Time ? QVariant(r.time) : QVariant(r.shown[c]);
    default:
        return {};
    }
}

QVariant ActivityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time: return tr("Time");
    case Profile: return tr("Profile");
    case Who: return tr("Who");
    case Dialect: return tr("Dialect");
    case Action: return tr("Action");
    case Target: return tr("Target");
    case Outcome: return tr("Outcome");
    case Detail: return tr("Detail");
    default: return {};
    }
}

} // namespace authdesk
