#pragma once

#include "ApiError.h"
#include "Backend.h"
#include "Result.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace authdesk {

class ProfileSessions;

// Cancels an action started by ActionRunner: the call in flight, or the run that waits for
// a sign-in. Copyable; harmless after the action has finished.
class ActionHandle
{
public:
    struct State {
        CallHandle call;
        bool cancelled = false;
    };
    ActionHandle() = default;
    explicit ActionHandle(std::shared_ptr<State> state) : m_state(std::move(state)) {}
    void cancel()
    {
        if (m_state) {
            m_state->cancelled = true;
            m_state->call.cancel();
        }
    }
    bool isRunning() const { return m_state && !m_state->cancelled && m_state->call.isRunning(); }

private:
    std::shared_ptr<State> m_state;
};

// Runs "an action that may need a sign-in; afterwards continue it", the same way for
// every view of the console and every command of the CLI:
//  1. the profile's backend must offer the capability the action needs (else: Unsupported);
//  2. when the action needs a signed-in profile and it is not, the sign-in handler is asked
//     (the console opens its dialog, the CLI explains how to sign in);
//  3. when the server says the session expired, the same, and after a sign-in the action
//     runs again from the start: an interrupted action always resumes, or says why not.
class ActionRunner : public QObject
{
    Q_OBJECT
public:
    // Asked for a sign-in on `profileId`; calls `then(true)` once signed in, `then(false)`
    // when that did not happen (cancelled, no way to ask).
    using SignInHandler = std::function<void(const QString &profileId, const QString &reason, std::function<void(bool)> then)>;

    explicit ActionRunner(ProfileSessions &sessions, QObject *parent = nullptr);
    void setSignInHandler(SignInHandler handler) { m_signIn = std::move(handler); }

    enum class Needs { SignIn, Nothing };

    // For a step that is not one call (a dialog that needs a signed-in profile): runs `then`
    // once the profile is signed in, asking first when it is not; `failed` says why not.
    void whenSignedIn(const QString &profileId, const QString &what, std::function<void()> then,
                      std::function<void(const ApiError &)> failed = {});

    // `call` starts the action on the capability; `done` gets its one outcome (not after
    // the handle was cancelled).
    template <typename Cap, typename T>
    ActionHandle run(const QString &profileId, const QString &what, std::function<CallHandle(Cap &, Callback<T>)> call,
                     Callback<T> done, Needs needs = Needs::SignIn)
    {
        auto state = std::make_shared<ActionHandle::State>();
        start<Cap, T>(profileId, what, std::move(call), std::move(done), needs, state);
        return ActionHandle(state);
    }

private:
    template <typename Cap, typename T>
    void start(const QString &profileId, const QString &what, std::function<CallHandle(Cap &, Callback<T>)> call,
               Callback<T> done, Needs needs, std::shared_ptr<ActionHandle::State> state);
    Backend *backendFor(const QString &profileId, ApiError *error) const;
    static ApiError unsupported(const QString &what, const Backend &backend);
    static QString needsSignInText(const QString &what);
    // Asks for a sign-in; `resume` runs after one, `done` reports why not otherwise.
    void askSignIn(const QString &profileId, const QString &reason, std::function<void()> resume,
                   std::function<void(const ApiError &)> fail);

    ProfileSessions &m_sessions;
    SignInHandler m_signIn;
};

template <typename Cap, typename T>
void ActionRunner::start(const QString &profileId, const QString &what, std::function<CallHandle(Cap &, Callback<T>)> call,
                         Callback<T> done, Needs needs, std::shared_ptr<ActionHandle::State> state)
{
    if (state->cancelled)
        return;
    ApiError error;
    Backend *b = backendFor(profileId, &error);
    if (!b)
        return done(error);
    Cap *cap = b->capability<Cap>();
    if (!cap)
        return done(unsupported(what, *b));
    const QPointer<ActionRunner> guard(this);
    auto again = [guard, profileId, what, call, done, needs, state] {
        if (guard)
            guard->start<Cap, T>(profileId, what, call, done, needs, state);
    };
    auto fail = [done, state](const ApiError &e) {
        if (!state->cancelled)
            done(e);
    };
    if (needs == Needs::SignIn && !b->state().signedIn)
        return askSignIn(profileId, needsSignInText(what), again, fail);
    state->call = call(*cap, [guard, profileId, done, again, fail, state](const Result<T> &r) {
        if (state->cancelled)
            return;
        if (guard && !r.ok() && r.error().kind == ErrorKind::SessionExpired)
            return guard->askSignIn(profileId, r.error().message, again, fail); // continue after signing in
        done(r);
    });
}

} // namespace authdesk
