#pragma once
// Small horizontal bar charts as inline SVG, for HTML reports: one labelled bar per row, an
// optional reference mark (e.g. the minimum a level asks for), and the value in words at the
// end of the row, so the chart reads without colour and prints well.

#include <optional>
#include <string>
#include <string_view>
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

// side_by_side: label, bar and value on one line (a desktop, print). stacked: the label over
// its bar and the value under it, about 340 units wide, so that on a phone's screen the text
// keeps its size instead of shrinking with a chart twice the screen's width.
enum class ChartLayout { side_by_side, stacked };

// The chart as an <svg> element; every text is escaped. `css_class` names the layout for the
// page's style sheet (empty: none).
std::string render_bar_chart(const BarChart& chart, ChartLayout layout = ChartLayout::side_by_side,
                             std::string_view css_class = {});

// Both layouts, classed "chart-wide" and "chart-narrow": the page's style sheet shows the
// stacked one on narrow screens only (report/common/html).
std::string render_bar_chart_for_screens(const BarChart& chart);

} // namespace ladder
