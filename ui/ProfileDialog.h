#pragma once

#include "CallHandle.h"
#include "Profile.h"
#include "Result.h"

#include <QDialog>

#include <functional>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace authdesk {

class CoreContext;

class Backend;
class IdentityProviderBox;
class MessageBar;

// Adds or edits a server profile: name, dialect, base URL, API id, user, trusted CA file,
// proxy, timeouts and identity provider, validated as you type, with "Test connection" (and
// "Test discovery" for the identity provider). No secrets.
class ProfileDialog : public QDialog
{
    Q_OBJECT
public:
    ProfileDialog(CoreContext &context, const Profile &profile, QWidget *parent = nullptr);
    ~ProfileDialog() override;

    Profile profile() const;
    // Save writes through this before the dialog closes: when it fails, the dialog stays
    // open with what was typed and says why. savedProfile() is what it returned.
    void setSaver(std::function<Result<Profile>(const Profile &)> saver) { m_saver = std::move(saver); }
    const Profile &savedProfile() const { return m_saved; }

private:
    void save();
    CoreContext &m_context;
    void onDialectChanged();
    void validate();
    void testConnection();

    Profile m_original;
    Profile m_saved;
    std::function<Result<Profile>(const Profile &)> m_saver;
    std::unique_ptr<Backend> m_testBackend;
    CallHandle m_test;
    QLineEdit *m_name = nullptr;
    QComboBox *m_dialect = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_apiId = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_caFile = nullptr;
    QLineEdit *m_proxy = nullptr;
    QLineEdit *m_proxyPassword = nullptr;
    QSpinBox *m_connectTimeout = nullptr;
    QSpinBox *m_transferTimeout = nullptr;
    IdentityProviderBox *m_identityProvider = nullptr;
    MessageBar *m_problem = nullptr;
    MessageBar *m_testResult = nullptr;
    QPushButton *m_testButton = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace authdesk
