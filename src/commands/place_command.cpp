#include "commands/place_command.hpp"

#include "commands/people_facts_input.hpp"
#include "commands/people_json_stream.hpp"
#include "commands/person_input.hpp"
#include "eval/placement.hpp"
#include "report/diagnostics/diagnostics_report.hpp"
#include "report/person/placement_report.hpp"
#include "util/visible_text.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fmt/format.h>
#include <fstream>
#include <istream>
#include <ostream>

namespace ladder {

namespace {

// The list of --files-from: stdin, or a file opened here. Read a line at a time, never whole.
struct PathList {
    std::ifstream file;
    std::istream* in = nullptr;
    char separator = '\n';

    // The next path; nullopt at the end. A line with a NUL byte comes back in `problem`.
    std::optional<std::string> next(std::optional<std::string>& problem) {
        std::string line;
        while (in != nullptr && std::getline(*in, line, separator)) {
            if (separator == '\n' && !line.empty() && line.back() == '\r') {
                line.pop_back();
            }
            if (line.empty()) {
                continue;
            }
            if (line.find('\0') != std::string::npos) {
                std::replace(line.begin(), line.end(), '\0', '?');
                problem = "expected one path a line in the list, found a NUL byte in this one; "
                          "for a NUL-separated list (find -print0) give -0";
            }
            // A listed `-` is a file of that name, never stdin (which may be the list itself).
            return line == "-" ? "./-" : line;
        }
        return std::nullopt;
    }
};

// Opens --files-from; false (after saying why) if the list cannot be read.
bool open_list(const PlaceOptions& options, PathList& list, const Console& console) {
    if (!options.files_from) {
        return true;
    }
    list.separator = options.null_separated ? '\0' : '\n';
    if (*options.files_from == "-") {
        list.in = options.in;
        return true;
    }
    list.file.open(*options.files_from, std::ios::binary);
    if (!list.file) {
        console.err << fmt::format("ladder: error: {}: cannot read the list of paths: {}\n",
                                   visible_text(*options.files_from), std::strerror(errno));
        return false;
    }
    list.in = &list.file;
    return true;
}

} // namespace

int run_place(const CommonOptions& common, const PlaceOptions& options, const Console& console) {
    auto as_of = parse_as_of(options.as_of, console);
    PathList list;
    if (!as_of || !open_list(options, list, console)) {
        return exit_trouble;
    }
    auto criteria = load_valid_criteria(common, console);
    if (!criteria) {
        return exit_trouble;
    }
    const Framework& framework = criteria->framework;
    auto facts = load_people_facts(common, framework, console);
    if (!facts) {
        return exit_trouble;
    }
    bool trouble = false;
    // Each placement is written as soon as it is made: memory stays that of one person.
    PeopleJsonStream json(console.out, framework, *as_of, "placements");
    bool first = true;
    std::size_t files = 0;
    auto place_one = [&](const std::string& path, const std::optional<std::string>& problem) {
        ++files;
        PersonInput input;
        if (problem) {
            input.path = path;
            input.diagnostics.error({path, 0, 0}, "unreadable-path", *problem);
        } else {
            input = read_person(path, framework, *facts, *as_of, common.limits);
        }
        auto sorted = input.diagnostics.sorted();
        if (!input.person) {
            trouble = true;
            json.add_error(report_unread_person(input, sorted, "placed", console));
            return;
        }
        report_warnings(input, console, common.quiet);
        Placement placement = place_person(framework, *input.person, *as_of);
        if (options.format == Format::json) {
            json.add_person(placement_to_json(framework, *input.person, placement));
        } else {
            console.out << (first ? "" : "\n")
                        << render_placement_text(framework, *input.person, *as_of, placement,
                                                 console.out_style, console.out_width);
        }
        first = false;
    };
    for (const auto& path : options.files) {
        place_one(path, std::nullopt);
    }
    std::optional<std::string> problem;
    while (auto path = list.next(problem)) {
        place_one(*path, problem);
        problem.reset();
    }
    if (options.format == Format::json) {
        json.finish();
    }
    if (files == 0) {
        console.err << "ladder: error: the list named no evidence file to place\n";
        return exit_trouble;
    }
    return trouble ? exit_trouble : exit_ok;
}

} // namespace ladder
