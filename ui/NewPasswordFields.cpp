#include "NewPasswordFields.h"

#include "PasswordStrength.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>

namespace authdesk {

NewPasswordFields::NewPasswordFields(QWidget *parent)
    : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("newPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("New password"));
    form->addRow(tr("&New password:"), m_password);
    m_retype = new QLineEdit(this);
    m_retype->setObjectName(QStringLiteral("retypePasswordEdit"));
    m_retype->setEchoMode(QLineEdit::Password);
    m_retype->setAccessibleName(tr("New password again"));
    form->addRow(tr("A&gain:"), m_retype);
    m_show = new QCheckBox(tr("S&how passwords"), this);
    m_show->setObjectName(QStringLiteral("showPasswordCheck"));
    form->addRow(QString(), m_show);
    m_meter = new QProgressBar(this);
    m_meter->setObjectName(QStringLiteral("strengthMeter"));
    m_meter->setRange(0, 4);
    m_meter->setTextVisible(false);
    m_meter->setAccessibleName(tr("Password strength"));
    form->addRow(tr("Strength:"), m_meter);
    m_strength = new QLabel(this);
    m_strength->setObjectName(QStringLiteral("strengthLabel"));
    form->addRow(QString(), m_strength);
    m_serverLabel = new QLabel(this);
    m_serverLabel->setObjectName(QStringLiteral("serverVerdictLabel"));
    m_serverLabel->setWordWrap(true);
    m_serverLabel->hide();
    form->addRow(QString(), m_serverLabel);
    m_mismatch = new QLabel(tr("The two passwords differ."), this);
    m_mismatch->setObjectName(QStringLiteral("mismatchLabel"));
    m_mismatch->hide();
    form->addRow(QString(), m_mismatch);
    connect(m_show, &QCheckBox::toggled, this, [this](bool on) {
        for (QLineEdit *e : {m_password, m_retype})
            e->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_password, &QLineEdit::textChanged, this, [this](const QString &t) {
        m_server.reset(); // a new candidate: the old verdict no longer applies
        update();
        Q_EMIT passwordChanged(t);
    });
    connect(m_retype, &QLineEdit::textChanged, this, &NewPasswordFields::update);
    update();
}

QString NewPasswordFields::password() const
{
    return m_password->text();
}

bool NewPasswordFields::matches() const
{
    return m_password->text() == m_retype->text();
}

void NewPasswordFields::setPersonalWords(const QStringList &words)
{
    m_personal = words;
    update();
}

void NewPasswordFields::setServerVerdict(const std::optional<OverkizPasswordQuality> &q)
{
    m_server = q;
    update();
}

QString NewPasswordFields::problem() const
{
    if (m_password->text().isEmpty())
        return tr("Enter the new password.");
    if (!matches())
        return tr("The two passwords differ.");
    if (serverRejects())
        return tr("The server rejects this password: %1").arg(m_serverLabel->text());
    return {};
}

void NewPasswordFields::clear()
{
    m_password->clear();
    m_retype->clear();
}

void NewPasswordFields::update()
{
    const auto s = PasswordStrength::estimate(m_password->text(), m_personal);
    m_meter->setValue(m_password->text().isEmpty() ? 0 : s.score);
    m_strength->setText(m_password->text().isEmpty() ? QString() : tr("%1 (about %2 bits)").arg(s.label).arg(qRound(s.entropyBits)));
    m_mismatch->setVisible(!m_retype->text().isEmpty() && !matches());
    if (m_server) {
        QStringList weak;
        for (const auto &w : m_server->weaknesses)
            weak << w.label;
        m_serverLabel->setText(tr("Server: %1 (score %2)%3")
                                   .arg(m_server->qualityClass)
                                   .arg(m_server->score)
                                   .arg(weak.isEmpty() ? QString() : QStringLiteral(" — ") + weak.join(QStringLiteral("; "))));
    }
    m_serverLabel->setVisible(m_server.has_value());
}

} // namespace authdesk
