#pragma once
// What `ladder validate` checks in a path: each YAML file as what it is (load/file_kind.hpp).
// The criteria files of a path are one framework; its evidence files are checked against that
// framework (or --criteria, or the built-in one, when the path holds no criteria); test suites
// and openings files are checked for their structure.

#include "commands/common.hpp"
#include "load/people_facts.hpp"

#include <string>
#include <vector>

namespace ladder {

struct Findings {
    Diagnostics diagnostics;
    std::vector<SourceText> sources; // every file read, for the source lines under diagnostics
    std::size_t files = 0;
};

// Every file under `path`, each as what its keys say it is.
void validate_any_files(const std::string& path, const CommonOptions& common,
                        const PeopleFacts& facts, const Date& as_of, Findings& findings);

// The criteria at `path` (nullopt: the built-in framework), as one framework.
void validate_criteria_files(const std::optional<std::string>& path, const InputLimits& limits,
                             Findings& findings);

// Every file under `path` as an evidence file, checked against `framework`.
void validate_evidence_files(const std::string& path, const Framework& framework,
                             const PeopleFacts& facts, const Date& as_of, const InputLimits& limits,
                             Findings& findings);

} // namespace ladder
