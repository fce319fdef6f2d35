#include "Prompter.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace authdesk {

namespace {

class DialogPrompter : public Prompter
{
public:
    bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &verb, bool destructive) override
    {
        QMessageBox box(destructive ? QMessageBox::Warning : QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
        QPushButton *yes = box.addButton(verb, QMessageBox::AcceptRole);
        yes->setObjectName(QStringLiteral("confirmButton"));
        QPushButton *cancel = box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(yes);
        box.setEscapeButton(cancel);
        box.exec();
        return box.clickedButton() == yes;
    }
    std::optional<QString> askText(QWidget *parent, const QString &title, const QString &label, const QString &initial) override
    {
        bool ok = false;
        const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
        if (!ok)
            return std::nullopt;
        return text;
    }
    QString openFileName(QWidget *parent, const QString &title, const QString &filter) override
    {
        return QFileDialog::getOpenFileName(parent, title, QString(), filter);
    }
    QString saveFileName(QWidget *parent, const QString &title, const QString &suggested, const QString &filter) override
    {
        return QFileDialog::getSaveFileName(parent, title, suggested, filter);
    }
    void inform(QWidget *parent, const QString &title, const QString &text) override
    {
        QMessageBox::information(parent, title, text);
    }
};

std::unique_ptr<Prompter> &slot()
{
    static std::unique_ptr<Prompter> p = std::make_unique<DialogPrompter>();
    return p;
}

} // namespace

Prompter &Prompter::instance()
{
    return *slot();
}

void Prompter::setInstance(std::unique_ptr<Prompter> prompter)
{
    slot() = prompter ? std::move(prompter) : std::make_unique<DialogPrompter>();
}

} // namespace authdesk
