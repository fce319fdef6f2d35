// Runs the fuzz target without libFuzzer: every file of the seed corpus, then a fixed number
// of deterministic mutations of each (byte flips, truncations, insertions). Used by CTest so
// the target and its corpus keep working on any compiler; crashes end the run with a trace.
#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size);

int main(int argc, char *argv[])
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR [MUTATIONS_PER_FILE]\n", argv[0]);
        return 2;
    }
    const int mutations = argc > 2 ? std::atoi(argv[2]) : 200;
    QRandomGenerator rng(20261125); // same inputs every run
    QDir dir(QString::fromLocal8Bit(argv[1]));
    long runs = 0;
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray seed = f.readAll();
        auto run = [&](const QByteArray &d) {
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(d.constData()), size_t(d.size()));
            ++runs;
        };
        run(seed);
        for (int i = 0; i < mutations; ++i) {
            QByteArray d = seed;
            const int edits = 1 + int(rng.bounded(4));
            for (int e = 0; e < edits && !d.isEmpty(); ++e) {
                const int at = int(rng.bounded(d.size()));
                switch (rng.bounded(4)) {
                case 0: d[at] = char(rng.bounded(256)); break;
                case 1: d.truncate(at); break;
                case 2: d.insert(at, char(rng.bounded(256))); break;
                case 3: d.insert(at, d.mid(int(rng.bounded(d.size())), 8)); break;
                }
            }
            run(d);
        }
    }
    std::printf("replayed %ld inputs without a crash\n", runs);
    return runs > 0 ? 0 : 1;
}
