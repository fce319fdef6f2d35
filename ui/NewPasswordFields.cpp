#include "NewPasswordFields.h"

#include "FormWidgets.h"
#include "PasswordStrength.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>

namespace authdesk {

namespace {
// The meter's colour by score (0..4): the same red-to-green on light and dark palettes.
QColor scoreColour(int score)
{
    static const QColor colours[] = {QColor(0xDA, 0x44, 0x53), QColor(0xDA, 0x44, 0x53), QColor(0xF6, 0x74, 0x00),
                                     QColor(0x27, 0xAE, 0x60), QColor(0x27, 0xAE, 0x60)};
    return colours[qBound(0, score, 4)];
}
// The server's classes on the meter's scale.
int serverScore(const OverkizPasswordQuality &q)
{
    if (q.rejected())
        return 0;
    const QString c = q.qualityClass.toLower();
    return c == u"strong" ? 4 : c == u"medium" ? 3 : 1;
}
} // namespace

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
    m_strength->setWordWrap(true);
    form->addRow(QString(), m_strength);
    m_mismatch = form::fieldError(this, QStringLiteral("mismatchLabel"), tr("The two passwords differ."));
    form->addRow(QString(), m_mismatch);
    m_useAnyway = new QCheckBox(tr("&Use this weak password anyway"), this);
    m_useAnyway->setObjectName(QStringLiteral("useAnywayCheck"));
    m_useAnyway->hide();
    form->addRow(QString(), m_useAnyway);
    connect(m_show, &QCheckBox::toggled, this, [this](bool on) {
        for (QLineEdit *e : {m_password, m_retype})
            e->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_password, &QLineEdit::textChanged, this, [this](const QString &t) {
        m_server.reset(); // a new candidate: the old verdict no longer applies
        m_useAnyway->setChecked(false); // and a "use anyway" was given for the old one
        update();
        Q_EMIT passwordChanged(t);
        Q_EMIT edited();
    });
    connect(m_retype, &QLineEdit::textChanged, this, [this] {
        update();
        Q_EMIT edited();
    });
    connect(m_useAnyway, &QCheckBox::toggled, this, &NewPasswordFields::edited);
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
    Q_EMIT edited();
}

bool NewPasswordFields::weak() const
{
    if (m_password->text().isEmpty())
        return false;
    // The server's verdict decides where there is one: what it accepts needs no confirmation.
    return m_server ? m_server->rejected() : m_localScore < kGoodScore;
}

QString NewPasswordFields::problem() const
{
    if (m_password->text().isEmpty())
        return tr("Enter the new password.");
    if (!matches())
        return tr("The two passwords differ.");
    if (serverRejects())
        return tr("The server rejects this password: %1").arg(m_strength->text());
    if (weak() && !m_useAnyway->isChecked())
        return tr("This password is weak and easy to guess. Choose a stronger one, or tick “Use this weak password anyway”.");
    return {};
}

void NewPasswordFields::clear()
{
    m_password->clear();
    m_retype->clear();
}

void NewPasswordFields::update()
{
    const QString pw = m_password->text();
    const auto s = PasswordStrength::estimate(pw, m_personal);
    m_localScore = s.score;
    int score = pw.isEmpty() ? 0 : s.score;
    QString text = pw.isEmpty() ? QString() : tr("%1 (about %2 bits)").arg(s.label).arg(qRound(s.entropyBits));
    if (m_server) {
        // One meter: the server's verdict replaces the local estimate once it is known.
        QStringList weakText;
        for (const auto &w : m_server->weaknesses)
            weakText << w.label;
        score = serverScore(*m_server);
        text = tr("Server: %1 (score %2)%3")
                   .arg(m_server->qualityClass)
                   .arg(m_server->score)
                   .arg(weakText.isEmpty() ? QString() : QStringLiteral(" — ") + weakText.join(QStringLiteral("; ")));
    }
    m_meter->setValue(score);
    QPalette p = m_meter->palette();
    p.setColor(QPalette::Highlight, scoreColour(score));
    m_meter->setPalette(p);
    m_strength->setText(text);
    m_mismatch->setVisible(!m_retype->text().isEmpty() && !matches());
    // The confirmation appears only when it is needed, and stays ticked while it is.
    const bool ask = weak() && !serverRejects();
    m_useAnyway->setVisible(ask);
    if (!ask)
        m_useAnyway->setChecked(false);
}

} // namespace authdesk
