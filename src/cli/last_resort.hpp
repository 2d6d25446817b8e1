#pragma once
// What happens after a command: the check that its report reached standard output, and the
// last line of defence against an exception no command handled.

#include "util/fd_output.hpp"

namespace ladder {

// Inside a catch block: one line on stderr naming what ran out and what to change (out of
// memory, a resource the system refused, an internal error), never an abort; returns 2.
int report_escaped_exception();

// Flushes `out`; a write that failed ends in "cannot write to standard output: REASON" and 2.
int check_output(FdOutput& out, int status);

} // namespace ladder
