#include "yaml/yaml_file.hpp"

#include "util/text.hpp"

#include <fmt/format.h>
#include <set>
#include <vector>
#include <yaml-cpp/depthguard.h>

namespace ladder {

Location YamlFile::at(const YAML::Mark& mark) const {
    if (mark.is_null() || mark.line < 0) {
        return {path_, 0, 0};
    }
    return {path_, mark.line + 1, mark.column + 1};
}

Location YamlFile::at(const YAML::Node& node) const {
    if (node.IsDefined() && node.IsNull()) {
        auto key = empty_value_keys_.find(node.Mark().pos);
        if (key != empty_value_keys_.end() && !node.Mark().is_null()) {
            return at(key->second);
        }
    }
    return at(node.Mark());
}

void YamlFile::note_empty_value(const YAML::Node& key, const YAML::Node& value) {
    if (value.IsNull() && !value.Mark().is_null()) {
        empty_value_keys_.emplace(value.Mark().pos, key.Mark());
    }
}

void YamlFile::error(const YAML::Node& node, std::string code, std::string message) const {
    diagnostics_->error(at(node), std::move(code), std::move(message));
}

void YamlFile::warning(const YAML::Node& node, std::string code, std::string message) const {
    diagnostics_->warning(at(node), std::move(code), std::move(message));
}

std::string describe_node(const YAML::Node& node) {
    if (!node.IsDefined() || node.IsNull()) {
        return "nothing";
    }
    if (node.IsSequence()) {
        return "a list";
    }
    if (node.IsMap()) {
        return "a map";
    }
    std::string text = node.Scalar();
    if (text.size() > 40) {
        text = text.substr(0, 37) + "...";
    }
    return fmt::format("'{}'", text);
}

namespace {

Location location_of_offset(std::string_view text, std::size_t offset, const std::string& path) {
    int line = 1;
    int column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {path, line, column};
}

// Walks the loaded tree once, following aliases as a reader of the tree would, and stops at
// the first limit crossed: yaml-cpp shares aliased nodes, so an alias bomb is small in memory
// but enormous to walk, and a self-referencing alias is a cycle.
class TreeChecker {
public:
    TreeChecker(YamlFile& file, const InputLimits& limits) : file_(file), limits_(limits) {}

    bool check(const YAML::Node& root) {
        visit(root, 1);
        return !stopped_ && !found_problem_;
    }

private:
    void visit(const YAML::Node& node, int depth) {
        if (stopped_) {
            return;
        }
        if (++nodes_ > limits_.max_nodes) {
            stop(expanding_alias(node), "yaml-too-many-nodes",
                 fmt::format("the document has more than {} nodes once aliases are expanded "
                             "(an alias bomb?); raise the limit with --max-nodes",
                             limits_.max_nodes));
            return;
        }
        if (depth > limits_.max_depth) {
            stop(node, "yaml-too-deep",
                 fmt::format("the document nests deeper than {} levels; raise the limit with "
                             "--max-depth",
                             limits_.max_depth));
            return;
        }
        if (node.IsScalar()) {
            check_scalar(node);
            return;
        }
        if (!node.IsMap() && !node.IsSequence()) {
            return;
        }
        // An alias of an ancestor names the same node, so it has the same start mark.
        auto position = node.Mark().pos;
        if (!on_path_.insert(position).second) {
            stop(node, "yaml-alias-cycle",
                 "an alias refers to a node that contains it (a self-referencing alias); "
                 "expected a tree");
            return;
        }
        path_.push_back(node);
        if (node.IsMap()) {
            visit_map(node, depth);
        } else {
            for (const auto& child : node) {
                visit(child, depth + 1);
            }
        }
        path_.pop_back();
        on_path_.erase(position);
    }

