#pragma once

#include "demo/demobuilder.h"

namespace traceo {

DemoSeeder costDemoSeeder();

} // namespace traceo
