// The renderings of `ladder batch --summary`: one record per group shown (then the pool and
// the totals) in csv, jsonl, json and markdown; text and html add the criteria most often
// missing. Hidden counts are null (csv: empty; text: '-'), never a number.

#include "report/batch/batch_columns.hpp"
#include "report/batch/batch_summary.hpp"
#include "report/common/html.hpp"
#include "report/common/markup.hpp"
#include "report/common/output_format.hpp"
#include "report/common/svg_chart.hpp"
#include "report/common/text_table.hpp"
#include "util/json_text.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <array>
#include <fmt/format.h>
#include <string_view>

namespace ladder {

namespace {

using json = nlohmann::ordered_json;

// Each count's machine name (csv, json and text) beside the words a person reads (the HTML
// page): one entry per count, so a new count cannot come without its header.
struct CountColumn {
    std::string_view name;
    std::string_view header;
};

constexpr std::array<CountColumn, 12> count_columns = {{
    {"people", "People"},
    {"ready", "Ready"},
    {"not_ready", "Not ready"},
    {"within_one", "Within one required criterion"},
    {"top_of_track", "At the top"},
    {"errors", "Errors"},
    {"progress_0_24", "Progress 0-24%"},
    {"progress_25_49", "25-49%"},
    {"progress_50_74", "50-74%"},
    {"progress_75_99", "75-99%"},
    {"progress_100", "100%"},
    {"wrong_track", "On a track not chosen"},
}};
constexpr std::size_t first_progress_column = 6;
static_assert(count_columns[first_progress_column].name == "progress_0_24" &&
              count_columns[first_progress_column + progress_buckets - 1].name == "progress_100");

std::string summary_header(const std::string& column) {
    for (const auto& count : count_columns) {
        if (count.name == column) {
            return std::string(count.header);
        }
    }
    return batch_column_header(summary_field_column(column));
}

// What a summary forwarded on its own must still say: the date it judged and against what.
struct SummaryStamp {
    std::string as_of;
    std::string framework;
    std::string framework_name;
    std::string framework_version;
};

std::vector<std::string> summary_columns(const SummaryView& view) {
    std::vector<std::string> columns = view.by;
    for (const auto& count : count_columns) {
        columns.emplace_back(count.name);
    }
    return columns;
}

// The words a person reads above each column (markdown, html).
std::vector<std::string> summary_headers(const SummaryView& view) {
    std::vector<std::string> headers;
    for (const auto& column : summary_columns(view)) {
        headers.push_back(summary_header(column));
    }
    return headers;
}

// The machine formats' columns: the counts, then the stamp on every record (a row pasted
// elsewhere keeps its date).
std::vector<std::string> stamped_columns(const SummaryView& view) {
    std::vector<std::string> columns = summary_columns(view);
    columns.insert(columns.end(), {"as_of", "framework", "framework_version"});
    return columns;
}

json stamped(json record, const SummaryStamp& stamp) {
    record["as_of"] = stamp.as_of;
    record["framework"] = stamp.framework;
    record["framework_version"] = stamp.framework_version;
    return record;
}

// The line above a summary a person reads.
std::string stamp_line(const SummaryStamp& stamp) {
    return fmt::format("As of {}, against {}{}.", stamp.as_of, stamp.framework_name,
                       stamp.framework_version.empty() ? ""
                                                       : " version " + stamp.framework_version);
}

json group_record(const SummaryView& view, const BatchGroup& group, bool hidden) {
    auto count = [&](int value) {
        return hidden ? json() : json(value);
    };
    json record;
    for (std::size_t i = 0; i < view.by.size(); ++i) {
        record[view.by[i]] = group.key[i];
    }
    const BatchCounts& counts = group.counts;
    record["people"] = counts.people();
    record["ready"] = count(counts.ready);
    record["not_ready"] = count(counts.not_ready);
    record["within_one"] = count(counts.within_one);
    record["top_of_track"] = count(counts.top_of_track);
    record["errors"] = count(counts.errors);
    for (std::size_t i = 0; i < progress_buckets; ++i) {
        record[std::string(count_columns[first_progress_column + i].name)] =
            count(counts.progress[i]);
    }
    record["wrong_track"] = count(counts.wrong_track);
    return record;
}

std::vector<json> summary_records(const SummaryView& view) {
    std::vector<json> records;
    for (const auto& group : view.shown) {
        records.push_back(group_record(view, group, false));
    }
    if (view.pool) {
        records.push_back(group_record(view, *view.pool, view.pool_hidden));
    }
    BatchGroup all{std::vector<std::string>(view.by.size(), "(all)"), view.totals};
    records.push_back(group_record(view, all, view.totals_hidden));
    return records;
}

// What the reader of a summary is told about the people it holds back.
std::string pooling_note(int min_group) {
    return fmt::format("People in a group of fewer than {0}, in this or any other grouping of "
                       "these files, are pooled into (other), and criteria missed by fewer than "
                       "{0} are not listed; '-' marks counts hidden because they would single "
                       "someone out.",
                       min_group);
}

std::string text_value(const json& value) {
    return value.is_null() ? "-" : value.is_string() ? value.get<std::string>() : json_text(value);
}

std::string criterion_title(const Framework& framework, const std::string& id) {
    const Criterion* criterion = framework.find_criterion(id);
    return criterion ? criterion->title : std::string();
}

// The titles are cut to what the width leaves beside the ids and counts: an id is never cut,
// and a title is there to recognise the criterion, which its first words do.
std::string most_missing_text(const Framework& framework, const SummaryView& view,
                              std::size_t width) {
    if (view.most_missing.empty()) {
        return {};
    }
    TextRows cells = {{"criterion", "required", "people missing it", "title"}};
    for (const MissingCriterion& missing : view.most_missing) {
        cells.push_back({missing.id, missing.required ? "required" : "optional",
                         std::to_string(missing.people), ""});
    }
    std::size_t beside = 0;
    for (std::size_t column = 0; column + 1 < cells.front().size(); ++column) {
        std::size_t widest = 0;
        for (const auto& row : cells) {
            widest = std::max(widest, display_width(row[column]));
        }
        beside += widest + 2;
    }
    std::size_t room = std::max<std::size_t>(width > beside ? width - beside : 0, 12);
    for (std::size_t i = 0; i < view.most_missing.size(); ++i) {
        cells[i + 1].back() =
            shorten_text(criterion_title(framework, view.most_missing[i].id), room);
    }
    return "\nMost often missing (required criteria first):\n" + text_table(cells, width, 1);
}

// The counts continue in blocks below when they do not fit beside the group columns.
std::string render_text(const Framework& framework, const SummaryView& view,
                        const std::vector<json>& records, const SummaryStamp& stamp, int min_group,
                        std::size_t width) {
    TextRows cells = {summary_columns(view)};
    for (const auto& record : records) {
        std::vector<std::string> row;
        for (const auto& [key, value] : record.items()) {
            row.push_back(text_value(value));
        }
        cells.push_back(row);
    }
    return wrap_text(stamp_line(stamp), width, 0) + "\n" +
           text_table(cells, width, view.by.size()) + most_missing_text(framework, view, width) +
           "\n" + wrap_text(pooling_note(min_group), width, 0) + "\n";
}

std::string render_html(const Framework& framework, const SummaryView& view,
                        const std::vector<json>& records, const SummaryStamp& stamp,
                        int min_group) {
    std::string body = "<div class=\"batch-wide\">\n<h1>Readiness summary</h1>\n<p>" +
                       escape_markup(stamp_line(stamp)) + "</p>\n<div class=\"totals\">";
    auto total = [&](std::string_view label, int value) {
        body += fmt::format("<div><b>{}</b>{}</div>",
                            view.totals_hidden && label != "people" ? "-" : std::to_string(value),
                            label);
    };
    total("people", view.totals.people());
    total("ready", view.totals.ready);
    total("not ready", view.totals.not_ready);
    total("within one criterion", view.totals.within_one);
    total("in error", view.totals.errors);
    total("on a track they did not choose", view.totals.wrong_track);
    body += "</div>\n";
    // Only the groups shown get a bar: a bar of a hidden group would show its count.
    BarChart chart;
    chart.title = "People ready, per group";
    for (const auto& group : view.shown) {
        chart.max = std::max(chart.max, static_cast<double>(group.counts.people()));
        chart.bars.push_back(
            {join(group.key, " "), static_cast<double>(group.counts.ready),
             static_cast<double>(group.counts.people()),
             fmt::format("{} of {} ready", group.counts.ready, group.counts.people()),
             group.counts.ready == group.counts.people() ? BarTone::good : BarTone::short_of});
    }
    if (!chart.bars.empty()) {
        body += "<div class=\"chart-box\">" + render_bar_chart_for_screens(chart) + "</div>\n";
    }
    body += "<div class=\"table-box\">\n<table class=\"data\">\n<thead><tr>";
    for (const auto& column : summary_columns(view)) {
        body += "<th title=\"" + escape_markup(column) + "\">" +
                escape_markup(summary_header(column)) + "</th>";
    }
    body += "</tr></thead>\n<tbody>\n";
    for (const auto& record : records) {
        body += "<tr>";
        for (const auto& [key, value] : record.items()) {
            body += labelled_cell(summary_header(key), escape_markup(text_value(value)), "nowrap");
        }
        body += "</tr>\n";
    }
    body += "</tbody>\n</table>\n</div>\n";
    if (!view.most_missing.empty()) {
        body += "<h2>Most often missing</h2>\n<p>Required criteria first.</p>\n<ol>\n";
        for (const MissingCriterion& missing : view.most_missing) {
            body += fmt::format("<li><code>{}</code> {} ({}): {}</li>\n", escape_markup(missing.id),
                                escape_markup(criterion_title(framework, missing.id)),
                                missing.required ? "required" : "optional", missing.people);
        }
        body += "</ol>\n";
    }
    body += "<p>" + escape_markup(pooling_note(min_group)) + "</p>\n";
    body += "</div>\n";
    return render_html_page({"Readiness summary", framework.name, framework.version, "", body});
}

} // namespace

std::string BatchSummary::render(const Framework& framework, const Date& as_of, Format format,
                                 int min_group, std::size_t width) const {
    SummaryView summary = view(framework, min_group);
    std::vector<json> records = summary_records(summary);
    const SummaryStamp stamp{as_of.to_string(), framework.id, framework.name, framework.version};
    std::string out;
    switch (format) {
    case Format::csv:
        out = csv_header(stamped_columns(summary));
        for (const auto& record : records) {
            out += csv_record(stamped(record, stamp));
        }
        return out;
    case Format::markdown:
        out = stamp_line(stamp) + "\n\n" + markdown_header(summary_headers(summary));
        for (const auto& record : records) {
            out += markdown_record(record);
        }
        return out;
    case Format::jsonl:
        for (const auto& record : records) {
            out += jsonl_record(
                with_output_format("ladder-batch-summary-row", stamped(record, stamp)));
        }
        return out;
    case Format::json:
        for (std::size_t i = 0; i < records.size(); ++i) {
            out += i ? "," : "";
            out += json_array_element(
                with_output_format("ladder-batch-summary-row", stamped(records[i], stamp)));
        }
        return std::string("[").append(out).append(records.empty() ? "]\n" : "\n]\n");
    case Format::html:
        return render_html(framework, summary, records, stamp, min_group);
    default:
        return render_text(framework, summary, records, stamp, min_group, width);
    }
}

} // namespace ladder
