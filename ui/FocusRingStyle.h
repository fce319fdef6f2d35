#pragma once

#include <QProxyStyle>

namespace authdesk {

// A focus indicator people can see, over whatever style the desktop gives (Fusion, the GTK
// theme's, Windows'): their own are faint (Fusion's is a 30 % tint, and none at all on
// buttons and combo boxes) or dotted. Once the keyboard has moved the focus in a window,
// the focused control gets a 2 px ring just outside its edge in the palette's highlight
// colour (FocusRingOverlay, so the control's own drawing is untouched); in item views and
// tab bars the ring is around the current item or tab, in the highlighted-text colour on a
// selection.
// That meets WCAG 2.2's focus appearance (a 2 px perimeter at 3:1 contrast), checked for
// every window in a light and a dark palette by tests/ui/tst_focusring.
// Everything else is the base style's.
class FocusRingStyle : public QProxyStyle
{
    Q_OBJECT
public:
    explicit FocusRingStyle(const QString &baseKey);

    // Wraps the application's current style (the one -style or QT_STYLE_OVERRIDE chose) and
    // starts following the focus.
    static void install();

    // The ring's colour on `background`: `preferred`, lightened or darkened until it stands
    // out at `minContrast` (a theme's highlight can sit too close to a dark window colour).
    static QColor ringColour(QColor preferred, const QColor &background, double minContrast = 4.5);

    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;

private:
    static void follow(QWidget *now);
};

} // namespace authdesk
