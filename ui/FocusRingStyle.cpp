#include "FocusRingStyle.h"

#include "FocusRingOverlay.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QStyleOption>
#include <QTabBar>

#include <cmath>

namespace authdesk {

namespace {

double luminance(const QColor &c)
{
    auto ch = [](double s) { return s <= 0.04045 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4); };
    return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

void drawRing(QPainter *painter, const QRect &outer, const QColor &colour, int t = FocusRingOverlay::kRing)
{
    painter->save();
    QRegion ring(outer);
    ring -= QRegion(outer.adjusted(t, t, -t, -t));
    painter->setClipRegion(ring, Qt::IntersectClip);
    painter->fillRect(outer, colour); // crisp, full-strength pixels
    painter->restore();
}

// Views and tab bars show the focus on their current item; the overlay is for the rest.
bool ringsItsItems(const QWidget *w)
{
    return qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QTabBar *>(w);
}

bool keyboardFocus(const QStyleOption *option)
{
    return (option->state & QStyle::State_HasFocus) && (option->state & QStyle::State_KeyboardFocusChange);
}

} // namespace

FocusRingStyle::FocusRingStyle(const QString &baseKey)
    : QProxyStyle(baseKey)
{
}

QColor FocusRingStyle::ringColour(QColor preferred, const QColor &background, double minContrast)
{
    const bool darkBackground = luminance(background) < 0.18;
    for (int i = 0; i < 12 && contrast(preferred, background) < minContrast; ++i)
        preferred = darkBackground ? preferred.lighter(115) : preferred.darker(115);
    return preferred;
}

void FocusRingStyle::install()
{
    QApplication::setStyle(new FocusRingStyle(QApplication::style()->name())); // the application owns it
    QObject::connect(qApp, &QApplication::focusChanged, qApp, [](QWidget *, QWidget *now) { follow(now); });
}

void FocusRingStyle::follow(QWidget *now)
{
    // Like every style's own indicator: shown once the keyboard moved the focus in the window.
    const bool show = now && !now->isWindow() && !ringsItsItems(now) && now->window()->testAttribute(Qt::WA_KeyboardFocusChange);
    FocusRingOverlay::ring(show ? now : nullptr);
}

void FocusRingStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const
{
    if ((element == CE_ItemViewItem || element == CE_TabBarTab) && keyboardFocus(option)) {
        // The base style's faint rectangle goes; a ring around the whole item or tab comes.
        if (element == CE_ItemViewItem) {
            QStyleOptionViewItem plain = *qstyleoption_cast<const QStyleOptionViewItem *>(option);
            plain.state &= ~State_HasFocus;
            QProxyStyle::drawControl(element, &plain, painter, widget);
        } else {
            QProxyStyle::drawControl(element, option, painter, widget);
        }
        // A selected item is filled with the highlight; a current tab is not.
        const bool onSelection = element == CE_ItemViewItem && (option->state & State_Selected);
        const QPalette &pal = option->palette;
        const QColor background = onSelection ? pal.color(QPalette::Highlight)
                                  : element == CE_ItemViewItem ? pal.color(QPalette::Base) : pal.color(QPalette::Window);
        // 4.5:1 against the palette's colour leaves room for the style's own shading.
        // A tab's edge is the style's own outline: the ring's outer pixel covers it, so the
        // ring is one pixel thicker there to stay 2 px of change.
        drawRing(painter, option->rect, ringColour(pal.color(onSelection ? QPalette::HighlightedText : QPalette::Highlight), background, 4.5),
                 FocusRingOverlay::kRing + (element == CE_TabBarTab ? 1 : 0));
        return;
    }
    QProxyStyle::drawControl(element, option, painter, widget);
}

} // namespace authdesk
