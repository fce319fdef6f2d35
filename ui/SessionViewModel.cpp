#include "SessionViewModel.h"

#include "SessionTableModel.h"

#include <QDateTime>

#include <algorithm>

#include <string.h>

namespace authdesk {

SessionViewModel::SessionViewModel(SessionTableModel *source, QObject *parent)
    : QAbstractTableModel(parent)
    , m_source(source)
{
    auto rebuild = [this] {
        beginResetModel();
        buildIndex();
        resort();
        refilter(false);
        endResetModel();
    };
    connect(source, &QAbstractItemModel::modelReset, this, rebuild);
    connect(source, &QAbstractItemModel::rowsInserted, this, rebuild);
    connect(source, &QAbstractItemModel::rowsRemoved, this, rebuild);
    // An updated row stays where it is (and selected) until the next sort or filter.
    connect(source, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        for (int r = from.row(); r <= to.row(); ++r) {
            const int v = viewRow(r);
            if (v >= 0)
                Q_EMIT dataChanged(index(v, 0), index(v, columnCount() - 1));
        }
    });
    buildIndex();
    resort();
    refilter(false);
}

void SessionViewModel::buildIndex()
{
    const int n = m_source->rowCount();
    m_starts.resize(n + 1);
    qsizetype total = 0;
    for (int r = 0; r < n; ++r)
        total += m_source->rowAt(r)->searchText.size() + 1;
    m_blob.clear();
    m_blob.reserve(total);
    for (int r = 0; r < n; ++r) {
        m_starts[r] = m_blob.size();
        m_blob += m_source->rowAt(r)->searchText;
        m_blob += '\0';
    }
    m_starts[n] = m_blob.size();
}

int SessionViewModel::viewRow(int sourceRow) const
{
    const auto it = std::find(m_rows.cbegin(), m_rows.cend(), sourceRow);
    return it == m_rows.cend() ? -1 : int(it - m_rows.cbegin());
}

void SessionViewModel::setText(const QString &text)
{
    const QByteArray needle = text.trimmed().toLower().toUtf8();
    if (needle == m_needle)
        return;
    // Rows that hold the new text also hold the old one when the old is part of it.
    const bool narrowing = !m_needle.isEmpty() && needle.contains(m_needle);
    m_needle = needle;
    beginResetModel();
    refilter(narrowing);
    endResetModel();
}

void SessionViewModel::refilter(bool narrowing)
{
    if (m_needle.isEmpty()) {
        m_rows = m_order;
        return;
    }
    const QByteArrayView blob(m_blob);
    QList<int> kept;
    // Checking rows one by one pays a set-up per row; one pass over the whole buffer is
    // cheaper unless few rows are left.
    if (narrowing && m_rows.size() * 8 < m_order.size()) {
        kept.reserve(m_rows.size());
        for (int r : std::as_const(m_rows))
            if (blob.sliced(m_starts[r], m_starts[r + 1] - m_starts[r] - 1).contains(m_needle))
                kept << r;
    } else {
        // One pass over the buffer; each hit marks its row and the search goes on after it.
        std::vector<char> hit(m_starts.size(), 0);
        qsizetype from = 0;
        int row = 0; // hits come in order: the row cursor only moves forward
        // glibc's memmem (two-way, vectorised) is several times faster than a generic
        // search on a buffer of many megabytes.
        auto next = [&](qsizetype at) -> qsizetype {
#if defined(__GLIBC__) || defined(__APPLE__)
            const void *p = ::memmem(blob.data() + at, size_t(blob.size() - at), m_needle.constData(), size_t(m_needle.size()));
            return p ? static_cast<const char *>(p) - blob.data() : -1;
#else
            return blob.indexOf(m_needle, at);
#endif
        };
        while ((from = next(from)) >= 0) {
            while (m_starts[row + 1] <= from)
                ++row;
            hit[row] = 1;
            from = m_starts[row + 1];
        }
        kept.reserve(m_order.size());
        for (int r : std::as_const(m_order))
            if (hit[r])
                kept << r;
    }
    m_rows = std::move(kept);
}

void SessionViewModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    beginResetModel();
    resort();
    refilter(false);
    endResetModel();
}

void SessionViewModel::resort()
{
    const int n = m_source->rowCount();
    m_order.resize(n);
    for (int i = 0; i < n; ++i)
        m_order[i] = i;
    if (m_sortColumn < 0)
        return;
    // Keys are extracted once; comparing variants per comparison would dominate.
    const bool time = m_sortColumn == SessionTableModel::CreatedCol || m_sortColumn == SessionTableModel::LastAccessCol
        || m_sortColumn == SessionTableModel::ExpiresCol;
    QList<qint64> times;
    QList<QString> texts;
    (time ? times.resize(n) : texts.resize(n));
    for (int i = 0; i < n; ++i) {
        const QVariant v = m_source->data(m_source->index(i, m_sortColumn), SessionTableModel::SortRole);
        if (time)
            times[i] = v.toDateTime().isValid() ? v.toDateTime().toMSecsSinceEpoch() : 0;
        else
            texts[i] = v.toString();
    }
    const bool asc = m_sortOrder == Qt::AscendingOrder;
    std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) {
        const int c = time ? (times[a] < times[b] ? -1 : times[a] > times[b] ? 1 : 0) : texts[a].localeAwareCompare(texts[b]);
        return asc ? c < 0 : c > 0;
    });
}

int SessionViewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SessionViewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : SessionTableModel::ColumnCount;
}

QVariant SessionViewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    return m_source->data(m_source->index(m_rows[index.row()], index.column()), role);
}

QVariant SessionViewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return m_source->headerData(section, orientation, role);
}

} // namespace authdesk
