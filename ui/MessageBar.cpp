#include "MessageBar.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QToolButton>

namespace authdesk {

MessageBar::MessageBar(QWidget *parent, const QString &objectName)
    : QFrame(parent)
{
    setObjectName(objectName);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    m_icon = new QLabel(this);
    m_icon->setObjectName(objectName + QStringLiteral("Icon"));
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    m_text = new QLabel(this);
    m_text->setObjectName(objectName + QStringLiteral("Text"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse); // people copy errors into tickets
    m_text->setTextFormat(Qt::PlainText);                        // server texts are never markup
    layout->addWidget(m_text, 1);
    m_close = new QToolButton(this);
    m_close->setObjectName(objectName + QStringLiteral("Close"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAccessibleName(tr("Dismiss the message"));
    m_close->setToolTip(tr("Dismiss"));
    connect(m_close, &QToolButton::clicked, this, [this] { clear(); });
    layout->addWidget(m_close, 0, Qt::AlignTop);
    // Hidden but still taking its place: what is around it does not jump when it shows.
    QSizePolicy p(QSizePolicy::Preferred, QSizePolicy::Preferred);
    p.setRetainSizeWhenHidden(true);
    p.setHeightForWidth(true);
    setSizePolicy(p);
    updateIcon();
    hide();
}

QString MessageBar::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void MessageBar::showMessage(Kind kind, const QString &text)
{
    if (text.isEmpty())
        return clear();
    const bool same = !isHidden() && m_kind == kind && m_text->text() == text;
    m_kind = kind;
    m_text->setText(text);
    setAccessibleName(kind == Kind::Error ? tr("Error") : kind == Kind::Warning ? tr("Warning")
                      : kind == Kind::Success ? tr("Done") : tr("Information"));
    setAccessibleDescription(text);
    updateIcon();
    show();
    update();
    if (!same) {
        // Screen readers hear it like a message box's text.
        QAccessibleEvent alert(this, kind == Kind::Error || kind == Kind::Warning ? QAccessible::Alert : QAccessible::NameChanged);
        QAccessible::updateAccessibility(&alert);
        Q_EMIT changed();
    }
}

void MessageBar::clear()
{
    if (isHidden())
        return;
    hide();
    m_text->clear();
    Q_EMIT changed();
}

void MessageBar::clear(Kind kind)
{
    if (m_kind == kind)
        clear();
}

QColor MessageBar::accent(Kind kind)
{
    // KDE's (and KeePassXC's) message colours: readable on light and dark palettes alike.
    switch (kind) {
    case Kind::Error:
        return QColor(0xDA, 0x44, 0x53);
    case Kind::Warning:
        return QColor(0xF6, 0x74, 0x00);
    case Kind::Success:
        return QColor(0x27, 0xAE, 0x60);
    case Kind::Info:
        break;
    }
    return QColor(0x3D, 0xAE, 0xE9);
}

void MessageBar::updateIcon()
{
    const QStyle::StandardPixmap sp = m_kind == Kind::Error     ? QStyle::SP_MessageBoxCritical
                                      : m_kind == Kind::Warning ? QStyle::SP_MessageBoxWarning
                                      : m_kind == Kind::Success ? QStyle::SP_DialogApplyButton
                                                                : QStyle::SP_MessageBoxInformation;
    const char *theme = m_kind == Kind::Error ? "dialog-error" : m_kind == Kind::Warning ? "dialog-warning"
                        : m_kind == Kind::Success ? "dialog-positive" : "dialog-information";
    const QIcon icon = QIcon::fromTheme(QLatin1String(theme), style()->standardIcon(sp, nullptr, this));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(icon.pixmap(size, size));
}

void MessageBar::paintEvent(QPaintEvent *event)
{
    // A tint of the accent over the window colour, and the accent as the border: the kind is
    // told by colour and icon, the text keeps the palette's own colour.
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QColor fill = accent();
    fill.setAlphaF(0.18);
    QColor border = accent();
    border.setAlphaF(0.8);
    p.setPen(QPen(border, 1));
    p.setBrush(palette().color(QPalette::Window));
    const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    p.drawRoundedRect(r, 4, 4);
    p.setBrush(fill);
    p.drawRoundedRect(r, 4, 4);
    QFrame::paintEvent(event);
}

void MessageBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::PaletteChange)
        updateIcon();
    QFrame::changeEvent(event);
}

} // namespace authdesk
