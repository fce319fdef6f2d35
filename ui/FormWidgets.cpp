#include "FormWidgets.h"

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

QLabel *errorLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QStringLiteral("errorLabel"));
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = l->font();
    bold.setBold(true); // follows the palette (light or dark); no hard-coded colour
    l->setFont(bold);
    l->hide();
    return l;
}

void showError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
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
