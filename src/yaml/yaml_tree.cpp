#include "yaml/yaml_tree.hpp"

#include <istream>
#include <streambuf>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>

namespace ladder {

namespace {

// The parser reads the text where it lies: an std::istringstream would copy it.
class TextBuffer : public std::streambuf {
public:
    explicit TextBuffer(std::string_view text) {
        // The get area is only read; std::streambuf wants it non-const.
        char* begin = const_cast<char*>(text.data());
        setg(begin, begin, begin + text.size());
    }
};

// Turns parse events into nodes. A collection's children are gathered on one stack while it is
// open and moved to the tree's child array when it closes, so each collection's children lie
// side by side.
class TreeBuilder : public YAML::EventHandler {
public:
    TreeBuilder() : tree_(std::make_shared<YamlTree>()) {}

    YamlNode root() && {
        if (tree_->nodes.empty()) {
            YamlTree::Node nothing; // no document: a null node with no position, as yaml-cpp's
            nothing.mark = YAML::Mark::null_mark();
            tree_->nodes.push_back(std::move(nothing));
        }
        return {std::move(tree_), 0};
    }

    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        attach(add(YamlTree::Kind::null, mark, anchor));
    }
    void OnAlias(const YAML::Mark&, YAML::anchor_t anchor) override { attach(anchors_[anchor]); }
    void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  const std::string& value) override {
        auto index = add(YamlTree::Kind::scalar, mark, anchor);
        tree_->nodes[index].scalar = value;
        attach(index);
    }
    void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value style) override {
        open(YamlTree::Kind::sequence, mark, anchor, style);
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value style) override {
        open(YamlTree::Kind::map, mark, anchor, style);
    }
    void OnMapEnd() override { close(); }

private:
    struct OpenCollection {
        std::uint32_t node;
        std::size_t first_pending; // where its children start on `pending_`
    };

    std::uint32_t add(YamlTree::Kind kind, const YAML::Mark& mark, YAML::anchor_t anchor) {
        auto index = static_cast<std::uint32_t>(tree_->nodes.size());
        YamlTree::Node node;
        node.kind = kind;
        node.mark = mark;
        tree_->nodes.push_back(std::move(node));
        // An anchor names its node from its start: an alias inside it is a cycle, as in yaml-cpp.
        if (anchor != YAML::NullAnchor) {
            if (anchors_.size() <= anchor) {
                anchors_.resize(anchor + 1);
            }
            anchors_[anchor] = index;
        }
        return index;
    }

    void attach(std::uint32_t index) {
        if (!open_.empty()) {
            pending_.push_back(index);
        }
    }

    void open(YamlTree::Kind kind, const YAML::Mark& mark, YAML::anchor_t anchor,
              YAML::EmitterStyle::value style) {
        auto index = add(kind, mark, anchor);
        tree_->nodes[index].style = style;
        attach(index);
        open_.push_back({index, pending_.size()});
    }

    void close() {
        OpenCollection collection = open_.back();
        open_.pop_back();
        YamlTree::Node& node = tree_->nodes[collection.node];
        node.first_child = static_cast<std::uint32_t>(tree_->children.size());
        node.child_count = static_cast<std::uint32_t>(pending_.size() - collection.first_pending);
        auto first = pending_.begin() + static_cast<std::ptrdiff_t>(collection.first_pending);
        tree_->children.insert(tree_->children.end(), first, pending_.end());
        pending_.erase(first, pending_.end());
    }

    std::shared_ptr<YamlTree> tree_;
    std::vector<std::uint32_t> anchors_; // anchor number -> node
    std::vector<OpenCollection> open_;
    std::vector<std::uint32_t> pending_;
};

} // namespace

YamlNode load_yaml_document(std::string_view text) {
    TextBuffer buffer(text);
    std::istream stream(&buffer);
    YAML::Parser parser(stream);
    TreeBuilder builder;
    parser.HandleNextDocument(builder);
    return std::move(builder).root();
}

} // namespace ladder
