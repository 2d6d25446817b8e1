#include "report/batch/batch_html.hpp"

#include "report/batch/batch_columns.hpp"
#include "report/common/html.hpp"
#include "report/common/svg_chart.hpp"
#include "util/json_text.hpp"
#include "util/text.hpp"

#include <algorithm>
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

// Every cell keeps to one line (a long id must not wrap into a five-line cell, nor a name
// into two): the table scrolls sideways in its box instead. Only the lists of criteria and the
// error wrap, in a column wide enough to read.
bool wraps(const std::string& column) {
    static const std::vector<std::string> prose = {"missing", "waived", "not_applicable", "error"};
    return std::find(prose.begin(), prose.end(), column) != prose.end();
}

std::string cell_of_markup(const std::string& column, const std::string& markup) {
    return labelled_cell(batch_column_header(column), markup,
                         column + (wraps(column) ? " wrap" : " nowrap"));
}

std::string cell(const std::string& column, std::string_view text) {
    return cell_of_markup(column, escape_markup(text));
}

// A list wraps between its items, never inside one at a hyphen ("ic2-shares-" / "learning").
std::string list_cell(const std::string& column, const std::vector<std::string>& items) {
    std::vector<std::string> spans;
    for (const auto& item : items) {
        spans.push_back("<span class=\"item\">" + escape_markup(item) + "</span>");
    }
    return cell_of_markup(column, join(spans, ", "));
}

// The status as a reader says it ("not ready"); csv and json keep the machine word.
std::string status_words(BatchStatus status) {
    std::string words(to_string(status));
    std::replace(words.begin(), words.end(), '_', ' ');
    return words;
}

// Per group, the people whose track is not among their declared interests (the page names
// everyone in its table already, so no group is hidden here).
// A group of the page (by track and level) as people name it: "IC2 Engineer II", not the
// machine's "ic IC2"; a level the framework does not know keeps its ids.
std::string group_words(const Framework& framework, const BatchGroup& group) {
    const Level* level = group.key.size() == 2 ? framework.find_level(group.key[1]) : nullptr;
    return level ? level->id + " " + level->title : join(group.key, " ");
}

std::string wrong_track_section(const Framework& framework, const BatchSummary& summary) {
    std::string rows;
    for (const auto& group : summary.groups()) {
        if (group.counts.wrong_track > 0) {
            rows += "<tr>" + labelled_cell("Level", escape_markup(group_words(framework, group))) +
                    labelled_cell("People", std::to_string(group.counts.wrong_track), "num") +
                    "</tr>\n";
        }
    }
    std::string out = "<h2>On a track they did not choose</h2>\n<p>People whose current track is "
                      "not among the tracks they declared interest in.</p>\n";
    if (rows.empty()) {
        return out + "<p class=\"muted\">none</p>\n";
    }
    return out +
           "<table class=\"data\"><thead><tr><th>Level</th><th "
           "class=\"num\">People</th></tr></thead><tbody>\n" +
           rows + "</tbody></table>\n";
}

} // namespace

std::vector<std::string> batch_html_default_columns(const Framework& framework) {
    static const std::vector<std::string> lead = {
        "id",      "name", "status", "level", "target", "progress", "required_missing",
        "missing", "error"};
    std::vector<std::string> columns = lead;
    for (const auto& column : default_batch_columns(framework)) {
        bool run_wide = column == "as_of" || column == "framework" || column == "framework_version";
        if (!run_wide && std::find(lead.begin(), lead.end(), column) == lead.end()) {
            columns.push_back(column);
        }
    }
    return columns;
}

std::string batch_html_header(const Framework& framework, const Date& as_of,
                              const std::vector<std::string>& columns) {
    std::string out = page_halves(framework).first;
    out += "<div class=\"batch-page batch-wide\">\n<h1>Promotion readiness</h1>\n";
    out += fmt::format("<p class=\"meta\">Evaluated on {} against {} {}.</p>\n", as_of.to_string(),
                       escape_markup(framework.name), escape_markup(framework.version));
    out += "<div "
           "class=\"table-box\">\n<table class=\"data\">\n"
           "<thead><tr>";
    for (const auto& column : columns) {
        out += "<th title=\"" + escape_markup(column) + "\">" +
               escape_markup(batch_column_header(column)) + "</th>";
    }
    out += "</tr></thead>\n<tbody>\n";
    return out;
}

std::string batch_html_row(const BatchRow& row, const std::vector<std::string>& columns) {
    std::string out = "<tr class=\"" + std::string(to_string(row.status)) + "\">";
    nlohmann::ordered_json record = batch_row_words(row, columns);
    for (const auto& [column, value] : record.items()) {
        if (value.is_null()) {
            out += "<td></td>";
        } else if (column == "status") {
            out += cell(column, status_words(row.status));
        } else if (value.is_string()) {
            out += cell(column, value.get<std::string>());
        } else if (value.is_array()) {
            out += list_cell(column, value.get<std::vector<std::string>>());
        } else {
            out += cell(column, json_text(value));
        }
    }
    return out + "</tr>\n";
}

std::string batch_html_footer(const Framework& framework, const BatchSummary& summary) {
    BarChart chart;
    chart.title = "People ready, per level";
    int most = 1;
    for (const auto& group : summary.groups()) {
        most = std::max(most, group.counts.people());
    }
    chart.max = most;
    for (const auto& group : summary.groups()) {
        if (group.counts.errors == group.counts.people()) {
            continue; // files not evaluated have no level to be ready for: the totals count them
        }
        ChartBar bar;
        bar.label = group_words(framework, group);
        bar.value = group.counts.ready;
        bar.marker = group.counts.people();
        bar.value_text = fmt::format("{} of {} ready", group.counts.ready, group.counts.people());
        bar.tone = group.counts.ready == group.counts.people() ? BarTone::good : BarTone::short_of;
        chart.bars.push_back(std::move(bar));
    }
    // Written after the rows (they stream), shown before them: the page's flex order puts the
    // overview between the title and the table.
    const BatchCounts& totals = summary.totals();
    std::string out = "</tbody>\n</table>\n</div>\n<section class=\"overview\">\n";
    out +=
        fmt::format("<div class=\"totals\"><div><b>{}</b>people</div><div><b>{}</b>ready</div>"
                    "<div><b>{}</b>not ready</div><div><b>{}</b>within one required "
                    "criterion</div><div><b>{}</b>at the top of their track</div>"
                    "<div><b>{}</b>in error</div><div><b>{}</b>on a track they did not choose</div>"
                    "</div>\n",
                    totals.people(), totals.ready, totals.not_ready, totals.within_one,
                    totals.top_of_track, totals.errors, totals.wrong_track);
    out += "<h2>Ready per level</h2>\n";
    out += "<p>The bar is the number of people ready for their next level; the mark is how many "
           "people the group has.</p>\n";
    out += "<div class=\"chart-box\">" + render_bar_chart_for_screens(chart) + "</div>\n" +
           wrong_track_section(framework, summary);
    return out + "</section>\n</div>\n" + page_halves(framework).second;
}

} // namespace ladder
