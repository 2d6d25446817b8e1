#include "report/person/timeline_words.hpp"

#include "util/text.hpp"

#include <fmt/format.h>

namespace ladder {

std::string describe_readiness_change(const Timeline& timeline) {
    if (timeline.ready_until) {
        return fmt::format("Ready until {}, unless new evidence is added by then.",
                           timeline.ready_until->to_string());
    }
    if (timeline.ready_from) {
        return fmt::format("Ready on {} if nothing else changes.",
                           timeline.ready_from->to_string());
    }
    return "";
}

std::string describe_event(const TimelineEvent& event) {
    std::string optional = event.criterion->required ? "" : " (optional)";
    if (event.becomes_met) {
        return fmt::format("{}: {}{} met", event.date.to_string(), event.criterion->id, optional);
    }
    std::string why = event.ageing_out.empty()
                          ? ""
                          : fmt::format(" ({} {} out of the window)", join(event.ageing_out, ", "),
                                        event.ageing_out.size() == 1 ? "ages" : "age");
    return fmt::format("{}: {}{} no longer met{}", event.date.to_string(), event.criterion->id,
                       optional, why);
}

} // namespace ladder
