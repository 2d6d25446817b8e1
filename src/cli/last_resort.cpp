#include "cli/last_resort.hpp"

#include "commands/common.hpp"

#include <exception>
#include <fmt/format.h>
#include <iostream>
#include <new>
#include <system_error>

namespace ladder {

int report_escaped_exception() {
    try {
        throw;
    } catch (const std::bad_alloc&) {
        std::cerr << "ladder: error: out of memory; lower the input limits (--max-file-size, "
                     "--max-nodes, --max-string-length), use fewer --jobs in batch, or give "
                     "ladder more memory\n";
    } catch (const std::system_error& error) {
        std::cerr << fmt::format("ladder: error: the system refused a resource: {} ({}); free "
                                 "some (memory, threads, open files) or use fewer --jobs in "
                                 "batch\n",
                                 error.what(), error.code().message());
    } catch (const std::exception& error) {
        std::cerr << fmt::format("ladder: error: internal error: {}; please report this with "
                                 "the command line\n",
                                 error.what());
    } catch (...) {
        std::cerr << "ladder: error: internal error: an unknown exception; please report this "
                     "with the command line\n";
    }
    return exit_trouble;
}

int check_output(FdOutput& out, int status) {
    out.flush();
    if (out.error().empty()) {
        return status;
    }
    std::cerr << fmt::format("ladder: error: cannot write to standard output: {}; the output is "
                             "incomplete\n",
                             out.error());
    return exit_trouble;
}

} // namespace ladder
