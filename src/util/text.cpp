#include "util/text.hpp"

#include "util/column_width.hpp"
#include "util/utf8.hpp"
#include "util/visible_text.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <numeric>
#include <optional>
#include <utility>

namespace ladder {

std::size_t edit_distance(std::string_view a, std::string_view b) {
    // Optimal string alignment: Levenshtein plus the swap of two neighbouring characters as one
    // edit, since "titel" for "title" is one typo, not two.
    std::vector<std::size_t> before(b.size() + 1);
    std::vector<std::size_t> previous(b.size() + 1);
    std::vector<std::size_t> row(b.size() + 1);
    std::iota(row.begin(), row.end(), std::size_t{0});
    for (std::size_t i = 1; i <= a.size(); ++i) {
        before.swap(previous);
        previous.swap(row);
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            row[j] = std::min({previous[j] + 1, row[j - 1] + 1, substitution});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                row[j] = std::min(row[j], before[j - 2] + 1);
            }
        }
    }
    return row[b.size()];
}

std::optional<std::string> closest_match(std::string_view word,
                                         const std::vector<std::string>& candidates) {
    // The same word in other case first: `ic2` for `IC2` is no typo at all.
    std::string lower_word = to_lower(word);
    for (const auto& candidate : candidates) {
        if (to_lower(candidate) == lower_word) {
            return candidate;
        }
    }
    // Allow about one typo per three characters, at least one, at most three.
    std::size_t limit = std::clamp<std::size_t>(word.size() / 3, 1, 3);
    std::optional<std::string> best;
    std::size_t best_distance = limit + 1;
    for (const auto& candidate : candidates) {
        std::size_t distance = edit_distance(lower_word, to_lower(candidate));
        if (distance < best_distance) {
            best_distance = distance;
            best = candidate;
        }
    }
    if (best) {
        return best;
    }
    // A word written out that the format abbreviates, or the other way round: `minimum` for
    // `min`, `desc` for `description`. Three letters at least, so `a` matches nothing.
    for (const auto& candidate : candidates) {
        std::string lower = to_lower(candidate);
        std::string_view shorter = lower.size() < lower_word.size() ? lower : lower_word;
        std::string_view longer = lower.size() < lower_word.size() ? lower_word : lower;
        if (shorter.size() >= 3 && longer.starts_with(shorter)) {
            return candidate;
        }
    }
    return std::nullopt;
}

namespace {

// "IC9" as {"ic", 9}; nullopt unless the text is letters (or other non-digits) then a number.
std::optional<std::pair<std::string, long>> numbered(std::string_view text) {
    std::size_t digits = text.find_last_not_of("0123456789") + 1;
    if (digits == 0 || digits == text.size() || text.size() - digits > 9) {
        return std::nullopt;
    }
    return std::pair{to_lower(text.substr(0, digits)), std::stol(std::string(text.substr(digits)))};
}

// For a numbered id past either end of a numbered series (`IC9` where the series is IC1 to
// IC7), the end it went past: every IC is one edit from IC9, and the first of them (IC1) is
// the least likely meant.
std::optional<std::string> end_of_series(std::string_view word,
                                         const std::vector<std::string>& candidates) {
    auto wanted = numbered(word);
    if (!wanted) {
        return std::nullopt;
    }
    std::optional<std::pair<long, std::string>> lowest;
    std::optional<std::pair<long, std::string>> highest;
    for (const auto& candidate : candidates) {
        auto id = numbered(candidate);
        if (!id || id->first != wanted->first) {
            continue;
        }
        if (!lowest || id->second < lowest->first) {
            lowest = std::pair{id->second, candidate};
        }
        if (!highest || id->second > highest->first) {
            highest = std::pair{id->second, candidate};
        }
    }
    if (highest && wanted->second > highest->first) {
        return fmt::format(" (the highest is '{}')", highest->second);
    }
    if (lowest && wanted->second < lowest->first) {
        return fmt::format(" (the lowest is '{}')", lowest->second);
    }
    return std::nullopt;
}

} // namespace

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
    auto match = closest_match(word, candidates);
    auto end = end_of_series(word, candidates);
    if (end && match) {
        // `IC44` is one edit from IC4 alone: a typo. `IC9` is one edit from every IC level: the
        // first of them would be a guess, the top of the series is what the reader needs.
        std::string lower = to_lower(word);
        std::size_t distance = edit_distance(lower, to_lower(*match));
        auto as_close = std::count_if(candidates.begin(), candidates.end(), [&](const auto& c) {
            return edit_distance(lower, to_lower(c)) == distance;
        });
        if (distance == 0 || as_close == 1) {
            end.reset();
        }
    }
    if (end) {
        return *end;
    }
    return match ? fmt::format(" (did you mean '{}'?)", *match) : std::string();
}

