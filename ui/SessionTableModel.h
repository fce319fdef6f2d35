#pragma once

#include "Platform28Types.h"

#include <QAbstractTableModel>
#include <QHash>

namespace authdesk {

// One row of the session manager: a Platform28 server session, or one of the console's own
// sign-ins (any dialect).
struct SessionRow {
    QString profileId, profileName;
    bool own = false;  // the console's own sign-in on that profile
    QString who;       // own rows: who is signed in
    P28Session session;
    QByteArray searchText; // lower-case UTF-8 of every column, for fast filtering
};

// The sessions table (model/view): built to stay fluid with 100,000 rows (rows are kept in
// one vector with an index for updates; filtering reads one precomputed string per row).
class SessionTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ProfileCol, SessionCol, UserCol, EffectiveUserCol, OrgCol, EffectiveOrgCol, CreatedCol,
                  LastAccessCol, ExpiresCol, ClientIpCol, UserAgentCol, ClonedFromCol, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    // Adds or updates server sessions of a profile (by session id).
    void upsert(const QString &profileId, const QString &profileName, const QList<P28Session> &sessions);
    void remove(const QString &profileId, const QString &sessionId);
    // Many sessions of a profile at once (after a bulk job): one pass, one reset.
    void remove(const QString &profileId, const QStringList &sessionIds);
    // Every server session of that user on that profile (after "terminate all").
    void removeUser(const QString &profileId, const QString &userId);
    // Replaces the console's own rows.
    void setOwnRows(const QList<SessionRow> &rows);
    void clearServerRows();

    const SessionRow *rowAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr; }
    int rowOf(const QString &profileId, const QString &sessionId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    static QString key(const QString &profileId, const QString &sessionId) { return profileId + u'\x1f' + sessionId; }
public:
    static QVariant cell(const SessionRow &r, int column);

private:
    static void makeSearchText(SessionRow &r);
    void removeRowsIf(const std::function<bool(const SessionRow &)> &which);
    void rebuildIndex();

    QList<SessionRow> m_rows;
    QHash<QString, int> m_byKey;
};

} // namespace authdesk
