#pragma once

#include "CallHandle.h"
#include "EnableXTypes.h"
#include "Result.h"

namespace authdesk {

// ResetFlow::KeyByEmail: the server mails a key; the key is validated (whose account it
// is), then the new password is set with it. EnableX today.
class KeyReset
{
public:
    virtual ~KeyReset() = default;
    // Gives the server's confirmation text.
    virtual CallHandle requestPasswordReset(const QString &email, Callback<QString> done) = 0;
    virtual CallHandle validateResetKey(const QString &key, Callback<EnableXKeyOwner> done) = 0;
    virtual CallHandle resetPassword(const QString &key, const QString &email, const QString &password,
                                     const QString &retyped, Callback<QString> done) = 0;
};

} // namespace authdesk
