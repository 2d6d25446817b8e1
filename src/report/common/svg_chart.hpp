#pragma once
// Small horizontal bar charts as inline SVG, for HTML reports: one labelled bar per row, an
// optional reference mark (e.g. the minimum a level asks for), and the value in words at the
// end of the row, so the chart reads without colour and prints well.

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ladder {

// How a bar is coloured: reaching its mark, short of it, or with nothing to compare against.
enum class BarTone { neutral, good, short_of };

struct ChartBar {
    std::string label;            // plain text, left of the bar
    std::optional<double> value;  // the bar's length on the chart's scale; none: no bar
    std::optional<double> marker; // a reference mark on the same scale; none: no mark
    std::string value_text;       // plain text, right of the bar ("4 Advanced, needs 3")
    BarTone tone = BarTone::neutral;
};

struct BarChart {
    std::string title;                                 // plain text: the SVG's accessible name
    double max = 1.0;                                  // the value at the right end of the bars
    std::vector<std::pair<double, std::string>> ticks; // gridlines with their labels
    std::vector<ChartBar> bars;
};

// The chart as an <svg> element; every text is escaped.
std::string render_bar_chart(const BarChart& chart);

} // namespace ladder
