#pragma once
// Where a statement about a person comes from: a rating, an endorsement or the approval of an
// exception. One meaning for each in every output (docs/formats.md, "Who said so"); the
// framework chooses which of them count (`people: counted:`).

#include <array>
#include <optional>
#include <string_view>

namespace ladder {

enum class Provenance {
    confirmed,     // the rater, endorser or approver said so in a statements file of their own
    claimed,       // attributed to someone else, but written only in the person's own file
    self_assessed, // given by the person themselves (`by:` their own id)
    unattributed,  // nobody is named (a rating with no `by:`)
};

inline constexpr std::array<Provenance, 4> all_provenances = {
    Provenance::confirmed, Provenance::claimed, Provenance::self_assessed,
    Provenance::unattributed};

// "confirmed", "claimed", "self_assessed", "unattributed": the word of files and machine
// formats.
std::string_view to_string(Provenance provenance);
std::optional<Provenance> provenance_from_string(std::string_view word);
// "confirmed", "claimed", "self-assessed", "unattributed": the word of text reports.
std::string_view provenance_words(Provenance provenance);
// The one-line definition shown in reports' legends and docs.
std::string_view provenance_meaning(Provenance provenance);

// Which provenances count toward a verdict, for one kind of statement.
struct CountedProvenances {
    std::array<bool, 4> counts{true, true, true, true};

    bool operator()(Provenance provenance) const {
        return counts[static_cast<std::size_t>(provenance)];
    }
    bool counts_all() const { return counts[0] && counts[1] && counts[2] && counts[3]; }
};

} // namespace ladder
