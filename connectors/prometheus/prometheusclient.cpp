#include "prometheusclient.h"
