#include "BulkJob.h"

#include <QSet>

namespace authdesk {

QStringList BulkJob::normaliseIds(const QStringList &raw)
{
    QStringList out;
    QSet<QString> seen;
    for (const QString &line : raw) {
        // A CSV line: the session id is the first column.
        const QString id = line.section(u',', 0, 0).trimmed().remove(u'"');
        if (id.isEmpty() || id.compare(QLatin1String("sessionId"), Qt::CaseInsensitive) == 0 || seen.contains(id))
            continue;
        seen.insert(id);
        out << id;
    }
    return out;
}

QString BulkJob::stateId(Item::State s)
{
    switch (s) {
    case Item::State::Pending: return QStringLiteral("pending");
    case Item::State::Running: return QStringLiteral("running");
    case Item::State::Done: return QStringLiteral("done");
    case Item::State::Failed: return QStringLiteral("failed");
    case Item::State::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

} // namespace authdesk
