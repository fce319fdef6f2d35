#include "FormWidgets.h"

#include "MessageBar.h"

#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>

namespace authdesk::form {

QLineEdit *lineEdit(QWidget *parent, const char *name, const QString &accessibleName)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(QLatin1String(name));
    e->setAccessibleName(accessibleName);
    return e;
}

QProgressBar *busyBar(QWidget *parent, const QString &accessibleName)
{
    auto *b = new QProgressBar(parent);
    b->setObjectName(QStringLiteral("busyBar"));
    b->setRange(0, 0);
    b->setTextVisible(false);
    b->setAccessibleName(accessibleName);
    b->hide();
    return b;
}

QLabel *fieldError(QWidget *parent, const QString &name, const QString &text)
{
    auto *l = new QLabel(text, parent);
    l->setObjectName(name);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    QPalette p = l->palette();
    p.setColor(QPalette::WindowText, MessageBar::accent(MessageBar::Kind::Error));
    l->setPalette(p);
    l->hide();
    return l;
}

} // namespace authdesk::form
