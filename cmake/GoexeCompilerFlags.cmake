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

# clang-tidy on every goexe source as it compiles; its findings fail the
# build (.clang-tidy).
option(GOEXE_CLANG_TIDY "Run clang-tidy (.clang-tidy) while compiling" OFF)
if(GOEXE_CLANG_TIDY)
  find_program(GOEXE_CLANG_TIDY_EXE NAMES clang-tidy-19 clang-tidy REQUIRED)
  set(CMAKE_CXX_CLANG_TIDY ${GOEXE_CLANG_TIDY_EXE})
endif()
