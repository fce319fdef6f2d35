#pragma once

#include "CallHandle.h"
#include "Result.h"

#include <QJsonArray>

namespace authdesk {

// The customers (accounts) an application may see (Capability::ListCustomers).
class CustomerList
{
public:
    virtual ~CustomerList() = default;
    virtual CallHandle customers(Callback<QJsonArray> done) = 0;
};

} // namespace authdesk
