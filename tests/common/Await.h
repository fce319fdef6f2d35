#pragma once

#include "CallHandle.h"
#include "Result.h"

#include <QEventLoop>
#include <QTimer>

#include <functional>
#include <optional>

// Runs an asynchronous core call to completion in a local event loop (tests only).
// Fails the result with a Timeout error if it does not end within `limitMs`, so a hang
// becomes a failing assertion instead of a stuck test.
template <typename T>
authdesk::Result<T> await(const std::function<authdesk::CallHandle(authdesk::Callback<T>)> &start,
                          int limitMs = 60'000)
{
    std::optional<authdesk::Result<T>> out;
    QEventLoop loop;
    authdesk::CallHandle handle = start([&](const authdesk::Result<T> &r) {
        out.emplace(r);
        loop.quit();
    });
    if (!out) {
        QTimer::singleShot(limitMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!out) {
        handle.cancel();
        return authdesk::ApiError::make(authdesk::ErrorKind::Timeout,
                                        QStringLiteral("test: the call did not finish in time"));
    }
    return *out;
}

// Runs a core call to completion: AWAIT(T, expression using cb).
#define AWAIT(T, expr) await<T>([&](authdesk::Callback<T> cb) { return expr; })
