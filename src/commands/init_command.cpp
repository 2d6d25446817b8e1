#include "commands/init_command.hpp"

#include "load/embedded_criteria.hpp"
#include "util/file_io.hpp"

#include <filesystem>
#include <fmt/format.h>
#include <ostream>
#include <vector>

namespace ladder {

namespace fs = std::filesystem;

namespace {

struct ScaffoldFile {
    std::string path; // relative to the new repository
    std::string text;
};

constexpr std::string_view project_config =
    "# What ladder uses in this repository when a command names no path (man ladder: FILES).\n"
    "# Paths are relative to this file.\n"
    "criteria: criteria\n"
    "tests: tests\n"
    "# The organisation's people and the statements confirming what files claim:\n"
    "# roster: people/roster.csv\n"
    "# statements: [people/statements]\n"
    "# Checks `ladder validate` switches off (diagnostic codes):\n"
    "# disable: [no-guidance]\n"
    "# The smallest group a summary (batch --summary, diff --counts-only) shows:\n"
    "min_group: 5\n";

// Hooks that run the `ladder` on the PATH: no network, no container (see ladder's
// .pre-commit-hooks.yaml for the hooks of a release).
constexpr std::string_view pre_commit_config =
    "# pre-commit (https://pre-commit.com): `pre-commit install` runs these before each commit.\n"
    "repos:\n"
    "  - repo: local\n"
    "    hooks:\n"
    "      - id: ladder-validate\n"
    "        name: ladder validate\n"
    "        entry: ladder validate\n"
    "        language: system\n"
    "        files: \\.ya?ml$\n"
    "        pass_filenames: false\n"
    "      - id: ladder-test\n"
    "        name: ladder test\n"
    "        entry: ladder test\n"
    "        language: system\n"
    "        files: \\.ya?ml$\n"
    "        pass_filenames: false\n";

std::string replace_all(std::string text, std::string_view from, std::string_view to) {
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
        text.replace(at, from.size(), to);
    }
    return text;
}

// `files` under `to`, each named by its path after `prefix`.
void add_embedded(std::vector<ScaffoldFile>& files, const std::vector<EmbeddedFile>& embedded,
                  std::string_view prefix, const std::string& to) {
    for (const auto& file : embedded) {
        std::string_view name = file.path.substr(prefix.size());
        files.push_back({to + std::string(name), std::string(file.text)});
    }
}

std::vector<ScaffoldFile> scaffold() {
    std::vector<ScaffoldFile> files;
    add_embedded(files, embedded_criteria(), "criteria/engineering/", "criteria/");
    add_embedded(files, embedded_criteria_tests(), "criteria/engineering-tests/", "tests/");
    // The cases that use the example people find them beside the suite's own evidence.
    add_embedded(files, embedded_example_evidence(), "examples/evidence/", "tests/evidence/");
    for (auto& file : files) {
        if (file.path == "tests/ladder-tests.yaml") {
            file.text =
                replace_all(file.text, "criteria: ../engineering\n", "criteria: ../criteria\n");
            file.text = replace_all(file.text, "../../examples/evidence/", "evidence/");
        }
    }
    for (const auto& file : embedded_ci_workflow()) {
        files.push_back({".github/workflows/criteria.yml", std::string(file.text)});
    }
    files.push_back({".ladder.yaml", std::string(project_config)});
    files.push_back({".pre-commit-config.yaml", std::string(pre_commit_config)});
    return files;
}

} // namespace

int run_init(const CommonOptions& common, const InitOptions& options, const Console& console) {
    fs::path root(options.directory);
    auto files = scaffold();
    // All or nothing: a repository that has any of these files already is not overwritten.
    for (const auto& file : files) {
        std::error_code error;
        if (fs::exists(root / file.path, error)) {
            console.err << fmt::format("ladder: error: {} exists already; nothing written\n",
                                       (root / file.path).string());
            return exit_trouble;
        }
    }
    for (const auto& file : files) {
        fs::path path = root / file.path;
        std::error_code error;
        fs::create_directories(path.parent_path(), error);
        std::string failure = error ? error.message() : write_text_file(path, file.text);
        if (!failure.empty()) {
            console.err << fmt::format("ladder: error: cannot write {}: {}\n", path.string(),
                                       failure);
            return exit_trouble;
        }
    }
    if (!common.quiet) {
        console.err << fmt::format(
            "ladder: wrote a criteria repository in {} ({} files): criteria/ (a copy of the "
            "built-in framework to make yours), tests/, .ladder.yaml, .pre-commit-config.yaml "
            "and .github/workflows/criteria.yml.\nCheck it with: ladder validate && ladder test\n",
            options.directory, files.size());
    }
    return exit_ok;
}

} // namespace ladder
