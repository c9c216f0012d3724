// Fuzz target: the FOCUS CSV reader behind `traceo cost import`.
//
// Checks: nothing crashes or hangs; every failure is a traceo::Error `fuzz.csv:LINE…` with LINE a line
// of the input; one thread and two threads read the same rows; skipping bad rows never keeps more
// rows than the strict read could have.

#include "core/error.h"
#include "cost/focusreader.h"
#include "fuzzcheck.h"

#include <exception>
#include <optional>

using namespace traceo;
using namespace traceo::fuzz;

namespace {

std::optional<cost::FocusReadResult> read(std::string_view text, int threads, bool skip)
{
    try {
        return cost::FocusReader::parse(
            QByteArrayView(text.data(), qsizetype(text.size())), QStringLiteral("fuzz.csv"), { skip, 5, threads });
    } catch (const Error& e) {
        const std::string message = e.message().toStdString();
        std::string_view rest = message;
        check(rest.starts_with("fuzz.csv"), "an error that does not name the file", message);
        rest.remove_prefix(8);
        if (rest.starts_with(':') && (rest.remove_prefix(1), !rest.empty() && rest[0] >= '0' && rest[0] <= '9'))
            check(lineInText(text, takeNumber(rest)), "an error without a line of the text", message);
    } catch (const std::exception& e) {
        check(false, "an exception other than traceo::Error escaped the reader", e.what());
    }
    return std::nullopt;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto one = read(text, 1, false);
    const auto two = read(text, 2, false);
    check(one.has_value() == two.has_value(), "one thread and two threads disagree on whether the file reads");
    if (one)
        check(one->table.rowCount() == two->table.rowCount(), "one thread and two threads read different rows");
    const auto skipping = read(text, 2, true);
    if (one && skipping)
        check(skipping->table.rowCount() == one->table.rowCount() && skipping->skippedRows == 0,
            "skipping bad rows changed a file without bad rows");
    return 0;
}
