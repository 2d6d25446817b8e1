#pragma once
// The command line: builds the CLI11 application, fills each command's options and runs it.
// Its headers, and every header of cli/, leave CLI11 out (it is slow to compile): only the
// .cpp files of cli/ include it.

namespace ladder {

int run_cli(int argc, char** argv);

} // namespace ladder
