#pragma once
// The input files of `ladder batch`, one at a time: files as given, directories walked
// recursively for *.yaml / *.yml in sorted order (as list_yaml_files does, not following
// symbolic link loops), and `-` for a list of paths on stdin, one a line (or NUL-separated, as
// `find -print0` writes them). Lazy, so that memory
// does not grow with the number of files: only the directories being walked are held.

#include "load/people_facts.hpp"
#include "load/source_text.hpp"
#include "model/framework.hpp"
#include "model/person.hpp"
#include "util/diagnostic.hpp"

#include <cstddef>
#include <filesystem>
#include <iosfwd>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace ladder {

// A file to evaluate, or a path that could not be listed (it still gets an error row).
struct BatchInput {
    std::string path;
    std::optional<Diagnostic> problem;
};

class BatchInputs {
public:
    // `separator`: what ends a path on stdin, '\n' or '\0'.
    BatchInputs(std::vector<std::string> arguments, std::istream* in, char separator = '\n');

    // The next input in order; nullopt when there are no more.
    std::optional<BatchInput> next();

    // Warnings that do not stand for an input file (a symbolic link loop or a directory listed
    // twice, read once).
    const Diagnostics& warnings() const { return warnings_; }

private:
    struct Directory {
        std::vector<std::filesystem::path> entries; // sorted
        std::size_t next = 0;
    };

    std::optional<BatchInput> next_from_walk();
    void start(const std::string& path);
    // `named`: given as an argument or on stdin, not found by walking.
    void enter(const std::filesystem::path& directory, bool named);
    void problem(const std::filesystem::path& path, std::string message);
    bool next_argument();
    void start_from_stdin(std::string line);

    std::vector<std::string> arguments_;
    std::size_t next_argument_ = 0;
    std::istream* in_;
    char separator_;
    bool reading_in_ = false;
    std::vector<Directory> stack_;
    std::set<std::filesystem::path> seen_; // canonical directories already walked
    std::vector<BatchInput> ready_;        // inputs found while starting a path, in order
    Diagnostics warnings_;
};

// The text of an input, or nullopt with the diagnostic that stands for it (a path that could not
// be listed, a file that could not be read): where every command's per-file work starts.
std::optional<SourceText> read_input(const BatchInput& input, std::size_t max_bytes,
                                     Diagnostics& problems);

// One evidence file read, loaded and checked against the framework: what batch and candidates
// do first with each file. `person` may be set with errors too (a report names whom they are
// about).
struct CheckedPerson {
    std::optional<Person> person;
    Diagnostics diagnostics;
    bool valid() const { return person && !diagnostics.has_errors(); }
};

CheckedPerson read_checked_person(const BatchInput& input, const Framework& framework,
                                  const PeopleFacts& facts, const Date& as_of,
                                  const InputLimits& limits);

} // namespace ladder
