#include "rules/rule_support.hpp"

#include "util/text.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace ladder {

std::string competency_name(const Framework& framework, std::string_view id) {
    const Competency* competency = framework.find_competency(id);
    return competency ? competency->name : std::string(id);
}

std::string rating_with_label(const Framework& framework, int rating) {
    auto it = framework.scale.find(rating);
    if (it == framework.scale.end()) {
        return std::to_string(rating);
    }
    return fmt::format("{} ({})", rating, it->second);
}

void check_reference(Diagnostics& diagnostics, const IdRef& ref, std::string_view what,
                     const std::vector<std::string>& known) {
    if (std::find(known.begin(), known.end(), ref.id) == known.end()) {
        // "evidence type" -> "unknown-evidence-type": a code is one word for tools.
        std::string code = fmt::format("unknown-{}", what);
        std::replace(code.begin(), code.end(), ' ', '-');
        diagnostics.error(
            ref.where, code,
            fmt::format("unknown {} '{}'{}", what, ref.id, did_you_mean(ref.id, known)));
    }
}

MapReader rule_map(const RuleSource& source, std::string_view kind, std::vector<std::string> keys) {
    return MapReader(source.file, source.value, fmt::format("rule '{}'", kind), std::move(keys));
}

} // namespace ladder
