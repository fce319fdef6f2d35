#include "ProfileItemDelegate.h"

#include "ProfileListModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace authdesk {

namespace {
constexpr int kIcon = 28;
constexpr int kPad = 6;

// Chip colours that read on light and dark palettes: a tint of the state's colour behind
// the palette's own text colour.
QColor chipColour(ProfileListModel::Chip chip)
{
    switch (chip) {
    case ProfileListModel::Chip::SignedIn: return QColor(0x2e, 0x7d, 0x32);
    case ProfileListModel::Chip::Expiring: return QColor(0xef, 0x8f, 0x00);
    case ProfileListModel::Chip::Expired: return QColor(0xc6, 0x28, 0x28);
    case ProfileListModel::Chip::SignedOut: break;
    }
    return QColor(0x75, 0x75, 0x75);
}

// Draws one chip at `x` on the line whose text baseline box is `line`; returns its right edge.
int drawChip(QPainter *p, const QFontMetrics &fm, int x, const QRect &line, const QString &text, const QColor &colour, const QColor &ink)
{
    const int w = fm.horizontalAdvance(text) + 2 * kPad;
    const QRect r(x, line.top() + 1, w, line.height() - 2);
    QColor fill = colour;
    fill.setAlpha(60);
    QPainterPath path;
    path.addRoundedRect(r, r.height() / 2.0, r.height() / 2.0);
    p->fillPath(path, fill);
    p->setPen(colour);
    p->drawPath(path);
    p->setPen(ink);
    p->drawText(r, Qt::AlignCenter, text);
    return r.right();
}
} // namespace

QSize ProfileItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics fm(option.font);
    const QString state = index.data(ProfileListModel::StateTextRole).toString();
    // Name, chip line, and while signed in one line for each line of the state text (who,
    // the countdown).
    const auto chip = ProfileListModel::Chip(index.data(ProfileListModel::ChipRole).toInt());
    const bool signedIn = chip == ProfileListModel::Chip::SignedIn || chip == ProfileListModel::Chip::Expiring;
    const int lines = 2 + (signedIn ? 1 + int(state.count(u'\n')) : 0);
    return {kIcon + 3 * kPad + fm.horizontalAdvance(index.data(ProfileListModel::NameRole).toString()),
            qMax(kIcon, lines * (fm.height() + 2)) + 2 * kPad};
}

void ProfileItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, selection, focus

    painter->save();
    const bool selected = option.state & QStyle::State_Selected;
    const QColor ink = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QRect r = option.rect.adjusted(kPad, kPad, -kPad, -kPad);
    index.data(Qt::DecorationRole).value<QIcon>().paint(painter, QRect(r.left(), r.top(), kIcon, kIcon));
    const int x = r.left() + kIcon + kPad;
    const int width = r.right() - x;
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics fm(option.font);
    const int lineHeight = fm.height() + 2;
    QRect line(x, r.top(), width, lineHeight);
    painter->setFont(bold);
    painter->setPen(ink);
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(index.data(ProfileListModel::NameRole).toString(), Qt::ElideRight, width));
    painter->setFont(option.font);
    line.translate(0, lineHeight);
    const auto chip = ProfileListModel::Chip(index.data(ProfileListModel::ChipRole).toInt());
    int right = drawChip(painter, fm, x, line, index.data(ProfileListModel::ChipTextRole).toString(), chipColour(chip), ink);
    if (index.data(ProfileListModel::KeychainUnavailableRole).toBool())
        right = drawChip(painter, fm, right + kPad, line, tr("no keychain"), chipColour(ProfileListModel::Chip::Expiring), ink);
    // Who and the countdown: the state text's lines after the first ("signed in as …").
    const QStringList state = index.data(ProfileListModel::StateTextRole).toString().split(u'\n');
    painter->setPen(ink);
    for (int i = 0; i < state.size(); ++i) {
        QString text = state[i];
        // The chip says it already.
        if (index.data(ProfileListModel::KeychainUnavailableRole).toBool() && i == state.size() - 1 && text.contains(QStringLiteral(" · ")))
            text = text.section(QStringLiteral(" · "), 0, -2);
        // Signed out or expired: the chip says all.
        if (chip == ProfileListModel::Chip::SignedOut || chip == ProfileListModel::Chip::Expired)
            break;
        line.translate(0, lineHeight);
        painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(text, Qt::ElideRight, width));
    }
    painter->restore();
}

} // namespace authdesk
