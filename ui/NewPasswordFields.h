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
// show/hide, a live libzxcvbn strength meter, and (Overkiz) the server's verdict with its
// weaknesses. The server's verdict wins when it rejects.
class NewPasswordFields : public QWidget
{
    Q_OBJECT
public:
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

private:
    void update();

    QLineEdit *m_password = nullptr;
    QLineEdit *m_retype = nullptr;
    QCheckBox *m_show = nullptr;
    QProgressBar *m_meter = nullptr;
    QLabel *m_strength = nullptr;
    QLabel *m_serverLabel = nullptr;
    QLabel *m_mismatch = nullptr;
    QStringList m_personal;
    std::optional<OverkizPasswordQuality> m_server;
};

} // namespace authdesk
