#pragma once

#include "demo/demobuilder.h"

namespace traceo {

DemoSeeder settingsDemoSeeder();

} // namespace traceo
