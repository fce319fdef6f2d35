#pragma once

#include "CallHandle.h"
#include "Platform28Types.h"
#include "Result.h"

namespace authdesk {

// ResetFlow::TokenByUser: a reset token for a user (by id, name or e-mail), then the new
// password with the token. Platform28 today.
class TokenReset
{
public:
    virtual ~TokenReset() = default;
    virtual CallHandle requestPasswordReset(const P28ResetRequest &request, Callback<Done> done) = 0;
    virtual CallHandle resetPassword(const QString &token, const QString &username, const QString &newPassword,
                                     Callback<Done> done) = 0;
};

} // namespace authdesk
