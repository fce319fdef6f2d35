#pragma once

#include <QString>

class QLineEdit;
class QProgressBar;
class QWidget;

namespace authdesk::form {

// The small pieces every dialog and page of the console builds the same way, so that they
// look and behave alike (and tests find them by the same object names).

// A line edit found by `name` and read out by screen readers as `accessibleName`.
QLineEdit *lineEdit(QWidget *parent, const char *name, const QString &accessibleName);
// The hidden "working" bar ("busyBar") shown while a call runs.
QProgressBar *busyBar(QWidget *parent, const QString &accessibleName);

} // namespace authdesk::form
