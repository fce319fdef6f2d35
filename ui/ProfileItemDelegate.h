#pragma once

#include <QStyledItemDelegate>

namespace authdesk {

// Draws a sidebar row so that its state reads at a glance, without hovering: the dialect
// icon, the profile's name, a coloured chip (signed in / expiring / expired / signed out, and
// "keychain unavailable"), and below it who is signed in and the countdown, never elided
// away (the row is as tall as its lines).
class ProfileItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace authdesk
