#include "EmptyState.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QEvent>

namespace authdesk {

EmptyState *EmptyState::attach(QAbstractItemView *view, const QString &text)
{
    return new EmptyState(view, text);
}

EmptyState::EmptyState(QAbstractItemView *view, const QString &text)
    : QLabel(text, view->viewport())
    , m_view(view)
{
    setObjectName(view->objectName() + QStringLiteral("Empty"));
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setTextFormat(Qt::PlainText); // it may quote what the person typed (a filter)
    setEnabled(false); // the palette's quiet text colour, light or dark
    setAttribute(Qt::WA_TransparentForMouseEvents);
    view->viewport()->installEventFilter(this);
    QAbstractItemModel *model = view->model();
    connect(model, &QAbstractItemModel::modelReset, this, &EmptyState::update);
    connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyState::update);
    connect(model, &QAbstractItemModel::rowsInserted, this, &EmptyState::update);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &EmptyState::update);
    update();
}

void EmptyState::update()
{
    setVisible(m_view->model()->rowCount() == 0);
    setGeometry(m_view->viewport()->rect().adjusted(24, 24, -24, -24));
}

bool EmptyState::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        update();
    return QLabel::eventFilter(watched, event);
}

} // namespace authdesk
