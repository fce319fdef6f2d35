#pragma once

#include <QAbstractTableModel>
#include <QByteArray>
#include <QList>

namespace authdesk {

class SessionTableModel;

// What the session table shows of SessionTableModel: sorted by a column and filtered as you
// type. It is its own model rather than a QSortFilterProxyModel because typing narrows the
// rows: a longer filter only re-checks the rows already shown, and the sort order is kept
// apart from the filter, so a keystroke on 100,000 rows is a scan of precomputed bytes and
// one reset (see docs/BENCHMARKS.md).
class SessionViewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit SessionViewModel(SessionTableModel *source, QObject *parent = nullptr);

    void setText(const QString &text);
    int sourceRow(int row) const { return row >= 0 && row < m_rows.size() ? m_rows[row] : -1; }
    int viewRow(int sourceRow) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

private:
    void resort();
    void refilter(bool narrowing);
    void buildIndex();

    SessionTableModel *m_source;
    QList<int> m_order; // every source row, in sort order
    QList<int> m_rows;  // the rows shown: m_order filtered
    QByteArray m_needle;
    // Every row's search text in one contiguous buffer ('\0' between rows), so a full scan
    // is one pass of a fast substring search instead of 100,000 scattered strings.
    QByteArray m_blob;
    QList<qsizetype> m_starts; // row r is m_blob[m_starts[r], m_starts[r + 1] - 1)
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace authdesk
