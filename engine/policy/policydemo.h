#pragma once

#include "demo/demobuilder.h"

namespace traceo {

DemoSeeder policyDemoSeeder();

} // namespace traceo
