#include "check/framework_checks.hpp"

#include "check/include_graph.hpp"
#include "model/track_ladders.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace ladder {

namespace {

std::string place(const Location& where) {
    return fmt::format("{}:{}", where.file, where.line);
}

template <typename T>
void check_unique_ids(const std::vector<T>& items, std::string_view what,
                      Diagnostics& diagnostics) {
    std::map<std::string, Location> first;
    for (const auto& item : items) {
        auto [it, inserted] = first.emplace(item.id, item.where);
        if (!inserted && !item.id.empty()) {
            diagnostics.error(item.where, "duplicate-id",
                              fmt::format("the {} id '{}' is already used at {}; expected each "
                                          "id once",
                                          what, item.id, place(it->second)));
        }
    }
}

void check_criteria_ids(const Framework& framework, Diagnostics& diagnostics) {
    std::vector<Criterion> all;
    std::map<std::string, Location> first;
    auto visit = [&](const std::vector<Criterion>& criteria) {
        for (const auto& criterion : criteria) {
            auto [it, inserted] = first.emplace(criterion.id, criterion.where);
            if (!inserted && !criterion.id.empty()) {
                diagnostics.error(criterion.where, "duplicate-id",
                                  fmt::format("the criterion id '{}' is already used at {}; "
                                              "expected each id once in the framework",
                                              criterion.id, place(it->second)));
            }
        }
    };
    for (const auto& level : framework.levels) {
        visit(level.criteria);
    }
    for (const auto& transition : framework.transitions) {
        visit(transition.criteria);
    }
}

void check_criteria(const Framework& framework, const std::vector<Criterion>& criteria,
                    Diagnostics& diagnostics) {
    RuleCheckContext context{framework, diagnostics};
    for (const auto& criterion : criteria) {
        if (criterion.guidance.empty()) {
            diagnostics.warning(criterion.where, "no-guidance",
                                fmt::format("criterion '{}' has no guidance; say how a person "
                                            "can close this gap",
                                            criterion.id));
        }
        if (criterion.competency) {
            const auto& id = criterion.competency->id;
            if (!framework.find_competency(id)) {
                diagnostics.error(criterion.competency->where, "unknown-competency",
                                  fmt::format("criterion '{}': unknown competency '{}'{}",
                                              criterion.id, id,
                                              did_you_mean(id, framework.competency_ids())));
            }
        }
        if (criterion.rule) {
            criterion.rule->check(context);
        }
    }
}

// `checks: {disable: [...]}` names warnings only: an error is never optional.
void check_disabled_codes(const Framework& framework, Diagnostics& diagnostics) {
    for (const auto& code : framework.disabled_checks) {
        const auto& known = framework_warning_codes();
        if (std::find(known.begin(), known.end(), code.id) == known.end()) {
            diagnostics.error(code.where, "unknown-check",
                              fmt::format("checks: expected a warning code to disable ({}), "
                                          "found '{}'{}",
                                          join(known, ", "), code.id,
                                          did_you_mean(code.id, known)));
        }
    }
}

bool is_disabled(const Framework& framework, const Diagnostic& diagnostic) {
    return diagnostic.severity == Severity::warning &&
           std::any_of(framework.disabled_checks.begin(), framework.disabled_checks.end(),
                       [&](const IdRef& code) { return code.id == diagnostic.code; });
}

void check_competency_meanings(const Framework& framework, Diagnostics& diagnostics) {
    for (const auto& competency : framework.competencies) {
        for (const auto& [rating, meaning] : competency.rating_meanings) {
            if (!framework.scale.empty() && !framework.scale.contains(rating)) {
                diagnostics.error(competency.where, "rating-off-scale",
                                  fmt::format("competency '{}' describes rating {}, which is "
                                              "not on the scale {}..{}",
                                              competency.id, rating, framework.scale_min(),
                                              framework.scale_max()));
            }
        }
    }
}

void check_level_references(const Framework& framework, const IncludeGraph& graph,
                            Diagnostics& diagnostics) {
    auto tracks = framework.track_ids();
    std::set<std::string_view> known_tracks(tracks.begin(), tracks.end());
    auto levels = framework.level_ids();
    for (const auto& level : framework.levels) {
        if (!level.track.id.empty() && !known_tracks.contains(level.track.id)) {
            diagnostics.error(level.track.where, "unknown-track",
                              fmt::format("level '{}': unknown track '{}'{}", level.id,
                                          level.track.id, did_you_mean(level.track.id, tracks)));
        }
        for (const auto& include : level.includes) {
            const Level* included = graph.find(include.id);
            if (included == nullptr) {
                diagnostics.error(include.where, "unknown-level",
                                  fmt::format("level '{}' includes unknown level '{}'{}", level.id,
                                              include.id, did_you_mean(include.id, levels)));
            } else if (included->track.id == level.track.id && included->band >= level.band) {
                diagnostics.error(include.where, "include-not-lower",
                                  fmt::format("level '{}' (band {}) includes '{}' (band {}); "
                                              "expected a level of a lower band",
                                              level.id, level.band, included->id, included->band));
            }
        }
    }
}

void check_include_cycles(const IncludeGraph& graph, Diagnostics& diagnostics) {
    for (const auto& cycle : graph.cycles()) {
        diagnostics.error(cycle.closing_include->where, "include-cycle",
                          fmt::format("levels include each other in a cycle: {}; expected "
                                      "includes to go down",
                                      join(cycle.levels, " -> ")));
    }
}

// Along a track, in the order written, each level must have a higher band than the one before.
void check_bands_rise(const Framework& framework, Diagnostics& diagnostics) {
    std::map<std::string, const Level*> previous;
    for (const auto& level : framework.levels) {
        auto [it, first] = previous.emplace(level.track.id, &level);
        if (!first) {
            const Level* before = it->second;
            if (level.band <= before->band && level.band > 0) {
                diagnostics.error(level.band_where, "band-not-rising",
                                  fmt::format("level '{}' has band {}, but '{}' before it on "
                                              "track '{}' has band {}; expected bands to rise "
                                              "along a track",
                                              level.id, level.band, before->id, level.track.id,
                                              before->band));
            }
            it->second = &level;
        }
    }
}

using RatingMinimums = std::map<std::string, int>;

// Each level's rating minimums, its included levels' merged in: one pass, included levels
// first, so a long chain of includes is not resolved again for every level along it.
std::unordered_map<const Level*, RatingMinimums> rating_minimums(const IncludeGraph& graph) {
    std::unordered_map<const Level*, RatingMinimums> minimums;
    for (const Level* level : graph.included_first()) {
        RatingMinimums& own = minimums[level];
        for (const auto& criterion : level->criteria) {
            if (criterion.required && criterion.rule) {
                criterion.rule->guaranteed_ratings(own);
            }
        }
        for (const auto& include : level->includes) {
            const Level* included = graph.find(include.id);
            auto found = included ? minimums.find(included) : minimums.end();
            if (found == minimums.end() || found->first == level) {
                continue; // unknown, or a cycle cut here
            }
            for (const auto& [competency, minimum] : found->second) {
                auto [it, inserted] = own.emplace(competency, minimum);
                it->second = std::max(it->second, minimum);
            }
        }
    }
    return minimums;
}

// A higher level must not ask for a lower rating than the level below it on its track.
void check_expectations_rise(const Framework& framework, const IncludeGraph& graph,
                             const TrackLadders& ladders, Diagnostics& diagnostics) {
    auto minimums = rating_minimums(graph);
    for (const auto& track : framework.tracks) {
        const auto& levels = ladders.on_track(track.id);
        for (std::size_t i = 1; i < levels.size(); ++i) {
            if (levels[i]->track.id != track.id) {
                continue; // a shared trunk is checked once, on its own track
            }
            const auto& lower = minimums[levels[i - 1]];
            const auto& higher = minimums[levels[i]];
            for (const auto& [competency, minimum] : lower) {
                auto it = higher.find(competency);
                if (it != higher.end() && it->second < minimum) {
                    diagnostics.error(levels[i]->where, "expectation-drops",
                                      fmt::format("level '{}' asks for a rating of at least {} "
                                                  "in {}, less than the {} that '{}' below it "
                                                  "asks for; expected expectations to rise",
                                                  levels[i]->id, it->second, competency, minimum,
                                                  levels[i - 1]->id));
                }
            }
        }
    }
}

void check_transitions(const Framework& framework, const IncludeGraph& graph,
                       Diagnostics& diagnostics) {
    auto levels = framework.level_ids();
    std::set<std::pair<std::string, std::string>> seen;
    for (const auto& transition : framework.transitions) {
        const Level* from = graph.find(transition.from.id);
        const Level* to = graph.find(transition.to.id);
        for (const IdRef* end : {&transition.from, &transition.to}) {
            if (!end->id.empty() && graph.find(end->id) == nullptr) {
                diagnostics.error(end->where, "unknown-level",
                                  fmt::format("transition names unknown level '{}'{}", end->id,
                                              did_you_mean(end->id, levels)));
            }
        }
        if (from && to && from->track.id == to->track.id) {
            diagnostics.error(transition.where, "transition-same-track",
                              fmt::format("transition {} -> {} stays on track '{}'; expected a "
                                          "move between tracks",
                                          from->id, to->id, from->track.id));
        }
        if (!seen.emplace(transition.from.id, transition.to.id).second) {
            diagnostics.error(transition.where, "duplicate-transition",
                              fmt::format("transition {} -> {} is defined twice",
                                          transition.from.id, transition.to.id));
        }
        check_criteria(framework, transition.criteria, diagnostics);
    }
}

// Entry points are the lowest level of each track that starts at the framework's lowest band;
// from there people move up a track or along a transition. Linear: each band of a track and
// each transition is followed once.
void check_reachability(const Framework& framework, const IncludeGraph& graph,
                        const TrackLadders& ladders, Diagnostics& diagnostics) {
    if (framework.levels.empty()) {
        return;
    }
    int lowest_band =
        std::min_element(framework.levels.begin(), framework.levels.end(),
                         [](const Level& a, const Level& b) { return a.band < b.band; })
            ->band;
    std::unordered_map<std::string_view, std::vector<const Level*>> moves;
    bool move_to_unknown_level = false;
    for (const auto& transition : framework.transitions) {
        const Level* to = graph.find(transition.to.id);
        if (to && graph.find(transition.from.id)) {
            moves[transition.from.id].push_back(to);
        } else {
            move_to_unknown_level = true;
        }
    }
    // A move naming an unknown level (`to: M9`) is reported as such; which level it was meant
    // to reach is unknown, so reporting the levels it would have reached adds only noise.
    if (move_to_unknown_level) {
        return;
    }
    std::unordered_set<const Level*> reached;
    std::vector<const Level*> queue;
    for (const auto& track : framework.tracks) {
        const auto& levels = ladders.on_track(track.id);
        if (!levels.empty() && levels.front()->band == lowest_band) {
            queue.push_back(levels.front());
        }
    }
    while (!queue.empty()) {
        const Level* level = queue.back();
        queue.pop_back();
        if (reached.contains(level)) {
            continue;
        }
        for (const Track* track : ladders.tracks_containing(*level)) {
            if (const Level* next = ladders.next_on(*level, track->id)) {
                queue.push_back(next);
            }
        }
        // Two levels of one band on a track are already a band-not-rising error; whoever
        // reaches one reaches the band, so the other is not reported as unreachable too.
        auto [band_begin, band_end] = ladders.same_band(*level);
        for (auto it = band_begin; it != band_end; ++it) {
            reached.insert(*it);
            if (auto found = moves.find((*it)->id); found != moves.end()) {
                queue.insert(queue.end(), found->second.begin(), found->second.end());
            }
        }
    }
    for (const auto& level : framework.levels) {
        if (!reached.contains(&level) && framework.find_track(level.track.id)) {
            diagnostics.error(level.where, "unreachable-level",
                              fmt::format("no one can reach level '{}': its track does not "
                                          "start at band {} and no transition leads to it or "
                                          "to a level below it",
                                          level.id, lowest_band));
        }
    }
}

// Whether following forks down from `fork` comes back to `track`.
bool forks_back_to(const Framework& framework, const Level& fork, const std::string& track) {
    std::set<std::string> seen;
    const Level* current = &fork;
    while (current != nullptr && seen.insert(current->track.id).second) {
        if (current->track.id == track) {
            return true;
        }
        const Track* next = framework.find_track(current->track.id);
        current = next && next->forks_from ? framework.find_level(next->forks_from->id) : nullptr;
    }
    return false;
}

// A fork names a level of another track, and the forking track's own levels lie above it.
void check_forks(const Framework& framework, Diagnostics& diagnostics) {
    auto levels = framework.level_ids();
    for (const auto& track : framework.tracks) {
        if (!track.forks_from) {
            continue;
        }
        const IdRef& fork_ref = *track.forks_from;
        const Level* fork = framework.find_level(fork_ref.id);
        if (fork == nullptr) {
            diagnostics.error(fork_ref.where, "unknown-level",
                              fmt::format("track '{}' forks from unknown level '{}'{}", track.id,
                                          fork_ref.id, did_you_mean(fork_ref.id, levels)));
            continue;
        }
        if (forks_back_to(framework, *fork, track.id)) {
            diagnostics.error(fork_ref.where, "fork-cycle",
                              fmt::format("track '{}' forks from '{}', which is on '{}' itself "
                                          "or on a track forking from it; expected a level of "
                                          "another track",
                                          track.id, fork->id, track.id));
            continue;
        }
        for (const auto& level : framework.levels) {
            if (level.track.id == track.id && level.band <= fork->band && level.band > 0) {
                diagnostics.error(level.band_where, "band-not-rising",
                                  fmt::format("level '{}' has band {}, but track '{}' forks from "
                                              "'{}' (band {}); expected the track's own levels "
                                              "above the fork",
                                              level.id, level.band, track.id, fork->id,
                                              fork->band));
            }
        }
    }
}

void check_move_includes(const Framework& framework, Diagnostics& diagnostics) {
    auto levels = framework.level_ids();
    for (const auto& move : framework.transitions) {
        for (const auto& include : move.includes) {
            if (framework.find_level(include.id) == nullptr) {
                diagnostics.error(include.where, "unknown-level",
                                  fmt::format("transition {} -> {} includes unknown level "
                                              "'{}'{}; expected 'target', 'none' or a level id",
                                              move.from.id, move.to.id, include.id,
                                              did_you_mean(include.id, levels)));
            }
        }
    }
}

// A level that asks nothing makes everyone who reaches the level below it ready for it.
void warn_empty_levels(const Framework& framework, const TrackLadders& ladders,
                       Diagnostics& diagnostics) {
    for (const auto& level : framework.levels) {
        if (!level.criteria.empty() || !level.includes.empty()) {
            continue;
        }
        const auto& on_track = ladders.on_track(level.track.id);
        if (!on_track.empty() && on_track.front() == &level) {
            continue;
        }
        diagnostics.warning(level.where, "empty-level",
                            fmt::format("level '{}' has no criteria and includes no other level; "
                                        "everyone below it is ready for it. Expected criteria "
                                        "or 'includes'",
                                        level.id));
    }
}

// A move that asks nothing makes everyone at its source ready; a move that changes band is a
// promotion or a step down as well as a move, which readers should be told.
void warn_moves(const Framework& framework, Diagnostics& diagnostics) {
    for (const auto& move : framework.transitions) {
        if (move.criteria.empty() && !move.includes_target && move.includes.empty()) {
            diagnostics.warning(move.where, "empty-move",
                                fmt::format("transition {} -> {} has no criteria and includes "
                                            "no level; everyone at {} is ready for it. Expected "
                                            "criteria or 'includes: target'",
                                            move.from.id, move.to.id, move.from.id));
        }
        const Level* from = framework.find_level(move.from.id);
        const Level* to = framework.find_level(move.to.id);
        if (from && to && from->band != to->band) {
            diagnostics.warning(move.where, "move-changes-band",
                                fmt::format("transition {} -> {} changes band ({} to {}), so "
                                            "it is a promotion or a step down as well as a "
                                            "move; make sure its summary says so",
                                            move.from.id, move.to.id, from->band, to->band));
        }
    }
}

void check_all(const Framework& framework, Diagnostics& diagnostics) {
    check_unique_ids(framework.competencies, "competency", diagnostics);
    check_unique_ids(framework.tracks, "track", diagnostics);
    check_unique_ids(framework.programmes, "programme", diagnostics);
    check_unique_ids(framework.levels, "level", diagnostics);
    check_criteria_ids(framework, diagnostics);
    check_competency_meanings(framework, diagnostics);
    IncludeGraph graph(framework);
    TrackLadders ladders(framework);
    check_level_references(framework, graph, diagnostics);
    check_include_cycles(graph, diagnostics);
    check_bands_rise(framework, diagnostics);
    for (const auto& level : framework.levels) {
        check_criteria(framework, level.criteria, diagnostics);
    }
    check_expectations_rise(framework, graph, ladders, diagnostics);
    check_transitions(framework, graph, diagnostics);
    check_reachability(framework, graph, ladders, diagnostics);
    check_forks(framework, diagnostics);
    check_move_includes(framework, diagnostics);
    warn_empty_levels(framework, ladders, diagnostics);
    warn_moves(framework, diagnostics);
}

} // namespace

const std::vector<std::string>& framework_warning_codes() {
    static const std::vector<std::string> codes = {"no-guidance", "empty-level", "empty-move",
                                                   "move-changes-band"};
    return codes;
}

void check_framework(const Framework& framework, Diagnostics& diagnostics) {
    if (framework.stopped_at_limit) {
        return; // the limit is the error; what was never read would be reported as missing
    }
    Diagnostics found;
    check_all(framework, found);
    check_disabled_codes(framework, diagnostics);
    for (const auto& diagnostic : found.items()) {
        if (!is_disabled(framework, diagnostic)) {
            diagnostics.add(diagnostic);
        }
    }
}

} // namespace ladder
