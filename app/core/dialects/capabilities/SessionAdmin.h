#pragma once

#include "CallHandle.h"
#include "Platform28Types.h"
#include "Result.h"

namespace authdesk {

// Server-side login sessions of other people (Capability::SessionAdmin and, where flagged,
// ListUserSessions, CloneSession, Impersonation). Platform28 today.
class SessionAdmin
{
public:
    virtual ~SessionAdmin() = default;
    virtual CallHandle session(const QString &sessionId, Callback<P28Session> done) = 0;
    // Ends a session; with alsoOthersOfUser every session of its user. Gives how many ended.
    virtual CallHandle terminateSession(const QString &sessionId, bool alsoOthersOfUser, Callback<int> done) = 0;
    virtual CallHandle terminateUserSessions(const QString &userId, Callback<int> done) = 0;
    virtual CallHandle userSessions(const QString &userId, Callback<QList<P28Session>> done) = 0;
    virtual CallHandle cloneSession(const QString &sessionId, Callback<P28Session> done) = 0;
    virtual CallHandle setEffectiveUser(const QString &sessionId, const QString &userId, Callback<P28Session> done) = 0;
    virtual CallHandle setEffectiveOrg(const QString &sessionId, const QString &orgId, Callback<P28Session> done) = 0;
    virtual CallHandle resetIdentity(const QString &sessionId, Callback<P28Session> done) = 0;
    // The session the signed-in person uses (not offered for termination by mistake).
    virtual QString ownSessionId() const = 0;
};

} // namespace authdesk
