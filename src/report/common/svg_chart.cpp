#include "report/common/svg_chart.hpp"

#include "report/common/html.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace ladder {

namespace {

// Geometry in SVG user units; the SVG scales to the page width. The label and value columns
// widen with their longest text, so no label is ever cut or clipped, however long.
constexpr double min_label_width = 210;
constexpr double min_value_width = 224;
constexpr double label_char_width = 7.4; // 13px text, generous for wide letters
constexpr double value_char_width = 7.0; // 12.5px text
constexpr double side_by_side_bar_span = 300;
constexpr double top_margin = 26;
constexpr double side_by_side_row_height = 30;
constexpr double bar_height = 14;
// More tick labels than this would run into each other: label every n-th tick instead.
constexpr std::size_t max_tick_labels = 8;

// The stacked layout: three lines a row (label, bar, value), the bar as wide as the chart.
constexpr double stacked_min_width = 340;
constexpr double stacked_row_height = 58;

struct Geometry {
    bool stacked = false;
    double row_height = side_by_side_row_height;
    double bar_span = side_by_side_bar_span;
    double label_width = min_label_width;
    double bar_left = min_label_width + 12;
    double value_left = min_label_width + 12 + side_by_side_bar_span + 14;
    double width = min_label_width + 12 + side_by_side_bar_span + 14 + min_value_width;
};

std::size_t code_points(std::string_view text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

Geometry geometry_for(const BarChart& chart) {
    std::size_t label_chars = 0;
    std::size_t value_chars = 0;
    for (const auto& bar : chart.bars) {
        label_chars = std::max(label_chars, code_points(bar.label));
        value_chars = std::max(value_chars, code_points(bar.value_text));
    }
    Geometry g;
    g.label_width = std::max(min_label_width, static_cast<double>(label_chars) * label_char_width);
    g.bar_left = g.label_width + 12;
    g.value_left = g.bar_left + g.bar_span + 14;
    g.width = g.value_left +
              std::max(min_value_width, static_cast<double>(value_chars) * value_char_width);
    return g;
}

// Label, bar and value each start at the left edge; the chart is as wide as its longest text
// (never narrower than stacked_min_width), so nothing is clipped.
Geometry stacked_geometry_for(const BarChart& chart) {
    double widest = stacked_min_width;
    for (const auto& bar : chart.bars) {
        widest = std::max({widest, static_cast<double>(code_points(bar.label)) * label_char_width,
                           static_cast<double>(code_points(bar.value_text)) * value_char_width});
    }
    Geometry g;
    g.stacked = true;
    g.row_height = stacked_row_height;
    g.label_width = 0;
    g.bar_left = 4;
    g.bar_span = stacked_min_width - 12;
    g.value_left = 4;
    g.width = widest + 8;
    return g;
}

std::string_view tone_colour(BarTone tone) {
    switch (tone) {
    case BarTone::good:
        return "#2f7a55";
    case BarTone::short_of:
        return "#c88a2e";
    case BarTone::neutral:
        break;
    }
    return "#5f87a0";
}

std::string fmt_number(double value) {
    return fmt::format("{:.1f}", value);
}

double x_of(const Geometry& g, double value, double max) {
    double share = max > 0 ? std::clamp(value / max, 0.0, 1.0) : 0.0;
    return g.bar_left + share * g.bar_span;
}

std::string render_ticks(const Geometry& g, const BarChart& chart, double height) {
    std::string out;
    std::size_t count = chart.ticks.size();
    std::size_t every = (count + max_tick_labels - 1) / max_tick_labels;
    for (std::size_t i = 0; i < count; ++i) {
        const auto& [value, tick_label] = chart.ticks[i];
        // Every n-th label, and always the last (the top of the scale).
        bool labelled = every <= 1 || i % every == 0 || i + 1 == count;
        std::string label = labelled ? tick_label : "";
        std::string x = fmt_number(x_of(g, value, chart.max));
        out += fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"#d9e2ec\" "
                           "stroke-width=\"1\"/>"
                           "<text x=\"{0}\" y=\"{3}\" text-anchor=\"middle\" font-size=\"11\" "
                           "fill=\"#52606d\">{4}</text>\n",
                           x, fmt_number(top_margin - 6), fmt_number(height - 4),
                           fmt_number(top_margin - 10), escape_markup(label));
    }
    return out;
}

std::string render_row(const Geometry& g, const BarChart& chart, const ChartBar& bar,
                       std::size_t index) {
    double top = top_margin + static_cast<double>(index) * g.row_height;
    // Side by side, the texts sit on the bar's line; stacked, above and below it.
    double bar_top = g.stacked ? top + 19 : top + (g.row_height - bar_height) / 2;
    double label_y = g.stacked ? top + 13 : top + g.row_height / 2 + 4.5;
    double value_y = g.stacked ? top + 48 : label_y;
    std::string out = fmt::format("<g><title>{}: {}</title>\n", escape_markup(bar.label),
                                  escape_markup(bar.value_text));
    out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"{}\" font-size=\"13\" "
                       "fill=\"#1f2933\">{}</text>\n",
                       fmt_number(g.stacked ? g.bar_left : g.label_width), fmt_number(label_y),
                       g.stacked ? "start" : "end", escape_markup(bar.label));
    out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"3\" "
                       "fill=\"#eef2f5\"/>\n",
                       fmt_number(g.bar_left), fmt_number(bar_top), fmt_number(g.bar_span),
                       fmt_number(bar_height));
    if (bar.value && *bar.value > 0) {
        out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"3\" "
                           "fill=\"{}\"/>\n",
                           fmt_number(g.bar_left), fmt_number(bar_top),
                           fmt_number(x_of(g, *bar.value, chart.max) - g.bar_left),
                           fmt_number(bar_height), tone_colour(bar.tone));
    }
    if (bar.marker) {
        out += fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"#1f2933\" "
                           "stroke-width=\"3\"/>\n",
                           fmt_number(x_of(g, *bar.marker, chart.max)), fmt_number(bar_top - 5),
                           fmt_number(bar_top + bar_height + 5));
    }
    out +=
        fmt::format("<text x=\"{}\" y=\"{}\" font-size=\"12.5\" fill=\"#52606d\">{}</text>\n"
                    "</g>\n",
                    fmt_number(g.value_left), fmt_number(value_y), escape_markup(bar.value_text));
    return out;
}

} // namespace

std::string render_bar_chart(const BarChart& chart, ChartLayout layout,
                             std::string_view css_class) {
    Geometry g = layout == ChartLayout::stacked ? stacked_geometry_for(chart) : geometry_for(chart);
    double height = top_margin + static_cast<double>(chart.bars.size()) * g.row_height + 8;
    std::string class_attribute =
        css_class.empty() ? "" : fmt::format(" class=\"{}\"", escape_markup(css_class));
    std::string out =
        fmt::format("<svg xmlns=\"http://www.w3.org/2000/svg\"{} viewBox=\"0 0 {} {}\" "
                    "role=\"img\" aria-label=\"{}\">\n<title>{}</title>\n",
                    class_attribute, fmt_number(g.width), fmt_number(height),
                    escape_markup(chart.title), escape_markup(chart.title));
    out += render_ticks(g, chart, height);
    for (std::size_t i = 0; i < chart.bars.size(); ++i) {
        out += render_row(g, chart, chart.bars[i], i);
    }
    return out + "</svg>\n";
}

std::string render_bar_chart_for_screens(const BarChart& chart) {
    return render_bar_chart(chart, ChartLayout::side_by_side, "chart-wide") +
           render_bar_chart(chart, ChartLayout::stacked, "chart-narrow");
}

} // namespace ladder
