#pragma once
// The command line: builds the CLI11 application, fills each command's options and runs it.
// The only file that includes CLI11 (it is slow to compile).

namespace ladder {

int run_cli(int argc, char** argv);

} // namespace ladder
