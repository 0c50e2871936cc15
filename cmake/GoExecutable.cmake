#[=======================================================================[.rst:
GoExecutable
------------

Builds a Go program as a CMake target, incrementally with Ninja (a depfile
lists every file the build reads, so a no-op build runs no ``go`` at all,
and ``go list``'s answers are kept in ``CMakeFiles/goexe-packages``, so a
clean build runs it once per group of targets built alike), mapped to the
CMake toolchain, linked to CMake C/C++ libraries through cgo, and gated by
``goexe check``: a failed check leaves no output behind.

.. command:: go_executable

  ::

    go_executable(<name>
      [PACKAGE <import path or directory>] [SOURCE_DIR <module dir>]
      [OUTPUT_NAME <name>] [OUTPUT_DIRECTORY <dir>]
      [GOOS <os>] [GOARCH <arch>] [GOAMD64 <level>] [GOARM <level>]
      [GO386 <level>] [GOARM64 <level>] [GOPPC64 <level>]
      [GORISCV64 <level>] [GOMIPS <level>] [GOMIPS64 <level>]
      [CGO ON|OFF|AUTO] [LINK_LIBRARIES <target or file>...]
      [LDFLAGS <flag>...] [X_DEFS <pkg.name=value>...] [TAGS <tag>...]
      [GCFLAGS <flag>...] [STRIP] [GUI] [STATIC] [TRIMPATH ON|OFF]
      [BUILDMODE exe|pie] [ENV <VAR=value>...] [MIN_WINDOWS <7|8|8.1|10|11>]
      [DLL_DIRS <dir>...] [CHECK_OPTIONS <-W...>...] [NO_CHECK] [WERROR])

  ``<name>`` becomes an IMPORTED executable target: ``$<TARGET_FILE:name>``,
  ``add_test(NAME t COMMAND name)`` and ``go_install()`` work with it.

  ``PACKAGE``
    What to build, as ``go build`` takes it (default ``.``), relative to
    ``SOURCE_DIR``.
  ``SOURCE_DIR``
    The directory ``go build`` runs in: the module, or a directory inside
    it (default: the current source directory).
  ``OUTPUT_NAME``, ``OUTPUT_DIRECTORY``
    The file's name (default ``<name>``, plus ``.exe`` for Windows) and
    directory (default ``CMAKE_RUNTIME_OUTPUT_DIRECTORY``, else the current
    binary directory; multi-config generators add ``/<CONFIG>``).
  ``GOOS``, ``GOARCH``
    The target. Default: mapped from ``CMAKE_SYSTEM_NAME`` and
    ``CMAKE_SYSTEM_PROCESSOR`` (Windows + x86_64/AMD64 is windows/amd64).
  ``GOAMD64``, ``GOARM``, ``GO386``, ``GOARM64``, ``GOPPC64``, ``GORISCV64``, ``GOMIPS``, ``GOMIPS64``
    The CPU level, set in the environment of ``go build``; the one for the
    target's ``GOARCH`` is also the baseline ``goexe check`` holds the
    build to. The levels are goexe's (``include/goexe/Check/Vocabulary.def``),
    checked at configure time: ``GOAMD64`` ``v1``..``v4``; ``GOARM`` ``5``..``7``,
    optionally with ``,softfloat`` or ``,hardfloat``; ``GO386`` ``softfloat``
    or ``sse2``; ``GOARM64`` ``v8.0``..``v8.9`` or ``v9.0``..``v9.5``,
    optionally with ``,lse`` and ``,crypto`` (``v8.2,lse,crypto``);
    ``GOPPC64`` ``power8``, ``power9`` or ``power10``; ``GORISCV64``
    ``rva20u64``, ``rva22u64`` or ``rva23u64``; ``GOMIPS`` and ``GOMIPS64``
    ``softfloat`` or ``hardfloat``.
  ``CGO``
    ``ON`` uses ``CMAKE_C_COMPILER``/``CMAKE_CXX_COMPILER`` as CC/CXX;
    ``OFF`` sets ``CGO_ENABLED=0``; ``AUTO`` (default) is ``ON`` with
    ``LINK_LIBRARIES`` and Go's own choice otherwise.
  ``LINK_LIBRARIES``
    CMake library targets (or library files) the cgo code links. Their
    include directories and compile definitions are added to
    ``CGO_CPPFLAGS``, their files and link interface to ``CGO_LDFLAGS``
    (Go's defaults and the user's flags are kept); a changed library
    relinks. Debug compiles cgo code with ``-g -O0``.
  ``LDFLAGS``, ``X_DEFS``, ``STRIP``, ``GUI``
    Merged into one ``-ldflags`` (``STRIP`` is ``-s -w``, ``GUI`` is
    ``-H=windowsgui``, each ``X_DEFS`` entry a ``-X``): a second ``-ldflags``
    would silently replace the first.
  ``TAGS``, ``GCFLAGS``
    ``-tags`` and ``-gcflags``. The Debug configuration adds
    ``-gcflags=all=-N -l``.
  ``STATIC``
    A static executable: with cgo on, ``-extldflags=-static`` and the
    ``netgo`` and ``osusergo`` tags; the check holds the build to it.
  ``TRIMPATH``
    ``-trimpath`` (default ``ON``): no build paths in the executable.
  ``BUILDMODE``
    ``-buildmode`` (default: Go's, ``pie`` on Windows).
  ``ENV``
    More environment for ``go build``. A ``-ldflags`` in ``GOFLAGS`` is a
    configure warning: the command line's replaces it.
  ``MIN_WINDOWS``
    The oldest Windows the program must start on (goexe's list, as the CPU
    levels).
  ``DLL_DIRS``
    Where the program's DLLs are shipped from.
  ``CHECK_OPTIONS``, ``NO_CHECK``, ``WERROR``
    ``-W`` options for ``goexe check``, on its command line (the manifest
    holds none); no check at all; warnings fail the build.

  The variable ``GOEXE_DIAGNOSTICS_FORMAT`` (``clang``, ``msvc`` or
  ``json``) sets the format of the diagnostics printed during the build.

  Example::

    add_library(engine STATIC engine.cpp)
    go_executable(app PACKAGE ./cmd/app LINK_LIBRARIES engine
                  X_DEFS main.version=${PROJECT_VERSION} STRIP)
    add_test(NAME app-runs COMMAND app --version)

.. command:: go_install

  ::

    go_install(<name> [DESTINATION <dir>] [COMPONENT <component>])

  Installs the executable of ``go_executable(<name>)`` (default destination
  ``bin``).
#]=======================================================================]

include_guard(GLOBAL)

if(COMMAND go_executable)
  # BoringSSL and aws-lc define a go_executable() of their own.
  message(WARNING "goexe: a command named go_executable() is already defined "
    "(BoringSSL and aws-lc have one); GoExecutable.cmake replaces it for "
    "everything included after this point.")
endif()

set(_GOEXE_MODULE_DIR "${CMAKE_CURRENT_LIST_DIR}")

find_program(GO_EXECUTABLE go DOC "The go command go_executable() builds with")

include("${_GOEXE_MODULE_DIR}/GoExecutableInternal.cmake")

function(go_executable name)
  list(APPEND CMAKE_MESSAGE_CONTEXT goexe)
  # The CPU levels, each checked against goexe's vocabulary.
  set(cpu_keywords GOAMD64 GOARM GO386 GOARM64 GOPPC64 GORISCV64 GOMIPS
                   GOMIPS64)
  set(options STRIP GUI STATIC NO_CHECK WERROR)
  set(one PACKAGE SOURCE_DIR OUTPUT_NAME OUTPUT_DIRECTORY GOOS GOARCH
          ${cpu_keywords} CGO TRIMPATH BUILDMODE MIN_WINDOWS)
  set(multi LINK_LIBRARIES LDFLAGS X_DEFS TAGS GCFLAGS ENV DLL_DIRS
            CHECK_OPTIONS)
  cmake_parse_arguments(PARSE_ARGV 1 ARG "${options}" "${one}" "${multi}")

  # Each step reads ARG_* and what the steps before it set
  # (GoExecutableInternal.cmake).
  _goexe_validate(${name} ${options} ${one} ${multi})
  # Where this call is: diagnostics of the build and the check point here.
  set(call_file "${CMAKE_CURRENT_LIST_FILE}")
  _goexe_call_site(call_line call_column "${call_file}" "${name}")
  _goexe_environment(${name})
  _goexe_ldflags(${name})
  _goexe_output_paths(${name})
  _goexe_go_build_args(${name})
  _goexe_write_manifest(${name})
  _goexe_add_command(${name})
  _goexe_add_imported_target(${name})
endfunction()

function(go_install name)
  list(APPEND CMAKE_MESSAGE_CONTEXT goexe)
  cmake_parse_arguments(PARSE_ARGV 1 ARG "" "DESTINATION;COMPONENT" "")
  if(ARG_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "go_install(${name}): unknown argument "
      "'${ARG_UNPARSED_ARGUMENTS}'")
  endif()
  if(ARG_KEYWORDS_MISSING_VALUES)
    list(GET ARG_KEYWORDS_MISSING_VALUES 0 keyword)
    message(FATAL_ERROR "go_install(${name}): ${keyword} needs a value")
  endif()
  if(NOT TARGET ${name})
    message(FATAL_ERROR "go_install(${name}): no go_executable() named "
      "'${name}'")
  endif()
  get_target_property(output ${name} GOEXE_OUTPUT)
  if(NOT output)
    message(FATAL_ERROR "go_install(${name}): '${name}' is not a "
      "go_executable()")
  endif()
  if(NOT ARG_DESTINATION)
    set(ARG_DESTINATION bin)
  endif()
  set(component "")
  if(ARG_COMPONENT)
    set(component COMPONENT "${ARG_COMPONENT}")
  endif()
  install(PROGRAMS "${output}" DESTINATION "${ARG_DESTINATION}" ${component})
endfunction()