std::string to_lower(std::string_view text) {
    std::string lower(text);
    for (char& c : lower) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    return lower;
}

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
    std::string result;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0) {
            result += separator;
        }
        result += parts[i];
    }
    return result;
}

std::string plural(long count, std::string_view singular, std::string_view plural_form) {
    if (count == 1) {
        return fmt::format("{} {}", count, singular);
    }
    if (plural_form.empty()) {
        return fmt::format("{} {}s", count, singular);
    }
    return fmt::format("{} {}", count, plural_form);
}

bool is_valid_utf8(std::string_view text, std::size_t* bad_offset) {
    for (std::size_t i = 0; i < text.size();) {
        std::size_t length = utf8_sequence_length(text, i);
        if (length == 0) {
            if (bad_offset) {
                *bad_offset = i;
            }
            return false;
        }
        i += length;
    }
    return true;
}

std::string shorten_text(std::string_view text, std::size_t max_bytes) {
    if (text.size() <= max_bytes) {
        return std::string(text);
    }
    constexpr std::string_view ellipsis = "...";
    std::size_t cut = max_bytes > ellipsis.size() ? max_bytes - ellipsis.size() : 0;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
        --cut; // not inside a multi-byte character
    }
    return std::string(text.substr(0, cut)) + std::string(ellipsis);
}

std::string format_number(double value) {
    std::string text = fmt::format("{:.2f}", value);
    while (text.back() == '0') {
        text.pop_back();
    }
    if (text.back() == '.') {
        text.pop_back();
    }
    return text;
}

} // namespace ladder

namespace ladder {

namespace {

// Wraps one line of text (no line breaks in it); the caller has already written `indent`.
std::string wrap_line(std::string_view text, std::size_t width, std::size_t indent,
                      std::size_t hanging) {
    std::string result;
    std::size_t column = indent;
    std::size_t start = 0;
    bool first = true;
    while (start < text.size()) {
        std::size_t end = text.find(' ', start);
        if (end == std::string_view::npos) {
            end = text.size();
        }
        std::string_view word = text.substr(start, end - start);
        if (!word.empty()) {
            if (!first && column + 1 + display_width(word) > width) {
                result += '\n';
                result.append(indent + hanging, ' ');
                column = indent + hanging;
            } else if (!first) {
                result += ' ';
                ++column;
            }
            result += word;
            column += display_width(word);
            first = false;
        }
        start = end + 1;
    }
    return result;
}

// The width of a list marker a line starts with ("- ", "* ", "12. "), 0 if none: wrapped
// lines of a list item line up under its text.
std::size_t list_marker_width(std::string_view line) {
    if (line.starts_with("- ") || line.starts_with("* ")) {
        return 2;
    }
    std::size_t digits = 0;
    while (digits < line.size() && line[digits] >= '0' && line[digits] <= '9') {
        ++digits;
    }
    bool numbered = digits > 0 && line.substr(digits).starts_with(". ");
    return numbered ? digits + 2 : 0;
}

} // namespace

// The text is shown visibly first (util/visible_text): a text report shows descriptions and
// guidance through here, and a control character in them must not reach the terminal. A line
// break of the text starts an indented line, so it cannot forge a line of the report.
std::string wrap_text(std::string_view raw, std::size_t width, std::size_t indent) {
    std::string visible = visible_text(raw, LineBreaks::keep);
    return map_lines(visible, std::string(indent, ' '), [&](std::string_view line) {
        return wrap_line(line, width, indent, list_marker_width(line));
    });
}

std::string map_lines(std::string_view text, std::string_view indent,
                      const std::function<std::string(std::string_view)>& render) {
    while (!text.empty() && text.back() == '\n') {
        text.remove_suffix(1);
    }
    std::string result;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = std::min(text.find('\n', start), text.size());
        std::string_view line = text.substr(start, end - start);
        if (start > 0) {
            result += '\n';
            result += line.empty() ? std::string_view() : indent;
        }
        result += render(line);
        start = end + 1;
    }
    return result;
}

int whole_percent(double share) {
    return static_cast<int>(std::floor(share * 100.0 + 1e-9));
}

std::string percent(double share) {
    return fmt::format("{}%", whole_percent(share));
}

// Wide characters take two columns, so that a table with CJK names stays aligned.
std::size_t display_width(std::string_view text) {
    return text_columns(text);
}

std::string pad_right(std::string_view text, std::size_t width) {
    std::string result(text);
    std::size_t current = display_width(text);
    if (current < width) {
        result.append(width - current, ' ');
    }
    return result;
}

} // namespace ladder
