#include "util/invisible_characters.hpp"

#include "util/escaped_code_point.hpp"
#include "util/utf8.hpp"

#include <algorithm>
#include <array>
#include <fmt/format.h>
#include <utility>
#include <vector>

namespace ladder {

namespace {

// The Unicode names of the characters that show as nothing or as a plain space.
constexpr std::array<std::pair<char32_t, std::string_view>, 38> named_characters = {{
    {0x0009, "CHARACTER TABULATION"},
    {0x000A, "LINE FEED"},
    {0x000D, "CARRIAGE RETURN"},
    {0x001B, "ESCAPE"},
    {0x007F, "DELETE"},
    {0x00A0, "NO-BREAK SPACE"},
    {0x00AD, "SOFT HYPHEN"},
    {0x061C, "ARABIC LETTER MARK"},
    {0x1680, "OGHAM SPACE MARK"},
    {0x180E, "MONGOLIAN VOWEL SEPARATOR"},
    {0x2000, "EN QUAD"},
    {0x2001, "EM QUAD"},
    {0x2002, "EN SPACE"},
    {0x2003, "EM SPACE"},
    {0x2004, "THREE-PER-EM SPACE"},
    {0x2005, "FOUR-PER-EM SPACE"},
    {0x2006, "SIX-PER-EM SPACE"},
    {0x2007, "FIGURE SPACE"},
    {0x2008, "PUNCTUATION SPACE"},
    {0x2009, "THIN SPACE"},
    {0x200A, "HAIR SPACE"},
    {0x200B, "ZERO WIDTH SPACE"},
    {0x200C, "ZERO WIDTH NON-JOINER"},
    {0x200D, "ZERO WIDTH JOINER"},
    {0x200E, "LEFT-TO-RIGHT MARK"},
    {0x200F, "RIGHT-TO-LEFT MARK"},
    {0x2028, "LINE SEPARATOR"},
    {0x2029, "PARAGRAPH SEPARATOR"},
    {0x202A, "LEFT-TO-RIGHT EMBEDDING"},
    {0x202B, "RIGHT-TO-LEFT EMBEDDING"},
    {0x202C, "POP DIRECTIONAL FORMATTING"},
    {0x202D, "LEFT-TO-RIGHT OVERRIDE"},
    {0x202E, "RIGHT-TO-LEFT OVERRIDE"},
    {0x202F, "NARROW NO-BREAK SPACE"},
    {0x205F, "MEDIUM MATHEMATICAL SPACE"},
    {0x2060, "WORD JOINER"},
    {0x3000, "IDEOGRAPHIC SPACE"},
    {0xFEFF, "ZERO WIDTH NO-BREAK SPACE"},
}};

bool is_control(char32_t code) {
    return code < 0x20 || code == 0x7F || (code >= 0x80 && code <= 0x9F);
}

bool is_isolate(char32_t code) {
    return code >= 0x2066 && code <= 0x2069;
}

// Calls `visit(code, bytes)` for each character; an invalid byte is visited as code 0xFFFFFFFF.
template <typename Visit> void for_each_character(std::string_view text, Visit visit) {
    for (std::size_t i = 0; i < text.size();) {
        std::size_t length = utf8_sequence_length(text, i);
        if (length == 0) {
            visit(char32_t{0xFFFFFFFF}, text.substr(i, 1));
            ++i;
            continue;
        }
        visit(utf8_code_point(text, i, length), text.substr(i, length));
        i += length;
    }
}

} // namespace

std::string invisible_character_name(char32_t code) {
    auto found = std::find_if(named_characters.begin(), named_characters.end(),
                              [&](const auto& entry) { return entry.first == code; });
    if (found != named_characters.end()) {
        return fmt::format("U+{:04X} {}", static_cast<unsigned>(code), found->second);
    }
    if (is_control(code)) {
        return fmt::format("U+{:04X} (a control character)", static_cast<unsigned>(code));
    }
    if (is_isolate(code)) {
        return fmt::format("U+{:04X} (a bidirectional isolate)", static_cast<unsigned>(code));
    }
    return "";
}

std::string invisible_character_names(std::string_view text) {
    std::vector<std::string> names;
    for_each_character(text, [&](char32_t code, std::string_view) {
        std::string name = invisible_character_name(code);
        if (!name.empty() && std::find(names.begin(), names.end(), name) == names.end()) {
            names.push_back(std::move(name));
        }
    });
    std::string joined;
    for (const auto& name : names) {
        joined += joined.empty() ? name : ", " + name;
    }
    return joined;
}

std::string with_invisible_characters_escaped(std::string_view text) {
    std::string out;
    for_each_character(text, [&](char32_t code, std::string_view bytes) {
        if (code == 0xFFFFFFFF) {
            out += fmt::format("\\x{:02x}", static_cast<unsigned char>(bytes[0]));
        } else if (!invisible_character_name(code).empty()) {
            out += escaped_code_point(code);
        } else {
            out += bytes;
        }
    });
    return out;
}

std::string without_invisible_characters(std::string_view text) {
    std::string out;
    for_each_character(text, [&](char32_t code, std::string_view bytes) {
        if (code != 0xFFFFFFFF && invisible_character_name(code).empty()) {
            out += bytes;
        }
    });
    return out;
}

std::string invisible_characters_note(std::string_view text) {
    std::string names = invisible_character_names(text);
    return names.empty() ? "" : fmt::format(" (it holds {})", names);
}

} // namespace ladder
