#pragma once
// What a YAML file is, told by its top-level keys: a criteria repository keeps its framework,
// its test suite, sample evidence and openings side by side, and each is read as what it is.

#include "load/source_text.hpp"
#include "yaml/limits.hpp"
#include "yaml/parsed_yaml.hpp"

#include <memory>
#include <string_view>

namespace ladder {

enum class FileKind {
    criteria,   // framework, scale, competencies, tracks, programmes, levels, transitions
    evidence,   // person, track, level, ratings, evidence, ...
    test_suite, // cases (with criteria and as_of)
    openings,   // openings: a list of open positions
    statements, // statements (by), about: what one person says about others
    roster,     // roster: the organisation's people (a roster may also be CSV)
    unknown,    // valid YAML, but no key (or keys of several kinds) tells what it is
    unparsable, // not valid YAML, or over a limit: only the file's loader can say more
};

// "criteria file", "evidence file", "test suite", "openings file", ...
std::string_view to_string(FileKind kind);

struct DetectedKind {
    FileKind kind = FileKind::unknown;
    // Why the kind is unknown (an `unknown-file-kind` error at the file's first key), or, for
    // an unparsable file, its parse problems.
    Diagnostics problems;
    // The tree it was told from, for the file's loader (SourceText::parsed): a file is parsed
    // once.
    std::shared_ptr<const ParsedYaml> parsed;
};

DetectedKind detect_file_kind(const SourceText& source, const InputLimits& limits);

} // namespace ladder
