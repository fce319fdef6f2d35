#pragma once

#include <QString>
#include <QStringList>

namespace authdesk {

// Removes secrets from anything that may reach a log, an error text or the screen.
// Known secret values are replaced wherever they appear (raw or percent-encoded), and
// the patterns that carry credentials (;lsid=, apiKey=, Authorization, passwords in
// forms, JSESSIONID) are masked even when the value was not registered.
class Redactor
{
public:
    static QString redact(QString text, const QStringList &secrets = {});
    static constexpr QStringView mask() { return u"***"; }
};

} // namespace authdesk
