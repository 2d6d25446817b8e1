#include "commands/batch_inputs.hpp"

#include "commands/people_facts_input.hpp"
#include "load/evidence_loader.hpp"
#include "load/source_text.hpp"
#include "util/file_io.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <istream>

namespace ladder {
namespace fs = std::filesystem;

BatchInputs::BatchInputs(std::vector<std::string> arguments, std::istream* in, char separator)
    : arguments_(std::move(arguments)), in_(in), separator_(separator) {}

std::optional<BatchInput> BatchInputs::next() {
    while (true) {
        if (!ready_.empty()) {
            BatchInput input = std::move(ready_.front());
            ready_.erase(ready_.begin());
            return input;
        }
        if (!stack_.empty()) {
            if (auto input = next_from_walk()) {
                return input;
            }
            continue;
        }
        if (!next_argument()) {
            return std::nullopt;
        }
    }
}

// One step of the walk: a file, or nothing while entering or leaving a directory.
std::optional<BatchInput> BatchInputs::next_from_walk() {
    Directory& top = stack_.back();
    if (top.next == top.entries.size()) {
        stack_.pop_back();
        return std::nullopt;
    }
    fs::path entry = top.entries[top.next++];
    std::error_code error;
    if (fs::is_directory(entry, error)) {
        enter(entry, false);
        return std::nullopt;
    }
    if (is_yaml_name(entry)) {
        return BatchInput{entry.string(), std::nullopt};
    }
    return std::nullopt;
}

// Takes the next argument, or the next line of stdin while `-` is being read.
bool BatchInputs::next_argument() {
    if (reading_in_) {
        std::string line;
        if (in_ != nullptr && std::getline(*in_, line, separator_)) {
            start_from_stdin(std::move(line));
            return true;
        }
        reading_in_ = false;
    }
    if (next_argument_ == arguments_.size()) {
        return false;
    }
    const std::string& argument = arguments_[next_argument_++];
    if (argument == "-") {
        reading_in_ = true;
    } else {
        start(argument);
    }
    return true;
}

// A path from the list on stdin. No file name holds a NUL byte: in a newline-separated list one
// means the list was written with NUL separators, and dropping the rest would lose files.
void BatchInputs::start_from_stdin(std::string line) {
    if (separator_ == '\n' && !line.empty() && line.back() == '\r') {
        line.pop_back();
    }
    if (line.empty()) {
        return;
    }
    if (line.find('\0') != std::string::npos) {
        std::string shown = line;
        std::replace(shown.begin(), shown.end(), '\0', '?');
        return problem(shown, "expected one path a line on stdin, found a NUL byte in this "
                              "one; for a NUL-separated list (find -print0) give -0");
    }
    start(line);
}

void BatchInputs::start(const std::string& path) {
    std::error_code error;
    if (fs::is_directory(path, error)) {
        enter(path, true);
    } else {
        ready_.push_back({path, std::nullopt}); // a missing file gets its error row when read
    }
}

void BatchInputs::enter(const fs::path& directory, bool named) {
    std::error_code error;
    fs::path canonical = fs::canonical(directory, error);
    if (error) {
        return problem(directory, fmt::format("cannot read the directory: {}", error.message()));
    }
    if (!seen_.insert(canonical).second) {
        if (named || !fs::is_symlink(directory, error)) {
            warnings_.warning({directory.string(), 0, 0}, "listed-twice",
                              "the directory is listed twice (or inside another directory "
                              "listed); its files are evaluated once");
        } else {
            warnings_.warning({directory.string(), 0, 0}, "symlink-loop",
                              "a symbolic link leads back to a directory already read; not read "
                              "again");
        }
        return;
    }
    Directory frame;
    fs::directory_iterator it(directory, error);
    for (; !error && it != fs::directory_iterator(); it.increment(error)) {
        frame.entries.push_back(it->path());
    }
    if (error) {
        return problem(directory, fmt::format("cannot read the directory: {}", error.message()));
    }
    std::sort(frame.entries.begin(), frame.entries.end());
    // A directory given by name with nothing to read is reported, never silently skipped.
    if (named && std::none_of(frame.entries.begin(), frame.entries.end(), [](const auto& entry) {
            std::error_code ignored;
            return is_yaml_name(entry) || fs::is_directory(entry, ignored);
        })) {
        return problem(directory, "expected evidence files, found no *.yaml or *.yml file in "
                                  "the directory");
    }
    stack_.push_back(std::move(frame));
}

void BatchInputs::problem(const fs::path& path, std::string message) {
    Diagnostic diagnostic{
        {path.string(), 0, 0}, Severity::error, "unreadable-path", std::move(message)};
    ready_.push_back({path.string(), std::move(diagnostic)});
}

std::optional<SourceText> read_input(const BatchInput& input, std::size_t max_bytes,
                                     Diagnostics& problems) {
    if (input.problem) {
        problems.error({input.path, 0, 0}, input.problem->code, input.problem->message);
        return std::nullopt;
    }
    FileText read = read_text_file(input.path, max_bytes);
    if (!read.text) {
        problems.error({input.path, 0, 0}, "unreadable-file", read.error);
        return std::nullopt;
    }
    return SourceText{input.path, std::move(*read.text)};
}

CheckedPerson read_checked_person(const BatchInput& input, const Framework& framework,
                                  const PeopleFacts& facts, const Date& as_of,
                                  const InputLimits& limits) {
    CheckedPerson checked;
    std::optional<SourceText> source =
        read_input(input, limits.max_file_bytes, checked.diagnostics);
    if (!source) {
        return checked;
    }
    checked.person = load_person(*source, limits, checked.diagnostics, framework.vocabularies);
    if (checked.person) {
        settle_person(framework, facts, *checked.person, as_of, checked.diagnostics);
    }
    return checked;
}

} // namespace ladder
