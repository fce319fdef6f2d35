#pragma once

#include "CallHandle.h"
#include "Result.h"

namespace authdesk {

// ResetFlow::InBrowser: the server mails a link and the person finishes in a browser.
// Overkiz today.
class BrowserReset
{
public:
    virtual ~BrowserReset() = default;
    virtual CallHandle requestPasswordReset(const QString &userId, const QString &email, Callback<Done> done) = 0;
};

} // namespace authdesk
