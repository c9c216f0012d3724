#include "redisclient.h"
