#include "report/batch/batch_summary.hpp"

#include "util/json_text.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace ladder {

void BatchCounts::add(BatchStatus status) {
    switch (status) {
    case BatchStatus::ready:
        ++ready;
        break;
    case BatchStatus::not_ready:
        ++not_ready;
        break;
    case BatchStatus::top_of_track:
        ++top_of_track;
        break;
    case BatchStatus::error:
        ++errors;
        break;
    }
}

void BatchCounts::add(const BatchCounts& other) {
    ready += other.ready;
    not_ready += other.not_ready;
    top_of_track += other.top_of_track;
    errors += other.errors;
}

void BatchSummary::add(const BatchRow& row) {
    groups_[{row.track, row.level}].add(row.status);
    totals_.add(row.status);
}

namespace {

using json = nlohmann::ordered_json;

struct SummaryLine {
    std::string track;
    std::string level;
    BatchCounts counts;
    bool hidden = false; // status counts withheld: too few people to show them
};

const std::vector<std::string> summary_columns = {"track",     "level",        "people", "ready",
                                                  "not_ready", "top_of_track", "errors"};

// Framework order: levels as the framework lists them; unknown levels after, by name.
std::size_t level_rank(const Framework& framework, const std::string& level) {
    for (std::size_t i = 0; i < framework.levels.size(); ++i) {
        if (framework.levels[i].id == level) {
            return i;
        }
    }
    return framework.levels.size();
}

json line_record(const SummaryLine& line) {
    auto count = [&](int value) {
        return line.hidden ? json() : json(value);
    };
    json record;
    record["track"] = line.track;
    record["level"] = line.level;
    record["people"] = line.counts.people();
    record["ready"] = count(line.counts.ready);
    record["not_ready"] = count(line.counts.not_ready);
    record["top_of_track"] = count(line.counts.top_of_track);
    record["errors"] = count(line.counts.errors);
    return record;
}

std::string render_text(const std::vector<json>& records, int min_group) {
    std::vector<std::vector<std::string>> cells = {summary_columns};
    for (const auto& record : records) {
        std::vector<std::string> row;
        for (const auto& [key, value] : record.items()) {
            row.push_back(value.is_null()     ? "-"
                          : value.is_string() ? value.get<std::string>()
                                              : json_text(value));
        }
        cells.push_back(row);
    }
    std::vector<std::size_t> widths(summary_columns.size(), 0);
    for (const auto& row : cells) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            widths[i] = std::max(widths[i], display_width(row[i]));
        }
    }
    std::string out;
    for (const auto& row : cells) {
        std::string line;
        for (std::size_t i = 0; i < row.size(); ++i) {
            // Appended piece by piece: `"  " + std::string` trips GCC 12's -Wrestrict false
            // positive (GCC bug 105651) in Release builds.
            line += i ? "  " : "";
            line += pad_right(row[i], widths[i]);
        }
        line.erase(line.find_last_not_of(' ') + 1);
        out += line + "\n";
    }
    return out + fmt::format("Groups of fewer than {} people are pooled into (other); '-' marks "
                             "counts hidden because they would single someone out.\n",
                             min_group);
}

std::string render_records(const std::vector<json>& records, Format format, int min_group) {
    std::string out;
    switch (format) {
    case Format::csv:
        out = csv_header(summary_columns);
        for (const auto& record : records) {
            out += csv_record(record);
        }
        return out;
    case Format::markdown:
        out = markdown_header(summary_columns);
        for (const auto& record : records) {
            out += markdown_record(record);
        }
        return out;
    case Format::jsonl:
        for (const auto& record : records) {
            out += jsonl_record(record);
        }
        return out;
    case Format::json:
        for (std::size_t i = 0; i < records.size(); ++i) {
            out += i ? "," : "";
            out += json_array_element(records[i]);
        }
        return std::string("[").append(out).append(records.empty() ? "]\n" : "\n]\n");
    default:
        return render_text(records, min_group);
    }
}

} // namespace

std::vector<BatchGroup> BatchSummary::groups() const {
    std::vector<BatchGroup> result;
    for (const auto& [key, counts] : groups_) {
        result.push_back({key.first, key.second, counts});
    }
    return result;
}

std::string BatchSummary::render(const Framework& framework, Format format, int min_group) const {
    std::vector<SummaryLine> lines;
    SummaryLine pool{"(other)", fmt::format("(groups under {})", min_group), {}, false};
    for (const auto& [key, counts] : groups_) {
        if (counts.people() < min_group) {
            pool.counts.add(counts);
        } else {
            lines.push_back({key.first.empty() ? "(unknown)" : key.first,
                             key.second.empty() ? "(unknown)" : key.second, counts, false});
        }
    }
    std::stable_sort(lines.begin(), lines.end(), [&](const auto& a, const auto& b) {
        return level_rank(framework, a.level) < level_rank(framework, b.level);
    });
    pool.hidden = pool.counts.people() < min_group;
    if (pool.counts.people() > 0) {
        lines.push_back(pool);
    }
    // With the pool hidden, shown totals minus the shown groups would give the pool away.
    lines.push_back({"(all)", "(all)", totals_, pool.counts.people() > 0 && pool.hidden});
    std::vector<json> records;
    for (const auto& line : lines) {
        records.push_back(line_record(line));
    }
    return render_records(records, format, min_group);
}

} // namespace ladder
