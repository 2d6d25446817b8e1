#pragma once
// Input files as text with the name to show in diagnostics. Loaders take these, never paths,
// so that tests need no files and the file system is touched in one place (sources.cpp).

#include "util/diagnostic.hpp"
#include "yaml/limits.hpp"

#include <filesystem>
#include <istream>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace ladder {

struct ParsedYaml; // yaml/parsed_yaml.hpp

struct SourceText {
    std::string path;
    std::string text;
    // The tree, when it was parsed already to tell what kind of file this is (load/file_kind):
    // the loader walks it instead of parsing the text again (load/source_tree.hpp).
    std::shared_ptr<const ParsedYaml> parsed = nullptr;
};

// Reads one file, or every *.yaml / *.yml file of a directory (sorted, recursively, not
// following symbolic links to directories). Problems become diagnostics on the path.
std::vector<SourceText> read_sources(const std::filesystem::path& path, const InputLimits& limits,
                                     Diagnostics& diagnostics);

// The YAML files below `path` (or `path` itself if it is not a directory), sorted.
// Unreadable directories, symbolic link loops and a directory without a YAML file are
// reported, never silently skipped.
std::vector<std::filesystem::path> list_yaml_files(const std::filesystem::path& path,
                                                   Diagnostics& diagnostics);

// One file read from a stream (standard input, for the path `-`), shown as `<stdin>`; past
// limits.max_file_bytes it is an error, as for a file.
std::vector<SourceText> read_stream_source(std::istream& in, const InputLimits& limits,
                                           Diagnostics& diagnostics);

// The path a user named for one file or a directory of them: `-` is one file on standard input.
std::vector<SourceText> read_sources_or_stdin(const std::string& path, const InputLimits& limits,
                                              Diagnostics& diagnostics);

std::vector<SourceText> embedded_sources();
// The built-in framework's trees, made at build time (yaml/tree_image), given to its sources as
// if they had been parsed: a run loads them instead of scanning the YAML. Not under limits lower
// than the defaults: the sources are then parsed, and may be refused, as any file.
void attach_embedded_trees(std::vector<SourceText>& sources, const InputLimits& limits);

// Whether a directory walk reads this file: *.yaml and *.yml.
bool is_yaml_name(const std::filesystem::path& path);

// The source line `line` (1-based) of a file among `sources`, for carets under diagnostics.
// Scans the file from its start: for one line. For many, use SourceLines.
std::string_view source_line(const std::vector<SourceText>& sources, const std::string& path,
                             int line);

// The lines of `sources`, indexed on first use of each file: a file with tens of thousands of
// diagnostics has each of their lines found in constant time, not by a scan from the top
// (which made printing them quadratic in their number).
class SourceLines {
public:
    explicit SourceLines(const std::vector<SourceText>& sources);
    std::string_view line(const std::string& path, int line);

private:
    struct Index {
        std::string_view text;
        std::vector<std::size_t> starts; // offset of each line's first byte
    };
    const std::vector<SourceText>& sources_;
    std::map<std::string, Index, std::less<>> indexed_;
};

} // namespace ladder
