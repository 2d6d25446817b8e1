#include "commands/people_json_stream.hpp"

#include "commands/person_input.hpp"
#include "util/json_text.hpp"

namespace ladder {

namespace {

// An entry of the document's list pretty-printed on its own, moved two levels in (the document,
// then the list): what json_text(document, 2) prints for it there. A line break in JSON text is
// always the printer's; strings hold theirs escaped.
std::string nested_entry(const nlohmann::ordered_json& entry) {
    constexpr std::string_view indent = "    ";
    std::string text = json_text(entry, 2);
    std::string nested(indent);
    nested.reserve(text.size() + text.size() / 8);
    std::size_t from = 0;
    for (std::size_t line_end = text.find('\n'); line_end != std::string::npos;
         line_end = text.find('\n', from)) {
        nested.append(text, from, line_end + 1 - from).append(indent);
        from = line_end + 1;
    }
    nested.append(text, from);
    return nested;
}

} // namespace

PeopleJsonStream::PeopleJsonStream(std::ostream& out, const Framework& framework, const Date& as_of,
                                   std::string_view key)
    : out_(out), framework_(framework), as_of_(as_of), key_(key) {}

void PeopleJsonStream::open() {
    if (opened_) {
        return;
    }
    opened_ = true;
    // The document's head as people_document() prints it: the same keys before the list,
    // printed by the same printer, its closing brace left off.
    nlohmann::ordered_json head = people_document(framework_, as_of_, key_, {}, {});
    head.erase(key_);
    head.erase("errors");
    std::string text = json_text(head, 2);
    text.resize(text.size() - 2); // "\n}"
    out_ << text << ",\n  " << json_text(nlohmann::ordered_json(key_)) << ": [";
}

void PeopleJsonStream::add_person(const nlohmann::ordered_json& person) {
    open();
    out_ << (people_ == 0 ? "\n" : ",\n") << nested_entry(person);
    ++people_;
}

void PeopleJsonStream::add_error(nlohmann::ordered_json error) {
    errors_.push_back(std::move(error));
}

void PeopleJsonStream::finish() {
    open();
    out_ << (people_ == 0 ? "]" : "\n  ]") << ",\n  \"errors\": ";
    if (errors_.empty()) {
        out_ << "[]";
    } else {
        out_ << "[";
        for (std::size_t i = 0; i < errors_.size(); ++i) {
            out_ << (i == 0 ? "\n" : ",\n") << nested_entry(errors_[i]);
        }
        out_ << "\n  ]";
    }
    out_ << "\n}\n";
}

} // namespace ladder
