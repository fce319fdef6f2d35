#include "WelcomePage.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace authdesk {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/authdesk.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignCenter);
    outer->addWidget(icon);
    auto *title = new QLabel(tr("Welcome to AuthDesk"), this);
    title->setObjectName(QStringLiteral("welcomeTitle"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);
    outer->addWidget(title);
    auto *text = new QLabel(tr("Sign in to EnableX, Platform28 or Overkiz identity services to reset passwords and "
                               "manage login sessions. Add the server you administer, or try everything first on "
                               "the demo server that comes with AuthDesk."),
                            this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setMaximumWidth(520);
    auto *textRow = new QHBoxLayout;
    textRow->addStretch(1);
    textRow->addWidget(text);
    textRow->addStretch(1);
    outer->addLayout(textRow);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *add = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add a server…"), this);
    add->setObjectName(QStringLiteral("addServerButton"));
    add->setDefault(true);
    auto *demo = new QPushButton(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("&Try the demo"), this);
    demo->setObjectName(QStringLiteral("tryDemoButton"));
    buttons->addWidget(add);
    buttons->addWidget(demo);
    buttons->addStretch(1);
    outer->addLayout(buttons);
    outer->addStretch(2);
    connect(add, &QPushButton::clicked, this, &WelcomePage::addServerRequested);
    connect(demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
}

} // namespace authdesk
