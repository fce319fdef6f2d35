#pragma once

#include "CallHandle.h"
#include "Result.h"

namespace authdesk {

// Validation tokens for new accounts and e-mail addresses (Capability::AccountValidation).
class AccountValidation
{
public:
    virtual ~AccountValidation() = default;
    virtual CallHandle sendValidationToken(const QString &userId, Callback<Done> done) = 0;
    virtual CallHandle validateAccount(const QString &userId, const QString &token, Callback<bool> done) = 0;
    virtual CallHandle validateEmail(const QString &token, Callback<bool> done) = 0;
};

} // namespace authdesk
