#include "report/diagnostics/diagnostic_codes.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <map>

namespace ladder {

namespace {

struct Described {
    const char* description;
    const char* help;
};

// Kept in alphabetical order of code.
const std::map<std::string, Described>& described_codes() {
    static const std::map<std::string, Described> codes = {
        {"band-not-rising",
         {"A level's pay band is not above the band of the level before it on its track.",
          "Give each level on a track a higher band than the one before it, or reorder the "
          "levels."}},
        {"coverage-below-minimum",
         {"The test cases see too few criteria both met and not met (ladder test "
          "--min-coverage).",
          "Add cases in which the uncovered criteria (ladder test --coverage lists them) are "
          "met, and cases in which they are not."}},
        {"date-after-as-of",
         {"An evidence date is after the evaluation day.",
          "Correct the date, or evaluate as of a later day with --as-of."}},
        {"duplicate-exception",
         {"Two exceptions in an evidence file name the same criterion.",
          "Keep one exception per criterion."}},
        {"duplicate-id",
         {"Two items of one kind (competencies, tracks, levels, criteria, evidence items...) "
          "have the same id.",
          "Give each item its own id; ids are how reports and evidence refer to them."}},
        {"duplicate-key",
         {"A key is given twice in one YAML map; YAML would silently keep only one of them.",
          "Remove or merge the repeated key."}},
        {"duplicate-section",
         {"A top-level section that only one criteria file may hold (framework, scale) is in "
          "several files.",
          "Keep the section in one file of the criteria directory."}},
        {"duplicate-transition",
         {"Two moves between tracks have the same from and to levels.",
          "Keep one transition per pair of levels."}},
        {"empty-file",
         {"The file is empty or holds only comments.", "Write the file's content, or remove it."}},
        {"empty-value", {"A key has no value.", "Give the key a value, or remove it."}},
        {"expectation-drops",
         {"A higher level asks a lower rating than a level below it on the same track.",
          "Raise the higher level's expectation, or lower the one below it."}},
        {"include-cycle",
         {"Levels include each other in a cycle.",
          "Make includes point only to lower levels (IC4 includes IC3)."}},
        {"include-not-lower",
         {"A level includes a level of the same or a higher band.",
          "Include only levels of a lower band."}},
        {"internal-error",
         {"ladder met a state it does not expect; this is a defect in ladder.",
          "Report it with the input that caused it."}},
        {"invalid-date",
         {"A date is not a calendar date in the form YYYY-MM-DD (2025-02-30 does not exist).",
          "Write an existing date as YYYY-MM-DD."}},
        {"invalid-id",
         {"An id has characters other than letters, digits, '-', '_' and '.'.",
          "Use only letters, digits, '-', '_' and '.' in ids."}},
        {"invalid-scale",
         {"The rating scale is not a run of whole numbers from 1, each with a label.",
          "Number the scale 1, 2, 3... with a label for each."}},
        {"level-not-on-track",
         {"An evidence file states a level that is not on its stated track.",
          "Correct the track or the level (ladder show lists each track's levels)."}},
        {"missing-key", {"A required key is missing.", "Add the key; the message says which."}},
        {"missing-rule",
         {"A criterion has no rule, so ladder cannot check it.",
          "Give the criterion one rule (rating, points, evidence, demonstrated, tenure, "
          "completed, interest, all_of, any_of or at_least)."}},
        {"missing-section",
         {"A section every framework needs (framework, scale, tracks, levels) is in no file.",
          "Add the section to one of the criteria files."}},
        {"no-guidance",
         {"A criterion has no guidance, so a person who misses it is not told how to close the "
          "gap.",
          "Add guidance: a course, a kind of project, a person to ask. Switch the check off "
          "with --disable no-guidance if that is a choice."}},
        {"not-utf8",
         {"The file is not valid UTF-8 text, or holds a NUL byte.",
          "Save the file as UTF-8 text."}},
        {"out-of-range",
         {"A number is outside the range the key allows.",
          "Use a number in the range the message gives."}},
        {"rating-off-scale",
         {"A rating is not on the framework's rating scale.",
          "Use a rating of the scale (ladder show lists it)."}},
        {"several-documents",
         {"The file holds more than one YAML document (a second '---').",
          "Keep one document per file; split the rest into other files."}},
        {"several-rules",
         {"A criterion has more than one rule key.",
          "Keep one rule, or combine rules with all_of, any_of or at_least."}},
        {"symlink-loop",
         {"A symbolic link leads back to a directory already read.",
          "Remove the link; the directory was read once."}},
        {"template-placeholder",
         {"An evidence file still holds a placeholder written by 'ladder template' (the person "
          "'Your Name', E0000, or the example item titled 'What you did').",
          "Replace the placeholder with the person's own id and name, or give the example item "
          "the title and facts of real work; until then the example item counts for nothing."}},
        {"test-error",
         {"A criteria test case could not run, for its evidence file could not be read or is "
          "invalid.",
          "Fix the evidence file; the case lists its diagnostics."}},
        {"test-failed",
         {"A criteria test case did not get the verdict it expects.",
          "If the change of verdict is intended, update the case's expect; if not, fix the "
          "criteria."}},
        {"transition-same-track",
         {"A move between tracks goes from a level to a level of the same track.",
          "A promotion on one track needs no transition; remove it, or name a level of the "
          "other track."}},
        {"unknown-file-kind",
         {"ladder cannot tell whether a YAML file is criteria, evidence, a test suite or "
          "openings: it has top-level keys of no kind, or of several.",
          "Use the top-level keys of one kind of file (docs/formats.md, 'Which file is "
          "which'), or move files that are not ladder's out of the checked directory."}},
        {"unknown-key",
         {"A key is not one the format knows; often a misspelling.",
          "Use the key the message suggests, or remove it."}},
        {"unreachable-level",
         {"No promotion or move between tracks leads to a level.",
          "Put the level on a track with a lower level, or add a transition to it."}},
        {"unreadable-file",
         {"A file cannot be read: missing, not a regular file, unreadable, or over "
          "--max-file-size.",
          "Check the path and permissions, or raise --max-file-size."}},
        {"unreadable-path",
         {"A path cannot be read, or holds no file to check.",
          "Check the path; a directory must hold *.yaml or *.yml files."}},
        {"unsatisfiable-rule",
         {"A rule can never be met: a rating above the scale, more points than the scale "
          "allows, at_least more than its options.",
          "Lower the rule's threshold to something a person can reach."}},
        {"wrong-type",
         {"A value is of the wrong type (a list where a map is expected, text where a number "
          "is).",
          "Write the value as the message says is expected."}},
        {"wrong-value",
         {"A value is not one of those the key allows.", "Use one of the values listed."}},
        {"yaml-alias-cycle", {"A YAML alias refers to itself.", "Remove the self-reference."}},
        {"yaml-complex-key", {"A YAML map key is a list or a map.", "Use plain text keys."}},
        {"yaml-string-too-long",
         {"A text value is longer than --max-string-length.",
          "Shorten the value, or raise --max-string-length."}},
        {"yaml-syntax",
         {"The file is not well-formed YAML.",
          "Fix the syntax at the position given (indentation, quotes, brackets)."}},
        {"yaml-too-deep",
         {"The YAML nesting is deeper than --max-depth.",
          "Flatten the structure, or raise --max-depth."}},
        {"yaml-too-many-nodes",
         {"The file has more YAML nodes than --max-nodes, counting expanded aliases.",
          "Use fewer aliases, split the file, or raise --max-nodes."}},
    };
    return codes;
}

std::string words_of(std::string code) {
    std::replace(code.begin(), code.end(), '-', ' ');
    return code;
}

} // namespace

CodeText describe_code(const std::string& code) {
    auto found = described_codes().find(code);
    if (found != described_codes().end()) {
        return {words_of(code), found->second.description, found->second.help};
    }
    // unknown-competency, unknown-programme, unknown-type...: one family of reference checks.
    if (code.starts_with("unknown-")) {
        std::string what = words_of(code.substr(8));
        return {
            words_of(code),
            fmt::format("A reference to a {} that the framework or format does not define.", what),
            fmt::format("Use a {} the framework defines (the message suggests the closest), "
                        "or define it.",
                        what)};
    }
    return {words_of(code), words_of(code) + ".", "See the message for what was expected."};
}

} // namespace ladder
