# GoExecutableInternal.cmake - the steps of go_executable() and their helpers.
#
# Private to GoExecutable.cmake, which includes it and documents the public
# functions; nothing here is an interface.
#
# go_executable() parses its keywords into ARG_* and runs the _goexe_* steps
# at the end of this file in order. Each step reads ARG_* and what the steps
# before it set, and sets its own results in go_executable()'s scope
# (PARENT_SCOPE); its "# Parameters:" comment says what it reads and sets.

include_guard(GLOBAL)

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
  string(REPLACE "\r" "\\r" value "${value}")
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

# Fails the configure on an LDFLAGS word the linker would not take, saying
# what to write instead: the linker's own answer to a stray word is a
# 60-line usage dump.
function(_goexe_check_ldflags name)
  # Go's linker flags (go tool link -help, Go 1.26): those that take a value
  # and the booleans; then go build's own flags, which belong on
  # go_executable()'s other keywords. Local: at file scope they would be
  # missing in a directory whose include() the include guard skipped.
  set(link_value_flags B D E H I L R T X benchmark benchmarkprofile
    buildid buildmode capturehostobjs cpuprofile debugtextsize debugtramp extar
    extld extldflags fipso funcalign importcfg installsuffix k libgcc linkmode
    memprofile memprofilerate o pluginpath r randlayout strictdups tmpdir)
  set(link_bool_flags V a asan aslr bindnow c checklinkname compressdwarf
    d debugnosplit dumpdep e f g h linkshared msan n pruneweakmap race s v w)
  set(go_build_flags asmflags buildvcs compiler cover covermode coverpkg
    gccgoflags gcflags ldflags mod modcacherw modfile overlay p pgo pkgdir
    tags toolexec trimpath work x)
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
    if(flag IN_LIST link_value_flags)
      if(inline STREQUAL "")
        set(value_expected TRUE)
      endif()
    elseif(flag IN_LIST link_bool_flags)
    elseif(flag STREQUAL "ldflags")
      string(REGEX REPLACE "^--?ldflags=?" "" inner "${word}")
      message(FATAL_ERROR "go_executable(${name}): LDFLAGS holds the "
        "linker's flags, not go build's -ldflags: write LDFLAGS ${inner}")
    elseif(flag MATCHES "^(gcflags|tags|trimpath)$")
      string(TOUPPER "${flag}" keyword)
      message(FATAL_ERROR "go_executable(${name}): '${word}' is a go build "
        "flag, not a linker flag; use the ${keyword} keyword")
    elseif(flag IN_LIST go_build_flags)
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
  # Without the package (the module alone) any format name passes, as any
  # group does.
  get_property(formats GLOBAL PROPERTY GOEXE_DIAGNOSTIC_FORMATS)
  set(format_pattern "[a-z]+")
  if(formats)
    list(JOIN formats "|" format_pattern)
  endif()
  foreach(option IN LISTS ARGN)
    if(option MATCHES "^(-w|-W(no-)?(error|everything)|--max-diagnostics=[0-9]+|--color=(auto|always|never)|--diagnostics-format=(${format_pattern}))$")
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

# "a, b or c" (or "a, b and c" with \p last " and ").
function(_goexe_join_words out_var last)
  set(words ${ARGN})
  list(POP_BACK words final)
  if(words)
    list(JOIN words ", " head)
    set(${out_var} "${head}${last}${final}" PARENT_SCOPE)
  else()
    set(${out_var} "${final}" PARENT_SCOPE)
  endif()
endfunction()

