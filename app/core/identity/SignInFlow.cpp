#include "SignInFlow.h"

#include "OidcClient.h"

#include <QCoreApplication>

namespace authdesk {

SignInFlow::SignInFlow(OidcClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void SignInFlow::cancel()
{
    if (m_done)
        return;
    m_client.cancel();
    finish(ApiError::make(ErrorKind::Cancelled, QCoreApplication::translate("SignInFlow", "The sign-in was cancelled.")));
}

void SignInFlow::finish(const Result<OidcTokens> &result)
{
    if (m_done)
        return;
    m_done = true;
    stopWaiting();
    if (result)
        Q_EMIT succeeded(result.value());
    else
        Q_EMIT failed(result.error());
}

} // namespace authdesk
