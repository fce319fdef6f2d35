#include "PasswordResetWizard.h"

#include "CoreContext.h"
#include "ProfileStore.h"

#include "ProfileSessions.h"
#include "ResetPages.h"

#include <QLabel>
#include <QVBoxLayout>

namespace authdesk {

namespace {
// The last page: what happened, in one paragraph.
class SummaryPage : public QWizardPage
{
public:
    explicit SummaryPage(PasswordResetWizard *w)
        : m_wizard(w)
    {
        setTitle(PasswordResetWizard::tr("Done"));
        auto *layout = new QVBoxLayout(this);
        m_text = new QLabel(this);
        m_text->setObjectName(QStringLiteral("summaryLabel"));
        m_text->setWordWrap(true);
        layout->addWidget(m_text);
        setFinalPage(true);
    }
    void initializePage() override { m_text->setText(m_wizard->context().summary); }
    int nextId() const override { return -1; }

private:
    PasswordResetWizard *m_wizard;
    QLabel *m_text;
};
} // namespace

PasswordResetWizard::PasswordResetWizard(ProfileSessions &sessions, const QString &profileId, QWidget *parent)
    : QWizard(parent)
    , m_sessions(sessions)
{
    setObjectName(QStringLiteral("resetWizard"));
    setWindowTitle(tr("Reset a password"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    m_context.profileId = profileId;
    setPage(StartPage, new ResetStartPage(this));
    setPage(RequestPage, new ResetRequestPage(this));
    setPage(KeyPage, new ResetKeyPage(this));
    setPage(PasswordPage, new ResetPasswordPage(this));
    setPage(SummaryPage, new class SummaryPage(this));
    setStartId(StartPage);
    resize(560, 460);
}

ResetFlow PasswordResetWizard::flowOf(const QString &profileId) const
{
    const DialectDescriptor *d = m_sessions.descriptor(profileId);
    return d ? d->resetFlow : ResetFlow::None;
}

bool PasswordResetWizard::serverChecksPasswords(const QString &profileId) const
{
    const DialectDescriptor *d = m_sessions.descriptor(profileId);
    return d && d->has(Capability::ServerPasswordCheck);
}

} // namespace authdesk
