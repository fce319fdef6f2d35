#include "BulkJob.h"

#include <QSet>

namespace authdesk {

QStringList BulkJob::normaliseIds(const QStringList &raw)
{
    QStringList out;
    out.reserve(raw.size());
    QSet<QString> seen;
    seen.reserve(raw.size());
    for (const QString &line : raw) {
        // A CSV line: the session id is the first column. Views until the id is known: this
        // runs on the GUI thread for every pasted line (10,000 took 8.5 ms with section()).
        QStringView first = QStringView(line);
        if (const qsizetype comma = first.indexOf(u','); comma >= 0)
            first = first.first(comma);
        first = first.trimmed();
        QString id = first.contains(u'"')           ? first.toString().remove(u'"')
            : first.size() == line.size() ? line // a bare id: shared, not copied
                                          : first.toString();
        if (id.isEmpty() || id.compare(QLatin1String("sessionId"), Qt::CaseInsensitive) == 0 || seen.contains(id))
            continue;
        seen.insert(id);
        out << std::move(id);
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
