#include "report/framework/evidence_template.hpp"

#include "model/person.hpp"
#include "model/template_placeholders.hpp"
#include "report/framework/competency_view.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace ladder {

namespace {

std::string comment_block(std::string_view text, std::string_view indent) {
    std::string prefix = std::string(indent) + "#   ";
    std::string wrapped = wrap_text(text, 96 - prefix.size(), 0);
    std::string out;
    std::size_t start = 0;
    while (start <= wrapped.size()) {
        auto end = wrapped.find('\n', start);
        if (end == std::string::npos) {
            end = wrapped.size();
        }
        out += prefix + wrapped.substr(start, end - start) + "\n";
        start = end + 1;
    }
    return out;
}

// The word the template suggests: ladder's usual example if the framework has it, else the
// framework's first word.
const std::string& example_word(const std::vector<std::string>& words, const std::string& usual) {
    auto it = std::find(words.begin(), words.end(), usual);
    return it != words.end() ? *it : words.front();
}

// "    type: project           # project, design, ...": the comment column stays aligned, and
// a value too long for it keeps one space before its comment (YAML reads "value# x" as one
// value, so the filled-in skeleton would fail validation).
std::string example_line(std::string_view key, const std::string& value,
                         const std::string& choices) {
    std::string field = fmt::format("    {}: {}", key, value);
    return fmt::format("{:<{}}# {}\n", field, std::max<std::size_t>(28, field.size() + 1), choices);
}

void criteria_comments(std::string& out, const Framework& framework,
                       const std::vector<ResolvedCriterion>& criteria) {
    for (const auto& item : criteria) {
        const Criterion& criterion = *item.criterion;
        std::string notes = criterion.required ? "" : "optional";
        if (item.inherited) {
            notes += (notes.empty() ? "" : ", ") + std::string("from ") + item.from_level;
        }
        out += fmt::format("# - {}: {}{}\n", criterion.id, criterion.title,
                           notes.empty() ? "" : " (" + notes + ")");
        out += comment_block(criterion.description, "");
        if (criterion.rule) {
            out += comment_block("Rule: " + criterion.rule->describe(framework), "");
        }
    }
}

std::string move_words(const Transition& move) {
    return fmt::format("the move {} -> {}{}", move.from.id, move.to.id,
                       move.trial_months ? fmt::format(" ({}-month trial)", *move.trial_months)
                                         : "");
}

// The moves across tracks that lead into `level`, in written order.
std::vector<const Transition*> moves_into(const Framework& framework, const Level& level) {
    std::vector<const Transition*> moves;
    for (const auto& move : framework.transitions) {
        if (move.to.id == level.id) {
            moves.push_back(&move);
        }
    }
    return moves;
}

// The level below on the level's own track, if any: where a promotion starts.
const Level* level_below(const Framework& framework, const Level& level) {
    const Level* below = nullptr;
    for (const Level* candidate : framework.levels_on_track(level.track.id)) {
        if (candidate->band < level.band) {
            below = candidate;
        }
    }
    return below;
}

} // namespace

std::string render_evidence_template(const Framework& framework, const Level& level) {
    std::string out = fmt::format("# Evidence file for {} {} ({} {}).\n", level.id, level.title,
                                  framework.name, framework.version);
    out += "# Fill in the fields, then run: ladder validate --evidence THIS_FILE\n"
           "#                          and: ladder evaluate THIS_FILE\n#\n";
    // Where the person starts: the level below by promotion; at the foot of a track that a
    // move leads into, the move's source level, and the move's criteria are what to gather.
    const Level* start = level_below(framework, level);
    auto moves = moves_into(framework, level);
    const Transition* via = nullptr;
    if (start == nullptr && !moves.empty()) {
        via = moves.front();
        moves.erase(moves.begin());
        start = framework.find_level(via->from.id);
    }
    if (via != nullptr) {
        out += fmt::format("# What {} asks for; gather evidence for each:\n#\n", move_words(*via));
        criteria_comments(out, framework, resolve_move_criteria(framework, *via));
    } else {
        out += fmt::format("# What {} {} asks for; gather evidence for each:\n#\n", level.id,
                           level.title);
        criteria_comments(out, framework, resolve_criteria(framework, level));
    }
    for (const Transition* move : moves) {
        out += "#\n" +
               comment_block(fmt::format("Coming from {} on another track? Then {} asks for "
                                         "these instead (set your track and level below):",
                                         move->from.id, move_words(*move)),
                             "") +
               "#\n";
        criteria_comments(out, framework, resolve_move_criteria(framework, *move));
    }
    start = start != nullptr ? start : &level;
    out += fmt::format("\nperson:\n  id: {}            # your employee id\n  name: {}\n",
                       placeholder::person_id, placeholder::person_name);
    out += fmt::format("track: {}\nlevel: {}            # your current level\n", start->track.id,
                       start->id);
    out += "in_level_since: 1900-01-01  # the date you entered your current level\n";
    out += "joined: 1900-01-01          # the date you joined the organisation\n";
    out += fmt::format("interests: [{}]  # tracks you want to grow on: {}\n", level.track.id,
                       join(framework.track_ids(), ", "));
    out += "ratings:                    # from your latest review, on the scale ";
    std::vector<std::string> scale;
    for (const auto& [rating, label] : framework.scale) {
        scale.push_back(fmt::format("{} {}", rating, label));
    }
    out += join(scale, ", ") + "\n";
    // Example ratings on the framework's own scale: what the level asks for where it asks,
    // else the middle of the scale.
    auto minimums = level_rating_minimums(framework, level);
    int middle = (framework.scale_min() + framework.scale_max()) / 2;
    for (const auto& competency : framework.competencies) {
        auto asked = minimums.find(competency.id);
        out += asked == minimums.end()
                   ? fmt::format("  # {}: {}\n", competency.id, middle)
                   : fmt::format("  # {}: {}   # {} asks for at least {}\n", competency.id,
                                 asked->second, level.id, asked->second);
    }
    out +=
        "completed: []               # programmes: " + join(framework.programme_ids(), ", ") + "\n";
    const Vocabularies& words = framework.vocabularies;
    out +=
        fmt::format("evidence:\n  - id: {}          # unique in this file\n", placeholder::item_id);
    out += example_line("type", example_word(words.types, "project"), join(words.types, ", "));
    out += example_line("kind", words.kinds.front(), join(words.kinds, ", "));
    out += fmt::format("    title: {}   # this example counts once you give it your own title\n"
                       "    date: 2025-06-30\n",
                       placeholder::item_title);
    out += example_line("role", example_word(words.roles, "lead"), join(words.roles, ", "));
    out += example_line("scope", example_word(words.scopes, "team"), join(words.scopes, " < "));
    out += "    competencies: []\n"
           "    demonstrates: []        # criterion ids this item is an example of\n"
           "    links: []\n"
           "    endorsed_by: []         # ids of people who vouch for it\n";
    return out;
}

} // namespace ladder