# What goexe's vocabulary (include/goexe/Check/Vocabulary.def, read by
# goexe's CMakeLists.txt into global properties, which its package sets too)
# allows for a CPU variable.
# Parameters:
#   variable      GOAMD64, GOARM, GO386 or GOARM64
#   out_goarch    the GOARCH it is for
#   out_levels    its levels, oldest first; empty without the vocabulary
#                 (the module included on its own), when every value passes
#   out_suffixes  the ",suffix" words that may follow a level
function(_goexe_cpu_vocabulary variable out_goarch out_levels out_suffixes)
  get_property(level_entries GLOBAL PROPERTY GOEXE_CPU_LEVELS)
  get_property(suffix_entries GLOBAL PROPERTY GOEXE_CPU_SUFFIXES)
  # Without the vocabulary, Go's naming: GOARM64 is arm64's.
  string(SUBSTRING "${variable}" 2 -1 fallback)
  string(TOLOWER "${fallback}" fallback)
  set(goarches "")
  set(levels "")
  foreach(entry IN LISTS level_entries)
    # <GOARCH>:<Variable>:<Level>; GOPPC64 serves ppc64 and ppc64le.
    if(entry MATCHES "^([^:]+):([^:]+):(.+)$" AND CMAKE_MATCH_2 STREQUAL variable)
      list(APPEND goarches "${CMAKE_MATCH_1}")
      list(APPEND levels "${CMAKE_MATCH_3}")
    endif()
  endforeach()
  list(REMOVE_DUPLICATES goarches)
  list(REMOVE_DUPLICATES levels)
  if(NOT goarches)
    set(goarches "${fallback}")
  endif()
  set(suffixes "")
  foreach(entry IN LISTS suffix_entries)
    # <GOARCH>:<Suffix>
    if(entry MATCHES "^([^:]+):(.+)$" AND CMAKE_MATCH_1 IN_LIST goarches)
      list(APPEND suffixes "${CMAKE_MATCH_2}")
    endif()
  endforeach()
  list(REMOVE_DUPLICATES suffixes)
  set(${out_goarch} "${goarches}" PARENT_SCOPE)
  set(${out_levels} "${levels}" PARENT_SCOPE)
  set(${out_suffixes} "${suffixes}" PARENT_SCOPE)
endfunction()

# Fails the configure on a CPU level the vocabulary does not have for
# \p variable. As Go's internal/buildcfg parses them, GOARM takes one float
# ABI after its level (7,softfloat) and GOARM64 any of its features, in any
# order (v8.2,lse,crypto).
# Parameters:
#   out_goarch  the GOARCHes the variable is for (GOPPC64: ppc64;ppc64le)
#   name        the target's name
#   variable    the keyword: one of cpu_keywords (GOAMD64, GOARM, ...)
#   value       its value
function(_goexe_check_cpu_level out_goarch name variable value)
  _goexe_cpu_vocabulary(${variable} goarch levels suffixes)
  string(REPLACE "," ";" words "${value}")
  # An empty part ("7,", "v8.0,,lse") is no level or suffix, but a CMake
  # list drops it.
  set(empty_part OFF)
  if(value MATCHES "(^|,)(,|$)")
    set(empty_part ON)
  endif()
  list(POP_FRONT words level)
  list(LENGTH words suffix_count)
  set(valid ON)
  if(levels AND empty_part)
    set(valid OFF)
  endif()
  if(levels AND NOT level IN_LIST levels)
    set(valid OFF)
  endif()
  foreach(word IN LISTS words)
    if(levels AND NOT word IN_LIST suffixes)
      set(valid OFF)
    endif()
  endforeach()
  if(levels AND variable STREQUAL "GOARM" AND suffix_count GREATER 1)
    set(valid OFF)
  endif()
  if(NOT valid)
    _goexe_join_words(allowed " or " ${levels})
    set(prefixed "")
    foreach(suffix IN LISTS suffixes)
      list(APPEND prefixed ",${suffix}")
    endforeach()
    if(variable STREQUAL "GOARM")
      _goexe_join_words(after " or " ${prefixed})
      string(APPEND allowed ", optionally followed by ${after}")
    elseif(prefixed)
      _goexe_join_words(after " and " ${prefixed})
      string(APPEND allowed ", optionally followed by any of ${after}")
    endif()
    message(FATAL_ERROR "go_executable(${name}): ${variable} must be "
      "${allowed}, not '${value}'")
  endif()
  set(${out_goarch} "${goarch}" PARENT_SCOPE)
endfunction()

# The target, from GOOS and GOARCH or mapped from the toolchain; fails the
# configure on one that is not Go's.
# Parameters:
#   out_goos, out_goarch  the target
#   name                  the target's name
#   reads                 ARG_GOOS, ARG_GOARCH
function(_goexe_check_platform out_goos out_goarch name)
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
  set(${out_goos} "${goos}" PARENT_SCOPE)
  set(${out_goarch} "${goarch}" PARENT_SCOPE)
