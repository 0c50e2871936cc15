#include "engine.h"

int engine_add(int a, int b) { return a + b; }
