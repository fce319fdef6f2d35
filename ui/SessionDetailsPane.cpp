#include "SessionDetailsPane.h"

#include "LocaleFormat.h"
#include "SessionTableModel.h"

#include <QFormLayout>
#include <QLabel>

namespace authdesk {

namespace {
struct Field {
    const char *id;
    const char *label;
};
// The context is the class's own (tr() in namespace authdesk looks them up there).
const Field kFields[] = {
    {"profile", QT_TRANSLATE_NOOP("authdesk::SessionDetailsPane", "Profile")},
    {"sessionId", QT_TRANSLATE_NOOP("authdesk::SessionDetailsPane", "Session")},
    {"userId", QT_TRANSLATE_NOOP("authdesk::SessionDetailsPane", "User")},
    {"effectiveUserId", QT_TRANSLATE_NOOP("authdesk::SessionDetailsPane", "Effective user")},
    {"orgId", QT_TRANSLATE_NOOP("authdesk::SessionDetailsPane", "Org")},
    {"effectiveOrgId", QT_TRANSLATE_NOOP("authdesk::SessionDetailsPane", "Effective org")},
    {"created", QT_TRANSLATE_NOOP("authdesk::SessionDetailsPane", "Created")},
    {"lastAccess", QT_TRANSLATE_NOOP("authdesk::SessionDetailsPane", "Last access")},
    {"expiresAt", QT_TRANSLATE_NOOP("authdesk::SessionDetailsPane", "Expires")},
    {"clientIp", QT_TRANSLATE_NOOP("authdesk::SessionDetailsPane", "Client IP")},
    {"userAgent", QT_TRANSLATE_NOOP("authdesk::SessionDetailsPane", "User agent")},
    {"clonedFrom", QT_TRANSLATE_NOOP("authdesk::SessionDetailsPane", "Cloned from")},
};
} // namespace

SessionDetailsPane::SessionDetailsPane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("sessionDetails"));
    auto *form = new QFormLayout(this);
    for (const Field &f : kFields) {
        auto *v = new QLabel(this);
        v->setObjectName(QStringLiteral("detail_%1").arg(QLatin1String(f.id)));
        v->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        v->setWordWrap(true);
        const QString label = tr(f.label);
        v->setAccessibleName(label);
        form->addRow(tr("%1:", "a label before its value").arg(label), v);
        m_values.insert(QLatin1String(f.id), v);
    }
    show(nullptr);
}

QString SessionDetailsPane::value(const QString &field) const
{
    const QLabel *l = m_values.value(field);
    return l ? l->text() : QString();
}

void SessionDetailsPane::show(const SessionRow *row)
{
    for (QLabel *l : std::as_const(m_values))
        l->setText(QStringLiteral("—"));
    if (!row)
        return;
    auto time = [](const QDateTime &t) { return localeFormat::dateTime(t, QStringLiteral("—")); };
    auto text = [](const QString &s) { return s.isEmpty() ? QStringLiteral("—") : s; };
    const P28Session &s = row->session;
    m_values[QStringLiteral("profile")]->setText(row->profileName);
    m_values[QStringLiteral("sessionId")]->setText(text(s.sessionId));
    m_values[QStringLiteral("userId")]->setText(text(row->own ? row->who : s.userId));
    m_values[QStringLiteral("effectiveUserId")]->setText(text(s.effectiveUserId));
    m_values[QStringLiteral("orgId")]->setText(text(s.orgId));
    m_values[QStringLiteral("effectiveOrgId")]->setText(text(s.effectiveOrgId));
    m_values[QStringLiteral("created")]->setText(time(s.created));
    m_values[QStringLiteral("lastAccess")]->setText(time(s.lastAccess));
    m_values[QStringLiteral("expiresAt")]->setText(time(s.expiresAt));
    m_values[QStringLiteral("clientIp")]->setText(text(s.clientIp));
    m_values[QStringLiteral("userAgent")]->setText(text(s.userAgent));
    m_values[QStringLiteral("clonedFrom")]->setText(text(s.clonedFrom));
}

} // namespace authdesk
