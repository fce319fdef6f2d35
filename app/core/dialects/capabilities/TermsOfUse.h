#pragma once

#include "CallHandle.h"
#include "Result.h"

namespace authdesk {

// Accept or decline the terms of use for a gateway (Capability::TermsOfUse).
class TermsOfUse
{
public:
    virtual ~TermsOfUse() = default;
    virtual CallHandle answerTerms(const QString &gatewayId, const QString &token, bool accept, Callback<bool> done) = 0;
};

} // namespace authdesk
