// ladder_fuzz_replay TARGET FILE_OR_DIR...: runs each input file through a fuzz target's entry
// (fuzz_entries.hpp), the way the fuzzer did. The test suite runs it over fuzz/regressions/ so
// that every input that once crashed, hung or leaked is checked again, also under sanitizers.
#include "fuzz_entries.hpp"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace {

using Entry = void (*)(std::string_view);

const std::map<std::string, Entry>& entries() {
    static const std::map<std::string, Entry> known = {{"criteria", ladder::fuzz::run_criteria},
                                                       {"evidence", ladder::fuzz::run_evidence},
                                                       {"render", ladder::fuzz::run_render},
                                                       {"yaml_tree", ladder::fuzz::run_yaml_tree}};
    return known;
}

std::vector<std::filesystem::path> input_files(const std::filesystem::path& path) {
    std::vector<std::filesystem::path> files;
    if (!std::filesystem::is_directory(path)) {
        files.push_back(path);
        return files;
    }
    for (const auto& entry : std::filesystem::recursive_directory_iterator(path)) {
        if (entry.is_regular_file()) {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 3 || !entries().contains(argv[1])) {
        std::cerr
            << "usage: ladder_fuzz_replay criteria|evidence|render|yaml_tree FILE_OR_DIR...\n";
        return 2;
    }
    Entry entry = entries().at(argv[1]);
    std::size_t count = 0;
    for (int i = 2; i < argc; ++i) {
        for (const auto& file : input_files(argv[i])) {
            auto start = std::chrono::steady_clock::now();
            entry(read_file(file));
            auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start);
            if (seconds.count() > 1.0) {
                std::cerr << file.string() << ": took " << seconds.count() << " s (limit 1 s)\n";
                return 1;
            }
            ++count;
        }
    }
    std::cout << argv[1] << ": " << count << " inputs replayed, no crash\n";
    return 0;
}
