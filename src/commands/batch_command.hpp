#pragma once
// `ladder batch PATH...`: one summary row per person, for HR scripts and spreadsheets.

#include "commands/common.hpp"
#include "commands/pseudonym_key.hpp"

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace ladder {

struct BatchOptions {
    std::vector<std::string> paths; // files, directories, or `-` for paths on stdin
    std::optional<std::string> target;
    std::optional<std::string> as_of;
    std::optional<std::string> output; // written whole or not at all
    Format format = Format::text;
    int jobs = 0; // 0: the number of cores
    bool summary = false;
    int min_group = 5;
    bool redact = false;
    PseudonymKeyOptions pseudonym;    // a key implies redact
    std::vector<std::string> columns; // empty: the default columns
    std::vector<std::string> by;      // empty: track, level
    bool bom = false;
    // List only people whose trial ends within DAYS (and error rows), with the trial's columns.
    std::optional<int> trials_ending;
    bool lines = false;          // text: a sentence per person instead of the table
    std::istream* in = nullptr;  // where `-` reads paths from
    bool null_separated = false; // -0: the paths on stdin end with NUL, not a newline
};

int run_batch(const CommonOptions& common, const BatchOptions& options, const Console& console);

} // namespace ladder
