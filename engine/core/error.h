#pragma once

#include <QString>

#include <exception>

namespace traceo {

/// The one exception type the engine throws. The message is complete and user-facing: it names the
/// input (file, URL, field) and where it went wrong, so front ends print it as it is.
class Error : public std::exception
{
public:
    explicit Error(QString message)
        : m_message(std::move(message))
        , m_utf8(m_message.toUtf8())
    {
    }
    const QString& message() const noexcept { return m_message; }
    const char* what() const noexcept override { return m_utf8.constData(); }

private:
    QString m_message;
    QByteArray m_utf8;
};

} // namespace traceo
