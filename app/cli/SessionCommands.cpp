#include "SessionCommands.h"

#include "BulkJournal.h"
#include "BulkTerminator.h"
#include "SessionAdmin.h"

#include "CliCommandLine.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTextStream>

#include <cstdio>

namespace authdesk::cli {

namespace {
QString describe(const P28Session &s)
{
    QStringList lines;
    const QJsonObject o = s.toJson();
    for (auto it = o.begin(); it != o.end(); ++it)
        lines << QStringLiteral("%1: %2").arg(it.key(), it.value().isNull() ? QStringLiteral("-") : it.value().toVariant().toString());
    return lines.join(u'\n');
}

int bulk(CliContext &ctx, Backend *b)
{
    QStringList lines;
    while (const auto line = ctx.readLine())
        lines << *line;
    const QStringList ids = BulkTerminator::normaliseIds(lines);
    if (ids.isEmpty())
        return ctx.usage(QCoreApplication::translate("cli", "Give the session ids on standard input, one per line (or a CSV with the id first)."));
    // One unusable id refuses the whole job before anything is sent.
    for (const QString &id : ids) {
        if (!CliCommandLine::isSafeId(id))
            return ctx.usage(QCoreApplication::translate("cli", "\"%1\" on standard input is not a valid session id.").arg(id));
    }
    if (!SessionCommands::concurrencyIsValid(ctx))
        return ctx.usage(QCoreApplication::translate("cli", "--concurrency needs a whole number from 1 to 256."));
    // The journal first: a job that could not be resumed after a crash is not started.
    BulkJournal journal;
    QString error;
    if (!journal.create(ctx.profile(), ids, &error))
        return ctx.fail(ApiError::make(ErrorKind::Storage, error));
    if (!ctx.json())
        ctx.note(QCoreApplication::translate("cli", "Job %1 (if it is interrupted: authdesk-cli jobs resume %1).").arg(journal.job().id));
    return SessionCommands::runJob(ctx, b, ids, journal, false);
}
} // namespace

bool SessionCommands::concurrencyIsValid(CliContext &ctx)
{
    return !ctx.isSet(QStringLiteral("concurrency"))
        || CliCommandLine::boundedNumber(ctx.opt(QStringLiteral("concurrency")), 1, 256).has_value();
}

int SessionCommands::runJob(CliContext &ctx, Backend *b, const QStringList &ids, BulkJournal &journal, bool resuming)
{
    // Here --timeout bounds each session's call, not the whole job of thousands.
    b->policy().deadline = QDeadlineTimer(QDeadlineTimer::Forever);
    BulkTerminator job(b);
    job.setJournal(&journal);
    job.setNotFoundIsDone(resuming);
    if (ctx.isSet(QStringLiteral("concurrency"))) {
        const auto n = CliCommandLine::boundedNumber(ctx.opt(QStringLiteral("concurrency")), 1, 256);
        if (!n)
            return ctx.usage(QCoreApplication::translate("cli", "--concurrency needs a whole number from 1 to 256."));
        job.setConcurrency(int(*n));
    }
    QEventLoop loop;
    QObject::connect(&job, &BulkTerminator::finished, &loop, &QEventLoop::quit);
    if (!ctx.json()) {
        QObject::connect(&job, &BulkTerminator::itemFinished, &job, [&job](int i) {
            const auto &item = job.items().at(i);
            if (item.state == BulkTerminator::Item::State::Done)
                std::printf("%s\tdone\t%d\n", qPrintable(item.sessionId), item.terminated);
            else
                std::printf("%s\t%s\t%s\t%s\n", qPrintable(item.sessionId), qPrintable(BulkTerminator::stateId(item.state)),
                            qPrintable(errorKindId(item.error.kind)), qPrintable(CliContext::terminalSafe(item.error.message)));
        });
    }
    job.start(ids);
    if (job.isRunning())
        loop.exec();
    QJsonArray items;
    for (const auto &item : job.items()) {
        QJsonObject o{{QStringLiteral("sessionId"), item.sessionId}, {QStringLiteral("state"), BulkTerminator::stateId(item.state)}};
        if (item.state == BulkTerminator::Item::State::Done)
            o.insert(QStringLiteral("terminated"), item.terminated);
        else
            o.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("kind"), errorKindId(item.error.kind)},
                                                          {QStringLiteral("message"), item.error.message}});
        items.append(o);
    }
    const int failed = job.failedCount();
    const QJsonObject summary{{QStringLiteral("total"), int(ids.size())},
                              {QStringLiteral("done"), int(ids.size()) - failed},
                              {QStringLiteral("failed"), failed},
                              // answers that asked to slow down (429, 503 with Retry-After)
                              {QStringLiteral("throttled"), job.throttledCount()},
                              {QStringLiteral("items"), items}};
    if (!ctx.json())
        ctx.note(QCoreApplication::translate("cli", "%1 of %2 sessions terminated, %3 failed.").arg(ids.size() - failed).arg(ids.size()).arg(failed));
    ctx.ok(summary, QString());
    return failed ? ExitPartial : ExitOk;
}

