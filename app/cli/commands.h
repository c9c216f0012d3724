#pragma once

#include "cli.h"

namespace traceo::cli {

std::vector<Command> dbCommands();
std::vector<Command> demoCommands();
std::vector<Command> sourceCommands();
std::vector<Command> sloCommands();
std::vector<Command> policyCommands();
std::vector<Command> costCommands();
/// `traceo slo check add|list|run|remove`: synthetic HTTP checks.
std::vector<Command> syntheticCommands();
std::vector<Command> costAnalysisCommands();
/// `traceo cost import-opencost`: costs from an OpenCost server.
std::vector<Command> openCostCommands();

} // namespace traceo::cli
