#pragma once

#include <QHash>
#include <QWidget>

class QLabel;

namespace authdesk {

struct SessionRow;

// The details of the selected session: user, effective user / org, org, times, client IP,
// user agent, cloned from. Every value is selectable text.
class SessionDetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit SessionDetailsPane(QWidget *parent = nullptr);
    void show(const SessionRow *row);
    QString value(const QString &field) const;

private:
    QHash<QString, QLabel *> m_values;
};

} // namespace authdesk
