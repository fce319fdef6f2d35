#pragma once

#include "CallHandle.h"
#include "Platform28Types.h"
#include "Result.h"

namespace authdesk {

// Block and unblock a user's sign-in (Capability::BlockUsers).
class UserBlocking
{
public:
    virtual ~UserBlocking() = default;
    virtual CallHandle blockStatus(const QString &username, Callback<P28BlockStatus> done) = 0;
    virtual CallHandle setBlocked(const QString &username, bool blocked, Callback<P28BlockStatus> done) = 0;
};

} // namespace authdesk
