#include "yaml/yaml_file.hpp"

#include "util/invisible_characters.hpp"
#include "util/text.hpp"
#include "yaml/yaml_tree.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <set>
#include <sstream>
#include <unordered_set>
#include <vector>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

namespace ladder {

Location YamlFile::at(const YAML::Mark& mark) const {
    if (mark.is_null() || mark.line < 0) {
        return {path_, 0, 0};
    }
    return {path_, mark.line + 1, mark.column + 1};
}

Location YamlFile::at(const YamlNode& node) const {
    if (node.IsDefined() && node.IsNull()) {
        auto key = empty_value_keys_.find(node.Mark().pos);
        if (key != empty_value_keys_.end() && !node.Mark().is_null()) {
            return at(key->second);
        }
    }
    return at(node.Mark());
}

void YamlFile::note_empty_value(const YamlNode& key, const YamlNode& value) {
    if (value.IsNull() && !value.Mark().is_null()) {
        empty_value_keys_.emplace(value.Mark().pos, key.Mark());
    }
}

void YamlFile::error(const YamlNode& node, std::string code, std::string message) const {
    diagnostics_->error(at(node), std::move(code), std::move(message));
}

void YamlFile::warning(const YamlNode& node, std::string code, std::string message) const {
    diagnostics_->warning(at(node), std::move(code), std::move(message));
}

std::string describe_node(const YamlNode& node) {
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
    return fmt::format("'{}'{}", with_invisible_characters_escaped(text),
                       invisible_characters_note(node.Scalar()));
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

// The keys of one map. Maps are small, so a linear scan beats a tree; a large one (a hostile
// file) switches to a hash set so the check stays linear.
class KeySet {
public:
    bool insert(const std::string& key) {
        if (hashed_.empty() && few_.size() < 16) {
            if (std::find(few_.begin(), few_.end(), key) != few_.end()) {
                return false;
            }
            few_.push_back(key);
            return true;
        }
        if (hashed_.empty()) {
            hashed_.insert(few_.begin(), few_.end());
        }
        return hashed_.insert(key).second;
    }

private:
    std::vector<std::string_view> few_;
    std::unordered_set<std::string_view> hashed_;
};

// Walks the loaded tree once, following aliases as a reader of the tree would, and stops at
// the first limit crossed: yaml-cpp shares aliased nodes, so an alias bomb is small in memory
// but enormous to walk, and a self-referencing alias is a cycle.
class TreeChecker {
public:
    TreeChecker(YamlFile& file, const InputLimits& limits, std::string_view text)
        : file_(file), limits_(limits), text_(text) {
        // yaml-cpp's positions do not count a byte order mark.
        if (text_.starts_with("\xEF\xBB\xBF")) {
            text_.remove_prefix(3);
        }
    }

    bool check(const YamlNode& root) {
        visit(root, 1);
        return !stopped_ && !found_problem_;
    }

private:
    void visit(const YamlNode& node, int depth) {
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
        bool on_path = std::any_of(path_.begin(), path_.end(), [&](const YamlNode& ancestor) {
            return ancestor.Mark().pos == position;
        });
        if (on_path) {
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
    }

    // Where too many nodes is best reported: the outermost node on the path whose content is
    // an alias (written before it), that is the place that expands into the rest.
    YamlNode expanding_alias(const YamlNode& current) const {
        for (std::size_t i = 0; i < path_.size(); ++i) {
            const YamlNode& child = i + 1 < path_.size() ? path_[i + 1] : current;
            if (child.Mark().pos < path_[i].Mark().pos) {
                return path_[i];
            }
        }
        return current;
    }

    void visit_map(const YamlNode& node, int depth) {
        KeySet seen;
        for (const auto& entry : node) {
            const YamlNode& key = entry.first;
            if (!key.IsScalar()) {
                problem(key, "yaml-complex-key",
                        fmt::format("expected a plain key, found {}", describe_node(key)));
            } else if (!seen.insert(key.Scalar())) {
                problem(key, "duplicate-key",
                        fmt::format("the key '{}' is given twice in this map; expected each key "
                                    "once",
                                    key.Scalar()));
            } else {
                check_scalar(key);
            }
            file_.note_empty_value(key, entry.second);
            visit(entry.second, depth + 1);
        }
    }

    void check_scalar(const YamlNode& node) {
        if (node.Scalar().size() > limits_.max_string_length) {
            problem(node, "yaml-string-too-long",
                    fmt::format("a text of {} characters, more than the limit of {}; raise it "
                                "with --max-string-length",
                                node.Scalar().size(), limits_.max_string_length));
        }
        check_closed_quote(node);
    }

    // yaml-cpp silently ends a quoted text that is never closed at the end of the file, so the
    // rest of the file disappears into it. Each quoted text must find its closing quote.
    void check_closed_quote(const YamlNode& node) {
        if (node.Mark().is_null()) {
            return;
        }
        auto i = static_cast<std::size_t>(node.Mark().pos);
        // The position may be that of an anchor (&a) or a tag (!t) written before the value.
        while (i < text_.size() && (text_[i] == '&' || text_[i] == '!')) {
            i = text_.find_first_of(" \t\r\n", i);
            i = text_.find_first_not_of(" \t", i == std::string_view::npos ? text_.size() : i);
        }
        // Most texts are not quoted; an aliased quoted text is checked once.
        if (i >= text_.size() || (text_[i] != '\'' && text_[i] != '"') ||
            !checked_quotes_.insert(node.Mark().pos).second) {
            return;
        }
        char quote = text_[i];
        for (std::size_t j = i + 1; j < text_.size(); ++j) {
            if (quote == '"' && text_[j] == '\\') {
                ++j; // an escaped character, perhaps a quote
            } else if (text_[j] == quote) {
                if (quote == '\'' && j + 1 < text_.size() && text_[j + 1] == '\'') {
                    ++j; // '' is a quote inside single quotes
                } else {
                    return;
                }
            }
        }
        problem(node, "yaml-syntax",
                fmt::format("invalid YAML: the quoted text starting here is never closed; "
                            "expected a closing {} before the end of the file",
                            quote));
    }

    void problem(const YamlNode& node, const char* code, std::string message) {
        found_problem_ = true;
        file_.error(node, code, std::move(message));
    }

    void stop(const YamlNode& node, const char* code, std::string message) {
        problem(node, code, std::move(message));
        stopped_ = true;
    }

    YamlFile& file_;
    const InputLimits& limits_;
    std::string_view text_;
    std::set<int> checked_quotes_; // positions of scalars already checked
    std::size_t nodes_ = 0;
    std::vector<YamlNode> path_; // the maps and lists from the root to the current node
    bool stopped_ = false;
    bool found_problem_ = false;
};

// Where each document of a stream starts and whether it holds anything: the first pass over a
// stream that may hold several documents, without building them.
class DocumentProbe : public YAML::EventHandler {
public:
    struct Document {
        YAML::Mark start;
        bool has_content = false;
    };
    const std::vector<Document>& documents() const { return documents_; }

    void OnDocumentStart(const YAML::Mark& mark) override { documents_.push_back({mark, false}); }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override { found_content(); }
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  const std::string&) override {
        found_content();
    }
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                         YAML::EmitterStyle::value) override {
        found_content();
    }
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                    YAML::EmitterStyle::value) override {
        found_content();
    }
    void OnMapEnd() override {}

private:
    void found_content() { documents_.back().has_content = true; }
    std::vector<Document> documents_;
};

