// Precompiled for every target (see authdesk_pch in the top CMakeLists.txt): the Qt headers
// nearly every file includes. Parsing them is most of a build's time on two cores.
#pragma once
#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <QVariant>
#include <functional>
#include <memory>
#include <optional>
