// The engine: C++ behind a C interface.
#include "engine.h"

#include <numeric>
#include <vector>

extern "C" int engine_answer(void) {
  std::vector<int> Parts = {10, 12, 20};
  return std::accumulate(Parts.begin(), Parts.end(), 0);
}
