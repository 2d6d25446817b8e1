# Two interface targets keep build settings in one place: every target links them.
add_library(ladder_settings INTERFACE)
target_compile_features(ladder_settings INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
if(LADDER_SANITIZE)
  target_compile_options(ladder_settings INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
  target_link_options(ladder_settings INTERFACE -fsanitize=address,undefined)
endif()
if(LADDER_FUZZ)
  # Coverage for libFuzzer in every ladder target; fuzz/CMakeLists.txt links the fuzzer itself.
  target_compile_options(ladder_settings INTERFACE
    -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
  target_link_options(ladder_settings INTERFACE -fsanitize=address,undefined)
endif()

add_library(ladder_warnings INTERFACE)
target_compile_options(ladder_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow
  -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)
if(LADDER_WERROR)
  target_compile_options(ladder_warnings INTERFACE -Werror)
  # GCC 12 at -O3 (Release) reports warnings inside libstdc++'s std::string that are false
  # positives of its flow analysis: -Wrestrict for `"literal" + std::string` (GCC bug 105651,
  # fixed in GCC 13) and -Wmaybe-uninitialized for a std::string member of a braced initializer
  # list (seen in tests/unit/test_html.cpp; GCC bugs 105562, 107138). They stay warnings there;
  # every other warning is an error.
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    target_compile_options(ladder_warnings INTERFACE -Wno-error=restrict
                                                     -Wno-error=maybe-uninitialized)
  endif()
endif()
