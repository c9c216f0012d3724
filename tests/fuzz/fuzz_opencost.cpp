// Fuzz target: the OpenCost reader behind `traceo cost import-opencost` and `cost import --opencost-json`.
//
// Checks: nothing crashes or hangs; every failure is a traceo::Error "fuzz.json: $…" naming a JSON
// path, or "fuzz.json:LINE:COL:" with LINE a line of the input; a parsed table has an account and a
// charge period on every row, and finite totals; reading with the kind told apart by the data gives
// the same rows as reading with that kind named.

#include "core/error.h"
#include "cost/opencostreader.h"
#include "fuzzcheck.h"

#include <cmath>
#include <exception>
#include <optional>

using namespace traceo;
using namespace traceo::fuzz;

namespace {

std::optional<cost::FocusReadResult> read(std::string_view text, cost::OpenCostKind kind)
{
    cost::OpenCostReadOptions options;
    options.kind = kind;
    try {
        return cost::OpenCostReader::parse(
            QByteArrayView(text.data(), qsizetype(text.size())), QStringLiteral("fuzz.json"), options);
    } catch (const Error& e) {
        const std::string message = e.message().toStdString();
        std::string_view rest = message;
        check(rest.starts_with("fuzz.json"), "an error that does not name the input", message);
        rest.remove_prefix(9);
        if (rest.starts_with(": "))
            check(rest.starts_with(": $"), "an error without a JSON path", message);
        else
            check(rest.starts_with(':') && (rest.remove_prefix(1), lineInText(text, takeNumber(rest))),
                "an error without a line of the text", message);
    } catch (const std::exception& e) {
        check(false, "an exception other than traceo::Error escaped the reader", e.what());
    }
    return std::nullopt;
}

void checkTable(const cost::CostTable& t)
{
    if (t.rowCount() == 0)
        return;
    const cost::CostColumn* account = t.column(cost::focus::BillingAccountId);
    const cost::CostColumn* start = t.column(cost::focus::ChargePeriodStart);
    const cost::CostColumn* end = t.column(cost::focus::BillingPeriodEnd);
    check(account && start && end, "a table without the columns the store needs");
    for (std::size_t r = 0; r < t.rowCount(); ++r) {
        check(account->codes[r] != 0, "a row without a billing account");
        check(start->hours[r] != cost::kNullHour && end->hours[r] > start->hours[r], "a row without a period");
    }
    for (const QString& name : { cost::focus::BilledCost, cost::focus::EffectiveCost, cost::focus::ListCost }) {
        const cost::CostColumn* c = t.column(name);
        check(c, "a table without a cost column");
        double total = 0;
        for (double v : c->numbers)
            total += std::isnan(v) ? 0 : v;
        check(std::isfinite(total), "a total that is not finite");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto any = read(text, cost::OpenCostKind::Auto);
    const auto allocation = read(text, cost::OpenCostKind::Allocation);
    const auto cloud = read(text, cost::OpenCostKind::CloudCost);
    if (any) {
        checkTable(any->table);
        const std::size_t rows = any->table.rowCount();
        check((allocation && allocation->table.rowCount() == rows) || (cloud && cloud->table.rowCount() == rows),
            "the kind told apart by the data reads differently from the kind named");
    }
    if (allocation)
        checkTable(allocation->table);
    if (cloud)
        checkTable(cloud->table);
    return 0;
}
