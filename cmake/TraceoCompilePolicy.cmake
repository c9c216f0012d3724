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