    // Where too many nodes is best reported: the outermost node on the path whose content is
    // an alias (written before it), that is the place that expands into the rest.
    YAML::Node expanding_alias(const YAML::Node& current) const {
        for (std::size_t i = 0; i < path_.size(); ++i) {
            const YAML::Node& child = i + 1 < path_.size() ? path_[i + 1] : current;
            if (child.Mark().pos < path_[i].Mark().pos) {
                return path_[i];
            }
        }
        return current;
    }

    void visit_map(const YAML::Node& node, int depth) {
        std::set<std::string> seen;
        for (const auto& entry : node) {
            const YAML::Node& key = entry.first;
            if (!key.IsScalar()) {
                problem(key, "yaml-complex-key",
                        fmt::format("expected a plain key, found {}", describe_node(key)));
            } else if (!seen.insert(key.Scalar()).second) {
                problem(key, "duplicate-key",
                        fmt::format("the key '{}' is given twice in this map; expected each key "
                                    "once",
                                    key.Scalar()));
            }
            file_.note_empty_value(key, entry.second);
            visit(entry.second, depth + 1);
        }
    }

    void check_scalar(const YAML::Node& node) {
        if (node.Scalar().size() > limits_.max_string_length) {
            problem(node, "yaml-string-too-long",
                    fmt::format("a text of {} characters, more than the limit of {}; raise it "
                                "with --max-string-length",
                                node.Scalar().size(), limits_.max_string_length));
        }
    }

    void problem(const YAML::Node& node, const char* code, std::string message) {
        found_problem_ = true;
        file_.error(node, code, std::move(message));
    }

    void stop(const YAML::Node& node, const char* code, std::string message) {
        problem(node, code, std::move(message));
        stopped_ = true;
    }

    YamlFile& file_;
    const InputLimits& limits_;
    std::size_t nodes_ = 0;
    std::set<std::size_t> on_path_;
    std::vector<YAML::Node> path_; // the maps and lists from the root to the current node
    bool stopped_ = false;
    bool found_problem_ = false;
};

} // namespace

std::optional<YAML::Node> parse_yaml(std::string_view text, YamlFile& file,
                                     const InputLimits& limits) {
    Diagnostics& diagnostics = file.diagnostics();
    std::size_t bad_offset = 0;
    if (!is_valid_utf8(text, &bad_offset)) {
        diagnostics.error(location_of_offset(text, bad_offset, file.path()), "not-utf8",
                          fmt::format("expected UTF-8 text, found the byte 0x{:02x} (a binary "
                                      "file, or another encoding?)",
                                      static_cast<unsigned char>(text[bad_offset])));
        return std::nullopt;
    }
    if (text.find('\0') != std::string_view::npos) {
        diagnostics.error(location_of_offset(text, text.find('\0'), file.path()), "not-utf8",
                          "expected text, found a NUL byte (a binary file?)");
        return std::nullopt;
    }
    std::vector<YAML::Node> documents;
    try {
        documents = YAML::LoadAll(std::string(text));
    } catch (const YAML::DeepRecursion& error) {
        diagnostics.error(file.at(error.mark), "yaml-too-deep",
                          "the document nests deeper than the YAML parser's limit of 500 levels");
        return std::nullopt;
    } catch (const YAML::Exception& error) {
        diagnostics.error(file.at(error.mark), "yaml-syntax",
                          fmt::format("invalid YAML: {}", error.msg));
        return std::nullopt;
    }
    if (documents.empty() || (documents.front().IsNull() && documents.size() == 1)) {
        diagnostics.error({file.path(), 0, 0}, "empty-file",
                          "the file is empty; expected a YAML map");
        return std::nullopt;
    }
    for (std::size_t i = 1; i < documents.size(); ++i) {
        if (!documents[i].IsNull()) {
            file.error(documents[i], "several-documents",
                       "a second YAML document ('---'); expected one document per file");
            return std::nullopt;
        }
    }
    if (!TreeChecker(file, limits).check(documents.front())) {
        return std::nullopt;
    }
    return documents.front();
}

} // namespace ladder
