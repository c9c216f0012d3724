#pragma once

#include <QFile>
#include <QString>
#include <QUrl>

namespace traceo::test {

/// The URL of a server started by the test-server fixtures (scripts/testserver.sh): the trimmed
/// contents of $TRACEO_TESTSERVERS_DIR/NAME.url, e.g. "redis://127.0.0.1:41335". Empty when the
/// fixture did not run or failed; tests then QFAIL with missingServerMessage(name), never skip.
inline QString serverUrl(const QString& name)
{
    const QString dir = qEnvironmentVariable("TRACEO_TESTSERVERS_DIR");
    if (dir.isEmpty())
        return {};
    QFile file(dir + u'/' + name + QStringLiteral(".url"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

/// Why serverUrl(name) is empty, for QFAIL: the fixture must exist, so a missing server is a failure.
inline QByteArray missingServerMessage(const QString& name)
{
    return QStringLiteral("No %1 test server: %2/%1.url is missing. Run the tests through ctest, which starts "
                          "the fixture testserver_%1_start (scripts/testserver.sh start %1 DIR), and see "
                          "%2/%1.log")
        .arg(name, qEnvironmentVariable("TRACEO_TESTSERVERS_DIR", QStringLiteral("$TRACEO_TESTSERVERS_DIR")))
        .toUtf8();
}

} // namespace traceo::test

/// Sets `var` to the fixture's URL (a QUrl) or fails the test with a clear message.
#define TRACEO_REQUIRE_SERVER_URL(var, name)                                                                           \
    const QUrl var(traceo::test::serverUrl(QStringLiteral(name)));                                                     \
    if (var.isEmpty())                                                                                                 \
        QFAIL(traceo::test::missingServerMessage(QStringLiteral(name)).constData());
