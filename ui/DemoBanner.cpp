#include "DemoBanner.h"

#include "Prompter.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace authdesk {

DemoBanner::DemoBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("demoBanner"));
    setFrameShape(QFrame::StyledPanel);
    // The palette's highlight, softened: visible on light and dark themes alike.
    setAutoFillBackground(true);
    QPalette p = palette();
    QColor tint = p.color(QPalette::Highlight);
    tint.setAlpha(48);
    p.setColor(QPalette::Window, tint);
    setPalette(p);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("demoBannerText"));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setWordWrap(true); // a long address and a long language never widen the window
    layout->addWidget(m_text, 1);
    auto *outbox = new QPushButton(tr("Open the &outbox"), this);
    outbox->setObjectName(QStringLiteral("openOutboxButton"));
    outbox->setToolTip(tr("The e-mails the demo server would have sent (reset keys, tokens)"));
    layout->addWidget(outbox);
    connect(outbox, &QPushButton::clicked, this, [this] {
        if (!QDesktopServices::openUrl(outboxUrl()))
            Prompter::instance().inform(this, tr("Demo"), tr("No browser opens %1 here; open it by hand.").arg(outboxUrl().toString()));
    });
    hide();
}

void DemoBanner::setSandbox(const QUrl &url)
{
    m_url = url;
    m_text->setText(tr("Demo: the profiles below use the demo server at %1. They are removed when AuthDesk closes.")
                        .arg(url.toString()));
    setVisible(url.isValid() && !url.isEmpty());
}

QUrl DemoBanner::outboxUrl() const
{
    QUrl u = m_url;
    u.setPath(QStringLiteral("/_sandbox/outbox"));
    return u;
}

} // namespace authdesk
