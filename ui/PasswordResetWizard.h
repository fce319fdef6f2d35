#pragma once

#include "ActionRunner.h"
#include "ApiError.h"
#include "DialectDescriptor.h"
#include "EnableXTypes.h"
#include "ProfileSessions.h"

#include <QWizard>

namespace authdesk {


// What the wizard's pages share while a reset goes on.
struct ResetContext {
    QString profileId;
    ResetFlow flow = ResetFlow::None; // of the profile's dialect
    bool serverCheck = false;         // the server judges candidate passwords
    QString who;   // EnableX e-mail; Platform28 / Overkiz user id
    QString email; // Platform28 / Overkiz e-mail
    QString phone, mobile, templateName, resetUrl; // Platform28 extra validation
    bool haveKey = false;
    QString key;      // EnableX reset key / Platform28 token
    QString username; // Platform28 user name for P13
    EnableXKeyOwner owner;
    QString summary;
};

// The password-reset wizard, its pages chosen by the dialect's ResetFlow:
//   KeyByEmail (EnableX): request (E2) → key from the e-mail, validated (E3) → new password → reset (E4)
//   TokenByUser (Platform28): request (P12) → token → new password (hashed) → reset (P13)
//   InBrowser (Overkiz): request (O4) → the person finishes in the browser; a candidate can be
//   checked first where the server offers it (O6)
// Every step is asynchronous with a busy state and clear errors; Back keeps what was typed.
class PasswordResetWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { StartPage, RequestPage, KeyPage, PasswordPage, SummaryPage };

    PasswordResetWizard(ProfileSessions &sessions, const QString &profileId, QWidget *parent = nullptr);

    ProfileSessions &sessions() { return m_sessions; }
    ResetContext &context() { return m_context; }
    // The reset flow of a profile's dialect (None when it has none or is unknown).
    ResetFlow flowOf(const QString &profileId) const;
    bool serverChecksPasswords(const QString &profileId) const;
    // Runs a step of the reset on the wizard's profile through the core's ActionRunner
    // (these routes need no sign-in).
    template <typename Cap, typename T>
    ActionHandle run(std::function<CallHandle(Cap &, Callback<T>)> call, Callback<T> done)
    {
        return m_sessions.actions().run<Cap, T>(m_context.profileId, tr("A password reset"), std::move(call), std::move(done),
                                                ActionRunner::Needs::Nothing);
    }

private:
    ProfileSessions &m_sessions;
    ResetContext m_context;
};

} // namespace authdesk
