#include "report/person/statement_sources.hpp"

#include "report/common/html.hpp"
#include "report/common/markdown.hpp"
#include "report/common/markup.hpp"
#include "util/text.hpp"

#include <array>
#include <fmt/format.h>

namespace ladder {

namespace {

// How many of each provenance, and how many of those do not count.
struct Tally {
    std::array<int, 4> of{};
    std::array<int, 4> not_counted{};

    void add(Provenance provenance, bool counts) {
        auto i = static_cast<std::size_t>(provenance);
        ++of[i];
        not_counted[i] += counts ? 0 : 1;
    }
    bool empty() const { return of[0] + of[1] + of[2] + of[3] == 0; }

    std::string words(std::string_view what) const {
        std::vector<std::string> parts;
        for (Provenance provenance : all_provenances) {
            auto i = static_cast<std::size_t>(provenance);
            if (of[i] == 0) {
                continue;
            }
            std::string part = fmt::format("{} {}", of[i], provenance_words(provenance));
            if (not_counted[i] > 0) {
                part += not_counted[i] == of[i] ? " (not counted)"
                                                : fmt::format(" ({} not counted)", not_counted[i]);
            }
            parts.push_back(std::move(part));
        }
        return fmt::format("{} {}", what, join(parts, ", "));
    }
};

struct Tallies {
    Tally ratings;
    Tally endorsements;
    Tally approvals;
};

Tallies tally(const Person& person) {
    Tallies tallies;
    for (const auto& rating : person.ratings) {
        tallies.ratings.add(rating.provenance, rating.counts);
    }
    for (const auto& item : person.evidence) {
        for (const auto& endorsement : item.endorsements) {
            tallies.endorsements.add(endorsement.provenance, endorsement.counts);
        }
    }
    for (const auto& exception : person.exceptions) {
        tallies.approvals.add(exception.provenance, exception.counts);
    }
    return tallies;
}

std::string text_or_dash(const std::string& text) {
    return text.empty() ? "-" : text;
}

// One row per statement: what, about what, by whom, where from, counted.
struct SourceRow {
    std::string what;
    std::string subject;
    std::string by;
    Provenance provenance;
    bool counts;
};

// Competencies by name, as the rest of the report names them.
std::vector<SourceRow> source_rows(const Framework& framework, const Person& person) {
    std::vector<SourceRow> rows;
    for (const auto& rating : person.ratings) {
        const Competency* competency = framework.find_competency(rating.competency.id);
        rows.push_back({fmt::format("rating {}", rating.value),
                        competency ? competency->name : rating.competency.id, rating.rated_by,
                        rating.provenance, rating.counts});
    }
    for (const auto& item : person.evidence) {
        for (const auto& endorsement : item.endorsements) {
            rows.push_back({"endorsement", item.id, endorsement.id, endorsement.provenance,
                            endorsement.counts});
        }
    }
    for (const auto& exception : person.exceptions) {
        rows.push_back({std::string(to_string(exception.kind)), exception.criterion.id,
                        exception.approved_by, exception.provenance, exception.counts});
    }
    return rows;
}

std::string legend() {
    std::vector<std::string> lines;
    for (Provenance provenance : all_provenances) {
        lines.push_back(
            fmt::format("{}: {}", provenance_words(provenance), provenance_meaning(provenance)));
    }
    return join(lines, "; ");
}

} // namespace

std::string statement_sources_summary(const Person& person) {
    Tallies tallies = tally(person);
    std::vector<std::string> parts;
    if (!tallies.ratings.empty()) {
        parts.push_back(tallies.ratings.words("ratings"));
    }
    if (!tallies.endorsements.empty()) {
        parts.push_back(tallies.endorsements.words("endorsements"));
    }
    if (!tallies.approvals.empty()) {
        parts.push_back(tallies.approvals.words("approvals"));
    }
    return join(parts, "; ");
}

nlohmann::ordered_json statement_sources_json(const Person& person) {
    nlohmann::ordered_json ratings = nlohmann::ordered_json::array();
    for (const auto& rating : person.ratings) {
        ratings.push_back(
            {{"competency", rating.competency.id},
             {"rating", rating.value},
             {"by", rating.rated_by.empty() ? nlohmann::ordered_json(nullptr)
                                            : nlohmann::ordered_json(rating.rated_by)},
             {"date", rating.date ? nlohmann::ordered_json(rating.date->to_string())
                                  : nlohmann::ordered_json(nullptr)},
             {"source", to_string(rating.provenance)},
             {"counts", rating.counts}});
    }
    nlohmann::ordered_json endorsements = nlohmann::ordered_json::array();
    for (const auto& item : person.evidence) {
        for (const auto& endorsement : item.endorsements) {
            endorsements.push_back({{"item", item.id},
                                    {"by", endorsement.id},
                                    {"source", to_string(endorsement.provenance)},
                                    {"counts", endorsement.counts}});
        }
    }
    nlohmann::ordered_json approvals = nlohmann::ordered_json::array();
    for (const auto& exception : person.exceptions) {
        approvals.push_back({{"criterion", exception.criterion.id},
                             {"status", to_string(exception.kind)},
                             {"by", exception.approved_by},
                             {"source", to_string(exception.provenance)},
                             {"counts", exception.counts}});
    }
    return {{"ratings", ratings}, {"endorsements", endorsements}, {"approvals", approvals}};
}

std::string statement_sources_markdown(const Framework& framework, const Person& person) {
    auto rows = source_rows(framework, person);
    if (rows.empty()) {
        return "";
    }
    std::string out = fmt::format("\n## Who said so\n\n{}\n\n", escape_markdown(legend()));
    out += "| Statement | About | By | Source | Counts |\n|---|---|---|---|---|\n";
    for (const auto& row : rows) {
        out += fmt::format("| {} | {} | {} | {} | {} |\n", escape_markdown(row.what),
                           escape_markdown(row.subject), escape_markdown(text_or_dash(row.by)),
                           provenance_words(row.provenance), row.counts ? "yes" : "no");
    }
    return out;
}

std::string statement_sources_html(const Framework& framework, const Person& person) {
    auto rows = source_rows(framework, person);
    if (rows.empty()) {
        return "";
    }
    std::string out = fmt::format(
        "<h2>Who said so</h2>\n<p class=\"meta\">{}</p>\n<table class=\"data\"><thead><tr>"
        "<th>Statement</th><th>About</th><th>By</th><th>Source</th><th>Counts</th></tr></thead>"
        "<tbody>\n",
        escape_markup(legend()));
    for (const auto& row : rows) {
        out += "<tr>" + labelled_cell("Statement", escape_markup(row.what)) +
               labelled_cell("About", escape_markup(row.subject)) +
               labelled_cell("By", escape_markup(text_or_dash(row.by))) +
               labelled_cell("Source", escape_markup(provenance_words(row.provenance))) +
               labelled_cell("Counts", row.counts ? "yes" : "no") + "</tr>\n";
    }
    return out + "</tbody></table>\n";
}

} // namespace ladder
