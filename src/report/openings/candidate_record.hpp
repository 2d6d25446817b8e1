#pragma once
// `ladder candidates`: what the report keeps of one evidence file once it is matched to the
// openings. Built on the worker that evaluated the file (next steps are put into words there,
// while the evaluation is alive), so that only these small records are held until the end.

#include "eval/opening_candidates.hpp"
#include "util/diagnostic.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ladder {

// The person as every group shows them.
struct CandidatePerson {
    std::string file;
    std::string id;
    std::string name;
    std::string track;
    std::string level;
    int months_in_level = 0;
    bool wrong_track = false; // on a track not among their declared interests
    std::vector<std::string> interests;
    // Interests no step from their level reaches yet, in words (report/common/track_choice_words).
    std::vector<std::string> no_step_yet;
};

// A trial in progress, as the report shows it.
struct TrialRecord {
    std::string from;
    std::string level;
    std::string since;
    std::string ends;
    long days_left = 0;
    bool way_back_open = false;
    bool ready = false; // meets the level's own criteria
    int met = 0;
    int total = 0;
    int required_missing = 0;
    std::string words; // the whole trial in one line (report/common/trial_words)
};

// One person in one opening's groups.
struct Candidate {
    std::size_t person = 0; // index in the report's people
    CandidateGroup group = CandidateGroup::nearly;
    double progress = 0.0; // weighted share of the opening's level met, 0..1
    int required_missing = 0;
    std::vector<std::string> missing;    // the required criteria not met, in framework order
    std::vector<std::string> next_steps; // nearly ready: the steps in words, required first
};

// What one file gives the report.
struct CandidateRecord {
    CandidatePerson person;
    std::vector<std::pair<std::size_t, Candidate>> matches; // opening index, candidate
    std::vector<std::string> ready_no_role;                 // level ids
    // Openings a step away by band that no single step reaches: counted per opening, unnamed.
    std::vector<OpeningOutOfReach> out_of_reach;
    std::optional<TrialRecord> trial;
    std::string error; // "path:line:column: error: message [code]" when not evaluated
    // The diagnostic `error` was rendered from, for --redact (report/diagnostics/redaction).
    std::optional<Diagnostic> first_error;
};

CandidateRecord make_candidate_record(const Framework& framework, const Person& person,
                                      const PersonOpenings& found, const Date& as_of);
// `person`: what the file told before the error, if anything.
CandidateRecord make_candidate_error(const std::string& file, const Person* person,
                                     const Diagnostics& diagnostics);

// --redact / --pseudonymise: the file and name are emptied, the error line keeps only its place
// and its code's description (nothing of the file); with a key, the id becomes its pseudonym.
void protect_record(CandidateRecord& record, bool redact,
                    const std::optional<std::string>& pseudonym_key);

} // namespace ladder
