#include "MainToolBar.h"

#include <QAction>
#include <QCoreApplication>
#include <QMainWindow>
#include <QStyle>
#include <QToolBar>

namespace authdesk {

QToolBar *MainToolBar::create(QMainWindow *window)
{
    auto *bar = new QToolBar(QCoreApplication::translate("MainToolBar", "Main toolbar"), window);
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    QStyle *style = window->style();
    const struct {
        const char *action;
        const char *theme;
        QStyle::StandardPixmap fallback;
    } items[] = {
        {"actionNewProfile", "list-add", QStyle::SP_FileDialogNewFolder},
        {"actionSignIn", "system-log-in", QStyle::SP_DialogYesButton},
        {"actionSignOut", "system-log-out", QStyle::SP_DialogNoButton},
        {"actionTestConnection", "network-wired", QStyle::SP_BrowserReload},
        {nullptr, nullptr, QStyle::SP_CustomBase},
        {"actionBulk", "edit-delete", QStyle::SP_TrashIcon},
        {"actionResetPassword", "dialog-password", QStyle::SP_DialogResetButton},
    };
    for (const auto &item : items) {
        if (!item.action) {
            bar->addSeparator();
            continue;
        }
        QAction *a = window->findChild<QAction *>(QLatin1String(item.action));
        if (!a)
            continue;
        a->setIcon(QIcon::fromTheme(QLatin1String(item.theme), style->standardIcon(item.fallback)));
        bar->addAction(a);
    }
    return bar;
}

} // namespace authdesk
