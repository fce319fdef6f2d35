#include "FocusRingOverlay.h"

#include "FocusRingStyle.h"

#include <QAbstractScrollArea>
#include <QEvent>
#include <QPainter>

namespace authdesk {

namespace {
QPointer<FocusRingOverlay> &current()
{
    static QPointer<FocusRingOverlay> overlay;
    return overlay;
}
} // namespace

FocusRingOverlay::FocusRingOverlay(QWidget *window)
    : QWidget(window)
{
    setObjectName(QStringLiteral("focusRing"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoChildEventsForParent);
    setFocusPolicy(Qt::NoFocus);
    hide();
}

void FocusRingOverlay::ring(QWidget *target)
{
    QPointer<FocusRingOverlay> &overlay = current();
    if (!target) {
        if (overlay)
            overlay->setTarget(nullptr);
        return;
    }
    if (overlay && overlay->parentWidget() != target->window())
        delete overlay; // the focus moved to another window: a ring of its own there
    if (!overlay)
        overlay = new FocusRingOverlay(target->window());
    overlay->setTarget(target);
}

void FocusRingOverlay::setTarget(QWidget *target)
{
    watch(false);
    m_target = target;
    watch(true);
    place();
}

void FocusRingOverlay::watch(bool on)
{
    if (!on) {
        for (const QPointer<QWidget> &w : std::as_const(m_watched))
            if (w)
                w->removeEventFilter(this);
        m_watched.clear();
        return;
    }
    for (QWidget *w = m_target; w && w != parentWidget(); w = w->parentWidget()) {
        w->installEventFilter(this);
        m_watched << w;
    }
}

bool FocusRingOverlay::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Move:
    case QEvent::Resize:
    case QEvent::Show:
    case QEvent::Hide:
    case QEvent::ParentChange:
        place();
        break;
    case QEvent::Destroy:
        if (watched == m_target)
            setTarget(nullptr);
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void FocusRingOverlay::place()
{
    QWidget *window = parentWidget();
    if (!m_target || !m_target->isVisible() || !window || m_target->window() != window) {
        hide();
        return;
    }
    const int out = kRing + kGap;
    const QRect control(m_target->mapTo(window, QPoint(0, 0)), m_target->size());
    const QRect outer = control.adjusted(-out, -out, out, out);
    // What of the ring can be seen: inside the window, and inside a scrolled view's viewport
    // when the control sits in one (a ring must not float over the view's neighbours).
    QRect visible = window->rect();
    for (QWidget *w = m_target->parentWidget(); w && w != window; w = w->parentWidget()) {
        if (auto *area = qobject_cast<QAbstractScrollArea *>(w->parentWidget()); area && area->viewport() == w)
            visible &= QRect(w->mapTo(window, QPoint(0, 0)), w->size());
    }
    QRegion shape(outer);
    shape -= QRegion(outer.adjusted(kRing, kRing, -kRing, -kRing));
    shape &= QRegion(visible);
    if (shape.isEmpty()) {
        hide();
        return;
    }
    setGeometry(outer);
    setMask(shape.translated(-outer.topLeft()));
    raise();
    show();
    update();
}

void FocusRingOverlay::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette pal = m_target ? m_target->palette() : palette();
    p.fillRect(rect(), FocusRingStyle::ringColour(pal.color(QPalette::Highlight), pal.color(QPalette::Window)));
}

} // namespace authdesk