bool starts_a_line(std::string_view text, std::string_view marker) {
    return text.starts_with(marker) || text.find("\n" + std::string(marker)) != text.npos;
}

// A map in block style from the first column can only be ended by the end of the stream or a
// document marker; anything else (an indented map, a flow collection, a scalar) may leave
// tokens that yaml-cpp reads as more documents.
bool may_hold_more_documents(const YamlNode& root, std::string_view text) {
    bool block_map_at_margin =
        root.IsMap() && root.Style() == YAML::EmitterStyle::Block && root.Mark().column == 0;
    return !block_map_at_margin || starts_a_line(text, "---") || starts_a_line(text, "...");
}

// One document, perhaps followed by empty ones. Reads the documents one by one rather than with
// YAML::LoadAll, which never returns on a stray ',', ']' or '}' after the first document: yaml-cpp
// 0.7 then reports empty documents at the same place forever (yaml-cpp issues #1040, #1319).
bool is_single_document(std::string_view text, YamlFile& file) {
    std::istringstream stream{std::string(text)};
    YAML::Parser parser(stream);
    DocumentProbe probe;
    while (parser.HandleNextDocument(probe)) {
        const auto& documents = probe.documents();
        const auto& last = documents.back();
        if (documents.size() > 1 && last.start.pos == documents[documents.size() - 2].start.pos) {
            file.diagnostics().error(file.at(last.start), "yaml-syntax",
                                     "invalid YAML: unexpected text after the end of the "
                                     "document; expected a key or a list item");
            return false;
        }
        if (documents.size() > 1 && last.has_content) {
            file.diagnostics().error(
                file.at(last.start), "several-documents",
                "a second YAML document ('---'); expected one document per file");
            return false;
        }
    }
    return true;
}

