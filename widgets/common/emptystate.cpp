#include "emptystate.h"
