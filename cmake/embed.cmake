# Turns every YAML file of a criteria directory into a C++ source file holding its bytes,
# regenerated whenever one of the files changes (or a file is added: CONFIGURE_DEPENDS).
function(ladder_embed_criteria out_var dir)
  file(GLOB yaml_files CONFIGURE_DEPENDS ${dir}/*.yaml ${dir}/*.yml)
  list(SORT yaml_files)
  set(output ${CMAKE_BINARY_DIR}/generated/embedded_criteria.cpp)
  # The list of files is a dependency too, so adding or removing a file regenerates.
  set(list_file ${CMAKE_BINARY_DIR}/generated/embedded_criteria.list)
  file(CONFIGURE OUTPUT ${list_file} CONTENT "${yaml_files}\n")
  add_custom_command(
    OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -DOUTPUT=${output} -DLIST=${list_file}
            -P ${CMAKE_SOURCE_DIR}/cmake/embed_files.cmake
    DEPENDS ${yaml_files} ${list_file} ${CMAKE_SOURCE_DIR}/cmake/embed_files.cmake
    COMMENT "Embedding the shipped criteria"
    VERBATIM)
  set(${out_var} ${output} PARENT_SCOPE)
endfunction()
