#pragma once

#include "CallHandle.h"
#include "Result.h"

namespace authdesk {

// A known password changed to a new one (Capability::PasswordChange): one's own with the
// current password, or another user's forced by an admin re-entering the admin's password.
class PasswordChanging
{
public:
    enum class ChangeMode { SelfService, AdminForced };
    virtual ~PasswordChanging() = default;
    // Gives the server's confirmation text.
    virtual CallHandle changePassword(const QString &userId, ChangeMode mode, const QString &currentOrAdminPassword,
                                      const QString &newPassword, Callback<QString> done) = 0;
};

} // namespace authdesk
