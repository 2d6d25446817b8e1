# Writes the man page: packaging/ladder.1.in, whose prose is written by hand, with the version
# and the reference parts the built binary writes from the command definitions that make its
# --help (`ladder --man synopsis`, `ladder --man commands`: src/cli/man_page.cpp).
# Usage: cmake -DLADDER=BINARY -DTEMPLATE=ladder.1.in -DOUTPUT=ladder.1 -DPROJECT_VERSION=V
#        -P man_page.cmake
foreach(part SYNOPSIS COMMANDS)
  string(TOLOWER ${part} name)
  execute_process(COMMAND ${LADDER} --man ${name}
    OUTPUT_VARIABLE text ERROR_VARIABLE error RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "${LADDER} --man ${name} failed (${status}): ${error}")
  endif()
  # The placeholder's own line ends the part.
  string(REGEX REPLACE "\n$" "" LADDER_MAN_${part} "${text}")
endforeach()
configure_file(${TEMPLATE} ${OUTPUT} @ONLY)
