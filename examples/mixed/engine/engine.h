// The engine's C interface, callable from cgo.
#ifndef MIXED_ENGINE_H
#define MIXED_ENGINE_H

#ifdef __cplusplus
extern "C" {
#endif

/// The answer, computed in C++.
int engine_answer(void);

#ifdef __cplusplus
}
#endif

#endif
