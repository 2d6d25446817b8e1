#include "yaml/yaml_node.hpp"

namespace ladder {

const std::string& YamlNode::Scalar() const {
    static const std::string none;
    return IsScalar() ? data().scalar : none;
}

std::size_t YamlNode::size() const {
    if (IsSequence()) {
        return data().child_count;
    }
    return IsMap() ? data().child_count / 2 : 0;
}

YamlNode YamlNode::operator[](std::string_view key) const {
    if (!IsMap()) {
        return {};
    }
    for (std::uint32_t i = 0; i < data().child_count; i += 2) {
        YamlNode candidate = child(i);
        if (candidate.IsScalar() && candidate.Scalar() == key) {
            return child(i + 1);
        }
    }
    return {};
}

YamlNode::Iterator YamlNode::begin() const {
    return {this, 0};
}

YamlNode::Iterator YamlNode::end() const {
    bool collection = IsMap() || IsSequence();
    return {this, collection ? data().child_count : 0};
}

YamlEntry YamlNode::Iterator::operator*() const {
    if (parent_->IsMap()) {
        return {parent_->child(at_), parent_->child(at_ + 1)};
    }
    return YamlEntry(parent_->child(at_));
}

} // namespace ladder
