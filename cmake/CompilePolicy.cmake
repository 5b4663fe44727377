# One place for how every QA Desk target is compiled (C++20, strict Qt, warnings).
option(QADESK_WERROR "Treat warnings as errors" OFF)
if(DEFINED ENV{CI} AND "$ENV{CI}" STREQUAL "true")
    set(QADESK_WERROR ON CACHE BOOL "" FORCE)
endif()

add_library(qadesk_compile_policy INTERFACE)
target_compile_features(qadesk_compile_policy INTERFACE cxx_std_20)
target_compile_definitions(qadesk_compile_policy INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_CONTEXTLESS_CONNECT
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
)
target_compile_options(qadesk_compile_policy INTERFACE
    # -Wshadow=local is GCC's name; clang (which builds the fuzz targets, fuzz/) calls it -Wshadow-uncaptured-local.
    -Wall -Wextra -Wpedantic $<IF:$<CXX_COMPILER_ID:GNU>,-Wshadow=local,-Wshadow-uncaptured-local>
    -Wnon-virtual-dtor -Woverloaded-virtual
    $<$<BOOL:${QADESK_WERROR}>:-Werror>
)

# clang-tidy with the curated checks of .clang-tidy, on the project's own targets (qadesk_clang_tidy(target)).
option(QADESK_CLANG_TIDY "Run clang-tidy (.clang-tidy) on app/ and ui/ while compiling" OFF)
if(QADESK_CLANG_TIDY)
    find_program(QADESK_CLANG_TIDY_EXE NAMES clang-tidy clang-tidy-14 REQUIRED)
    # Generated sources (moc, rcc, qm) lie in the build tree: checks stop at code we did not write.
    file(WRITE "${CMAKE_BINARY_DIR}/.clang-tidy" "Checks: '-*,misc-definitions-in-headers'\nHeaderFilterRegex: '.*/(app|ui)/.*\\\\.h$'\n")
endif()
function(qadesk_clang_tidy target)
    if(QADESK_CLANG_TIDY)
        set_target_properties(${target} PROPERTIES CXX_CLANG_TIDY "${QADESK_CLANG_TIDY_EXE}")
    endif()
endfunction()
