#pragma once

#include <QString>

#include <memory>
#include <optional>

class QWidget;

namespace authdesk {

// Every modal question the console asks goes through here, so that GUI tests can answer
// them without timers or sleeps (a seam, as KeePassXC's tests use): the default shows Qt's
// standard dialogs, a test installs one that returns scripted answers.
class Prompter
{
public:
    virtual ~Prompter() = default;

    static Prompter &instance();
    // Replaces the prompter (tests); null restores the default.
    static void setInstance(std::unique_ptr<Prompter> prompter);

    // A question answered by a button that says what it does (`verb`, e.g. "Terminate 3
    // sessions") or Cancel; true for the verb. The verb is the default button: the person
    // has just asked for it, and the button names what and how many. `destructive` marks
    // what cannot be undone (a warning icon instead of a question).
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &verb, bool destructive) = 0;
    virtual std::optional<QString> askText(QWidget *parent, const QString &title, const QString &label,
                                           const QString &initial = {}) = 0;
    virtual QString openFileName(QWidget *parent, const QString &title, const QString &filter) = 0;
    virtual QString saveFileName(QWidget *parent, const QString &title, const QString &suggested, const QString &filter) = 0;
    virtual void inform(QWidget *parent, const QString &title, const QString &text) = 0;
};

} // namespace authdesk
