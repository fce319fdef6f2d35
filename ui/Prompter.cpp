#include "Prompter.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>

namespace authdesk {

namespace {

class DialogPrompter : public Prompter
{
public:
    bool confirm(QWidget *parent, const QString &title, const QString &text, bool destructive) override
    {
        QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No, parent);
        box.setDefaultButton(destructive ? QMessageBox::No : QMessageBox::Yes);
        return box.exec() == QMessageBox::Yes;
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
