#include "MainWindow.h"

#include "HttpClient.h"
#include "ProfileStore.h"

#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QStatusBar>

namespace authdesk {

MainWindow::MainWindow(ProfileStore &profiles, QWidget *parent)
    : QMainWindow(parent)
    , m_profiles(profiles)
{
    setWindowTitle(tr("AuthDesk"));
    setObjectName(QStringLiteral("mainWindow"));
    auto *splitter = new QSplitter(this);
    m_profileList = new QListWidget(splitter);
    m_profileList->setObjectName(QStringLiteral("profileList"));
    m_profileList->setAccessibleName(tr("Server profiles"));
    m_placeholder = new QLabel(tr("Choose a server profile on the left."), splitter);
    m_placeholder->setObjectName(QStringLiteral("placeholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);

    m_inFlight = new QLabel(this);
    m_inFlight->setObjectName(QStringLiteral("inFlightLabel"));
    statusBar()->addPermanentWidget(m_inFlight);
    connect(&HttpClient::instance(), &HttpClient::inFlightChanged, this, [this](int n) {
        m_inFlight->setText(n > 0 ? tr("%n request(s) in flight", nullptr, n) : QString());
    });
    resize(900, 560);
    reloadProfiles();
}

void MainWindow::reloadProfiles()
{
    m_profileList->clear();
    const QList<Profile> profiles = m_profiles.all();
    for (const Profile &p : profiles) {
        auto *item = new QListWidgetItem(QStringLiteral("%1\n%2").arg(p.name, dialectDisplayName(p.dialect)));
        item->setData(Qt::UserRole, p.id);
        item->setToolTip(p.baseUrl.toDisplayString());
        m_profileList->addItem(item);
    }
    if (profiles.isEmpty())
        m_placeholder->setText(tr("No server profile yet. Start with `authdesk --demo` to try the sandbox."));
}

void MainWindow::showMessage(const QString &text)
{
    statusBar()->showMessage(text);
}

} // namespace authdesk
