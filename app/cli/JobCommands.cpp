#include "JobCommands.h"

#include "BulkJournal.h"
#include "SessionCommands.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace authdesk::cli {

namespace {
QJsonObject toJson(const BulkJournal::Job &j)
{
    return QJsonObject{{QStringLiteral("id"), j.id},
                       {QStringLiteral("profile"), j.profileName},
                       {QStringLiteral("created"), j.created.toString(Qt::ISODate)},
                       {QStringLiteral("items"), int(j.items.size())},
                       {QStringLiteral("left"), int(j.left().size())}};
}
} // namespace

int JobCommands::run(CliContext &ctx, const QString &command)
{
    const QList<BulkJournal::Job> jobs = BulkJournal::unfinished();
    if (command == u"list") {
        QJsonArray out;
        QStringList lines;
        for (const auto &j : jobs) {
            out.append(toJson(j));
            lines << QCoreApplication::translate("cli", "%1  %2  %3 of %4 sessions left  (started %5)")
                         .arg(j.id, j.profileName)
                         .arg(j.left().size())
                         .arg(j.items.size())
                         .arg(QLocale().toString(j.created.toLocalTime(), QLocale::ShortFormat));
        }
        return ctx.ok(out, jobs.isEmpty() ? QCoreApplication::translate("cli", "No unfinished jobs.") : lines.join(u'\n'));
    }
    if (command != u"resume")
        return ctx.usage(QCoreApplication::translate("cli", "Unknown command \"jobs %1\" (see --help).").arg(command));
    const QString wanted = ctx.arg(0);
    if (wanted.isEmpty() == !ctx.isSet(QStringLiteral("last")))
        return ctx.usage(QCoreApplication::translate("cli", "Name the job to resume (see: authdesk-cli jobs list), or give --last."));
    const BulkJournal::Job *job = nullptr;
    for (const auto &j : jobs) {
        if (wanted.isEmpty() || j.id == wanted) {
            job = &j;
            break;
        }
    }
    if (!job)
        return ctx.fail(ApiError::make(ErrorKind::NotFound, QCoreApplication::translate("cli", "There is no unfinished job \"%1\".").arg(wanted)));
    // The job's own server, unless one is named (then it must be the same).
    if (ctx.isSet(QStringLiteral("profile")) || ctx.isSet(QStringLiteral("dialect"))) {
        if (!ctx.resolveProfile())
            return ExitUsage;
        if (ctx.profile().id != job->profileId)
            return ctx.usage(QCoreApplication::translate("cli", "Job %1 belongs to the profile \"%2\".").arg(job->id, job->profileName));
    } else {
        Profile p = ctx.profiles().find(job->profileId).value_or(Profile{});
        if (p.id.isEmpty()) {
            p.id = job->profileId;
            p.name = job->profileName;
            p.dialect = job->dialect;
            p.baseUrl = job->baseUrl;
            p.apiId = job->apiId;
        }
        ctx.useProfile(p);
    }
    if (!SessionCommands::concurrencyIsValid(ctx))
        return ctx.usage(QCoreApplication::translate("cli", "--concurrency needs a whole number from 1 to 256."));
    Backend *b = ctx.backend();
    if (!b)
        return ExitUsage;
    BulkJournal journal;
    QString error;
    if (!journal.open(job->path, &error))
        return ctx.fail(ApiError::make(ErrorKind::Storage, error));
    return SessionCommands::runJob(ctx, b, journal.job().left(), journal, true);
}

} // namespace authdesk::cli
