#pragma once

#include "demo/demobuilder.h"

namespace traceo {

/// Two synthetic checks against a local server (http://127.0.0.1:8080/healthz and /api/search) with a
/// day of recorded probes.
DemoSeeder syntheticDemoSeeder();

} // namespace traceo
