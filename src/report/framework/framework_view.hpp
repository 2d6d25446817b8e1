#pragma once
// The framework as people read it (`ladder show`): the dual ladder by band, a track, or a
// level with all its criteria, in text, Markdown or JSON.

#include "model/framework.hpp"
#include "util/output_width.hpp"
#include "util/terminal.hpp"

#include <nlohmann/json.hpp>
#include <string>

namespace ladder {

// Rows of the dual ladder: for each band (highest first), each track's level id or "".
struct LadderRow {
    int band = 0;
    std::vector<const Level*> by_track; // parallel to framework.tracks; null where none
};
std::vector<LadderRow> ladder_rows(const Framework& framework);

std::string render_framework_text(const Framework& framework, const Style& style,
                                  std::size_t width = default_output_width);
std::string render_track_text(const Framework& framework, const Track& track, const Style& style,
                              std::size_t width = default_output_width);
std::string render_level_text(const Framework& framework, const Level& level, const Style& style,
                              std::size_t width = default_output_width);

std::string render_framework_markdown(const Framework& framework);
std::string render_track_markdown(const Framework& framework, const Track& track);
std::string render_level_markdown(const Framework& framework, const Level& level);

nlohmann::ordered_json framework_to_json(const Framework& framework);
nlohmann::ordered_json level_to_json(const Framework& framework, const Level& level);

} // namespace ladder
