#include "report/batch/batch_html.hpp"

#include "report/common/html.hpp"
#include "report/common/svg_chart.hpp"
#include "util/json_text.hpp"
#include "util/text.hpp"

#include <fmt/format.h>

namespace ladder {

namespace {

// The page shell is rendered once around a placeholder and cut in two, so the table rows can
// be streamed between the halves while the page stays one well-formed document.
constexpr std::string_view body_placeholder = "\x01ladder-batch-body\x01";

std::pair<std::string, std::string> page_halves(const Framework& framework) {
    std::string page = render_html_page({"Promotion readiness", framework.name, framework.version,
                                         "", std::string(body_placeholder)});
    auto cut = page.find(body_placeholder);
    return {page.substr(0, cut), page.substr(cut + body_placeholder.size())};
}

std::string cell(std::string_view text) {
    return "<td>" + escape_markup(text) + "</td>";
}

} // namespace

std::string batch_html_header(const Framework& framework, bool redact) {
    std::string out = page_halves(framework).first;
    out += "<h1>Promotion readiness</h1>\n<table class=\"data\">\n<thead><tr>";
    for (const auto& column : batch_row_columns(redact)) {
        out += "<th>" + escape_markup(column) + "</th>";
    }
    out += "</tr></thead>\n<tbody>\n";
    return out;
}

std::string batch_html_row(const BatchRow& row, bool redact) {
    std::string out = "<tr class=\"" + std::string(to_string(row.status)) + "\">";
    nlohmann::ordered_json record = batch_row_record(row, redact);
    for (const auto& [column, value] : record.items()) {
        if (value.is_null()) {
            out += "<td></td>";
        } else if (value.is_string()) {
            out += cell(value.get<std::string>());
        } else if (value.is_array()) {
            out += cell(join(value.get<std::vector<std::string>>(), ", "));
        } else {
            out += cell(json_text(value));
        }
    }
    return out + "</tr>\n";
}

std::string batch_html_footer(const Framework& framework, const BatchSummary& summary) {
    BarChart chart;
    chart.title = "People ready, per track and level";
    int most = 1;
    for (const auto& group : summary.groups()) {
        most = std::max(most, group.counts.people());
    }
    chart.max = most;
    for (const auto& group : summary.groups()) {
        ChartBar bar;
        bar.label = fmt::format("{} {}", group.track, group.level);
        bar.value = group.counts.ready;
        bar.marker = group.counts.people();
        bar.value_text = fmt::format("{} of {} ready", group.counts.ready, group.counts.people());
        bar.tone = group.counts.ready == group.counts.people() ? BarTone::good : BarTone::short_of;
        chart.bars.push_back(std::move(bar));
    }
    std::string out = "</tbody>\n</table>\n<h2>Ready per track and level</h2>\n";
    out += "<p>The bar is the number of people ready for their next level; the mark is how many "
           "people the group has.</p>\n";
    out += render_bar_chart(chart);
    return out + page_halves(framework).second;
}

} // namespace ladder
