#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace authdesk {

// The one inline message of the console (in the spirit of KDE's KMessageWidget, which Qt
// does not have): an error, warning, success or information line with its colour and icon,
// shown where the action happened. Its space stays reserved while it is hidden, so a
// message appearing or going never moves the fields and buttons around it; a longer text
// may wrap onto a second line. Tests find it by objectName ("messageBar" unless told).
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Error, Warning, Success, Info };
    Q_ENUM(Kind)

    explicit MessageBar(QWidget *parent = nullptr, const QString &objectName = QStringLiteral("messageBar"));

    Kind kind() const { return m_kind; }
    // What the bar says; empty while nothing is shown.
    QString text() const;
    // Shows `text` as `kind`; an empty text hides the bar (its space stays).
    void showMessage(Kind kind, const QString &text);
    void showError(const QString &text) { showMessage(Kind::Error, text); }
    void showWarning(const QString &text) { showMessage(Kind::Warning, text); }
    void showSuccess(const QString &text) { showMessage(Kind::Success, text); }
    void showInfo(const QString &text) { showMessage(Kind::Info, text); }
    void clear();
    // Hides the bar only when it shows this kind (a success clears the error it answers,
    // not an unrelated warning).
    void clear(Kind kind);
    // The colour that tells a kind (also the text colour of a field's own error line).
    static QColor accent(Kind kind);

Q_SIGNALS:
    void changed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QColor accent() const { return accent(m_kind); }
    void updateIcon();

    Kind m_kind = Kind::Info;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QToolButton *m_close = nullptr;
};

} // namespace authdesk
