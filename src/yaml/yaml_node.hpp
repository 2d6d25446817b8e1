#pragma once
// ladder's own tree of one YAML document, built from yaml-cpp's parse events (yaml/yaml_tree).
// yaml-cpp's node tree costs several allocations and reference counts per node, and walking it
// chases pointers: beside scanning, it was most of what a batch spent per file. This tree keeps
// a document's nodes in one array. It offers the part of YAML::Node's interface ladder reads,
// under the same names and with the same meaning, so a loader reads as it did: an alias is the
// anchored node itself (a self-reference is a cycle), a map keeps every pair in file order
// (a duplicate key included), an empty value is a null node marked where yaml-cpp marks it.

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>
#include <yaml-cpp/emitterstyle.h>
#include <yaml-cpp/mark.h>

namespace ladder {

struct YamlTree {
    enum class Kind : std::uint8_t { null, scalar, sequence, map };
    struct Node {
        Kind kind = Kind::null;
        YAML::EmitterStyle::value style = YAML::EmitterStyle::Default;
        YAML::Mark mark;
        std::string scalar;
        std::uint32_t first_child = 0; // into `children`; a map's children are key, value, ...
        std::uint32_t child_count = 0;
    };
    std::vector<Node> nodes;
    std::vector<std::uint32_t> children;
};

class YamlEntry;

class YamlNode {
public:
    // Undefined: what a lookup of a missing key gives.
    YamlNode() = default;
    YamlNode(std::shared_ptr<const YamlTree> tree, std::uint32_t index)
        : tree_(std::move(tree)), index_(index) {}

    bool IsDefined() const { return tree_ != nullptr; }
    bool IsNull() const { return is(YamlTree::Kind::null); }
    bool IsScalar() const { return is(YamlTree::Kind::scalar); }
    bool IsSequence() const { return is(YamlTree::Kind::sequence); }
    bool IsMap() const { return is(YamlTree::Kind::map); }
    // The text of a scalar; empty for any other node.
    const std::string& Scalar() const;
    // Where the node was written (0-based, as yaml-cpp counts); null when undefined.
    YAML::Mark Mark() const { return tree_ ? data().mark : YAML::Mark::null_mark(); }
    YAML::EmitterStyle::value Style() const {
        return tree_ ? data().style : YAML::EmitterStyle::Default;
    }
    // Items of a list, pairs of a map, 0 for anything else.
    std::size_t size() const;
    // The value of the first pair whose key is the text `key`; undefined if there is none.
    YamlNode operator[](std::string_view key) const;
    explicit operator bool() const { return IsDefined(); }
    // The tree and the node's place in it, for writing a tree's image (yaml/tree_image).
    const std::shared_ptr<const YamlTree>& tree() const { return tree_; }
    std::uint32_t index() const { return index_; }

    class Iterator;
    // A list yields its items, a map its pairs (as `entry.first`, `entry.second`), as yaml-cpp.
    Iterator begin() const;
    Iterator end() const;

private:
    const YamlTree::Node& data() const { return tree_->nodes[index_]; }
    bool is(YamlTree::Kind kind) const { return tree_ && data().kind == kind; }
    YamlNode child(std::uint32_t position) const {
        return {tree_, tree_->children[data().first_child + position]};
    }

    std::shared_ptr<const YamlTree> tree_;
    std::uint32_t index_ = 0;
};

// What iterating a node yields: for a list, the item itself; for a map, a pair in `first` and
// `second` (the entry itself then undefined).
class YamlEntry : public YamlNode {
public:
    YamlEntry(YamlNode item) : YamlNode(std::move(item)) {}
    YamlEntry(YamlNode key, YamlNode value) : first(std::move(key)), second(std::move(value)) {}
    YamlNode first;
    YamlNode second;
};

class YamlNode::Iterator {
public:
    Iterator(const YamlNode* parent, std::uint32_t position) : parent_(parent), at_(position) {}
    YamlEntry operator*() const;
    // `it->first`: the entry lives as long as the expression.
    struct Arrow {
        YamlEntry entry;
        const YamlEntry* operator->() const { return &entry; }
    };
    Arrow operator->() const { return {**this}; }
    Iterator& operator++() {
        at_ += parent_->IsMap() ? 2 : 1;
        return *this;
    }
    bool operator==(const Iterator& other) const { return at_ == other.at_; }

private:
    const YamlNode* parent_;
    std::uint32_t at_;
};

} // namespace ladder
