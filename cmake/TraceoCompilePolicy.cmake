# One INTERFACE target carries the language level, warnings and strict Qt defines.
# Every Traceo target links it; nothing else sets compile flags.
add_library(traceo_compile_policy INTERFACE)
target_compile_features(traceo_compile_policy INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_options(traceo_compile_policy INTERFACE -Wall -Wextra -Wpedantic)
if(TRACEO_WERROR)
    target_compile_options(traceo_compile_policy INTERFACE -Werror)
endif()
target_compile_definitions(traceo_compile_policy INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    TRACEO_VERSION="${PROJECT_VERSION}")

# TRACEO_FUZZ (the `fuzz` preset): every Traceo target gets libFuzzer's coverage instrumentation and
# AddressSanitizer + UndefinedBehaviorSanitizer; the fuzz targets add libFuzzer's main (tests/fuzz).
if(TRACEO_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "TRACEO_FUZZ=ON needs clang (libFuzzer is part of clang), but this build folder uses "
            "${CMAKE_CXX_COMPILER_ID} (${CMAKE_CXX_COMPILER}). Use the `fuzz` preset (cmake --preset fuzz) "
            "or configure a new build folder with -DCMAKE_CXX_COMPILER=clang++.")
    endif()
    include(CheckCXXSourceCompiles)
    set(CMAKE_REQUIRED_LINK_OPTIONS -fsanitize=fuzzer)
    check_cxx_source_compiles([[
        #include <cstddef>
        #include <cstdint>
        extern "C" int LLVMFuzzerTestOneInput(const uint8_t*, size_t) { return 0; }
    ]] TRACEO_HAVE_LIBFUZZER)
    unset(CMAKE_REQUIRED_LINK_OPTIONS)
    if(NOT TRACEO_HAVE_LIBFUZZER)
        message(FATAL_ERROR "clang cannot link -fsanitize=fuzzer: install clang's runtime (libclang-rt-14-dev on "
            "Debian 12; scripts/setup.sh does)")
    endif()
    target_compile_options(traceo_compile_policy INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer
        -O1 -gline-tables-only)
    target_link_options(traceo_compile_policy INTERFACE -fsanitize=address,undefined)
endif()
