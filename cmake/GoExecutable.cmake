#[=======================================================================[.rst:
GoExecutable
------------

Builds a Go program as a CMake target, incrementally with Ninja (a depfile
lists every file the build reads, so a no-op build runs no ``go`` at all,
and ``go list``'s answers are kept in ``CMakeFiles/goexe-packages``, so a
clean build runs it once per group of targets built alike), mapped to the CMake toolchain, linked to CMake C/C++ libraries through cgo,
and gated by ``goexe check``: a failed check leaves no output behind.

.. command:: go_executable

  ::

    go_executable(<name>
      [PACKAGE <import path or directory>] [SOURCE_DIR <module dir>]
      [OUTPUT_NAME <name>] [OUTPUT_DIRECTORY <dir>]
      [GOOS <os>] [GOARCH <arch>] [GOAMD64 <v1..v4>] [GOARM <5..7>]
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
  ``GOAMD64``, ``GOARM``
    The CPU level; also the baseline ``goexe check`` holds the build to.
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
    The oldest Windows the program must start on.
  ``DLL_DIRS``
    Where the program's DLLs are shipped from.
  ``CHECK_OPTIONS``, ``NO_CHECK``, ``WERROR``
    ``-W`` options for ``goexe check``; no check at all; warnings fail the
    build.

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

# The goexe tool: this project's own target when built from source, else the
# one found next to the package config (or on PATH).
function(_goexe_tool out_var out_depends)
  if(TARGET goexe)
    # Built in this project (add_subdirectory or FetchContent of goexe).
    set(${out_var} "$<TARGET_FILE:goexe>" PARENT_SCOPE)
    set(${out_depends} goexe PARENT_SCOPE)
  elseif(TARGET goexe::goexe)
    # From find_package(goexe CONFIG), or built for the build machine when
    # goexe is a subproject of a cross build (GoexeHostTool.cmake).
    get_property(depends GLOBAL PROPERTY GOEXE_TOOL_DEPENDS)
    set(${out_var} "$<TARGET_FILE:goexe::goexe>" PARENT_SCOPE)
    set(${out_depends} "${depends}" PARENT_SCOPE)
  else()
    find_program(GOEXE_EXECUTABLE goexe DOC "The goexe tool")
    if(NOT GOEXE_EXECUTABLE)
      message(FATAL_ERROR "goexe: the goexe tool was not found. Use "
        "find_package(goexe CONFIG), add_subdirectory() of goexe, or set "
        "GOEXE_EXECUTABLE.")
    endif()
    set(${out_var} "${GOEXE_EXECUTABLE}" PARENT_SCOPE)
    set(${out_depends} "" PARENT_SCOPE)
  endif()
endfunction()

# What go compiles and links cgo code with when go_executable() sets
# nothing (the environment, go env -w, or Go's default -O2 -g), asked once
# per configure.
function(_goexe_go_cgo_flags)
  get_property(known GLOBAL PROPERTY _GOEXE_GO_CGO_KNOWN)
  if(known)
    return()
  endif()
  set(names CFLAGS CPPFLAGS CXXFLAGS LDFLAGS)
  execute_process(
    COMMAND "${GO_EXECUTABLE}" env CGO_CFLAGS CGO_CPPFLAGS CGO_CXXFLAGS
            CGO_LDFLAGS
    OUTPUT_VARIABLE out RESULT_VARIABLE rc ERROR_QUIET)
  string(REPLACE "\n" ";" lines "${out}")
  list(LENGTH lines count)
  if(NOT rc EQUAL 0 OR count LESS 4)
    # Go's defaults, as cmd/go sets them.
    set(lines "-O2 -g" "" "-O2 -g" "-O2 -g")
  endif()
  foreach(index RANGE 3)
    list(GET names ${index} var)
    list(GET lines ${index} value)
    set_property(GLOBAL PROPERTY _GOEXE_GO_CGO_${var} "${value}")
  endforeach()
  set_property(GLOBAL PROPERTY _GOEXE_GO_CGO_KNOWN ON)
endfunction()

# GOOS and GOARCH from the CMake toolchain.
function(_goexe_target_platform out_goos out_goarch)
  set(system "${CMAKE_SYSTEM_NAME}")
  if(system STREQUAL "Windows" OR system STREQUAL "MSYS" OR system STREQUAL "CYGWIN")
    set(goos windows)
  elseif(system STREQUAL "Linux")
    set(goos linux)
  elseif(system STREQUAL "Darwin")
    set(goos darwin)
  elseif(system STREQUAL "iOS")
    set(goos ios)
  elseif(system STREQUAL "Android")
    set(goos android)
  elseif(system MATCHES "^(FreeBSD|NetBSD|OpenBSD|DragonFly)$")
    string(TOLOWER "${system}" goos)
  elseif(system STREQUAL "SunOS")
    set(goos solaris)
  else()
    set(goos "")
  endif()

  string(TOLOWER "${CMAKE_SYSTEM_PROCESSOR}" processor)
  if(CMAKE_OSX_ARCHITECTURES)
    list(LENGTH CMAKE_OSX_ARCHITECTURES count)
    if(count EQUAL 1)
      string(TOLOWER "${CMAKE_OSX_ARCHITECTURES}" processor)
    endif()
  endif()
  if(processor MATCHES "^(x86_64|amd64|x64)$")
    set(goarch amd64)
  elseif(processor MATCHES "^(i[3-6]86|x86)$")
    set(goarch 386)
  elseif(processor MATCHES "^(aarch64|arm64)$")
    set(goarch arm64)
  elseif(processor MATCHES "^arm")
    set(goarch arm)
  elseif(processor MATCHES "^(riscv64|ppc64le|ppc64|s390x|loong64|mips64le|mips64|mipsle|mips)$")
    set(goarch "${processor}")
  else()
    set(goarch "")
  endif()
  set(${out_goos} "${goos}" PARENT_SCOPE)
  set(${out_goarch} "${goarch}" PARENT_SCOPE)
endfunction()

# One JSON string literal.
function(_goexe_json_string out_var value)
  string(REPLACE "\\" "\\\\" value "${value}")
  string(REPLACE "\"" "\\\"" value "${value}")
  string(REPLACE "\n" "\\n" value "${value}")
  string(REPLACE "\t" "\\t" value "${value}")
  set(${out_var} "\"${value}\"" PARENT_SCOPE)
endfunction()

function(_goexe_json_array out_var)
  set(items "")
  foreach(item IN LISTS ARGN)
    _goexe_json_string(quoted "${item}")
    list(APPEND items "${quoted}")
  endforeach()
  list(JOIN items ", " joined)
  set(${out_var} "[${joined}]" PARENT_SCOPE)
endfunction()

# A -ldflags word list as one string, quoted as go build splits it. go build
# rejects a value that starts with a quote, so a flag that needs no quotes
# is moved to the front (the linker does not care about the order of
# different flags).
function(_goexe_join_flags out_var)
  set(flags ${ARGN})
  list(LENGTH flags count)
  if(count GREATER 1)
    list(GET flags 0 first)
    if(first MATCHES "[ \t'\"]")
      set(index 0)
      foreach(word IN LISTS flags)
        if(word MATCHES "^-" AND NOT word MATCHES "[ \t'\"]")
          list(SUBLIST flags ${index} -1 tail)
          list(SUBLIST flags 0 ${index} head)
          set(flags ${tail} ${head})
          break()
        endif()
        math(EXPR index "${index} + 1")
      endforeach()
    endif()
  endif()
  set(words "")
  foreach(word IN LISTS flags)
    if(word MATCHES "[ \t'\"]")
      if(word MATCHES "\"")
        set(word "'${word}'")
      else()
        set(word "\"${word}\"")
      endif()
    endif()
    list(APPEND words "${word}")
  endforeach()
  list(JOIN words " " joined)
  set(${out_var} "${joined}" PARENT_SCOPE)
endfunction()

# Go's linker flags (go tool link -help, Go 1.26): those that take a value
# and the booleans. LDFLAGS is checked against them at configure, because
# the linker's own answer to a stray word is a 60-line usage dump.
set(_goexe_link_value_flags B D E H I L R T X benchmark benchmarkprofile
  buildid buildmode capturehostobjs cpuprofile debugtextsize debugtramp extar
  extld extldflags fipso funcalign importcfg installsuffix k libgcc linkmode
  memprofile memprofilerate o pluginpath r randlayout strictdups tmpdir)
set(_goexe_link_bool_flags V a asan aslr bindnow c checklinkname compressdwarf
  d debugnosplit dumpdep e f g h linkshared msan n pruneweakmap race s v w)
# go build's own flags, which belong on go_executable()'s other keywords.
set(_goexe_go_build_flags asmflags buildvcs compiler cover covermode coverpkg
  gccgoflags gcflags ldflags mod modcacherw modfile overlay p pgo pkgdir
  tags toolexec trimpath work x)

# Fails the configure on an LDFLAGS word the linker would not take, saying
# what to write instead.
function(_goexe_check_ldflags name)
  set(value_expected "")
  foreach(word IN LISTS ARGN)
    if(value_expected)
      set(value_expected "")
      continue()
    endif()
    if(NOT word MATCHES "^--?([^=-][^=]*)(=.*)?$")
      message(FATAL_ERROR "go_executable(${name}): LDFLAGS entry '${word}' "
        "is not a linker flag (a flag's value follows the flag, as in "
        "LDFLAGS -X main.version=1)")
    endif()
    set(flag "${CMAKE_MATCH_1}")
    set(inline "${CMAKE_MATCH_2}")
    if(flag IN_LIST _goexe_link_value_flags)
      if(inline STREQUAL "")
        set(value_expected TRUE)
      endif()
    elseif(flag IN_LIST _goexe_link_bool_flags)
    elseif(flag STREQUAL "ldflags")
      string(REGEX REPLACE "^--?ldflags=?" "" inner "${word}")
      message(FATAL_ERROR "go_executable(${name}): LDFLAGS holds the "
        "linker's flags, not go build's -ldflags: write LDFLAGS ${inner}")
    elseif(flag MATCHES "^(gcflags|tags|trimpath)$")
      string(TOUPPER "${flag}" keyword)
      message(FATAL_ERROR "go_executable(${name}): '${word}' is a go build "
        "flag, not a linker flag; use the ${keyword} keyword")
    elseif(flag IN_LIST _goexe_go_build_flags)
      message(FATAL_ERROR "go_executable(${name}): '${word}' is a go build "
        "flag, not a linker flag; pass it as ENV GOFLAGS=${word}")
    else()
      message(FATAL_ERROR "go_executable(${name}): LDFLAGS entry '${word}' "
        "is not a flag of Go's linker (go tool link -help lists them)")
    endif()
  endforeach()
  if(value_expected)
    message(FATAL_ERROR "go_executable(${name}): LDFLAGS ends with a flag "
      "that needs a value")
  endif()
endfunction()

# CGO_CPPFLAGS and CGO_LDFLAGS for LINK_LIBRARIES, and the files the Go build
# depends on. Include directories and definitions are generator expressions
# (they may hold some); the link interface is walked now: cgo needs files
# and -l flags, not target names. Each result is one space-separated
# string: a ';' would split the environment entry.
function(_goexe_cgo_flags out_cflags out_ldflags out_depends out_cxx)
  set(cflags "")
  set(ldflags "")
  set(depends "")
  set(cxx OFF)
  set(queue ${ARGN})
  set(seen "")
  while(queue)
    list(POP_FRONT queue lib)
    if(lib IN_LIST seen)
      continue()
    endif()
    list(APPEND seen "${lib}")
    if(TARGET ${lib})
      get_target_property(aliased ${lib} ALIASED_TARGET)
      if(aliased)
        set(lib "${aliased}")
      endif()
      set(incs "$<TARGET_PROPERTY:${lib},INTERFACE_INCLUDE_DIRECTORIES>")
      set(defs "$<TARGET_PROPERTY:${lib},INTERFACE_COMPILE_DEFINITIONS>")
      # Quoted: go build splits CGO_*FLAGS as it splits -ldflags, so a
      # path with spaces stays one word.
      list(APPEND cflags "$<$<BOOL:${incs}>:'-I$<JOIN:${incs},' '-I>'>")
      list(APPEND cflags "$<$<BOOL:${defs}>:'-D$<JOIN:${defs},' '-D>'>")
      get_target_property(type ${lib} TYPE)
      if(NOT type STREQUAL "INTERFACE_LIBRARY")
        list(APPEND ldflags "'$<TARGET_LINKER_FILE:${lib}>'")
        list(APPEND depends "$<TARGET_LINKER_FILE:${lib}>")
      endif()
      get_target_property(sources ${lib} SOURCES)
      if(sources MATCHES "\\.(cpp|cc|cxx|C|c\\+\\+)(;|$)")
        set(cxx ON)
      endif()
      get_target_property(iface ${lib} INTERFACE_LINK_LIBRARIES)
      if(iface)
        foreach(item IN LISTS iface)
          # $<LINK_ONLY:x> is how CMake records a static library's private
          # dependencies; cgo links them all the same.
          string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" item "${item}")
          list(APPEND queue "${item}")
        endforeach()
      endif()
    elseif(lib MATCHES "^-")
      list(APPEND ldflags "${lib}")
    elseif(IS_ABSOLUTE "${lib}")
      list(APPEND ldflags "'${lib}'")
      list(APPEND depends "${lib}")
    elseif(lib MATCHES "^\\$<")
      list(APPEND ldflags "${lib}")
    else()
      list(APPEND ldflags "-l${lib}")
    endif()
  endwhile()
  list(JOIN cflags " " cflags)
  list(JOIN ldflags " " ldflags)
  set(${out_cflags} "${cflags}" PARENT_SCOPE)
  set(${out_ldflags} "${ldflags}" PARENT_SCOPE)
  set(${out_depends} "${depends}" PARENT_SCOPE)
  set(${out_cxx} "${cxx}" PARENT_SCOPE)
endfunction()

# Fails the configure on a PACKAGE that cannot name one main package: a
# pattern, a directory that is not there or has no Go files, or a path in
# the module written as if it were an import path. go's own messages for
# these have no location and name goexe's temporary output.
function(_goexe_check_package name source_dir package)
  set(what "PACKAGE is the main package to build: a directory relative to "
    "${source_dir} (./cmd/app) or an import path")
  string(JOIN "" what ${what})
  if(package MATCHES "\\.\\.\\.")
    message(FATAL_ERROR "go_executable(${name}): PACKAGE '${package}' is a "
      "pattern; one go_executable() builds one program: call it once per "
      "main package. ${what}.")
  endif()
  if(package MATCHES "^\\.\\.?(/|$)" OR IS_ABSOLUTE "${package}")
    get_filename_component(dir "${package}" ABSOLUTE BASE_DIR "${source_dir}")
    if(package MATCHES "\\.go$" AND EXISTS "${dir}" AND NOT IS_DIRECTORY "${dir}")
      return()
    endif()
    if(NOT IS_DIRECTORY "${dir}")
      message(FATAL_ERROR "go_executable(${name}): PACKAGE '${package}': "
        "there is no directory ${dir}. ${what}.")
    endif()
    file(GLOB go_files "${dir}/*.go")
    if(NOT go_files)
      message(FATAL_ERROR "go_executable(${name}): PACKAGE '${package}' "
        "has no .go files in ${dir}. ${what}.")
    endif()
  elseif(IS_DIRECTORY "${source_dir}/${package}")
    # go reads cmd/app as an import path: "package cmd/app is not in std".
    message(FATAL_ERROR "go_executable(${name}): PACKAGE '${package}' is "
      "read by go as an import path, not as the directory it names; write "
      "PACKAGE ./${package}")
  endif()
endfunction()

# The number of one-character edits that turn \p a into \p b (Levenshtein).
function(_goexe_edit_distance out_var a b)
  string(LENGTH "${a}" len_a)
  string(LENGTH "${b}" len_b)
  if(len_a EQUAL 0 OR len_b EQUAL 0)
    math(EXPR d "${len_a} + ${len_b}")
    set(${out_var} ${d} PARENT_SCOPE)
    return()
  endif()
  set(previous "")
  foreach(j RANGE ${len_b})
    list(APPEND previous ${j})
  endforeach()
  foreach(i RANGE 1 ${len_a})
    math(EXPR i0 "${i} - 1")
    string(SUBSTRING "${a}" ${i0} 1 char_a)
    set(current ${i})
    foreach(j RANGE 1 ${len_b})
      math(EXPR j0 "${j} - 1")
      string(SUBSTRING "${b}" ${j0} 1 char_b)
      list(GET previous ${j0} diagonal)
      list(GET previous ${j} up)
      list(GET current ${j0} left)
      if(NOT char_a STREQUAL char_b)
        math(EXPR diagonal "${diagonal} + 1")
      endif()
      math(EXPR up "${up} + 1")
      math(EXPR left "${left} + 1")
      set(best ${diagonal})
      if(up LESS best)
        set(best ${up})
      endif()
      if(left LESS best)
        set(best ${left})
      endif()
      list(APPEND current ${best})
    endforeach()
    set(previous ${current})
  endforeach()
  list(GET previous ${len_b} d)
  set(${out_var} ${d} PARENT_SCOPE)
endfunction()

# The candidate nearest to \p word, ignoring case, if it is near enough to
# be a misspelling (as clang's did-you-mean); "" otherwise.
function(_goexe_suggest out_var word)
  string(TOLOWER "${word}" lower)
  string(LENGTH "${word}" length)
  math(EXPR limit "(${length} + 2) / 3")
  set(best "")
  foreach(candidate IN LISTS ARGN)
    string(TOLOWER "${candidate}" lower_candidate)
    _goexe_edit_distance(d "${lower}" "${lower_candidate}")
    if(d LESS_EQUAL limit)
      set(best "${candidate}")
      math(EXPR limit "${d} - 1")
    endif()
  endforeach()
  set(${out_var} "${best}" PARENT_SCOPE)
endfunction()

# Fails the configure on a CHECK_OPTIONS entry goexe check would not take:
# a -W option naming no diagnostic group (the groups come from goexe's
# diagnostic table, through its package), or no option at all.
function(_goexe_check_options name)
  get_property(groups GLOBAL PROPERTY GOEXE_DIAGNOSTIC_GROUPS)
  foreach(option IN LISTS ARGN)
    if(option MATCHES "^(-w|-W(no-)?(error|everything)|--max-diagnostics=[0-9]+|--color=(auto|always|never)|--diagnostics-format=(clang|msvc|json))$")
      continue()
    endif()
    if(option MATCHES "^-W(no-)?(error=)?(.+)$")
      set(group "${CMAKE_MATCH_3}")
      if(NOT groups OR group IN_LIST groups)
        continue()
      endif()
      _goexe_suggest(near "${group}" ${groups})
      if(near)
        string(REPLACE "${group}" "${near}" fixed "${option}")
        message(FATAL_ERROR "go_executable(${name}): CHECK_OPTIONS: no "
          "diagnostic group '${group}' in '${option}'; did you mean "
          "'${fixed}'?")
      endif()
      message(FATAL_ERROR "go_executable(${name}): CHECK_OPTIONS: no "
        "diagnostic group '${group}' in '${option}' (goexe explain lists "
        "the groups)")
    endif()
    if(option MATCHES "^W")
      message(FATAL_ERROR "go_executable(${name}): CHECK_OPTIONS entry "
        "'${option}' is not an option; did you mean '-${option}'?")
    endif()
    message(FATAL_ERROR "go_executable(${name}): CHECK_OPTIONS entry "
      "'${option}' is not a goexe check option (-W<group>, -Wno-<group>, "
      "-Werror[=<group>], -Weverything, -w, --max-diagnostics=N)")
  endforeach()
endfunction()

# goexe_diagnostics: prints the diagnostics of the last build of every
# go_executable() target again, without building anything. The logs' paths
# hold $<CONFIG> under multi-config generators, hence TARGET_GENEX_EVAL.
function(_goexe_diagnostics_target)
  if(NOT TARGET goexe_diagnostics)
    add_custom_target(goexe_diagnostics
      COMMAND "${CMAKE_COMMAND}" -E cat
              "$<TARGET_GENEX_EVAL:goexe_diagnostics,$<TARGET_PROPERTY:goexe_diagnostics,GOEXE_LOGS>>"
      COMMENT "Diagnostics of the last build of each go_executable() target"
      VERBATIM COMMAND_EXPAND_LISTS)
  endif()
  set_property(TARGET goexe_diagnostics APPEND PROPERTY GOEXE_LOGS ${ARGN})
endfunction()

# Where go_executable(<name> is written in \p file: its line and column, or
# line 0 when it cannot be found. CMake tells a function its caller's file
# but not the line, so the call is looked up in the file, with its comments
# blanked first: a commented-out call above the real one must not match.
# Blanking keeps every newline, and a line comment only ever follows the
# code it is on, so lines and columns stay as they are.
function(_goexe_call_site out_line out_column file name)
  set(line 0)
  set(column 0)
  if(EXISTS "${file}")
    file(READ "${file}" text)
    # Bracket comments, #[[ ... ]] or #[==[ ... ]==]: their newlines stay.
    while(text MATCHES "#\\[(=*)\\[")
      set(close "]${CMAKE_MATCH_1}]")
      string(FIND "${text}" "${CMAKE_MATCH_0}" open_at)
      string(SUBSTRING "${text}" ${open_at} -1 rest)
      string(FIND "${rest}" "${close}" close_at)
      if(close_at EQUAL -1)
        string(LENGTH "${rest}" close_at)
      else()
        string(LENGTH "${close}" close_length)
        math(EXPR close_at "${close_at} + ${close_length}")
      endif()
      string(SUBSTRING "${rest}" 0 ${close_at} comment)
      string(REGEX REPLACE "[^\n]" "" newlines "${comment}")
      string(SUBSTRING "${text}" 0 ${open_at} head)
      string(SUBSTRING "${rest}" ${close_at} -1 tail)
      set(text "${head}${newlines}${tail}")
    endwhile()
    string(REGEX REPLACE "#[^\n]*" "" text "${text}")
    # Target names may hold '.' or '+'.
    string(REGEX REPLACE "([][.+*?^$()|\\])" "\\\\\\1" name_pattern "${name}")
    string(REGEX MATCH "(^|[\n \t])go_executable[ \t]*\\([ \t\n]*${name_pattern}[ \t\n)]" match "${text}")
    if(match)
      string(FIND "${text}" "${match}" at)
      if(NOT match MATCHES "^go_executable")
        math(EXPR at "${at} + 1")
      endif()
      string(SUBSTRING "${text}" 0 ${at} before)
      string(REGEX MATCHALL "\n" newlines "${before}")
      list(LENGTH newlines count)
      math(EXPR line "${count} + 1")
      string(FIND "${before}" "\n" last REVERSE)
      math(EXPR column "${at} - ${last}")
    endif()
  endif()
  set(${out_line} ${line} PARENT_SCOPE)
  set(${out_column} ${column} PARENT_SCOPE)
endfunction()

function(go_executable name)
  list(APPEND CMAKE_MESSAGE_CONTEXT goexe)
  set(options STRIP GUI STATIC NO_CHECK WERROR)
  set(one PACKAGE SOURCE_DIR OUTPUT_NAME OUTPUT_DIRECTORY GOOS GOARCH GOAMD64
          GOARM CGO TRIMPATH BUILDMODE MIN_WINDOWS)
  set(multi LINK_LIBRARIES LDFLAGS X_DEFS TAGS GCFLAGS ENV DLL_DIRS
            CHECK_OPTIONS)
  cmake_parse_arguments(PARSE_ARGV 1 ARG "${options}" "${one}" "${multi}")

  if(ARG_UNPARSED_ARGUMENTS)
    list(GET ARG_UNPARSED_ARGUMENTS 0 first)
    _goexe_suggest(near "${first}" ${options} ${one} ${multi})
    if(near)
      message(FATAL_ERROR "go_executable(${name}): unknown argument "
        "'${first}'; did you mean '${near}'?")
    endif()
    set(keywords ${options} ${one} ${multi})
    list(SORT keywords)
    list(JOIN keywords ", " keywords)
    message(FATAL_ERROR "go_executable(${name}): unknown argument "
      "'${first}'; the keywords are ${keywords}.")
  endif()
  if(ARG_KEYWORDS_MISSING_VALUES)
    list(GET ARG_KEYWORDS_MISSING_VALUES 0 keyword)
    message(FATAL_ERROR "go_executable(${name}): ${keyword} needs a value")
  endif()
  if(TARGET ${name})
    message(FATAL_ERROR "go_executable(${name}): a target named '${name}' "
      "already exists")
  endif()
  if(NOT GO_EXECUTABLE)
    message(FATAL_ERROR "go_executable(${name}): no go command found. "
      "Install Go 1.19 or newer, or set GO_EXECUTABLE.")
  endif()

  # Where this call is: diagnostics of the check point here.
  set(call_file "${CMAKE_CURRENT_LIST_FILE}")
  _goexe_call_site(call_line call_column "${call_file}" "${name}")

  # The target platform.
  _goexe_target_platform(mapped_goos mapped_goarch)
  set(goos "${ARG_GOOS}")
  set(goarch "${ARG_GOARCH}")
  if(NOT goos)
    set(goos "${mapped_goos}")
  endif()
  if(NOT goarch)
    set(goarch "${mapped_goarch}")
  endif()
  if(NOT goos OR NOT goarch)
    message(FATAL_ERROR "go_executable(${name}): cannot map the toolchain "
      "(CMAKE_SYSTEM_NAME '${CMAKE_SYSTEM_NAME}', CMAKE_SYSTEM_PROCESSOR "
      "'${CMAKE_SYSTEM_PROCESSOR}') to GOOS/GOARCH. Pass GOOS and GOARCH.")
  endif()
  set(known_goos aix android darwin dragonfly freebsd illumos ios js linux
      netbsd openbsd plan9 solaris wasip1 windows)
  set(known_goarch 386 amd64 arm arm64 loong64 mips mips64 mips64le mipsle
      ppc64 ppc64le riscv64 s390x wasm)
  if(NOT goos IN_LIST known_goos)
    message(FATAL_ERROR "go_executable(${name}): GOOS '${goos}' is not one of "
      "Go's (${known_goos})")
  endif()
  if(NOT goarch IN_LIST known_goarch)
    message(FATAL_ERROR "go_executable(${name}): GOARCH '${goarch}' is not "
      "one of Go's (${known_goarch})")
  endif()
  if(ARG_GOAMD64 AND NOT ARG_GOAMD64 MATCHES "^v[1-4]$")
    message(FATAL_ERROR "go_executable(${name}): GOAMD64 must be v1, v2, v3 "
      "or v4, not '${ARG_GOAMD64}'")
  endif()
  if(ARG_GOARM AND NOT ARG_GOARM MATCHES "^[5-7]$")
    message(FATAL_ERROR "go_executable(${name}): GOARM must be 5, 6 or 7, "
      "not '${ARG_GOARM}'")
  endif()
  if(ARG_MIN_WINDOWS AND NOT ARG_MIN_WINDOWS MATCHES "^(7|8|8\\.1|10|11)$")
    message(FATAL_ERROR "go_executable(${name}): MIN_WINDOWS must be 7, 8, "
      "8.1, 10 or 11, not '${ARG_MIN_WINDOWS}'")
  endif()
  if(ARG_BUILDMODE AND NOT ARG_BUILDMODE MATCHES "^(exe|pie)$")
    message(FATAL_ERROR "go_executable(${name}): BUILDMODE must be exe or "
      "pie, not '${ARG_BUILDMODE}'")
  endif()

  # cgo.
  if(NOT DEFINED ARG_CGO)
    set(ARG_CGO AUTO)
  endif()
  string(TOUPPER "${ARG_CGO}" cgo)
  if(NOT cgo MATCHES "^(ON|OFF|AUTO)$")
    message(FATAL_ERROR "go_executable(${name}): CGO must be ON, OFF or "
      "AUTO, not '${ARG_CGO}'")
  endif()
  set(cgo_reason "CGO ON")
  if(cgo STREQUAL "AUTO" AND ARG_LINK_LIBRARIES)
    set(cgo ON)
    set(cgo_reason "LINK_LIBRARIES (cgo links them)")
  endif()
  if(cgo STREQUAL "OFF" AND ARG_LINK_LIBRARIES)
    message(FATAL_ERROR "go_executable(${name}): LINK_LIBRARIES needs cgo; "
      "remove CGO OFF")
  endif()
  set(env "GOOS=${goos}" "GOARCH=${goarch}")
  set(debug_env "")
  if(cgo STREQUAL "ON")
    if(NOT CMAKE_C_COMPILER)
      message(FATAL_ERROR "go_executable(${name}): ${cgo_reason} needs a "
        "C compiler for ${goos}/${goarch}: enable the C language (project(... C)) and, "
        "when cross-compiling, use a toolchain file that sets "
        "CMAKE_C_COMPILER (cgo cannot use MSVC: use mingw-w64 or clang).")
    endif()
    if(CMAKE_C_COMPILER_ID STREQUAL "MSVC")
      message(FATAL_ERROR "go_executable(${name}): cgo cannot use MSVC "
        "(${CMAKE_C_COMPILER}); use mingw-w64 gcc or clang")
    endif()
    list(APPEND env CGO_ENABLED=1 "CC=${CMAKE_C_COMPILER}")
    if(CMAKE_CXX_COMPILER)
      list(APPEND env "CXX=${CMAKE_CXX_COMPILER}")
    endif()
  elseif(cgo STREQUAL "OFF")
    list(APPEND env CGO_ENABLED=0)
  endif()
  if(ARG_GOAMD64)
    list(APPEND env "GOAMD64=${ARG_GOAMD64}")
  endif()
  if(ARG_GOARM)
    list(APPEND env "GOARM=${ARG_GOARM}")
  endif()
  foreach(var IN LISTS ARG_ENV)
    if(NOT var MATCHES "^[A-Za-z_][A-Za-z0-9_]*=")
      message(FATAL_ERROR "go_executable(${name}): ENV entries are VAR=value, "
        "not '${var}'")
    endif()
    if(var MATCHES "^GOFLAGS=.*-ldflags")
      message(WARNING "go_executable(${name}): a -ldflags in GOFLAGS is "
        "replaced by the -ldflags go_executable() passes; use LDFLAGS")
    endif()
    if(var MATCHES "^(GOOS|GOARCH)=(.*)$")
      message(FATAL_ERROR "go_executable(${name}): ENV ${var} would build "
        "for another platform than the target's ${goos}/${goarch}, and the "
        "check would judge it against the wrong one: use the ${CMAKE_MATCH_1} "
        "keyword (${CMAKE_MATCH_1} ${CMAKE_MATCH_2})")
    endif()
    if(var MATCHES "^CGO_(CFLAGS|CPPFLAGS|CXXFLAGS|LDFLAGS)=(.*)$")
      # Merged with LINK_LIBRARIES' flags below.
      set(user_cgo_${CMAKE_MATCH_1} "${CMAKE_MATCH_2}")
      continue()
    endif()
    list(APPEND env "${var}")
  endforeach()

  # One -ldflags: a second one would replace the first.
  _goexe_check_ldflags(${name} ${ARG_LDFLAGS})
  _goexe_check_options(${name} ${ARG_CHECK_OPTIONS})
  set(ldflags ${ARG_LDFLAGS})
  if(ARG_STRIP)
    list(APPEND ldflags -s -w)
    if(CMAKE_BUILD_TYPE STREQUAL "Debug")
      # Debug adds -gcflags=all=-N -l for the debugger; -s -w then removes
      # what the debugger reads.
      message(WARNING "go_executable(${name}): STRIP in a Debug build "
        "removes the symbols and DWARF a debugger needs; leave STRIP out "
        "of Debug builds")
    endif()
  endif()
  if(ARG_GUI)
    if(NOT goos STREQUAL "windows")
      message(FATAL_ERROR "go_executable(${name}): GUI is for Windows "
        "(GOOS is ${goos})")
    endif()
    list(APPEND ldflags -H=windowsgui)
  endif()
  foreach(def IN LISTS ARG_X_DEFS)
    if(NOT def MATCHES "^[^=]+\\.[^=.]+=")
      message(FATAL_ERROR "go_executable(${name}): X_DEFS entries are "
        "importpath.name=value, not '${def}'")
    endif()
    list(APPEND ldflags -X "${def}")
  endforeach()
  if(ARG_STATIC AND cgo STREQUAL "ON")
    # Go links internally when the only cgo is the standard library's (net,
    # os/user), and the internal linker ignores -extldflags: the executable
    # stays dynamic. The netgo and osusergo tags make those packages pure
    # Go, so such a program links internally and statically; a static glibc
    # could not serve them anyway (getaddrinfo and getpwnam need its shared
    # NSS modules at run time). The user's own cgo links externally, where
    # -extldflags=-static applies. (-linkmode=external instead would crash
    # a Go 1.19 program that is then left without cgo: "loadinternal:
    # cannot find runtime/cgo".)
    list(APPEND ldflags -extldflags=-static)
    foreach(tag netgo osusergo)
      if(NOT tag IN_LIST ARG_TAGS)
        list(APPEND ARG_TAGS ${tag})
      endif()
    endforeach()
  endif()
  _goexe_join_flags(ldflags_string ${ldflags})

  # The go build command.
  if(NOT DEFINED ARG_TRIMPATH)
    set(ARG_TRIMPATH ON)
  endif()
  set(go_args build)
  if(ARG_TRIMPATH)
    list(APPEND go_args -trimpath)
  endif()
  if(ARG_BUILDMODE)
    list(APPEND go_args "-buildmode=${ARG_BUILDMODE}")
  endif()
  if(ARG_TAGS)
    list(JOIN ARG_TAGS "," tags)
    list(APPEND go_args "-tags=${tags}")
  endif()
  set(gcflags ${ARG_GCFLAGS})
  list(JOIN gcflags " " gcflags_string)
  # Debug builds keep variables and lines for the debugger.
  set(debug_gcflags "all=-N -l")
  if(gcflags_string)
    list(APPEND go_args
      "$<IF:$<CONFIG:Debug>,-gcflags=${debug_gcflags} ${gcflags_string},-gcflags=${gcflags_string}>")
  else()
    list(APPEND go_args "$<$<CONFIG:Debug>:-gcflags=${debug_gcflags}>")
  endif()
  if(ldflags_string)
    list(APPEND go_args "-ldflags=${ldflags_string}")
  endif()

  _goexe_cgo_flags(cgo_cflags cgo_ldflags lib_depends uses_cxx ${ARG_LINK_LIBRARIES})
  if(uses_cxx)
    if(CMAKE_CXX_COMPILER_ID MATCHES "Clang" AND APPLE)
      string(APPEND cgo_ldflags " -lc++")
    else()
      string(APPEND cgo_ldflags " -lstdc++")
    endif()
  endif()
  if(NOT cgo STREQUAL "OFF")
    # Setting a CGO_*FLAGS variable replaces what go would use (its default
    # -O2 -g, or the user's), so each starts from that, as configure found
    # it, or from an ENV entry, and LINK_LIBRARIES' flags are added:
    # includes and definitions to CGO_CPPFLAGS, which C and C++ share.
    # Debug compiles without optimization unless the user chose the flags.
    # A variable left at Go's default is not set at all.
    _goexe_go_cgo_flags()
    set(cgo_extra_CPPFLAGS "${cgo_cflags}")
    set(cgo_extra_LDFLAGS "${cgo_ldflags}")
    foreach(var CFLAGS CPPFLAGS CXXFLAGS LDFLAGS)
      if(DEFINED user_cgo_${var})
        set(value "${user_cgo_${var}}")
      else()
        get_property(value GLOBAL PROPERTY _GOEXE_GO_CGO_${var})
      endif()
      # Go's default: "-O2 -g" since Go 1.21, "-g -O2" before; none for
      # CGO_CPPFLAGS.
      set(is_default OFF)
      if(value MATCHES "^(-O2 -g|-g -O2)$" OR
         (var STREQUAL "CPPFLAGS" AND value STREQUAL ""))
        set(is_default ON)
      endif()
      set(changed OFF)
      if(DEFINED user_cgo_${var} OR NOT is_default)
        set(changed ON)
      endif()
      if(cgo_extra_${var})
        string(STRIP "${value} ${cgo_extra_${var}}" value)
        set(changed ON)
      endif()
      if(changed)
        list(APPEND env "CGO_${var}=${value}")
      elseif(var MATCHES "^C(XX)?FLAGS$")
        list(APPEND debug_env "CGO_${var}=-g -O0")
      endif()
    endforeach()
  endif()

  # Output names.
  if(ARG_OUTPUT_NAME)
    set(file_name "${ARG_OUTPUT_NAME}")
  else()
    set(file_name "${name}")
  endif()
  if(goos STREQUAL "windows" AND NOT file_name MATCHES "\\.[eE][xX][eE]$")
    string(APPEND file_name ".exe")
  endif()
  if(ARG_OUTPUT_DIRECTORY)
    set(out_dir "${ARG_OUTPUT_DIRECTORY}")
  elseif(CMAKE_RUNTIME_OUTPUT_DIRECTORY)
    set(out_dir "${CMAKE_RUNTIME_OUTPUT_DIRECTORY}")
  else()
    set(out_dir "${CMAKE_CURRENT_BINARY_DIR}")
  endif()
  get_filename_component(out_dir "${out_dir}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_BINARY_DIR}")
  get_property(multi_config GLOBAL PROPERTY GENERATOR_IS_MULTI_CONFIG)
  if(multi_config)
    string(APPEND out_dir "/$<CONFIG>")
  endif()
  set(output "${out_dir}/${file_name}")
  # The temporary keeps the suffix: go build adds .exe to a Windows -o
  # without one.
  get_filename_component(stem "${file_name}" NAME_WE)
  get_filename_component(ext "${file_name}" LAST_EXT)
  set(temporary "${out_dir}/${stem}.goexe-tmp${ext}")
  set(state_dir "${CMAKE_CURRENT_BINARY_DIR}/CMakeFiles/${name}.goexe")
  if(multi_config)
    set(depfile "${state_dir}/$<CONFIG>/${name}.d")
    set(manifest "${state_dir}/$<CONFIG>/${name}.json")
  else()
    set(depfile "${state_dir}/${name}.d")
    set(manifest "${state_dir}/${name}.json")
  endif()

  if(ARG_SOURCE_DIR)
    get_filename_component(source_dir "${ARG_SOURCE_DIR}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
  else()
    set(source_dir "${CMAKE_CURRENT_SOURCE_DIR}")
  endif()
  if(NOT IS_DIRECTORY "${source_dir}")
    message(FATAL_ERROR "go_executable(${name}): SOURCE_DIR '${source_dir}' "
      "is not a directory")
  endif()
  if(ARG_PACKAGE)
    set(package "${ARG_PACKAGE}")
  else()
    set(package .)
  endif()
  _goexe_check_package(${name} "${source_dir}" "${package}")
  list(APPEND go_args -o "${temporary}" "${package}")

  # The manifest: the build's intent, for the check.
  _goexe_json_string(j_file "${call_file}")
  _goexe_json_string(j_output "${output}")
  _goexe_json_string(j_ldflags "${ldflags_string}")
  _goexe_json_array(j_options ${ARG_CHECK_OPTIONS})
  _goexe_json_array(j_dlls ${ARG_DLL_DIRS})
  set(build_paths "${source_dir}" "${CMAKE_SOURCE_DIR}" "${CMAKE_BINARY_DIR}")
  if(DEFINED ENV{HOME})
    list(APPEND build_paths "$ENV{HOME}")
  endif()
  list(REMOVE_DUPLICATES build_paths)
  _goexe_json_array(j_paths ${build_paths})
  set(json "{\n  \"version\": 1,\n")
  string(APPEND json "  \"output\": ${j_output},\n")
  if(call_line)
    string(APPEND json "  \"callSite\": {\"file\": ${j_file}, \"line\": ${call_line}, \"column\": ${call_column}},\n")
  else()
    string(APPEND json "  \"callSite\": {\"file\": ${j_file}},\n")
  endif()
  string(APPEND json "  \"goos\": \"${goos}\",\n  \"goarch\": \"${goarch}\",\n")
  if(ldflags_string)
    string(APPEND json "  \"ldflags\": [${j_ldflags}],\n")
  endif()
  if(ARG_TRIMPATH)
    string(APPEND json "  \"trimpath\": true,\n  \"buildPaths\": ${j_paths},\n")
  endif()
  if(cgo STREQUAL "OFF")
    string(APPEND json "  \"cgo\": false,\n")
  elseif(cgo STREQUAL "ON")
    string(APPEND json "  \"cgo\": true,\n")
  endif()
  if(ARG_STATIC)
    string(APPEND json "  \"static\": true,\n")
  endif()
  if(ARG_MIN_WINDOWS)
    string(APPEND json "  \"minWindows\": \"${ARG_MIN_WINDOWS}\",\n")
  endif()
  if(ARG_GOAMD64 AND goarch STREQUAL "amd64")
    string(APPEND json "  \"cpuBaseline\": \"${ARG_GOAMD64}\",\n")
  elseif(ARG_GOARM AND goarch STREQUAL "arm")
    string(APPEND json "  \"cpuBaseline\": \"${ARG_GOARM}\",\n")
  endif()
  string(APPEND json "  \"dllPaths\": ${j_dlls},\n")
  string(APPEND json "  \"options\": ${j_options},\n  \"goBuild\": true\n}\n")
  file(GENERATE OUTPUT "${manifest}" CONTENT "${json}")

  _goexe_tool(goexe goexe_depends)
  set(diag_options --diagnostics-format=${GOEXE_DIAGNOSTICS_FORMAT})
  if(NOT GOEXE_DIAGNOSTICS_FORMAT)
    set(diag_options "")
  endif()
  # goexe build sets the environment itself: no shell, and no `cmake -E env`
  # process in front of every build.
  # Under Ninja, the depfile names the output as build.ninja does (relative
  # to the top build directory when inside it), so that Ninja can read it
  # as it is: CMake's own step that rewrites depfiles (CMP0116) is one more
  # process per target and build.
  set(depfile_target "${output}")
  set(ninja_depfile OFF)
  if(CMAKE_GENERATOR MATCHES "Ninja")
    set(ninja_depfile ON)
    cmake_path(IS_PREFIX CMAKE_BINARY_DIR "${output}" NORMALIZE inside)
    if(inside)
      file(RELATIVE_PATH depfile_target "${CMAKE_BINARY_DIR}" "${output}")
    endif()
  endif()

  set(env_options "")
  foreach(var IN LISTS env)
    list(APPEND env_options "--env=${var}")
  endforeach()
  foreach(var IN LISTS debug_env)
    list(APPEND env_options "$<$<CONFIG:Debug>:--env=${var}>")
  endforeach()

  # What go list says about the packages is kept in the build tree, and
  # targets built alike (same directory, environment and flags) share a
  # list of their packages: the first to build lists them all, so a clean
  # build runs one go list, not one per target.
  set(package_cache "${CMAKE_BINARY_DIR}/CMakeFiles/goexe-packages")
  # The key holds what decides go list's answer, as goexe's own does.
  string(MD5 group "${source_dir}\n${env}\n${debug_env}\n${ARG_TAGS}\n${ARG_BUILDMODE}")
  set(siblings "${package_cache}/${group}.packages")
  get_property(group_owner GLOBAL PROPERTY _GOEXE_GROUP_${group})
  if(NOT group_owner)
    set(group_owner ${name})
    set_property(GLOBAL PROPERTY _GOEXE_GROUP_${group} ${name})
    file(GENERATE OUTPUT "${siblings}" CONTENT
      "$<JOIN:$<TARGET_PROPERTY:${name},GOEXE_GROUP_PACKAGES>,\n>\n")
  endif()

  # Each run's diagnostics are kept: a warning promotes the executable, so
  # the next build is a no-op and would never show it again. The logs exist
  # from configure on, for goexe_diagnostics to print before any build.
  set(log_dir "${state_dir}")
  if(multi_config)
    set(log_dir "${state_dir}/$<CONFIG>")
  endif()
  set(build_log "${log_dir}/${name}.build.log")
  set(check_log "${log_dir}/${name}.check.log")
  set(logs "${build_log}")
  if(NOT ARG_NO_CHECK)
    list(APPEND logs "${check_log}")
  endif()
  set(configs ".")
  if(multi_config)
    set(configs ${CMAKE_CONFIGURATION_TYPES})
  endif()
  foreach(log IN LISTS logs)
    foreach(config IN LISTS configs)
      string(REPLACE "$<CONFIG>" "${config}" log_file "${log}")
      if(NOT EXISTS "${log_file}")
        file(WRITE "${log_file}" "")
      endif()
    endforeach()
  endforeach()
  _goexe_diagnostics_target(${logs})

  # A build diagnostic without a source position points at this call.
  set(call_site_option "")
  if(call_line)
    set(call_site_option "--call-site=${call_file}:${call_line}:${call_column}")
  endif()
  set(commands
    COMMAND "${goexe}" build ${diag_options} ${env_options} ${call_site_option}
            "--diagnostics-log=${build_log}"
            "--depfile=${depfile}" "--output=${depfile_target}"
            "--package-cache=${package_cache}" "--sibling-packages=${siblings}"
            -- "${GO_EXECUTABLE}" ${go_args})
  if(ARG_NO_CHECK)
    list(APPEND commands
      COMMAND "${CMAKE_COMMAND}" -E rename "${temporary}" "${output}")
  else()
    # A Debug build is for the debugger, which needs the C code's source
    # paths in DWARF (CMake compiles C libraries with -g there): no
    # -Wpath-leak, unless CHECK_OPTIONS turns it back on.
    # goexe build checks a stripped build's -X against the sources, which
    # the executable cannot prove (-Wx-flag-unproven).
    set(check_options "$<$<CONFIG:Debug>:-Wno-path-leak>" -Wno-x-flag-unproven
                      ${ARG_CHECK_OPTIONS})
    if(ARG_WERROR)
      list(APPEND check_options -Werror)
    endif()
    list(APPEND commands
      COMMAND "${goexe}" check ${diag_options} ${check_options}
              "--diagnostics-log=${check_log}" "--manifest=${manifest}" "--promote-to=${output}" "${temporary}")
  endif()

  # The target depends on the depfile, which goexe build writes after every
  # successful build, not on the executable: CMake would take a dependency
  # on the file at an IMPORTED_LOCATION for one on the imported target
  # itself, a cycle.
  cmake_policy(PUSH)
  if(ninja_depfile)
    cmake_policy(SET CMP0116 OLD)
  endif()
  add_custom_command(
    OUTPUT "${output}" "${depfile}"
    ${commands}
    DEPFILE "${depfile}"
    DEPENDS ${goexe_depends} ${lib_depends} "${manifest}"
    WORKING_DIRECTORY "${source_dir}"
    COMMENT "Building Go executable ${file_name}"
    VERBATIM COMMAND_EXPAND_LISTS)
  cmake_policy(POP)
  add_custom_target(${name}_go ALL DEPENDS "${depfile}")
  foreach(lib IN LISTS ARG_LINK_LIBRARIES)
    if(TARGET ${lib})
      add_dependencies(${name}_go ${lib})
    endif()
  endforeach()

  add_executable(${name} IMPORTED GLOBAL)
  if(multi_config)
    foreach(config IN LISTS CMAKE_CONFIGURATION_TYPES)
      string(TOUPPER "${config}" upper)
      string(REPLACE "$<CONFIG>" "${config}" config_output "${output}")
      set_property(TARGET ${name} PROPERTY IMPORTED_LOCATION_${upper} "${config_output}")
      # The output directories exist before the build: one process less
      # per target and build.
      get_filename_component(config_dir "${config_output}" DIRECTORY)
      file(MAKE_DIRECTORY "${config_dir}")
    endforeach()
    list(GET CMAKE_CONFIGURATION_TYPES 0 first_config)
    string(REPLACE "$<CONFIG>" "${first_config}" default_output "${output}")
    set_property(TARGET ${name} PROPERTY IMPORTED_LOCATION "${default_output}")
  else()
    file(MAKE_DIRECTORY "${out_dir}")
    set_property(TARGET ${name} PROPERTY IMPORTED_LOCATION "${output}")
  endif()
  add_dependencies(${name} ${name}_go)
  set_property(TARGET ${name} PROPERTY GOEXE_OUTPUT "${output}")
  set_property(TARGET ${group_owner} APPEND PROPERTY GOEXE_GROUP_PACKAGES "${package}")
endfunction()

function(go_install name)
  cmake_parse_arguments(PARSE_ARGV 1 ARG "" "DESTINATION;COMPONENT" "")
  if(ARG_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "go_install(${name}): unknown argument "
      "'${ARG_UNPARSED_ARGUMENTS}'")
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
