#pragma once

#include <QWidget>

namespace authdesk {

// What an empty console shows instead of empty tables and grey buttons: what AuthDesk is
// for and the two ways to begin, adding a server or trying the demo.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

Q_SIGNALS:
    void addServerRequested();
    void demoRequested();
};

} // namespace authdesk
