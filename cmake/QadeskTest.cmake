# qadesk_add_test(NAME SOURCES ... LIBS ...): one Qt Test executable per suite, registered in CTest
# with the offscreen platform, a fixed locale and a fixed time zone.
function(qadesk_add_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test qadesk_compile_policy ${ARG_LIBS})
    target_compile_definitions(${name} PRIVATE QADESK_TEST_DATA="${CMAKE_CURRENT_SOURCE_DIR}/data")
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        # Private settings and data folders: suites run in parallel and must not share QSettings (or touch the
        # developer's own).
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;LANG=C.UTF-8;LANGUAGE=;TZ=UTC;QADESK_DB=;XDG_CONFIG_HOME=${CMAKE_CURRENT_BINARY_DIR}/home/${name}/config;XDG_DATA_HOME=${CMAKE_CURRENT_BINARY_DIR}/home/${name}/data"
        TIMEOUT 600)
    if(name MATCHES "^tst_gui_")
        # GUI suites wait on timers and worker threads: run them alone, not beside another suite.
        set_tests_properties(${name} PROPERTIES RUN_SERIAL TRUE)
    endif()
endfunction()
