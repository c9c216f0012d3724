#pragma once

#include "cli.h"
#include "cost/coststore.h"

namespace traceo::cli {

/// What `cost import` and `cost import-opencost` print: one row per file or URL.
void printImportReports(Context& ctx, const std::vector<cost::ImportReport>& reports);

} // namespace traceo::cli
