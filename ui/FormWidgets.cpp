#include "FormWidgets.h"

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

} // namespace authdesk::form
