#include "DialectDescriptor.h"

#include <QCoreApplication>

namespace authdesk {

const SignInField *SignInMode::field(SignInField::Role role) const
{
    for (const SignInField &f : fields) {
        if (f.role == role)
            return &f;
    }
    return nullptr;
}

const SignInMode *DialectDescriptor::mode(Credentials::Mode m) const
{
    for (const SignInMode &s : modes) {
        if (s.mode == m)
            return &s;
    }
    return nullptr;
}

QString DialectDescriptor::text(const char *label)
{
    return QCoreApplication::translate("Dialects", label);
}

QString DialectDescriptor::plain(const QString &label)
{
    return QString(label).remove(u'&').remove(u':').trimmed();
}

} // namespace authdesk
