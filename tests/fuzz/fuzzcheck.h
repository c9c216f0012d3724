#pragma once

// What the fuzz targets share: a check that stops the run with a readable message (libFuzzer then
// writes the input as a reproducer), and the checks of positions in error messages.

#include <QString>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace traceo::fuzz {

/// Stops the run (libFuzzer reports a crash and writes the input) when `ok` is false.
inline void check(bool ok, const char* what, std::string_view detail = {})
{
    if (ok)
        return;
    std::fprintf(stderr, "\n==== fuzz check failed: %s\n%.*s\n", what, int(detail.size()), detail.data());
    std::fflush(stderr);
    std::abort();
}

inline void check(bool ok, const char* what, const char* detail)
{
    check(ok, what, std::string_view(detail));
}

inline void check(bool ok, const char* what, const std::string& detail)
{
    check(ok, what, std::string_view(detail));
}

inline void check(bool ok, const char* what, const QString& detail)
{
    check(ok, what, std::string_view(detail.toStdString()));
}

/// The number of lines of `text` (a last line without `\n` counts; an empty text has one line).
inline int lineCount(std::string_view text)
{
    int lines = 1;
    for (char c : text)
        lines += c == '\n';
    return lines;
}

/// Whether 1-based `line` names a line of `text` (or the position just after its end).
inline bool lineInText(std::string_view text, int line)
{
    return line >= 1 && line <= lineCount(text);
}

/// Reads a decimal number at the start of `s` and drops it; -1 when there is none.
inline int takeNumber(std::string_view& s)
{
    size_t n = 0;
    int value = 0;
    while (n < s.size() && n < 9 && s[n] >= '0' && s[n] <= '9')
        value = value * 10 + (s[n++] - '0');
    if (n == 0)
        return -1;
    s.remove_prefix(n);
    return value;
}

} // namespace traceo::fuzz
