#pragma once

#include "Profile.h"

#include <QAbstractListModel>
#include <QTimer>

namespace authdesk {

class ProfileSessions;

// The sidebar: every profile with its dialect icon, name and sign-in state ("signed out",
// "signed in as X", "expires in mm:ss", "expired", "keychain unavailable"), refreshed each
// second while a countdown runs.
class ProfileListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { ProfileIdRole = Qt::UserRole + 1, StateTextRole, SignedInRole, DialectRole, ChipRole, ChipTextRole, NameRole,
                KeychainUnavailableRole };
    // The state at a glance, as the sidebar's chip shows it.
    enum class Chip { SignedOut, SignedIn, Expiring, Expired };
    // Under this many seconds left a sign-in shows as expiring.
    static constexpr int kExpiringSec = 120;

    explicit ProfileListModel(ProfileSessions &sessions, QObject *parent = nullptr);

    void reload();
    int rowOf(const QString &profileId) const;
    Profile profileAt(int row) const { return m_profiles.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    // The state line for a profile, as the sidebar shows it.
    QString stateText(const QString &profileId) const;
    Chip chip(const QString &profileId) const;
    static QString chipText(Chip chip);
    // The product name of a dialect id (the id itself when this build does not know it).
    QString dialectName(const QString &dialectId) const;

private:
    ProfileSessions &m_sessions;
    QList<Profile> m_profiles;
    QTimer m_tick;
};

} // namespace authdesk
