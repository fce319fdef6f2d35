// #14 keyboard: wherever the keyboard puts the focus, a person sees it. Every widget that
// Tab reaches, in the main window and the dialogs, in a light and a dark palette, is drawn
// once without and once with keyboard focus; the focus indicator is what changed, and it
// must be as WCAG 2.2's "focus appearance" asks: at least the area of a 2 px ring around
// the control, in pixels whose colour changed with a contrast of at least 3:1.
#include "ConsoleFixture.h"
#include "FocusRingStyle.h"
#include "PasswordResetWizard.h"
#include "ProfileDialog.h"
#include "SessionManagerView.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPlainTextEdit>
#include <QTabBar>

using namespace authdesk;

#define QVERIFY_RETURN(cond) \
    do { \
        if (!QTest::qVerify(static_cast<bool>(cond), #cond, "", __FILE__, __LINE__)) \
            return {QStringLiteral("check failed: ") + QStringLiteral(#cond)}; \
    } while (false)

namespace {

double luminance(QRgb c)
{
    auto ch = [](int v) {
        const double s = v / 255.0;
        return s <= 0.04045 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * ch(qRed(c)) + 0.7152 * ch(qGreen(c)) + 0.0722 * ch(qBlue(c));
}

double contrast(QRgb a, QRgb b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Base, QColor(0x2a, 0x2a, 0x2a));
    p.setColor(QPalette::AlternateBase, QColor(0x42, 0x42, 0x42));
    p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

} // namespace

class TestFocusRing : public QObject
{
    Q_OBJECT
    ConsoleFixture m_fx;
    int m_checked = 0; // controls measured in this test function

    // Where the focus shows for `w`, in window coordinates: the current item of a view, the
    // current tab of a tab bar, the widget itself otherwise.
    static QRect component(QWidget *w)
    {
        QRect r = w->rect();
        if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
            r = view->visualRect(view->currentIndex()).intersected(view->viewport()->rect());
            r.translate(view->viewport()->mapTo(w, QPoint()));
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            r = tabs->tabRect(tabs->currentIndex());
        }
        return QRect(w->mapTo(w->window(), r.topLeft()), r.size());
    }

    // Makes `w` the active window, as a window manager would (the keyboard goes to it).
    static bool activate(QWidget *w)
    {
        w->activateWindow();
        return QTest::qWaitForWindowActive(w);
    }

    // Checks every widget Tab reaches in `window`; returns what fell short, one line each.
    QStringList check(QWidget *window)
    {
        QStringList failures;
        QWidget *neutral = window; // holds the focus while a control is drawn without it
        QTest::keyClick(window, Qt::Key_Tab); // the person uses the keyboard in this window
        QVERIFY_RETURN(window->testAttribute(Qt::WA_KeyboardFocusChange));
        const QList<QWidget *> all = window->findChildren<QWidget *>();
        for (QWidget *w : all) {
            if (!(w->focusPolicy() & Qt::TabFocus) || !w->isVisible() || !w->isEnabled() || w->focusProxy() || w->window() != window)
                continue;
            if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
                if (!view->model() || view->model()->rowCount() == 0)
                    continue; // nothing to stand on: the view's frame alone says little
                if (!view->currentIndex().isValid())
                    view->setCurrentIndex(view->model()->index(0, 0));
            }
            const QRect c = component(w);
            if (c.isEmpty())
                continue;
            const QRect region = c.adjusted(-4, -4, 4, 4).intersected(window->rect());
            neutral->setFocus(Qt::OtherFocusReason);
            QApplication::processEvents();
            const QImage before = window->grab(region).toImage().convertToFormat(QImage::Format_RGB32);
            w->setFocus(Qt::TabFocusReason);
            QApplication::processEvents();
            if (!w->hasFocus()) {
                failures << QStringLiteral("%1: does not take the focus").arg(w->objectName());
                continue;
            }
            const QImage after = window->grab(region).toImage().convertToFormat(QImage::Format_RGB32);
            ++m_checked;
            int strong = 0;
            for (int y = 0; y < before.height() && y < after.height(); ++y)
                for (int x = 0; x < before.width() && x < after.width(); ++x)
                    if (contrast(before.pixel(x, y), after.pixel(x, y)) >= 3.0)
                        ++strong;
            // A 2 px ring just inside the control's edge: 4 (w + h) - 16 pixels.
            const int ring = 4 * (c.width() + c.height()) - 16;
            if (qEnvironmentVariableIsSet("FOCUSRING_DUMP")) {
                const QString base = QStringLiteral("/tmp/focus-%1-%2").arg(window->objectName(), w->objectName());
                before.scaled(before.size() * 4).save(base + QStringLiteral("-before.png"));
                after.scaled(after.size() * 4).save(base + QStringLiteral("-after.png"));
            }
            if (strong < ring)
                failures << QStringLiteral("%1 (%2): %3 pixels of 3:1 contrast, a 2 px ring is %4")
                                .arg(w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName(),
                                     QString::fromLatin1(w->metaObject()->className()))
                                .arg(strong)
                                .arg(ring);
        }
        return failures;
    }

    void everyWindow()
    {
        QStringList failures;
        m_checked = 0;
        m_fx.window->resize(1280, 800);
        QVERIFY(m_fx.signIn(QStringLiteral("demo-platform28"), 0, QStringLiteral("admin"), QStringLiteral("Admin#2026")));
        auto *view = m_fx.window->sessionManager();
        m_fx.find<QLineEdit>("userIdEdit", view)->setText(QStringLiteral("u-alice"));
        QTest::mouseClick(m_fx.find<QPushButton>("listButton", view), Qt::LeftButton);
        QTRY_VERIFY(m_fx.find<QAbstractItemView>("sessionTable", view)->model()->rowCount() > 0);
        QVERIFY(activate(m_fx.window.get()));
        failures << check(m_fx.window.get());

        QPointer<SignInDialog> s = m_fx.window->openSignIn(QStringLiteral("demo-enablex"));
        QVERIFY(s && QTest::qWaitForWindowExposed(s));
        QVERIFY(activate(s));
        failures << check(s);
        s->reject();

        ProfileDialog p(m_fx.context, Profile{});
        p.show();
        QVERIFY(QTest::qWaitForWindowExposed(&p));
        QVERIFY(activate(&p));
        failures << check(&p);
        p.reject();

        QPointer<PasswordResetWizard> w = m_fx.window->openResetWizard(QStringLiteral("demo-enablex"));
        QVERIFY(w && QTest::qWaitForWindowExposed(w));
        QVERIFY(activate(w));
        failures << check(w);
        w->close();
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
        // Buttons, edits, combo boxes, check boxes, radio buttons, views, tabs: all measured.
        QVERIFY2(m_checked >= 35, qPrintable(QString::number(m_checked)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        FocusRingStyle::install();
        QString error;
        QVERIFY2(m_fx.startOnce(&error), qPrintable(error));
    }
    void init() { m_fx.freshWindow(); }
    void cleanup() { m_fx.closeWindow(); }

    void lightPalette() { everyWindow(); }
    void darkPaletteToo()
    {
        const QPalette light = QApplication::palette();
        QApplication::setPalette(darkPalette());
        everyWindow();
        QApplication::setPalette(light);
    }
};

QTEST_MAIN(TestFocusRing)
#include "tst_focusring.moc"
