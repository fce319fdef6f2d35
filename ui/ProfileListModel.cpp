#include "ProfileListModel.h"

#include "Backend.h"
#include "CoreContext.h"
#include "ProfileSessions.h"
#include "ProfileStore.h"

#include <QIcon>

namespace authdesk {

ProfileListModel::ProfileListModel(ProfileSessions &sessions, QObject *parent)
    : QAbstractListModel(parent)
    , m_sessions(sessions)
{
    connect(&sessions, &ProfileSessions::statusChanged, this, [this](const QString &id) {
        const int row = rowOf(id);
        if (row >= 0)
            Q_EMIT dataChanged(index(row), index(row));
    });
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        for (int row = 0; row < m_profiles.size(); ++row)
            if (m_sessions.status(m_profiles[row].id).state.expiresAt.isValid())
                Q_EMIT dataChanged(index(row), index(row), {Qt::DisplayRole, StateTextRole, Qt::ToolTipRole, ChipRole, ChipTextRole});
    });
    m_tick.start();
    reload();
}

void ProfileListModel::reload()
{
    beginResetModel();
    m_profiles = m_sessions.profiles().all();
    std::sort(m_profiles.begin(), m_profiles.end(),
              [](const Profile &a, const Profile &b) { return a.name.localeAwareCompare(b.name) < 0; });
    endResetModel();
}

int ProfileListModel::rowOf(const QString &profileId) const
{
    for (int i = 0; i < m_profiles.size(); ++i)
        if (m_profiles[i].id == profileId)
            return i;
    return -1;
}

int ProfileListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_profiles.size());
}

QString ProfileListModel::stateText(const QString &profileId) const
{
    const auto st = m_sessions.status(profileId);
    QString text;
    if (!st.state.signedIn) {
        text = st.state.details.value(QStringLiteral("expired")).toBool() ? tr("expired") : tr("signed out");
    } else {
        text = tr("signed in as %1").arg(st.state.who);
        if (st.state.expiresAt.isValid()) {
            const qint64 left = m_sessions.context().clock().now().secsTo(st.state.expiresAt);
            text += u'\n'
                + (left > 0 ? tr("expires in %1:%2").arg(left / 60, 2, 10, QLatin1Char('0')).arg(left % 60, 2, 10, QLatin1Char('0'))
                            : tr("expired"));
        }
    }
    if (st.keychainUnavailable)
        text += QStringLiteral(" · ") + tr("keychain unavailable");
    return text;
}

ProfileListModel::Chip ProfileListModel::chip(const QString &profileId) const
{
    const auto st = m_sessions.status(profileId);
    if (!st.state.signedIn)
        return st.state.details.value(QStringLiteral("expired")).toBool() ? Chip::Expired : Chip::SignedOut;
    if (st.state.expiresAt.isValid()) {
        const qint64 left = m_sessions.context().clock().now().secsTo(st.state.expiresAt);
        if (left <= 0)
            return Chip::Expired;
        if (left < kExpiringSec)
            return Chip::Expiring;
    }
    return Chip::SignedIn;
}

QString ProfileListModel::chipText(Chip chip)
{
    switch (chip) {
    case Chip::SignedIn: return tr("Signed in");
    case Chip::Expiring: return tr("Expiring");
    case Chip::Expired: return tr("Expired");
    case Chip::SignedOut: break;
    }
    return tr("Signed out");
}

QString ProfileListModel::dialectName(const QString &dialectId) const
{
    const DialectDescriptor *d = m_sessions.context().dialects().find(dialectId);
    return d ? d->displayName : dialectId;
}

QVariant ProfileListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_profiles.size())
        return {};
    const Profile &p = m_profiles[index.row()];
    switch (role) {
    case Qt::DisplayRole: return p.name + u'\n' + stateText(p.id);
    case Qt::AccessibleTextRole: return p.name + QStringLiteral(", ") + stateText(p.id);
    case Qt::DecorationRole: return QIcon(QStringLiteral(":/icons/%1.svg").arg(p.dialect));
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("%1 — %2\n%3").arg(dialectName(p.dialect), p.baseUrl.toString(), stateText(p.id));
        const auto st = m_sessions.status(p.id);
        if (st.keychainUnavailable)
            tip += u'\n' + st.keychainMessage;
        return tip;
    }
    case ProfileIdRole: return p.id;
    case StateTextRole: return stateText(p.id);
    case SignedInRole: return m_sessions.status(p.id).state.signedIn;
    case DialectRole: return p.dialect;
    case ChipRole: return int(chip(p.id));
    case ChipTextRole: return chipText(chip(p.id));
    case NameRole: return p.name;
    case KeychainUnavailableRole: return m_sessions.status(p.id).keychainUnavailable;
    default: return {};
    }
}

} // namespace authdesk
