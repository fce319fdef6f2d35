#pragma once

#include "CallHandle.h"
#include "OverkizTypes.h"
#include "Result.h"

namespace authdesk {

// The server judges a candidate password (Capability::ServerPasswordCheck); its verdict
// wins over the local strength meter.
class PasswordCheck
{
public:
    virtual ~PasswordCheck() = default;
    virtual CallHandle checkPassword(const QString &userId, const QString &password, Callback<OverkizPasswordQuality> done) = 0;
};

} // namespace authdesk
