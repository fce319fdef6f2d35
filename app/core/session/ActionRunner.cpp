#include "ActionRunner.h"

#include "DialectRegistry.h"
#include "ProfileSessions.h"

namespace authdesk {

ActionRunner::ActionRunner(ProfileSessions &sessions, QObject *parent)
    : QObject(parent)
    , m_sessions(sessions)
{
}

Backend *ActionRunner::backendFor(const QString &profileId, ApiError *error) const
{
    if (profileId.isEmpty()) {
        *error = ApiError::make(ErrorKind::Usage, tr("Choose a server profile first."));
        return nullptr;
    }
    Backend *b = m_sessions.backend(profileId);
    if (!b)
        *error = ApiError::make(ErrorKind::Usage, tr("This profile no longer exists."));
    return b;
}

ApiError ActionRunner::unsupported(const QString &what, const Backend &backend)
{
    // A request this profile's dialect cannot serve: the person's (or script's) choice to
    // correct, not a server failure.
    return ApiError::make(ErrorKind::Usage,
                          tr("%1 is not available for %2 profiles.").arg(what, backend.descriptor().displayName));
}

QString ActionRunner::needsSignInText(const QString &what)
{
    return tr("%1 needs a signed-in profile.").arg(what);
}

void ActionRunner::whenSignedIn(const QString &profileId, const QString &what, std::function<void()> then,
                                std::function<void(const ApiError &)> failed)
{
    auto fail = [failed](const ApiError &e) {
        if (failed)
            failed(e);
    };
    ApiError error;
    Backend *b = backendFor(profileId, &error);
    if (!b)
        return fail(error);
    if (b->state().signedIn)
        return then();
    const QPointer<ActionRunner> guard(this);
    askSignIn(profileId, needsSignInText(what), [guard, profileId, what, then, failed] {
        if (guard)
            guard->whenSignedIn(profileId, what, then, failed);
    }, fail);
}

void ActionRunner::askSignIn(const QString &profileId, const QString &reason, std::function<void()> resume,
                             std::function<void(const ApiError &)> fail)
{
    if (!m_signIn)
        return fail(ApiError::make(ErrorKind::SessionExpired, reason));
    m_signIn(profileId, reason, [resume, fail, reason](bool signedIn) {
        if (signedIn)
            resume();
        else
            fail(ApiError::make(ErrorKind::SessionExpired, reason + u' ' + tr("Not signed in: the action was not done.")));
    });
}

} // namespace authdesk