int SessionCommands::run(CliContext &ctx, const QString &command)
{
    Backend *b = ctx.backend();
    if (!b)
        return ExitUsage;
    const QString what = QCoreApplication::translate("cli", "Managing sessions");
    if (!b->capability<SessionAdmin>())
        return ctx.usage(QCoreApplication::translate("cli", "%1 is not available for %2 profiles.").arg(what, b->descriptor().displayName));
    const QString id = ctx.arg(0);
    auto sessionResult = [&ctx](const Result<P28Session> &r, bool showLsid) {
        if (!r.ok())
            return ctx.fail(r.error());
        QJsonObject o = r.value().toJson();
        QString human = describe(r.value());
        if (!r.value().lsid.isEmpty()) {
            if (showLsid) {
                o.insert(QStringLiteral("lsid"), r.value().lsid);
                human += QStringLiteral("\nlsid: ") + r.value().lsid;
            } else {
                ctx.note(QCoreApplication::translate("cli", "The new session's LSID is not shown; add --show-lsid to print it."));
            }
        }
        return ctx.ok(o, human);
    };
    auto count = [&ctx](const Result<int> &r) {
        if (!r.ok())
            return ctx.fail(r.error());
        return ctx.ok(QJsonObject{{QStringLiteral("terminated"), r.value()}}, QCoreApplication::translate("cli", "%n session(s) terminated.", nullptr, r.value()));
    };
    if (command == u"terminate-many")
        return bulk(ctx, b);
    if (id.isEmpty())
        return ctx.usage(QCoreApplication::translate("cli", "Give the %1 as an argument.").arg(command == u"list" || command == u"terminate-user" ? QCoreApplication::translate("cli", "user id") : QCoreApplication::translate("cli", "session id")));
    if (command == u"get")
        return sessionResult(CLI_RUN(ctx, SessionAdmin, P28Session, what, cap.session(id, cb)), false);
    if (command == u"list") {
        const auto r = CLI_RUN(ctx, SessionAdmin, QList<P28Session>, what, cap.userSessions(id, cb));
        if (!r.ok())
            return ctx.fail(r.error());
        QJsonArray arr;
        QStringList lines;
        for (const P28Session &s : r.value()) {
            arr.append(s.toJson());
            lines << QStringLiteral("%1\t%2\t%3\t%4").arg(s.sessionId, s.effectiveUserId, s.clientIp, s.lastAccess.toString(Qt::ISODate));
        }
        return ctx.ok(arr, lines.isEmpty() ? QCoreApplication::translate("cli", "No sessions.") : lines.join(u'\n'));
    }
    if (command == u"terminate")
        return count(CLI_RUN(ctx, SessionAdmin, int, what, cap.terminateSession(id, ctx.isSet(QStringLiteral("all-of-user")), cb)));
    if (command == u"terminate-user")
        return count(CLI_RUN(ctx, SessionAdmin, int, what, cap.terminateUserSessions(id, cb)));
    if (command == u"clone")
        return sessionResult(CLI_RUN(ctx, SessionAdmin, P28Session, what, cap.cloneSession(id, cb)), ctx.isSet(QStringLiteral("show-lsid")));
    if (command == u"reset-identity")
        return sessionResult(CLI_RUN(ctx, SessionAdmin, P28Session, what, cap.resetIdentity(id, cb)), false);
    if (command == u"set-user" || command == u"set-org") {
        const QString target = ctx.arg(1);
        if (target.isEmpty())
            return ctx.usage(command == u"set-user" ? QCoreApplication::translate("cli", "Usage: sessions set-user SESSION_ID USER_ID")
                                                    : QCoreApplication::translate("cli", "Usage: sessions set-org SESSION_ID ORG_ID"));
        if (command == u"set-user")
            return sessionResult(CLI_RUN(ctx, SessionAdmin, P28Session, what, cap.setEffectiveUser(id, target, cb)), false);
        return sessionResult(CLI_RUN(ctx, SessionAdmin, P28Session, what, cap.setEffectiveOrg(id, target, cb)), false);
    }
    return ctx.usage(QCoreApplication::translate("cli", "Unknown command \"sessions %1\" (see --help).").arg(command));
}

} // namespace authdesk::cli
