#include "AuditCommands.h"

#include "AuditLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>

namespace authdesk::cli {

int AuditCommands::run(CliContext &ctx, const QString &command)
{
    if (command != u"verify")
        return ctx.usage(QCoreApplication::translate("cli", "Unknown command \"audit %1\" (see --help).").arg(command));
    const AuditLog log;
    const QStringList files = log.files();
    const AuditChain::Verdict v = log.verify();
    QJsonArray fileList;
    for (const QString &f : files)
        fileList.append(QDir::toNativeSeparators(f));
    if (v.intact) {
        return ctx.ok(QJsonObject{{QStringLiteral("intact"), true}, {QStringLiteral("lines"), v.lines}, {QStringLiteral("files"), fileList}},
                      files.isEmpty() ? QCoreApplication::translate("cli", "There is no audit log yet (%1).").arg(QDir::toNativeSeparators(log.path()))
                                      : QCoreApplication::translate("cli", "The audit log is intact: %n line(s) checked.", nullptr, int(v.lines)));
    }
    const QString where = QStringLiteral("%1:%2").arg(QDir::toNativeSeparators(v.file)).arg(v.brokenLine);
    if (ctx.json()) {
        ctx.ok(QJsonObject{{QStringLiteral("intact"), false}, {QStringLiteral("file"), QDir::toNativeSeparators(v.file)},
                           {QStringLiteral("line"), v.brokenLine}, {QStringLiteral("reason"), v.reason}, {QStringLiteral("files"), fileList}},
               QString());
    } else {
        ctx.note(QCoreApplication::translate("cli", "The audit log is NOT intact from line %1: %2").arg(where, v.reason));
    }
    return ExitTampered;
}

} // namespace authdesk::cli
