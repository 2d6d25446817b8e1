#pragma once
// The timeline in plain words, shared by every format of the gap report.

#include "eval/timeline.hpp"

#include <string>
#include <vector>

namespace ladder {

// "Ready until 2027-01-14 unless new evidence is added by then." or "" when readiness does
// not change within the timeline's horizon.
std::string describe_readiness_change(const Timeline& timeline);

// "2027-01-15: ic4-cross-team-lead no longer met (billing-event-log ages out)".
std::string describe_event(const TimelineEvent& event);

} // namespace ladder
