#include "load/source_text.hpp"

#include "load/embedded_criteria.hpp"
#include "util/file_io.hpp"
#include "yaml/tree_image.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <iostream>
#include <new>
#include <set>

namespace ladder {
namespace fs = std::filesystem;

bool is_yaml_name(const fs::path& path) {
    auto extension = path.extension().string();
    return extension == ".yaml" || extension == ".yml";
}

namespace {

void walk(const fs::path& directory, std::vector<fs::path>& files, std::set<fs::path>& seen,
          Diagnostics& diagnostics) {
    std::error_code error;
    fs::path canonical = fs::canonical(directory, error);
    if (error) {
        diagnostics.error({directory.string(), 0, 0}, "unreadable-path",
                          fmt::format("cannot read the directory: {}", error.message()));
        return;
    }
    if (!seen.insert(canonical).second) {
        diagnostics.warning({directory.string(), 0, 0}, "symlink-loop",
                            "a symbolic link leads back to a directory already read; not read "
                            "again");
        return;
    }
    std::vector<fs::directory_entry> entries;
    fs::directory_iterator it(directory, error);
    if (error) {
        diagnostics.error({directory.string(), 0, 0}, "unreadable-path",
                          fmt::format("cannot read the directory: {}", error.message()));
        return;
    }
    for (; it != fs::directory_iterator(); it.increment(error)) {
        if (error) {
            break;
        }
        entries.push_back(*it);
    }
    std::sort(entries.begin(), entries.end(),
              [](const auto& a, const auto& b) { return a.path() < b.path(); });
    for (const auto& entry : entries) {
        std::error_code status_error;
        if (entry.is_directory(status_error)) {
            walk(entry.path(), files, seen, diagnostics);
        } else if (is_yaml_name(entry.path())) {
            files.push_back(entry.path());
        }
    }
}

} // namespace

std::vector<fs::path> list_yaml_files(const fs::path& path, Diagnostics& diagnostics) {
    std::vector<fs::path> files;
    std::error_code error;
    if (fs::is_directory(path, error)) {
        std::set<fs::path> seen;
        std::size_t problems_before = diagnostics.items().size();
        walk(path, files, seen, diagnostics);
        // A directory with nothing to read is reported, never a silent pass over nothing.
        if (files.empty() && diagnostics.items().size() == problems_before) {
            diagnostics.error({path.string(), 0, 0}, "unreadable-path",
                              "expected YAML files (*.yaml, *.yml) in the directory, found none");
        }
    } else {
        files.push_back(path);
    }
    return files;
}

std::vector<SourceText> read_sources(const fs::path& path, const InputLimits& limits,
                                     Diagnostics& diagnostics) {
    std::vector<SourceText> sources;
    for (const auto& file : list_yaml_files(path, diagnostics)) {
        FileText read;
        try {
            read = read_text_file(file, limits.max_file_bytes);
        } catch (const std::bad_alloc&) {
            // Named and coded like running out while parsing: the reader must know which file.
            diagnostics.error({file.string(), 0, 0}, "out-of-memory",
                              "ran out of memory reading this file; lower --max-file-size");
            continue;
        }
        if (!read.text) {
            diagnostics.error({file.string(), 0, 0}, "unreadable-file", read.error);
            continue;
        }
        sources.push_back({file.string(), std::move(*read.text)});
    }
    return sources;
}

std::vector<SourceText> read_stream_source(std::istream& in, const InputLimits& limits,
                                           Diagnostics& diagnostics) {
    std::string text;
    char buffer[65536];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        text.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (text.size() > limits.max_file_bytes) {
            diagnostics.error({"<stdin>", 0, 0}, "unreadable-file",
                              fmt::format("standard input is larger than --max-file-size ({} "
                                          "bytes)",
                                          limits.max_file_bytes));
            return {};
        }
    }
    return {{"<stdin>", std::move(text)}};
}

std::vector<SourceText> read_sources_or_stdin(const std::string& path, const InputLimits& limits,
                                              Diagnostics& diagnostics) {
    return path == "-" ? read_stream_source(std::cin, limits, diagnostics)
                       : read_sources(path, limits, diagnostics);
}

std::vector<SourceText> embedded_sources() {
    std::vector<SourceText> sources;
    for (const auto& file : embedded_criteria()) {
        sources.push_back({std::string(file.path), std::string(file.text)});
    }
    return sources;
}

void attach_embedded_trees(std::vector<SourceText>& sources, const InputLimits& limits) {
    if (!images_hold_under(limits)) {
        return;
    }
    for (const TreeImage& image : embedded_criteria_trees()) {
        for (SourceText& source : sources) {
            if (source.path == image.path && source.text.size() == image.text_size &&
                !source.parsed) {
                source.parsed = parsed_from_image(image);
            }
        }
    }
}

std::string_view source_line(const std::vector<SourceText>& sources, const std::string& path,
                             int line) {
    auto it = std::find_if(sources.begin(), sources.end(),
                           [&](const SourceText& source) { return source.path == path; });
    if (it == sources.end() || line < 1) {
        return {};
    }
    std::string_view text = it->text;
    for (int current = 1; current < line; ++current) {
        auto newline = text.find('\n');
        if (newline == std::string_view::npos) {
            return {};
        }
        text.remove_prefix(newline + 1);
    }
    return text.substr(0, text.find('\n'));
}

SourceLines::SourceLines(const std::vector<SourceText>& sources) : sources_(sources) {}

std::string_view SourceLines::line(const std::string& path, int line) {
    auto found = indexed_.find(path);
    if (found == indexed_.end()) {
        auto source = std::find_if(sources_.begin(), sources_.end(),
                                   [&](const SourceText& each) { return each.path == path; });
        Index index;
        if (source != sources_.end()) {
            index.text = source->text;
            index.starts.push_back(0);
            for (std::size_t at = index.text.find('\n'); at != std::string_view::npos;
                 at = index.text.find('\n', at + 1)) {
                index.starts.push_back(at + 1);
            }
        }
        found = indexed_.emplace(path, std::move(index)).first;
    }
    const Index& index = found->second;
    if (line < 1 || static_cast<std::size_t>(line) > index.starts.size()) {
        return {};
    }
    std::string_view rest = index.text.substr(index.starts[static_cast<std::size_t>(line) - 1]);
    return rest.substr(0, rest.find('\n'));
}

} // namespace ladder
