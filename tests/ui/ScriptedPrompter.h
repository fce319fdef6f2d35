#pragma once

#include "Prompter.h"

#include <QQueue>
#include <QStringList>

// Answers the console's modal questions from a script (the Prompter seam): no timers,
// no sleeps, no real dialogs in GUI tests.
class ScriptedPrompter : public authdesk::Prompter
{
public:
    bool confirmAnswer = true;
    QQueue<QString> texts;   // askText answers, in order (empty queue: cancelled)
    QString openFile, saveFile;
    QStringList asked;       // every title shown, in order
    QStringList verbs;       // the confirmations' action buttons, in order

    bool confirm(QWidget *, const QString &title, const QString &, const QString &verb, bool) override
    {
        asked << title;
        verbs << verb;
        return confirmAnswer;
    }
    std::optional<QString> askText(QWidget *, const QString &title, const QString &, const QString &) override
    {
        asked << title;
        if (texts.isEmpty())
            return std::nullopt;
        return texts.dequeue();
    }
    QString openFileName(QWidget *, const QString &title, const QString &) override
    {
        asked << title;
        return openFile;
    }
    QString saveFileName(QWidget *, const QString &title, const QString &, const QString &) override
    {
        asked << title;
        return saveFile;
    }
    void inform(QWidget *, const QString &title, const QString &) override { asked << title; }
};
