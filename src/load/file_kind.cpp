#include "load/file_kind.hpp"

#include "yaml/yaml_file.hpp"

#include <algorithm>
#include <array>
#include <fmt/format.h>

namespace ladder {

namespace {

struct KindSignature {
    FileKind kind;
    std::vector<std::string> keys; // top-level keys only this kind of file has
};

// The top-level keys of each format (docs/formats.md). A file is of a kind when it has at
// least one of that kind's keys and none of another's; unknown keys are left to the loader,
// which names them with "did you mean".
const std::array<KindSignature, 6>& signatures() {
    static const std::array<KindSignature, 6> all = {{
        {FileKind::criteria,
         {"framework", "scale", "competencies", "tracks", "programmes", "levels", "transitions"}},
        {FileKind::evidence,
         {"person", "track", "level", "in_level_since", "joined", "interests", "ratings",
          "completed", "evidence", "exceptions", "trial"}},
        {FileKind::test_suite, {"cases", "criteria", "as_of"}},
        {FileKind::openings, {"openings"}},
        {FileKind::statements, {"statements", "about"}},
        {FileKind::roster, {"roster"}},
    }};
    return all;
}

// The first key of `root` that belongs to `signature`, if any.
std::optional<std::string> first_key_of(const YamlNode& root, const KindSignature& signature) {
    for (const auto& entry : root) {
        if (!entry.first.IsScalar()) {
            continue;
        }
        const std::string& key = entry.first.Scalar();
        if (std::find(signature.keys.begin(), signature.keys.end(), key) != signature.keys.end()) {
            return key;
        }
    }
    return std::nullopt;
}

std::string expected_kinds() {
    return "expected the top-level keys of a criteria file (framework, levels, ...), an evidence "
           "file (person, ...), a test suite (cases), an openings file (openings), a statements "
           "file (statements, about) or a roster (roster)";
}

std::string quoted_keys(const YamlNode& root) {
    std::vector<std::string> keys;
    for (const auto& entry : root) {
        keys.push_back(entry.first.IsScalar() ? "'" + entry.first.Scalar() + "'"
                                              : "a non-text key");
    }
    return fmt::format("{}", fmt::join(keys, ", "));
}

void report_unknown(const YamlFile& file, const YamlNode& root,
                    const std::vector<std::pair<FileKind, std::string>>& matches) {
    YamlNode where = root.IsMap() && root.size() > 0 ? root.begin()->first : root;
    std::string found;
    if (!root.IsMap()) {
        found = describe_node(root);
    } else if (matches.empty()) {
        found = fmt::format("only {}", quoted_keys(root));
    } else {
        std::vector<std::string> parts;
        for (const auto& [kind, key] : matches) {
            parts.push_back(fmt::format("'{}' of {}", key, to_string(kind)));
        }
        found = fmt::format("keys of several kinds: {}", fmt::join(parts, ", "));
    }
    file.error(where, "unknown-file-kind",
               fmt::format("cannot tell what kind of file this is: {}, found {}", expected_kinds(),
                           found));
}

} // namespace

std::string_view to_string(FileKind kind) {
    switch (kind) {
    case FileKind::criteria:
        return "a criteria file";
    case FileKind::evidence:
        return "an evidence file";
    case FileKind::test_suite:
        return "a test suite";
    case FileKind::openings:
        return "an openings file";
    case FileKind::statements:
        return "a statements file";
    case FileKind::roster:
        return "a roster";
    case FileKind::unknown:
        return "a file of unknown kind";
    case FileKind::unparsable:
        return "a file that is not valid YAML";
    }
    return "a file";
}

DetectedKind detect_file_kind(const SourceText& source, const InputLimits& limits) {
    DetectedKind detected;
    detected.parsed = parse_yaml_once(source.text, source.path, limits);
    const auto& root = detected.parsed->root;
    if (!root) {
        detected.kind = FileKind::unparsable;
        detected.problems = detected.parsed->problems;
        return detected;
    }
    std::vector<std::pair<FileKind, std::string>> matches;
    if (root->IsMap()) {
        for (const auto& signature : signatures()) {
            if (auto key = first_key_of(*root, signature)) {
                matches.emplace_back(signature.kind, *key);
            }
        }
    }
    if (matches.size() == 1) {
        detected.kind = matches.front().first;
        return detected;
    }
    // A parsed file's problems are warnings at most; they come before the reason it is unknown.
    detected.problems = detected.parsed->problems;
    YamlFile file(source.path, detected.problems);
    file.adopt_positions(detected.parsed->file);
    report_unknown(file, *root, matches);
    return detected;
}

} // namespace ladder
