#include "clib.h"
#include <string>
extern "C" int clib_value(void) { return int(std::string("seven").size()) + 2; }
