#pragma once
// `ladder candidates OPENINGS PATH...`: for each opening, who could fill it (ready and
// interested; ready without declared interest, shown apart; nearly ready, with next steps),
// who is ready with no role, which openings are short, and who is on a track they did not
// choose. Evidence files are read in parallel with batch's pipeline and inputs.

#include "commands/common.hpp"
#include "commands/pseudonym_key.hpp"

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace ladder {

struct CandidatesOptions {
    std::string openings;
    std::vector<std::string> paths; // files, directories, or `-` for paths on stdin
    std::optional<std::string> as_of;
    int within = 1;                   // required criteria a nearly-ready candidate may miss
    std::optional<int> trials_ending; // none: every trial in progress is listed
    Format format = Format::text;
    std::optional<std::string> output; // write the report here, whole or not at all
    int jobs = 0;                      // 0: the number of cores
    bool redact = false;
    PseudonymKeyOptions pseudonym; // a key implies redact
    std::istream* in = nullptr;    // where `-` reads paths from
    bool null_separated = false;
};

int run_candidates(const CommonOptions& common, const CandidatesOptions& options,
                   const Console& console);

} // namespace ladder
