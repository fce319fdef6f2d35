#pragma once

#include <QPointer>
#include <QWidget>

namespace authdesk {

// The ring around the control that has the keyboard focus (see FocusRingStyle): a child of
// the control's window laid over it, so that neither a tight parent (a button box, a tool
// bar) clips it nor the control's own drawing changes. It follows the control when it or
// any of its parents moves, resizes, shows or hides; clicks go through it.
class FocusRingOverlay : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kRing = 2; // px: WCAG 2.2's minimum perimeter thickness
    static constexpr int kGap = 1;  // px between the control's edge and its ring

    // Rings `target` (nullptr: no ring anywhere).
    static void ring(QWidget *target);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    explicit FocusRingOverlay(QWidget *window);
    void setTarget(QWidget *target);
    void watch(bool on);
    void place();

    QPointer<QWidget> m_target;
    QList<QPointer<QWidget>> m_watched; // the target and its parents up to the window
};

} // namespace authdesk
