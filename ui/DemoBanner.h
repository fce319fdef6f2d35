#pragma once

#include <QFrame>
#include <QUrl>

class QLabel;

namespace authdesk {

// Shown while the demo runs: where its sandbox is (the reset e-mails of the demo land in
// its outbox, so the address must stay in sight) and a button that opens the outbox.
class DemoBanner : public QFrame
{
    Q_OBJECT
public:
    explicit DemoBanner(QWidget *parent = nullptr);

    // Shows the banner for a sandbox at `url`; an empty URL hides it.
    void setSandbox(const QUrl &url);
    QUrl outboxUrl() const;

private:
    QLabel *m_text = nullptr;
    QUrl m_url;
};

} // namespace authdesk
