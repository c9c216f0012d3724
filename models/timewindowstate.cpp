#include "timewindowstate.h"
