#pragma once

#include "demo/demobuilder.h"

namespace traceo {

DemoSeeder cacheDemoSeeder();

} // namespace traceo
