#pragma once

class QMainWindow;
class QToolBar;

namespace authdesk {

// The main window's toolbar: the everyday actions (new profile, sign in and out, test the
// connection, bulk terminate, reset a password) with icons, the same QActions as the menus
// (which get the icons too). Icons come from the desktop's theme, else from the style.
namespace MainToolBar {
QToolBar *create(QMainWindow *window);
}

} // namespace authdesk
