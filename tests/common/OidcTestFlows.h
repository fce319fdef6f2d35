#pragma once

#include "BrowserAgent.h"
#include "DeviceAuthorizationFlow.h"
#include "OidcClient.h"

#include <QEventLoop>
#include <QTimer>

#include <optional>

// What the single sign-on tests share: a device flow run to its end, the person's part
// played by BrowserAgent on the provider's own pages.
struct DeviceOutcome {
    std::optional<authdesk::OidcTokens> tokens;
    authdesk::ApiError error;
    int codesShown = 0;
    QString pageAfterApproval;
};

// Runs the device flow; when the code is shown, the "person" answers on the provider's pages.
inline DeviceOutcome runDeviceFlow(authdesk::OidcClient &client, std::optional<BrowserAgent::Answer> answer,
                                   const QString &login = QStringLiteral("alice"))
{
    DeviceOutcome out;
    authdesk::DeviceAuthorizationFlow flow(client);
    BrowserAgent agent;
    QEventLoop loop;
    QObject::connect(&flow, &authdesk::DeviceAuthorizationFlow::userCodeReady, &flow,
                     [&](const QUrl &, const QString &, const QUrl &complete, int) {
                         ++out.codesShown;
                         if (!answer)
                             return;
                         QString error;
                         agent.run(complete, login, *answer, &error, &out.pageAfterApproval);
                         if (!error.isEmpty())
                             qWarning() << "browser agent:" << error;
                     });
    QObject::connect(&flow, &authdesk::DeviceAuthorizationFlow::succeeded, &loop, [&](const authdesk::OidcTokens &t) {
        out.tokens = t;
        loop.quit();
    });
    QObject::connect(&flow, &authdesk::DeviceAuthorizationFlow::failed, &loop, [&](const authdesk::ApiError &e) {
        out.error = e;
        loop.quit();
    });
    flow.start();
    QTimer::singleShot(60'000, &loop, &QEventLoop::quit);
    loop.exec();
    return out;
}

