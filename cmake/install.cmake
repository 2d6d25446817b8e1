# What `cmake --install` puts where (GNUInstallDirs), and the .deb CPack makes of it.
include(GNUInstallDirs)

# gzip -9n of a file generated in the build directory, made by the `all` target.
function(ladder_gzip input output)
  add_custom_command(OUTPUT ${output}
    COMMAND sh -c "gzip -9n -c \"$1\" > \"$2\"" sh ${input} ${output}
    DEPENDS ${input} VERBATIM)
  get_filename_component(name ${output} NAME)
  add_custom_target(ladder_gzip_${name} ALL DEPENDS ${output})
endfunction()

# Installing and packaging take what was built and build nothing: `cpack` (and the package
# test, tests/package/check_deb.sh) must not start a second build of the whole tree.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)

install(TARGETS ladder RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# The man page: its prose written by hand in roff (packaging/ladder.1.in), its synopsis and the
# reference of each command written by the built binary from the definitions its --help comes
# from (cmake/man_page.cmake), and installed compressed as Debian policy asks (gzip -n: no name
# or time in it, so the same bytes each build).
add_custom_command(OUTPUT ${PROJECT_BINARY_DIR}/ladder.1
  COMMAND ${CMAKE_COMMAND} -DLADDER=$<TARGET_FILE:ladder>
          -DTEMPLATE=${PROJECT_SOURCE_DIR}/packaging/ladder.1.in
          -DOUTPUT=${PROJECT_BINARY_DIR}/ladder.1 -DPROJECT_VERSION=${PROJECT_VERSION}
          -P ${PROJECT_SOURCE_DIR}/cmake/man_page.cmake
  DEPENDS ladder ${PROJECT_SOURCE_DIR}/packaging/ladder.1.in
          ${PROJECT_SOURCE_DIR}/cmake/man_page.cmake
  VERBATIM)
ladder_gzip(${PROJECT_BINARY_DIR}/ladder.1 ${PROJECT_BINARY_DIR}/ladder.1.gz)
install(FILES ${PROJECT_BINARY_DIR}/ladder.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

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

# The documentation. Debian's place for the licence is the copyright file (machine-readable,
# with the licence text); changelog.gz is the Debian changelog a native package carries, pointing
# at CHANGELOG.md.
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/CHANGELOG.md
              ${PROJECT_SOURCE_DIR}/docs/formats.md
        DESTINATION ${CMAKE_INSTALL_DOCDIR})
file(READ ${PROJECT_SOURCE_DIR}/LICENSE LADDER_LICENSE_TEXT)
string(STRIP "${LADDER_LICENSE_TEXT}" LADDER_LICENSE_TEXT)
string(REGEX REPLACE "\n\n" "\n.\n" LADDER_LICENSE_TEXT "${LADDER_LICENSE_TEXT}")
string(REGEX REPLACE "\n([^\n])" "\n \\1" LADDER_LICENSE_TEXT "${LADDER_LICENSE_TEXT}")
configure_file(${PROJECT_SOURCE_DIR}/packaging/debian/copyright.in
               ${PROJECT_BINARY_DIR}/debian/copyright @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/debian/copyright DESTINATION ${CMAKE_INSTALL_DOCDIR})
# The examples the man page and the docs use: frameworks, evidence, rosters, the CI workflow.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/examples/ DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples)

# `cpack -G DEB` in the build directory: a Debian package of the above, installed under /usr,
# stripped, with its library dependencies found by dpkg-shlibdeps. lintian has nothing to say
# about it (tests/package/check_release.sh runs lintian when it is installed).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME ladder)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "transparent, checkable promotion criteria")
# The extended description: CPack puts the summary above it and indents each line.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "ladder keeps a career framework (levels, competencies and
the evidence each asks for) as YAML files that are reviewed like code. It
validates the framework and its test cases, shows each person's gap report
against a target level, summarises a cycle's evidence files without exposing
names, and shows which verdicts a change to the criteria would flip.")
# Whoever builds a package for others names themselves here (-DLADDER_PACKAGE_MAINTAINER=...).
set(LADDER_PACKAGE_MAINTAINER "ladder maintainers <ladder@example.org>"
    CACHE STRING "The Maintainer field of the .deb")
set(CPACK_PACKAGE_CONTACT ${LADDER_PACKAGE_MAINTAINER})
# The Debian changelog of a native package: one entry per version, pointing at CHANGELOG.md.
# Its date is the commit's (SOURCE_DATE_EPOCH, as release.sh sets it) so that rebuilds agree.
string(TIMESTAMP LADDER_CHANGELOG_DATE "%a, %d %b %Y %H:%M:%S +0000" UTC)
configure_file(${PROJECT_SOURCE_DIR}/packaging/debian/changelog.in
               ${PROJECT_BINARY_DIR}/debian/changelog @ONLY)
ladder_gzip(${PROJECT_BINARY_DIR}/debian/changelog ${PROJECT_BINARY_DIR}/debian/changelog.gz)
install(FILES ${PROJECT_BINARY_DIR}/debian/changelog.gz DESTINATION ${CMAKE_INSTALL_DOCDIR})
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
include(CPack)
