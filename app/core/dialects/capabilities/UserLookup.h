#pragma once

#include "CallHandle.h"
#include "Result.h"

namespace authdesk {

// Does an account exist (Capability::UserExists)?
class UserLookup
{
public:
    virtual ~UserLookup() = default;
    virtual CallHandle userExists(const QString &userId, Callback<bool> done) = 0;
};

} // namespace authdesk
