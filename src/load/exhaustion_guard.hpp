#pragma once
// Running out of memory (or any other failure) while reading one file becomes a diagnostic on
// that file, with a code and the limits that bound its size, never an abort and never a
// message that names no file: the reader of a run over many files must know which one to look
// at.

#include "yaml/yaml_file.hpp"

#include <exception>
#include <fmt/format.h>
#include <new>
#include <string_view>

namespace ladder {

// Runs one file's load (`load()` returns whether it succeeded); `limits` names the flags that
// bound what the file may cost ("--max-file-size, --max-nodes or --max-criteria"). Returns
// false if the load failed or threw.
template <typename Load>
bool guard_against_exhaustion(const YamlFile& file, std::string_view limits, Load load) {
    try {
        return load();
    } catch (const std::bad_alloc&) {
        file.diagnostics().error(
            {file.path(), 0, 0}, "out-of-memory",
            fmt::format("ran out of memory reading this file; lower {}", limits));
    } catch (const std::exception& error) {
        file.diagnostics().error(
            {file.path(), 0, 0}, "load-failed",
            fmt::format("could not read this file ({}); lower {}", error.what(), limits));
    }
    return false;
}

} // namespace ladder
