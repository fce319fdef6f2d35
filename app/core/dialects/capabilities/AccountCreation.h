#pragma once

#include "CallHandle.h"
#include "OverkizTypes.h"
#include "Result.h"

namespace authdesk {

// Create a main account (Capability::AccountCreation).
class AccountCreation
{
public:
    virtual ~AccountCreation() = default;
    virtual CallHandle createMainAccount(const OverkizMainAccount &account, Callback<Done> done) = 0;
};

} // namespace authdesk
