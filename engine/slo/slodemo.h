#pragma once

#include "demo/demobuilder.h"

namespace traceo {

DemoSeeder sloDemoSeeder();

} // namespace traceo
