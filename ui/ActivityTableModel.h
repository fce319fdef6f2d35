#pragma once

#include "AuditSink.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <array>

namespace authdesk {

// The audit log's lines as the Activity tab shows them, oldest first (the view's proxy sorts).
// One row is one struct of ready-made texts: a bulk job adds thousands of lines a second, and
// eight QStandardItems a row made every reload and every rotation cost the window tens of ms.
class ActivityTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Profile, Who, Dialect, Action, Target, Outcome, Detail, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 }; // the moment for Time, the text elsewhere

    struct Row {
        QDateTime time;
        std::array<QString, ColumnCount> shown; // one line each
        std::array<QString, ColumnCount> whole; // the text with its line breaks, when long (a tooltip)
    };
    // The rows of these entries, made wherever the entries were read (any thread: texts
    // only, in the language of the default QLocale).
    static QList<Row> rowsOf(const QList<AuditEntry> &entries);

    explicit ActivityTableModel(QObject *parent = nullptr);

    void append(QList<Row> rows); // in one insertion
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Row> m_rows;
};

} // namespace authdesk
