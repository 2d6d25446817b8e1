# Turns every YAML file of a directory (and its subdirectories) into a C++ source file holding
# its bytes, behind a function `const std::vector<EmbeddedFile>& FUNCTION()` (see
# src/load/embedded_criteria.hpp), each file named PREFIX/its path in the directory.
# Regenerated whenever one of the files changes (or a file is added: CONFIGURE_DEPENDS).
function(ladder_embed_directory out_var dir prefix function)
  file(GLOB_RECURSE yaml_files CONFIGURE_DEPENDS ${dir}/*.yaml ${dir}/*.yml)
  list(SORT yaml_files)
  set(output ${CMAKE_BINARY_DIR}/generated/${function}.cpp)
  # The list of files is a dependency too, so adding or removing a file regenerates.
  set(list_file ${CMAKE_BINARY_DIR}/generated/${function}.list)
  file(CONFIGURE OUTPUT ${list_file} CONTENT "${yaml_files}\n")
  add_custom_command(
    OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -DOUTPUT=${output} -DLIST=${list_file} -DBASE=${dir}
            -DPREFIX=${prefix} -DFUNCTION=${function}
            -P ${CMAKE_SOURCE_DIR}/cmake/embed_files.cmake
    DEPENDS ${yaml_files} ${list_file} ${CMAKE_SOURCE_DIR}/cmake/embed_files.cmake
    COMMENT "Embedding ${prefix}"
    VERBATIM)
  set(${out_var} ${output} PARENT_SCOPE)
endfunction()
