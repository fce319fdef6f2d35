#pragma once

#include <QByteArray>
#include <QIODevice>

namespace authdesk {

// A request body that can be read once and never rewound. Qt's HTTP/1.1 client resends a
// request by itself when the connection closes before the answer (QHttpNetworkConnection-
// Channel: _q_error / handleUnexpectedEOF, up to three times, for any method). Before each
// resend it rewinds the body (resetUploadData → reset()/seek()); this device refuses, so the
// reply ends with ContentReSendError instead and the call reaches the server at most once.
// It must not be a QBuffer (Qt reads a QBuffer's bytes directly and never asks it), must be
// used for empty bodies too (Qt never reads those, so "refuse after a read" is not enough),
// and Qt calls neither reset() nor seek() before the first send (qtbase 6.4 to 6.11).
class OnceUploadDevice : public QIODevice
{
    Q_OBJECT
public:
    explicit OnceUploadDevice(QByteArray body, QObject *parent = nullptr);

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_body.size(); }
    bool reset() override { return false; }
    bool seek(qint64 pos) override { return pos == this->pos() && QIODevice::seek(pos); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_body;
};

} // namespace authdesk
