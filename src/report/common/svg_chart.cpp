#include "report/common/svg_chart.hpp"

#include "report/common/html.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace ladder {

namespace {

// Geometry in SVG user units; the SVG scales to the page width.
constexpr double chart_width = 760;
constexpr double label_width = 210;
constexpr double bar_left = 222;
constexpr double bar_span = 300;
constexpr double value_left = bar_left + bar_span + 14;
constexpr double top_margin = 26;
constexpr double row_height = 30;
constexpr double bar_height = 14;
constexpr std::size_t max_label_chars = 30;

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

// At most `limit` characters (UTF-8 code points), with an ellipsis when cut, so long labels do
// not run into the bars; the full label stays in the row's tooltip.
std::string shorten(const std::string& text, std::size_t limit) {
    std::size_t chars = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        bool starts_char = (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
        if (starts_char && ++chars > limit) {
            return text.substr(0, i) + "\u2026";
        }
    }
    return text;
}

std::string fmt_number(double value) {
    return fmt::format("{:.1f}", value);
}

double x_of(double value, double max) {
    double share = max > 0 ? std::clamp(value / max, 0.0, 1.0) : 0.0;
    return bar_left + share * bar_span;
}

std::string render_ticks(const BarChart& chart, double height) {
    std::string out;
    for (const auto& [value, label] : chart.ticks) {
        std::string x = fmt_number(x_of(value, chart.max));
        out += fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"#d9e2ec\" "
                           "stroke-width=\"1\"/>"
                           "<text x=\"{0}\" y=\"{3}\" text-anchor=\"middle\" font-size=\"11\" "
                           "fill=\"#52606d\">{4}</text>\n",
                           x, fmt_number(top_margin - 6), fmt_number(height - 4),
                           fmt_number(top_margin - 10), escape_markup(label));
    }
    return out;
}

std::string render_row(const BarChart& chart, const ChartBar& bar, std::size_t index) {
    double top = top_margin + static_cast<double>(index) * row_height;
    double bar_top = top + (row_height - bar_height) / 2;
    double text_y = top + row_height / 2 + 4.5;
    std::string out = fmt::format("<g><title>{}: {}</title>\n", escape_markup(bar.label),
                                  escape_markup(bar.value_text));
    out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\" font-size=\"13\" "
                       "fill=\"#1f2933\">{}</text>\n",
                       fmt_number(label_width), fmt_number(text_y),
                       escape_markup(shorten(bar.label, max_label_chars)));
    out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"3\" "
                       "fill=\"#eef2f5\"/>\n",
                       fmt_number(bar_left), fmt_number(bar_top), fmt_number(bar_span),
                       fmt_number(bar_height));
    if (bar.value && *bar.value > 0) {
        out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"3\" "
                           "fill=\"{}\"/>\n",
                           fmt_number(bar_left), fmt_number(bar_top),
                           fmt_number(x_of(*bar.value, chart.max) - bar_left),
                           fmt_number(bar_height), tone_colour(bar.tone));
    }
    if (bar.marker) {
        out += fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"#1f2933\" "
                           "stroke-width=\"3\"/>\n",
                           fmt_number(x_of(*bar.marker, chart.max)), fmt_number(bar_top - 5),
                           fmt_number(bar_top + bar_height + 5));
    }
    out += fmt::format("<text x=\"{}\" y=\"{}\" font-size=\"12.5\" fill=\"#52606d\">{}</text>\n"
                       "</g>\n",
                       fmt_number(value_left), fmt_number(text_y), escape_markup(bar.value_text));
    return out;
}

} // namespace

std::string render_bar_chart(const BarChart& chart) {
    double height = top_margin + static_cast<double>(chart.bars.size()) * row_height + 8;
    std::string out = fmt::format("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {}\" "
                                  "role=\"img\" aria-label=\"{}\">\n<title>{}</title>\n",
                                  fmt_number(chart_width), fmt_number(height),
                                  escape_markup(chart.title), escape_markup(chart.title));
    out += render_ticks(chart, height);
    for (std::size_t i = 0; i < chart.bars.size(); ++i) {
        out += render_row(chart, chart.bars[i], i);
    }
    return out + "</svg>\n";
}

} // namespace ladder