// A line that looks right but does not parse often holds a character the reader cannot see:
// a tab in the indentation, a no-break space after a colon, a zero-width space in a key.
// yaml-cpp's message ("illegal map value") says nothing of it, so the character is named and
// the error placed at it. yaml-cpp often marks the token after the fault, so the line before
// is looked at too.
struct InvisibleCharacterHint {
    std::string text; // "; line 12 holds ...", empty if none was found
    YAML::Mark at;    // the character, 0-based
};

InvisibleCharacterHint invisible_character_hint(std::string_view text, const YAML::Mark& mark) {
    InvisibleCharacterHint hint{"", mark};
    if (mark.line < 0) {
        return hint;
    }
    std::vector<std::pair<int, std::string_view>> lines; // 0-based number, text
    std::size_t start = 0;
    for (int line = 0; line <= mark.line && start <= text.size(); ++line) {
        std::size_t end = std::min(text.find('\n', start), text.size());
        if (line >= mark.line - 1) {
            lines.emplace(lines.begin(), line, text.substr(start, end - start));
        }
        start = end + 1;
    }
    for (auto [number, line] : lines) {
        if (line.ends_with('\r')) {
            line.remove_suffix(1);
        }
        std::string_view indentation = line.substr(0, line.find_first_not_of(" \t"));
        if (auto tab = indentation.find('\t'); tab != std::string_view::npos) {
            hint.text = fmt::format("; line {} is indented with a tab (U+0009 CHARACTER "
                                    "TABULATION): YAML indents with spaces only",
                                    number + 1);
            hint.at.line = number;
            hint.at.column = static_cast<int>(tab);
            return hint;
        }
        std::string names = invisible_character_names(line);
        if (names.empty()) {
            continue;
        }
        std::string visible = without_invisible_characters(line);
        std::size_t first = 0; // the first byte where the line and its visible text differ
        while (first < visible.size() && visible[first] == line[first]) {
            ++first;
        }
        hint.text = fmt::format("; line {} holds {}, which YAML does not read as an ordinary "
                                "space or character: '{}'",
                                number + 1, names, with_invisible_characters_escaped(line));
        hint.at.line = number;
        hint.at.column = static_cast<int>(first);
        return hint;
    }
    return hint;
}

} // namespace

std::optional<YamlNode> parse_yaml(std::string_view text, YamlFile& file,
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
    // yaml-cpp 0.7 does not take a lone CR (old Mac OS line endings) as a line break: such a
    // file reads as one long comment, or as nothing at all.
    for (auto cr = text.find('\r'); cr != std::string_view::npos; cr = text.find('\r', cr + 1)) {
        if (cr + 1 == text.size() || text[cr + 1] != '\n') {
            diagnostics.error(location_of_offset(text, cr, file.path()), "cr-line-endings",
                              "a line ends in a lone CR (old Mac OS line endings); expected LF "
                              "or CRLF line endings (convert the file, e.g. with 'mac2unix')");
            return std::nullopt;
        }
    }
    YamlNode root;
    try {
        root = load_yaml_document(text);
        if (may_hold_more_documents(root, text) && !is_single_document(text, file)) {
            return std::nullopt;
        }
    } catch (const YAML::DeepRecursion& error) {
        diagnostics.error(file.at(error.mark), "yaml-too-deep",
                          "the document nests deeper than the YAML parser's limit of 500 levels");
        return std::nullopt;
    } catch (const YAML::Exception& error) {
        auto hint = invisible_character_hint(text, error.mark);
        diagnostics.error(file.at(hint.at), "yaml-syntax",
                          fmt::format("invalid YAML: {}{}", error.msg, hint.text));
        return std::nullopt;
    }
    if (root.IsNull()) {
        diagnostics.error({file.path(), 0, 0}, "empty-file",
                          "the file is empty; expected a YAML map");
        return std::nullopt;
    }
    if (!TreeChecker(file, limits, text).check(root)) {
        return std::nullopt;
    }
    return root;
}

} // namespace ladder
