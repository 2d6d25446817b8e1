# ladder_yaml_cpp and ladder_fmt: the two libraries ladder links, shared by default, or built
# into the binary with LADDER_PORTABLE (see CMakeLists.txt) so that a release needs neither
# libyaml-cpp0.7 nor libfmt9 on the machine that runs it.
add_library(ladder_yaml_cpp INTERFACE)
add_library(ladder_fmt INTERFACE)
if(LADDER_PORTABLE)
  # yaml-cpp's CMake package names only the shared library; the static one sits beside it.
  find_library(LADDER_YAML_CPP_STATIC NAMES libyaml-cpp.a REQUIRED)
  get_target_property(yaml_cpp_includes yaml-cpp INTERFACE_INCLUDE_DIRECTORIES)
  if(yaml_cpp_includes)
    target_include_directories(ladder_yaml_cpp SYSTEM INTERFACE ${yaml_cpp_includes})
  endif()
  target_link_libraries(ladder_yaml_cpp INTERFACE ${LADDER_YAML_CPP_STATIC})
  target_link_libraries(ladder_fmt INTERFACE fmt::fmt-header-only)
else()
  target_link_libraries(ladder_yaml_cpp INTERFACE yaml-cpp)
  target_link_libraries(ladder_fmt INTERFACE fmt::fmt)
endif()
