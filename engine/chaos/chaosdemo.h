#pragma once

#include "demo/demobuilder.h"

namespace traceo {

DemoSeeder chaosDemoSeeder();

} // namespace traceo
