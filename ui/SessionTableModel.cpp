#include "SessionTableModel.h"

#include "LocaleFormat.h"

#include <QSet>
#include <QTimeZone>

namespace authdesk {

void SessionTableModel::makeSearchText(SessionRow &r)
{
    QStringList parts;
    for (int c = 0; c < ColumnCount; ++c)
        parts << cell(r, c).toString();
    r.searchText = parts.join(u'\x1f').toLower().toUtf8();
}

void SessionTableModel::upsert(const QString &profileId, const QString &profileName, const QList<P28Session> &sessions)
{
    QList<SessionRow> added;
    for (const P28Session &s : sessions) {
        SessionRow r{profileId, profileName, false, QString(), s, QByteArray()};
        r.session.lsid.clear(); // never kept in a model
        makeSearchText(r);
        const auto it = m_byKey.constFind(key(profileId, s.sessionId));
        if (it != m_byKey.cend()) {
            m_rows[*it] = r;
            Q_EMIT dataChanged(this->index(*it, 0), this->index(*it, ColumnCount - 1));
        } else {
            added << r;
        }
    }
    if (added.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size() - 1));
    for (SessionRow &r : added) {
        m_byKey.insert(key(r.profileId, r.session.sessionId), int(m_rows.size()));
        m_rows.append(std::move(r));
    }
    endInsertRows();
}

void SessionTableModel::removeRowsIf(const std::function<bool(const SessionRow &)> &which)
{
    beginResetModel();
    m_rows.removeIf(which);
    rebuildIndex();
    endResetModel();
}

void SessionTableModel::rebuildIndex()
{
    m_byKey.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        if (!m_rows[i].own)
            m_byKey.insert(key(m_rows[i].profileId, m_rows[i].session.sessionId), i);
}

void SessionTableModel::remove(const QString &profileId, const QString &sessionId)
{
    const int row = rowOf(profileId, sessionId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    rebuildIndex();
    endRemoveRows();
}

void SessionTableModel::remove(const QString &profileId, const QStringList &sessionIds)
{
    if (sessionIds.isEmpty())
        return;
    const QSet<QString> ids(sessionIds.cbegin(), sessionIds.cend());
    removeRowsIf([&](const SessionRow &r) { return !r.own && r.profileId == profileId && ids.contains(r.session.sessionId); });
}

void SessionTableModel::removeUser(const QString &profileId, const QString &userId)
{
    removeRowsIf([&](const SessionRow &r) { return !r.own && r.profileId == profileId && r.session.userId == userId; });
}

void SessionTableModel::setOwnRows(const QList<SessionRow> &rows)
{
    beginResetModel();
    m_rows.removeIf([](const SessionRow &r) { return r.own; });
    QList<SessionRow> own = rows;
    for (SessionRow &r : own) {
        r.own = true;
        makeSearchText(r);
    }
    m_rows = own + m_rows;
    rebuildIndex();
    endResetModel();
}

void SessionTableModel::clearServerRows()
{
    removeRowsIf([](const SessionRow &r) { return !r.own; });
}

int SessionTableModel::rowOf(const QString &profileId, const QString &sessionId) const
{
    return m_byKey.value(key(profileId, sessionId), -1);
}

int SessionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SessionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionTableModel::cell(const SessionRow &r, int column)
{
    const P28Session &s = r.session;
    // QTimeZone's own data: QDateTime::toLocalTime() asks the C library, which looks at
    // /etc/localtime on every call.
    static const QTimeZone local = QTimeZone::systemTimeZone();
    auto time = [](const QDateTime &t) { return t.isValid() ? t.toTimeZone(local).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString(); };
    switch (column) {
    case ProfileCol: return r.own ? r.profileName + QStringLiteral(" ★") : r.profileName;
    case SessionCol: return s.sessionId.isEmpty() && r.own ? SessionTableModel::tr("(this console)") : s.sessionId;
    case UserCol: return r.own ? r.who : s.userId;
    case EffectiveUserCol: return s.effectiveUserId;
    case OrgCol: return s.orgId;
    case EffectiveOrgCol: return s.effectiveOrgId;
    case CreatedCol: return time(s.created);
    case LastAccessCol: return time(s.lastAccess);
    case ExpiresCol: return time(s.expiresAt);
    case ClientIpCol: return s.clientIp;
    case UserAgentCol: return s.userAgent;
    case ClonedFromCol: return s.clonedFrom;
    default: return {};
    }
}

QVariant SessionTableModel::data(const QModelIndex &idx, int role) const
{
    if (!idx.isValid() || idx.row() >= m_rows.size())
        return {};
    const SessionRow &r = m_rows[idx.row()];
    switch (role) {
    case Qt::DisplayRole:
        // Times as the person's language writes them; the tooltip, search text and export
        // keep the unambiguous ISO form.
        switch (idx.column()) {
        case CreatedCol: return localeFormat::dateTime(r.session.created);
        case LastAccessCol: return localeFormat::dateTime(r.session.lastAccess);
        case ExpiresCol: return localeFormat::dateTime(r.session.expiresAt);
        default: return cell(r, idx.column());
        }
    case Qt::ToolTipRole: return cell(r, idx.column());
    case SortRole:
        switch (idx.column()) {
        case CreatedCol: return r.session.created;
        case LastAccessCol: return r.session.lastAccess;
        case ExpiresCol: return r.session.expiresAt;
        default: return cell(r, idx.column());
        }
    default: return {};
    }
}

QVariant SessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ProfileCol: return tr("Profile");
    case SessionCol: return tr("Session");
    case UserCol: return tr("User");
    case EffectiveUserCol: return tr("Effective user");
    case OrgCol: return tr("Org");
    case EffectiveOrgCol: return tr("Effective org");
    case CreatedCol: return tr("Created");
    case LastAccessCol: return tr("Last access");
    case ExpiresCol: return tr("Expires");
    case ClientIpCol: return tr("Client IP");
    case UserAgentCol: return tr("User agent");
    case ClonedFromCol: return tr("Cloned from");
    default: return {};
    }
}

} // namespace authdesk
