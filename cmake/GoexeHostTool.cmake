# goexe for the build machine, when goexe is a subproject of a cross build
# (add_subdirectory or FetchContent with a toolchain file): the target's
# compilers would make a goexe that cannot run here. Either
#   - GOEXE_EXECUTABLE names a goexe built for this machine, or
#   - goexe is built for this machine in a nested build, configured now (so
#     that a missing host compiler or LLVM stops this configure, with the
#     reason) and built once, before the first go_executable() needs it,
#     as LLVM builds its native tablegen.
# Either way the tool is the imported target goexe::goexe.

set(GOEXE_EXECUTABLE "" CACHE FILEPATH
    "A goexe that runs on the build machine, for a cross build")
set(GOEXE_HOST_CXX_COMPILER "" CACHE FILEPATH
    "The C++ compiler of the nested build of goexe for the build machine")
set(GOEXE_HOST_LLVM_DIR "" CACHE PATH
    "LLVM 19's lib/cmake/llvm for the nested build (default: found there)")

add_executable(goexe::goexe IMPORTED GLOBAL)
if(GOEXE_EXECUTABLE)
  if(NOT EXISTS "${GOEXE_EXECUTABLE}")
    message(FATAL_ERROR "goexe: GOEXE_EXECUTABLE is '${GOEXE_EXECUTABLE}', "
      "which does not exist")
  endif()
  set_target_properties(goexe::goexe PROPERTIES
    IMPORTED_LOCATION "${GOEXE_EXECUTABLE}")
  return()
endif()

set(host_dir "${PROJECT_BINARY_DIR}/host")
# Multi-config generators put each configuration's binaries in its own
# directory; the nested build is always Release.
get_property(multi_config GLOBAL PROPERTY GENERATOR_IS_MULTI_CONFIG)
if(multi_config)
  set(host_goexe "${host_dir}/bin/Release/goexe${CMAKE_HOST_EXECUTABLE_SUFFIX}")
else()
  set(host_goexe "${host_dir}/bin/goexe${CMAKE_HOST_EXECUTABLE_SUFFIX}")
endif()
set(host_args -DCMAKE_BUILD_TYPE=Release -DGOEXE_BUILD_TESTS=OFF
              -DGOEXE_INSTALL=OFF)
if(GOEXE_HOST_CXX_COMPILER)
  list(APPEND host_args "-DCMAKE_CXX_COMPILER=${GOEXE_HOST_CXX_COMPILER}")
endif()
if(GOEXE_HOST_LLVM_DIR)
  list(APPEND host_args "-DLLVM_DIR=${GOEXE_HOST_LLVM_DIR}")
endif()
# The toolchain's compilers and sysroot must not reach the nested build:
# it gets a clean environment for them.
execute_process(
  COMMAND "${CMAKE_COMMAND}" -E env --unset=CC --unset=CXX --unset=CFLAGS
          --unset=CXXFLAGS --unset=LDFLAGS
          "${CMAKE_COMMAND}" -S "${PROJECT_SOURCE_DIR}" -B "${host_dir}"
          -G "${CMAKE_GENERATOR}" ${host_args}
  RESULT_VARIABLE host_result
  OUTPUT_VARIABLE host_output ERROR_VARIABLE host_output)
if(NOT host_result EQUAL 0)
  file(WRITE "${host_dir}/configure.log" "${host_output}")
  message(FATAL_ERROR "goexe: this is a cross build (for "
    "${CMAKE_SYSTEM_NAME}), so goexe must be built for the build machine "
    "(${CMAKE_HOST_SYSTEM_NAME}), and that build's configure failed (its "
    "output: ${host_dir}/configure.log). Set GOEXE_EXECUTABLE to a goexe "
    "built for this machine, or GOEXE_HOST_CXX_COMPILER and "
    "GOEXE_HOST_LLVM_DIR for the nested build.")
endif()
add_custom_command(
  OUTPUT "${host_goexe}"
  COMMAND "${CMAKE_COMMAND}" --build "${host_dir}" --target goexe
          --config Release
  COMMENT "Building goexe for the build machine"
  USES_TERMINAL VERBATIM)
add_custom_target(goexe_host DEPENDS "${host_goexe}")
set_target_properties(goexe::goexe PROPERTIES IMPORTED_LOCATION "${host_goexe}")
# What a go_executable() build depends on: the target (build order) and
# the file (Ninja's edge).
set_property(GLOBAL PROPERTY GOEXE_TOOL_DEPENDS goexe_host "${host_goexe}")
