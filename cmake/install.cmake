# What `cmake --install` puts where (GNUInstallDirs), and the .deb CPack makes of it.
include(GNUInstallDirs)

# Installing and packaging take what was built and build nothing: `cpack` (and the package
# test, tests/package/check_deb.sh) must not start a second build of the whole tree.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)

install(TARGETS ladder RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# The man page: written by hand in roff, with the version filled in here.
configure_file(${PROJECT_SOURCE_DIR}/packaging/ladder.1.in ${PROJECT_BINARY_DIR}/ladder.1 @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/ladder.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# Shell completions, where each shell looks for a package's own.
install(FILES ${PROJECT_SOURCE_DIR}/packaging/completions/ladder.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME ladder)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/completions/_ladder
        DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/completions/ladder.fish
        DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)

# The JSON Schemas, written by the built binary itself so that they never drift from it.
set(LADDER_SCHEMAS criteria evidence test-suite openings
    evaluations placements batch-row batch-summary-row candidates diagnostics test-report diff
    framework level)
set(LADDER_SCHEMA_FILES)
foreach(schema IN LISTS LADDER_SCHEMAS)
  set(schema_file ${PROJECT_BINARY_DIR}/schemas/${schema}.schema.json)
  add_custom_command(OUTPUT ${schema_file}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/schemas
    COMMAND sh -c "\"$1\" schema ${schema} > \"$2\"" sh $<TARGET_FILE:ladder> ${schema_file}
    DEPENDS ladder VERBATIM)
  list(APPEND LADDER_SCHEMA_FILES ${schema_file})
endforeach()
add_custom_target(ladder_schemas ALL DEPENDS ${LADDER_SCHEMA_FILES})
install(FILES ${LADDER_SCHEMA_FILES} DESTINATION ${CMAKE_INSTALL_DATADIR}/ladder/schemas)

install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/CHANGELOG.md
              ${PROJECT_SOURCE_DIR}/LICENSE ${PROJECT_SOURCE_DIR}/docs/formats.md
        DESTINATION ${CMAKE_INSTALL_DOCDIR})

# `cpack -G DEB` in the build directory: a Debian package of the above, installed under /usr,
# with its library dependencies found by dpkg-shlibdeps.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME ladder)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY ${PROJECT_DESCRIPTION})
# The project has no public address yet: whoever builds the package names themselves.
set(LADDER_PACKAGE_MAINTAINER "ladder maintainers <root@localhost>"
    CACHE STRING "The Maintainer field of the .deb")
set(CPACK_PACKAGE_CONTACT ${LADDER_PACKAGE_MAINTAINER})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
include(CPack)
