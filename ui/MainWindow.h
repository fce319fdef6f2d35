#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;

namespace authdesk {

class ProfileStore;

// The console's main window. For now: the profile sidebar and a status bar that shows
// requests in flight; sign-in, the session manager and the wizard come next.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(ProfileStore &profiles, QWidget *parent = nullptr);

    void reloadProfiles();
    void showMessage(const QString &text);

private:
    ProfileStore &m_profiles;
    QListWidget *m_profileList = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_inFlight = nullptr;
};

} // namespace authdesk