endfunction()

# Whether the build uses cgo; fails the configure where it cannot.
# Parameters:
#   out_cgo       ON, OFF, or AUTO (Go's choice): CGO, with AUTO made ON by
#                 LINK_LIBRARIES
#   name          the target's name
#   goos, goarch  the target
#   reads         ARG_CGO, ARG_LINK_LIBRARIES
function(_goexe_check_cgo out_cgo name goos goarch)
  set(cgo AUTO)
  if(DEFINED ARG_CGO)
    string(TOUPPER "${ARG_CGO}" cgo)
  endif()
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
  endif()
  set(${out_cgo} "${cgo}" PARENT_SCOPE)
endfunction()

# Fails the configure on an ENV entry that is not VAR=value or that would
# build for another target; warns on a -ldflags in GOFLAGS.
# Parameters:
#   name          the target's name
#   goos, goarch  the target
#   ARGN          the ENV entries
function(_goexe_check_env name goos goarch)
  foreach(var IN LISTS ARGN)
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
  endforeach()
endfunction()

# The logs of goexe build and goexe check, created now and listed for
# goexe_diagnostics.
# Parameters:
#   out_build_log, out_check_log  their paths (with $<CONFIG> under
#                                 multi-config generators)
#   name                          the target's name
#   reads                         ARG_NO_CHECK; log_dir, multi_config
function(_goexe_logs out_build_log out_check_log name)
  # Each run's diagnostics are kept: a warning promotes the executable, so
  # the next build is a no-op and would never show it again. The logs exist
  # from configure on, for goexe_diagnostics to print before any build.
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
  set(${out_build_log} "${build_log}" PARENT_SCOPE)
  set(${out_check_log} "${check_log}" PARENT_SCOPE)
endfunction()

# ---------------------------------------------------------------------------
# The steps of go_executable(), in the order it runs them.
# ---------------------------------------------------------------------------

