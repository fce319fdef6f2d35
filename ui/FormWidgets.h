#pragma once

#include <QString>

class QLabel;
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
// A field's own error line under it: hidden until it has something to say, in the error
// colour of the message bars, wrapped, plain text (server texts are never markup).
QLabel *fieldError(QWidget *parent, const QString &name, const QString &text = QString());

} // namespace authdesk::form
