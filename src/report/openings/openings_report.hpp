#pragma once
// `ladder candidates`: the openings with their candidates in groups, the people ready for a
// step no opening offers, the openings short of ready candidates, the people on a track they
// did not choose, and the files that could not be evaluated. Records are added in input order;
// finish() ranks every group, and orders the lists of people by id, then file.
//
// Ranking, within each opening:
// the fewer required criteria missing first (0 for the ready), then the higher progress towards
// the opening's level (the weighted share of its criteria met), then the longer time in their
// current level, then id, then file.

#include "model/framework.hpp"
#include "model/openings.hpp"
#include "report/common/format.hpp"
#include "report/openings/candidate_record.hpp"
#include "util/output_width.hpp"
#include "util/terminal.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ladder {

struct TrialEntry {
    std::size_t person = 0;
    TrialRecord trial;
};

struct ReadyNoRole {
    std::size_t person = 0;
    std::vector<std::string> levels; // the next steps they are ready for and want
};

class OpeningsReport {
public:
    // `trials_ending`: list only the trials that end within this many days (ended ones too);
    // none: every trial in progress.
    OpeningsReport(const Framework& framework, const OpeningsFile& openings, const Date& as_of,
                   int within, std::optional<int> trials_ending = std::nullopt);

    void add(CandidateRecord record);
    void finish();

    const Framework& framework() const { return framework_; }
    const OpeningsFile& openings() const { return openings_; }
    const Date& as_of() const { return as_of_; }
    int within() const { return within_; }
    const std::vector<CandidatePerson>& people() const { return people_; }
    // Per opening (the file's order), every candidate, ranked within its group.
    const std::vector<std::vector<Candidate>>& candidates() const { return candidates_; }
    const std::vector<ReadyNoRole>& ready_no_role() const { return ready_no_role_; }
    const std::vector<std::size_t>& wrong_track() const { return wrong_track_; }
    // People with an interest in a track no step from their level reaches yet.
    const std::vector<std::size_t>& no_step_yet() const { return no_step_yet_; }
    // Soonest end first, then id.
    const std::vector<TrialEntry>& trials() const { return trials_; }
    const std::optional<int>& trials_ending() const { return trials_ending_; }
    const std::vector<CandidateRecord>& errors() const { return errors_; }
    std::size_t files() const { return files_; }

    // Ready and interested candidates of an opening: the ones it can count on.
    int ready_count(std::size_t opening) const;
    // People whose next step by band the opening is, but whom no single step takes there: the
    // opening's level is steps away for them, or no route leads there (eval/route). Counted,
    // never named: they are no candidates.
    int out_of_reach(std::size_t opening, TargetVerdict verdict) const;
    // The openings with fewer ready (interested) candidates than people needed.
    std::vector<std::size_t> short_openings() const;

private:
    std::size_t keep(const CandidatePerson& person);

    const Framework& framework_;
    const OpeningsFile& openings_;
    Date as_of_;
    int within_;
    std::optional<int> trials_ending_;
    std::vector<CandidatePerson> people_; // only those the report names
    std::vector<std::vector<Candidate>> candidates_;
    std::vector<int> steps_away_; // per opening
    std::vector<int> no_route_;   // per opening
    std::vector<ReadyNoRole> ready_no_role_;
    std::vector<std::size_t> wrong_track_;
    std::vector<std::size_t> no_step_yet_;
    std::vector<TrialEntry> trials_;
    std::vector<CandidateRecord> errors_;
    std::size_t files_ = 0;
};

struct OpeningsRenderOptions {
    Format format = Format::text;
    Style style;
    std::size_t width = default_output_width; // text wraps to it
};

std::string render_openings_report(const OpeningsReport& report,
                                   const OpeningsRenderOptions& options);

// Pieces shared by the formats.
// "Openings as of 2026-11-01 (acme 3.0): 3 openings, 4 people needed, 9 evidence files"
std::string openings_headline(const OpeningsReport& report);
std::string_view group_heading(CandidateGroup group);
// "Out of reach (counted, not named): steps away for 1 person, no route for 2 people"; empty
// when nobody is.
std::string out_of_reach_words(const OpeningsReport& report, std::size_t opening);
// "E1042 Alice Example", or the id alone when redacted.
std::string person_words(const CandidatePerson& person);
// "team: payments, department: engineering"
std::string opening_labels_words(const Opening& opening);

std::string render_openings_text(const OpeningsReport& report, const Style& style,
                                 std::size_t width);
std::string render_openings_markdown(const OpeningsReport& report);
std::string render_openings_json(const OpeningsReport& report);
std::string render_openings_csv(const OpeningsReport& report);
std::string render_openings_html(const OpeningsReport& report);

} // namespace ladder
