#pragma once
// What changed between two versions of a framework, in words a reviewer of a pull request
// understands: elements added and removed, texts reworded, and rules made stricter or looser.

#include "model/framework.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace ladder {

// reworded: only words changed; stricter/looser: harder or easier to meet; changed: neither
// clearly (a band moved, a rule replaced by another kind).
enum class ChangeKind { added, removed, stricter, looser, changed, reworded };
std::string_view to_string(ChangeKind kind);

enum class Subject { framework, scale, competency, track, programme, level, transition, criterion };
std::string_view to_string(Subject subject);

// One aspect of a change, in plain words ("rating for Delivery raised from 3 to 4"), with the
// old and new values where they help (texts, rules in words).
struct Aspect {
    ChangeKind kind = ChangeKind::changed;
    std::string text;
    std::string before;
    std::string after;
    bool rule = false; // before and after are the whole rule in plain words
};

struct Change {
    Subject subject = Subject::criterion;
    std::string id;    // "IC4", "ic4-cross-team-lead", "IC4 -> M1"
    std::string owner; // a criterion's level or move (the new one, or the old one if removed)
    std::string title; // the element's title or name
    ChangeKind kind = ChangeKind::changed;
    std::vector<Aspect> aspects;
};

struct FrameworkDiff {
    std::string before_id, before_version, after_id, after_version;
    std::vector<Change> changes; // by subject, then in the frameworks' order
    bool empty() const { return changes.empty(); }
};

FrameworkDiff diff_frameworks(const Framework& before, const Framework& after);

// The overall kind of several aspects: reworded if only words changed; stricter or looser if
// every other aspect agrees; changed otherwise.
ChangeKind combine(const std::vector<Aspect>& aspects);

} // namespace ladder
