#pragma once

#include "CallHandle.h"
#include "Profile.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace authdesk {

class CoreContext;

class Backend;

// Adds or edits a server profile: name, dialect, base URL, API id, user, trusted CA file,
// proxy and timeouts, validated as you type, with a "Test connection" button. No secrets.
class ProfileDialog : public QDialog
{
    Q_OBJECT
public:
    ProfileDialog(CoreContext &context, const Profile &profile, QWidget *parent = nullptr);
    ~ProfileDialog() override;

    Profile profile() const;

private:
    CoreContext &m_context;
    void onDialectChanged();
    void validate();
    void testConnection();

    Profile m_original;
    std::unique_ptr<Backend> m_testBackend;
    CallHandle m_test;
    QLineEdit *m_name = nullptr;
    QComboBox *m_dialect = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_apiId = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_caFile = nullptr;
    QLineEdit *m_proxy = nullptr;
    QSpinBox *m_connectTimeout = nullptr;
    QSpinBox *m_transferTimeout = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_testResult = nullptr;
    QPushButton *m_testButton = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace authdesk
