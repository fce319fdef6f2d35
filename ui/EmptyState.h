#pragma once

#include <QLabel>

class QAbstractItemView;

namespace authdesk {

// A table's empty state: a short hint where the rows would be ("No sessions yet: look one
// up…"), shown while the view's model has no row, so an empty table says what to do.
class EmptyState : public QLabel
{
    Q_OBJECT
public:
    // Puts the hint on `view`'s viewport (the view owns it).
    static EmptyState *attach(QAbstractItemView *view, const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    EmptyState(QAbstractItemView *view, const QString &text);
    void update();
    QAbstractItemView *m_view;
};

} // namespace authdesk
