#include "model/provenance.hpp"

namespace ladder {

std::string_view to_string(Provenance provenance) {
    switch (provenance) {
    case Provenance::confirmed:
        return "confirmed";
    case Provenance::claimed:
        return "claimed";
    case Provenance::self_assessed:
        return "self_assessed";
    case Provenance::unattributed:
        return "unattributed";
    }
    return "unattributed";
}

std::optional<Provenance> provenance_from_string(std::string_view word) {
    for (Provenance provenance : all_provenances) {
        if (to_string(provenance) == word) {
            return provenance;
        }
    }
    return std::nullopt;
}

std::string_view provenance_words(Provenance provenance) {
    return provenance == Provenance::self_assessed ? "self-assessed" : to_string(provenance);
}

std::string_view provenance_meaning(Provenance provenance) {
    switch (provenance) {
    case Provenance::confirmed:
        return "the rater, endorser or approver said so in a statements file of their own";
    case Provenance::claimed:
        return "attributed to someone else, but written only in the person's own file";
    case Provenance::self_assessed:
        return "given by the person about themselves";
    case Provenance::unattributed:
        return "no one is named as its source";
    }
    return "";
}

} // namespace ladder
