#include "load/project_config.hpp"

#include "load/source_tree.hpp"
#include "yaml/map_reader.hpp"

#include <fmt/format.h>

namespace ladder {

namespace fs = std::filesystem;

std::optional<fs::path> find_project_config(const fs::path& start) {
    std::error_code error;
    fs::path dir = fs::absolute(start, error).lexically_normal();
    if (error) {
        return std::nullopt;
    }
    if (dir.has_parent_path() && dir.filename().empty()) {
        dir = dir.parent_path(); // "/repo/" -> "/repo"
    }
    while (true) {
        fs::path candidate = dir / ".ladder.yaml";
        if (fs::is_regular_file(candidate, error)) {
            return candidate;
        }
        if (fs::exists(dir / ".git", error) || dir == dir.parent_path()) {
            return std::nullopt; // the repository's root, or the file system's
        }
        dir = dir.parent_path();
    }
}

std::optional<ProjectConfig> load_project_config(const fs::path& path, const InputLimits& limits,
                                                 Diagnostics& diagnostics) {
    Diagnostics found;
    auto sources = read_sources(path, limits, found);
    std::optional<ProjectConfig> config;
    if (sources.size() == 1) {
        YamlFile file(sources.front().path, found);
        if (auto root = parse_source(sources.front(), file, limits)) {
            MapReader map(file, *root, ".ladder.yaml",
                          {"criteria", "tests", "roster", "statements", "disable", "min_group"});
            if (map.valid()) {
                config.emplace();
                config->path = path.string();
                fs::path dir = path.parent_path();
                // Relative paths are the file's, wherever ladder runs from.
                auto resolve = [&](const std::string& value) {
                    fs::path named(value);
                    return (named.is_absolute() ? named : dir / named).lexically_normal().string();
                };
                if (auto criteria = map.line("criteria", false)) {
                    config->criteria = resolve(*criteria);
                }
                if (auto tests = map.line("tests", false)) {
                    config->tests = resolve(*tests);
                }
                config->disable = map.text_list("disable");
                if (auto min_group = map.whole_number("min_group", false, 1, 1000000)) {
                    config->min_group = static_cast<int>(*min_group);
                }
                if (auto roster = map.line("roster", false)) {
                    config->roster = resolve(*roster);
                }
                for (const auto& statements : map.text_list("statements")) {
                    config->statements.push_back(resolve(statements));
                }
            }
        }
    }
    bool valid = !found.has_errors();
    diagnostics.append(found);
    return valid ? config : std::nullopt;
}

} // namespace ladder
