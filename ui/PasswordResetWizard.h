#pragma once

#include "ApiError.h"
#include "Dialect.h"
#include "EnableXTypes.h"

#include <QWizard>

namespace authdesk {

class Backend;
class ProfileSessions;

// What the wizard's pages share while a reset goes on.
struct ResetContext {
    QString profileId;
    Dialect dialect = Dialect::EnableX;
    QString who;   // EnableX e-mail; Platform28 / Overkiz user id
    QString email; // Platform28 / Overkiz e-mail
    QString phone, mobile, templateName, resetUrl; // Platform28 extra validation
    bool haveKey = false;
    QString key;      // EnableX reset key / Platform28 token
    QString username; // Platform28 user name for P13
    EnableXKeyOwner owner;
    QString summary;
};

// The password-reset wizard for all three dialects:
//   EnableX: request (E2) → key from the e-mail, validated (E3) → new password → reset (E4)
//   Platform28: request (P12) → token → new password (hashed) → reset (P13)
//   Overkiz: request (O4) → the person finishes in the browser; a candidate can be checked (O6)
// Every step is asynchronous with a busy state and clear errors; Back keeps what was typed.
class PasswordResetWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { StartPage, RequestPage, KeyPage, PasswordPage, SummaryPage };

    PasswordResetWizard(ProfileSessions &sessions, const QString &profileId, QWidget *parent = nullptr);

    ProfileSessions &sessions() { return m_sessions; }
    ResetContext &context() { return m_context; }
    Backend *backend();

private:
    ProfileSessions &m_sessions;
    ResetContext m_context;
};

} // namespace authdesk
