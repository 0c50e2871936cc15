struct engine_config {
  int scale;
};

static inline int engine_scale(const struct engine_config *c, int x) {
  return c->scale * x;
}

int engine_add(int a, int b);
