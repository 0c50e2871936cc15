# Compiler and linker flags shared by every goexe target.

include_directories(SYSTEM ${LLVM_INCLUDE_DIRS})
add_definitions(${LLVM_DEFINITIONS})

if(MSVC)
  add_compile_options(/W4 /permissive-)
  if(GOEXE_WERROR)
    add_compile_options(/WX)
  endif()
else()
  add_compile_options(-Wall -Wextra -Wno-unused-parameter)
  if(GOEXE_WERROR)
    add_compile_options(-Werror)
  endif()
  # LLVM is built without RTTI; classes derived from its types must match.
  if(NOT LLVM_ENABLE_RTTI)
    add_compile_options(-fno-rtti)
  endif()
  # Start-up time matters (one process per target per build): keep the static
  # binary small and position-dependent.
  add_compile_options(-ffunction-sections -fdata-sections)
  if(APPLE)
    add_link_options(-Wl,-dead_strip)
  elseif(CMAKE_SYSTEM_NAME MATCHES "Linux|BSD")
    # libstdc++ linked statically: resolving its symbols at every start
    # was 8% of a check's instructions.
    add_link_options(-Wl,--gc-sections -Wl,--as-needed -static-libstdc++
                     -static-libgcc)
    set(CMAKE_POSITION_INDEPENDENT_CODE OFF)
    include(CheckPIESupported)
    check_pie_supported()
  endif()
endif()

# Builds that catch what a release build hides. LLVM's headers assert only
# without NDEBUG: a user who adds goexe with add_subdirectory() and no build
# type runs with them on, so the suite must pass that way too.
option(GOEXE_ENABLE_ASSERTIONS
  "Keep assert() and LLVM's header assertions on in optimized builds" OFF)
set(GOEXE_SANITIZERS "" CACHE STRING
  "Sanitizers to build goexe with, e.g. address;undefined (gcc or clang)")
if(GOEXE_ENABLE_ASSERTIONS)
  # After the configuration's flags, which carry -DNDEBUG.
  add_compile_options(-UNDEBUG)
endif()
if(GOEXE_SANITIZERS)
  if(MSVC)
    message(FATAL_ERROR "GOEXE_SANITIZERS needs gcc or clang")
  endif()
  list(JOIN GOEXE_SANITIZERS "," _goexe_sanitizers)
  # A report is a failure, not a message the suite could pass over.
  add_compile_options(-fsanitize=${_goexe_sanitizers} -fno-sanitize-recover=all
                      -fno-omit-frame-pointer)
  add_link_options(-fsanitize=${_goexe_sanitizers})
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    # gcc 12 sees ASan's poisoning calls in llvm::json as reads of
    # uninitialized memory (a known false positive under -fsanitize).
    add_compile_options(-Wno-maybe-uninitialized)
  endif()
endif()

# libFuzzer's coverage for every goexe source; the targets in fuzz/ link
# the fuzzer's main (fuzz/run.sh sets this up with clang).
option(GOEXE_FUZZ "Build the libFuzzer targets in fuzz/ (clang only)" OFF)
if(GOEXE_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "GOEXE_FUZZ needs clang (CMAKE_CXX_COMPILER=clang++), "
      "not ${CMAKE_CXX_COMPILER_ID}")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()

# clang-tidy on every goexe source as it compiles; its findings fail the
# build (.clang-tidy).
option(GOEXE_CLANG_TIDY "Run clang-tidy (.clang-tidy) while compiling" OFF)
if(GOEXE_CLANG_TIDY)
  find_program(GOEXE_CLANG_TIDY_EXE NAMES clang-tidy-19 clang-tidy REQUIRED)
  set(CMAKE_CXX_CLANG_TIDY ${GOEXE_CLANG_TIDY_EXE})
endif()
