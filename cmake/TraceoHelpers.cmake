# traceo_add_library(name SOURCES ... LINKS ...): a static library of the house.
function(traceo_add_library name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LINKS" ${ARGN})
    add_library(${name} STATIC ${ARG_SOURCES})
    target_link_libraries(${name} PUBLIC traceo_compile_policy ${ARG_LINKS})
    target_include_directories(${name} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
    set_property(GLOBAL APPEND PROPERTY TRACEO_TRANSLATABLE_TARGETS ${name})
endfunction()

# traceo_add_test(name SOURCES ... LINKS ... [LABELS ...] [FIXTURES ...]): one Qt Test executable
# registered with CTest. Widget tests run on the offscreen platform.
function(traceo_add_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LINKS;LABELS;FIXTURES;ENVIRONMENT" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE traceo_compile_policy Qt6::Test ${ARG_LINKS})
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests)
    add_test(NAME ${name} COMMAND ${name})
    set(env "QT_QPA_PLATFORM=offscreen" "TRACEO_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
            "TRACEO_SHARED_DATA=${PROJECT_SOURCE_DIR}/../shared/data" ${ARG_ENVIRONMENT})
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}" TIMEOUT 300)
    if(ARG_LABELS)
        set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABELS}")
    endif()
    if(ARG_FIXTURES)
        set_tests_properties(${name} PROPERTIES FIXTURES_REQUIRED "${ARG_FIXTURES}")
    endif()
endfunction()
