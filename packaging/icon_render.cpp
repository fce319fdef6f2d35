// Renders the application's SVG icon to a PNG of one size (the hicolor theme wants both),
// or to a Windows .ico holding several sizes (the .rc of the Windows programs needs one).
//   icon_render ICON.svg SIZE OUT.png
//   icon_render ICON.svg --ico OUT.ico SIZE...
#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QList>
#include <QPainter>
#include <QSvgRenderer>
#include <QtEndian>

#include <cstdio>

namespace {

QImage render(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    svg.render(&painter);
    painter.end();
    return image;
}

template<typename T>
void put(QByteArray &out, T value)
{
    const T le = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&le), sizeof le);
}

// An .ico whose entries are PNG images (Windows Vista and later read them at every size):
// a 6-byte header, one 16-byte directory entry a size, then the PNG data. Qt's own ico
// plugin writes a single image only, hence this writer.
bool writeIco(QSvgRenderer &svg, const QList<int> &sizes, const QString &path)
{
    QList<QByteArray> pngs;
    for (int size : sizes) {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        if (size <= 0 || size > 256 || !render(svg, size).save(&buffer, "PNG"))
            return false;
        pngs.append(png);
    }
    QByteArray ico;
    put<quint16>(ico, 0);                                // reserved
    put<quint16>(ico, 1);                                // type: icon
    put<quint16>(ico, quint16(pngs.size()));
    quint32 offset = quint32(6 + 16 * pngs.size());
    for (qsizetype i = 0; i < pngs.size(); ++i) {
        const int size = sizes.at(i);
        ico.append(char(size == 256 ? 0 : size));        // width (0 means 256)
        ico.append(char(size == 256 ? 0 : size));        // height
        ico.append(char(0));                             // no palette
        ico.append(char(0));                             // reserved
        put<quint16>(ico, 1);                            // colour planes
        put<quint16>(ico, 32);                           // bits per pixel
        put<quint32>(ico, quint32(pngs.at(i).size()));
        put<quint32>(ico, offset);
        offset += quint32(pngs.at(i).size());
    }
    for (const QByteArray &png : pngs)
        ico.append(png);
    QFile out(path);
    return out.open(QIODevice::WriteOnly) && out.write(ico) == ico.size() && out.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const bool ico = argc >= 5 && QByteArray(argv[2]) == "--ico";
    if (argc != 4 && !ico) {
        std::fprintf(stderr, "usage: icon_render ICON.svg SIZE OUT.png\n"
                             "       icon_render ICON.svg --ico OUT.ico SIZE...\n");
        return 2;
    }
    QSvgRenderer svg(QString::fromLocal8Bit(argv[1]));
    if (!svg.isValid())
        return 1;
    if (ico) {
        QList<int> sizes;
        for (int i = 4; i < argc; ++i)
            sizes.append(QByteArray(argv[i]).toInt());
        return writeIco(svg, sizes, QString::fromLocal8Bit(argv[3])) ? 0 : 1;
    }
    const int size = QByteArray(argv[2]).toInt();
    if (size <= 0)
        return 1;
    return render(svg, size).save(QString::fromLocal8Bit(argv[3])) ? 0 : 1;
}
