// The differential check of ladder's YAML tree against yaml-cpp's own (fuzz_entries.hpp).
#include "fuzz_entries.hpp"
#include "yaml/yaml_tree.hpp"

#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <yaml-cpp/yaml.h>

namespace ladder::fuzz {

namespace {

[[noreturn]] void differ(const char* what, const YAML::Mark& where) {
    std::fprintf(stderr, "yaml tree differs from YAML::Load: %s at line %d, column %d\n", what,
                 where.line + 1, where.column + 1);
    std::abort();
}

// Node by node, in order. Aliases share nodes in both trees, and may make cycles: the walk is
// bounded in depth and in nodes visited.
class TreeComparison {
public:
    void compare(const YamlNode& ours, const YAML::Node& theirs, int depth) {
        if (depth > 64 || ++visited_ > 100'000) {
            return;
        }
        const YAML::Mark mark = theirs.Mark();
        if (ours.IsNull() != theirs.IsNull() || ours.IsScalar() != theirs.IsScalar() ||
            ours.IsSequence() != theirs.IsSequence() || ours.IsMap() != theirs.IsMap()) {
            differ("a node of another kind", mark);
        }
        if (ours.Scalar() != theirs.Scalar()) {
            differ("another text", mark);
        }
        if (ours.Mark().pos != mark.pos || ours.Mark().line != mark.line ||
            ours.Mark().column != mark.column) {
            differ("another position", mark);
        }
        if (ours.size() != theirs.size()) {
            differ("another number of items or pairs", mark);
        }
        auto their = theirs.begin();
        for (const auto& entry : ours) {
            if (ours.IsMap()) {
                compare(entry.first, their->first, depth + 1);
                compare(entry.second, their->second, depth + 1);
            } else {
                compare(entry, *their, depth + 1);
            }
            ++their;
        }
    }

private:
    std::size_t visited_ = 0;
};

} // namespace

void run_yaml_tree(std::string_view input) {
    std::string text(input);
    std::optional<YAML::Node> theirs;
    std::string their_error;
    try {
        theirs = YAML::Load(text);
    } catch (const YAML::Exception& error) {
        their_error = error.what();
    }
    std::optional<YamlNode> ours;
    std::string our_error;
    try {
        ours = load_yaml_document(text);
    } catch (const YAML::Exception& error) {
        our_error = error.what();
    }
    if (our_error != their_error) {
        std::fprintf(stderr, "yaml tree: '%s' where YAML::Load says '%s'\n", our_error.c_str(),
                     their_error.c_str());
        std::abort();
    }
    if (ours && theirs) {
        TreeComparison().compare(*ours, *theirs, 0);
    }
}

} // namespace ladder::fuzz
