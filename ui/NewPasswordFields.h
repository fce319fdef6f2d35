#pragma once

#include "OverkizTypes.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace authdesk {

// The new-password fields used by the reset wizard and the change dialog: the password twice,
// show/hide, one coloured strength meter, and a "use anyway" confirmation for a weak one.
// The meter shows the verdict that applies: the server's (Overkiz O6) once it has judged the
// candidate, libzxcvbn's until then. The server's verdict decides when there is one.
class NewPasswordFields : public QWidget
{
    Q_OBJECT
public:
    // Below this libzxcvbn score a password needs an explicit "use anyway".
    static constexpr int kGoodScore = 3;

    explicit NewPasswordFields(QWidget *parent = nullptr);

    QString password() const;
    bool matches() const;
    // Words of the person (e-mail, names) that make a password weak.
    void setPersonalWords(const QStringList &words);
    // The server's verdict (Overkiz O6); nullopt while unknown.
    void setServerVerdict(const std::optional<OverkizPasswordQuality> &q);
    bool serverRejects() const { return m_server && m_server->rejected(); }
    // One sentence when the fields cannot be used yet; empty when they can.
    QString problem() const;
    void clear();

Q_SIGNALS:
    void passwordChanged(const QString &password);
    // Any change a person makes (either field, "use anyway"): problem() may have changed.
    void edited();

private:
    void update();
    bool weak() const; // by the verdict that applies

    QLineEdit *m_password = nullptr;
    QLineEdit *m_retype = nullptr;
    QCheckBox *m_show = nullptr;
    QProgressBar *m_meter = nullptr;
    QLabel *m_strength = nullptr;
    QLabel *m_mismatch = nullptr;
    QCheckBox *m_useAnyway = nullptr;
    QStringList m_personal;
    int m_localScore = 0;
    std::optional<OverkizPasswordQuality> m_server;
};

} // namespace authdesk