# Stops the configure on a misuse of go_executable(), with a message that
# names the keyword and the fix, and warns where the build would not do what
# the call asks; resolves the target and the defaults the other steps use.
# Parameters:
#   name   the target's name
#   ARGN   every keyword of go_executable(), for the did-you-mean
#   reads  ARG_*, cpu_keywords
#   sets   goos, goarch; cgo (ON, OFF or AUTO: Go's choice);
#          cpu_baseline (the level of the CPU keyword for goarch, if any);
#          trimpath (default ON); source_dir, package (default .)
function(_goexe_validate name)
  if(ARG_UNPARSED_ARGUMENTS)
    list(GET ARG_UNPARSED_ARGUMENTS 0 first)
    _goexe_suggest(near "${first}" ${ARGN})
    if(near)
      message(FATAL_ERROR "go_executable(${name}): unknown argument "
        "'${first}'; did you mean '${near}'?")
    endif()
    set(keywords ${ARGN})
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

  _goexe_check_platform(goos goarch ${name})

  # The vocabulary: CPU levels and Windows releases.
  set(cpu_baseline "")
  foreach(variable IN LISTS cpu_keywords)
    if(ARG_${variable})
      _goexe_check_cpu_level(level_goarch ${name} ${variable}
                             "${ARG_${variable}}")
      # The whole value: a GOARM64 ",crypto" build needs a CPU with it.
      if(goarch IN_LIST level_goarch)
        set(cpu_baseline "${ARG_${variable}}")
      endif()
    endif()
  endforeach()
  get_property(releases GLOBAL PROPERTY GOEXE_WINDOWS_RELEASES)
  if(ARG_MIN_WINDOWS AND releases AND NOT ARG_MIN_WINDOWS IN_LIST releases)
    _goexe_join_words(allowed " or " ${releases})
    message(FATAL_ERROR "go_executable(${name}): MIN_WINDOWS must be "
      "${allowed}, not '${ARG_MIN_WINDOWS}'")
  endif()
  if(ARG_BUILDMODE AND NOT ARG_BUILDMODE MATCHES "^(exe|pie)$")
    message(FATAL_ERROR "go_executable(${name}): BUILDMODE must be exe or "
      "pie, not '${ARG_BUILDMODE}'")
  endif()

  _goexe_check_cgo(cgo ${name} ${goos} ${goarch})
  _goexe_check_env(${name} ${goos} ${goarch} ${ARG_ENV})

  # The flags.
  _goexe_check_ldflags(${name} ${ARG_LDFLAGS})
  _goexe_check_options(${name} ${ARG_CHECK_OPTIONS})
  if(ARG_STRIP AND CMAKE_BUILD_TYPE STREQUAL "Debug")
    # Debug adds -gcflags=all=-N -l for the debugger; -s -w then removes
    # what the debugger reads.
    message(WARNING "go_executable(${name}): STRIP in a Debug build "
      "removes the symbols and DWARF a debugger needs; leave STRIP out "
      "of Debug builds")
  endif()
  if(ARG_GUI AND NOT goos STREQUAL "windows")
    message(FATAL_ERROR "go_executable(${name}): GUI is for Windows "
      "(GOOS is ${goos})")
  endif()
  foreach(def IN LISTS ARG_X_DEFS)
    if(NOT def MATCHES "^[^=]+\\.[^=.]+=")
      message(FATAL_ERROR "go_executable(${name}): X_DEFS entries are "
        "importpath.name=value, not '${def}'")
    endif()
  endforeach()
  set(trimpath ON)
  if(DEFINED ARG_TRIMPATH AND NOT ARG_TRIMPATH)
    set(trimpath OFF)
  endif()

  # What to build, and where.
  if(ARG_SOURCE_DIR)
    get_filename_component(source_dir "${ARG_SOURCE_DIR}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
  else()
    set(source_dir "${CMAKE_CURRENT_SOURCE_DIR}")
  endif()
  if(NOT IS_DIRECTORY "${source_dir}")
    message(FATAL_ERROR "go_executable(${name}): SOURCE_DIR '${source_dir}' "
      "is not a directory")
  endif()
  set(package .)
  if(ARG_PACKAGE)
    set(package "${ARG_PACKAGE}")
  endif()
  _goexe_check_package(${name} "${source_dir}" "${package}")

  foreach(var goos goarch cgo cpu_baseline trimpath source_dir package)
    set(${var} "${${var}}" PARENT_SCOPE)
  endforeach()
endfunction()

# The environment of go build: the target, cgo and its compilers, the CPU
# levels, ENV, and the CGO_*FLAGS that LINK_LIBRARIES need.
# Parameters:
#   name   the target's name
#   reads  ARG_ENV, ARG_LINK_LIBRARIES, the ARG_ of each cpu_keywords;
#          goos, goarch, cgo
#   sets   env (VAR=value for every configuration), debug_env (for Debug
#          only), lib_depends (the library files the build reads)
function(_goexe_environment name)
  set(env "GOOS=${goos}" "GOARCH=${goarch}")
  set(debug_env "")
  if(cgo STREQUAL "ON")
    list(APPEND env CGO_ENABLED=1 "CC=${CMAKE_C_COMPILER}")
    if(CMAKE_CXX_COMPILER)
      list(APPEND env "CXX=${CMAKE_CXX_COMPILER}")
    endif()
  elseif(cgo STREQUAL "OFF")
    list(APPEND env CGO_ENABLED=0)
  endif()
  # Every CPU level given, whatever the GOARCH, as go build would take it;
  # ENV comes after, and wins.
  foreach(variable IN LISTS cpu_keywords)
    if(ARG_${variable})
      list(APPEND env "${variable}=${ARG_${variable}}")
    endif()
  endforeach()
  foreach(var IN LISTS ARG_ENV)
    if(var MATCHES "^CGO_(CFLAGS|CPPFLAGS|CXXFLAGS|LDFLAGS)=(.*)$")
      # Merged with LINK_LIBRARIES' flags below.
      set(user_cgo_${CMAKE_MATCH_1} "${CMAKE_MATCH_2}")
      continue()
    endif()
    list(APPEND env "${var}")
  endforeach()

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
  set(env "${env}" PARENT_SCOPE)
  set(debug_env "${debug_env}" PARENT_SCOPE)
  set(lib_depends "${lib_depends}" PARENT_SCOPE)
endfunction()

# The one -ldflags (a second would replace the first), and the tags.
# Parameters:
#   name   the target's name
#   reads  ARG_LDFLAGS, ARG_STRIP, ARG_GUI, ARG_X_DEFS, ARG_STATIC, ARG_TAGS;
#          cgo
#   sets   ldflags_string (the -ldflags value, "" for none), tags (TAGS and
#          those STATIC adds)
function(_goexe_ldflags name)
  set(ldflags ${ARG_LDFLAGS})
  if(ARG_STRIP)
    list(APPEND ldflags -s -w)
  endif()
  if(ARG_GUI)
    list(APPEND ldflags -H=windowsgui)
  endif()
  foreach(def IN LISTS ARG_X_DEFS)
    list(APPEND ldflags -X "${def}")
  endforeach()
  set(tags ${ARG_TAGS})
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
      if(NOT tag IN_LIST tags)
        list(APPEND tags ${tag})
      endif()
    endforeach()
  endif()
  _goexe_join_flags(ldflags_string ${ldflags})
  set(ldflags_string "${ldflags_string}" PARENT_SCOPE)
  set(tags "${tags}" PARENT_SCOPE)
endfunction()

# Where the executable, its temporary and the target's state go.
# Parameters:
#   name   the target's name
#   reads  ARG_OUTPUT_NAME, ARG_OUTPUT_DIRECTORY; goos
#   sets   multi_config; file_name, out_dir, output (the executable),
#          temporary (go build's output, promoted by the check); log_dir,
#          depfile, manifest (under CMakeFiles/<name>.goexe, with /$<CONFIG>
#          under multi-config generators)
function(_goexe_output_paths name)
  set(file_name "${name}")
  if(ARG_OUTPUT_NAME)
    set(file_name "${ARG_OUTPUT_NAME}")
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
  set(log_dir "${CMAKE_CURRENT_BINARY_DIR}/CMakeFiles/${name}.goexe")
  if(multi_config)
    string(APPEND out_dir "/$<CONFIG>")
    string(APPEND log_dir "/$<CONFIG>")
  endif()
  set(output "${out_dir}/${file_name}")
  # The temporary keeps the suffix: go build adds .exe to a Windows -o
  # without one.
  get_filename_component(stem "${file_name}" NAME_WE)
  get_filename_component(ext "${file_name}" LAST_EXT)
  set(temporary "${out_dir}/${stem}.goexe-tmp${ext}")
  set(depfile "${log_dir}/${name}.d")
  set(manifest "${log_dir}/${name}.json")
  foreach(var multi_config file_name out_dir output temporary log_dir depfile
              manifest)
    set(${var} "${${var}}" PARENT_SCOPE)
  endforeach()
endfunction()

# The go build command line.
# Parameters:
#   name   the target's name
#   reads  ARG_BUILDMODE, ARG_GCFLAGS; trimpath, tags, ldflags_string,
#          temporary, package
#   sets   go_args (after the go command)
function(_goexe_go_build_args name)
  set(go_args build)
  if(trimpath)
    list(APPEND go_args -trimpath)
  endif()
  if(ARG_BUILDMODE)
    list(APPEND go_args "-buildmode=${ARG_BUILDMODE}")
  endif()
  if(tags)
    list(JOIN tags "," joined_tags)
    list(APPEND go_args "-tags=${joined_tags}")
  endif()
  list(JOIN ARG_GCFLAGS " " gcflags_string)
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
  list(APPEND go_args -o "${temporary}" "${package}")
  set(go_args "${go_args}" PARENT_SCOPE)
endfunction()

# The manifest, the build's intent for goexe check (docs/manifest.md),
# written by file(GENERATE) per configuration. string(JSON) orders the keys
# by name. The -W options are not in it: they travel on the check's command
# line only (_goexe_add_command).
# Parameters:
#   name   the target's name
#   reads  ARG_STATIC, ARG_MIN_WINDOWS, ARG_DLL_DIRS; output, call_file,
#          call_line, call_column, goos, goarch, ldflags_string, trimpath,
#          source_dir, cgo, cpu_baseline, manifest
#   sets   nothing
function(_goexe_write_manifest name)
  set(json "{}")
  string(JSON json SET "${json}" version 1)
  _goexe_json_string(value "${output}")
  string(JSON json SET "${json}" output "${value}")
  _goexe_json_string(value "${call_file}")
  string(JSON json SET "${json}" callSite "{}")
  string(JSON json SET "${json}" callSite file "${value}")
  if(call_line)
    string(JSON json SET "${json}" callSite line ${call_line})
    string(JSON json SET "${json}" callSite column ${call_column})
  endif()
  _goexe_json_string(value "${goos}")
  string(JSON json SET "${json}" goos "${value}")
  _goexe_json_string(value "${goarch}")
  string(JSON json SET "${json}" goarch "${value}")
  if(ldflags_string)
    _goexe_json_string(value "${ldflags_string}")
    string(JSON json SET "${json}" ldflags "[${value}]")
  endif()
  if(trimpath)
    set(build_paths "${source_dir}" "${CMAKE_SOURCE_DIR}" "${CMAKE_BINARY_DIR}")
    if(DEFINED ENV{HOME})
      list(APPEND build_paths "$ENV{HOME}")
    endif()
    list(REMOVE_DUPLICATES build_paths)
    _goexe_json_array(value ${build_paths})
    string(JSON json SET "${json}" trimpath true)
    string(JSON json SET "${json}" buildPaths "${value}")
  endif()
  if(cgo STREQUAL "OFF")
    string(JSON json SET "${json}" cgo false)
  elseif(cgo STREQUAL "ON")
    string(JSON json SET "${json}" cgo true)
  endif()
  if(ARG_STATIC)
    string(JSON json SET "${json}" static true)
  endif()
  if(ARG_MIN_WINDOWS)
    _goexe_json_string(value "${ARG_MIN_WINDOWS}")
    string(JSON json SET "${json}" minWindows "${value}")
  endif()
  if(cpu_baseline)
    _goexe_json_string(value "${cpu_baseline}")
    string(JSON json SET "${json}" cpuBaseline "${value}")
  endif()
  _goexe_json_array(value ${ARG_DLL_DIRS})
  string(JSON json SET "${json}" dllPaths "${value}")
  string(JSON json SET "${json}" goBuild true)
  file(GENERATE OUTPUT "${manifest}" CONTENT "${json}\n")
endfunction()

# The build rule: goexe build runs go build, goexe check gates its output
# and promotes it; the target <name>_go runs the rule.
# Parameters:
#   name   the target's name
#   reads  ARG_NO_CHECK, ARG_CHECK_OPTIONS, ARG_WERROR, ARG_BUILDMODE,
#          ARG_LINK_LIBRARIES; env, debug_env, lib_depends, tags, go_args,
#          source_dir, file_name, output, temporary, log_dir, depfile,
#          manifest, multi_config, call_file, call_line, call_column
#   sets   group_owner (the target that lists the packages of its group)
function(_goexe_add_command name)
  _goexe_tool(goexe goexe_depends)
  set(diag_options "")
  if(GOEXE_DIAGNOSTICS_FORMAT)
    set(diag_options --diagnostics-format=${GOEXE_DIAGNOSTICS_FORMAT})
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
  string(MD5 group "${source_dir}\n${env}\n${debug_env}\n${tags}\n${ARG_BUILDMODE}")
  set(siblings "${package_cache}/${group}.packages")
  get_property(group_owner GLOBAL PROPERTY _GOEXE_GROUP_${group})
  if(NOT group_owner)
    set(group_owner ${name})
    set_property(GLOBAL PROPERTY _GOEXE_GROUP_${group} ${name})
    file(GENERATE OUTPUT "${siblings}" CONTENT
      "$<JOIN:$<TARGET_PROPERTY:${name},GOEXE_GROUP_PACKAGES>,\n>\n")
  endif()

  _goexe_logs(build_log check_log ${name})

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
    # The -W options reach goexe check here, and only here.
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
  set(group_owner "${group_owner}" PARENT_SCOPE)
endfunction()

# <name> itself: an IMPORTED executable at the output of each configuration,
# built by <name>_go.
# Parameters:
#   name   the target's name
#   reads  multi_config, output, out_dir, package, group_owner
#   sets   nothing
function(_goexe_add_imported_target name)
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
