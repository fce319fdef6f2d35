#pragma once

#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QString>

#include <algorithm>
#include <cstdio>

// Small helpers shared by the benchmarks: statistics, resident memory, and one line per
// figure ("name: value unit"), easy to read and to grep.
namespace bench {

inline double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

inline double maximum(const QList<double> &v)
{
    return v.isEmpty() ? 0 : *std::max_element(v.begin(), v.end());
}

// Resident set size of this process in KiB (Linux /proc).
inline long rssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

inline void figure(const char *name, double value, const char *unit)
{
    std::printf("%-52s %12.2f %s\n", name, value, unit);
    std::fflush(stdout);
}

inline void verdict(const char *name, double ratio, const char *goal, bool met)
{
    std::printf("%-52s %12.3f   goal %s: %s\n", name, ratio, goal, met ? "met" : "MISSED");
    std::fflush(stdout);
}

} // namespace bench
