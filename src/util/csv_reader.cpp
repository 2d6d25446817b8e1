#include "util/csv_reader.hpp"

namespace ladder {

namespace {

class CsvParser {
public:
    explicit CsvParser(std::string_view text) : text_(text) {
        if (text_.substr(0, 3) == "\xEF\xBB\xBF") {
            pos_ = 3;
        }
    }

    CsvTable parse() {
        while (pos_ < text_.size() && table_.problems.empty()) {
            read_row();
        }
        return std::move(table_);
    }

private:
    char peek() const { return pos_ < text_.size() ? text_[pos_] : '\0'; }
    bool at_end() const { return pos_ >= text_.size(); }

    void advance() {
        if (text_[pos_] == '\n') {
            ++line_;
            column_ = 1;
        } else if ((static_cast<unsigned char>(text_[pos_]) & 0xC0) != 0x80) {
            ++column_; // columns count characters, not the continuation bytes of UTF-8
        }
        ++pos_;
    }

    bool at_row_end() const {
        return at_end() || peek() == '\n' ||
               (peek() == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n');
    }

    void skip_row_end() {
        if (peek() == '\r') {
            advance();
        }
        if (peek() == '\n') {
            advance();
        }
    }

    void read_row() {
        CsvRow row;
        row.line = line_;
        if (at_row_end()) { // a blank line
            skip_row_end();
            return;
        }
        while (true) {
            CsvCell cell{"", line_, column_};
            if (!(peek() == '"' ? read_quoted(cell) : read_plain(cell))) {
                return;
            }
            row.cells.push_back(std::move(cell));
            if (peek() == ',') {
                advance();
                continue;
            }
            skip_row_end();
            break;
        }
        table_.rows.push_back(std::move(row));
    }

    bool read_plain(CsvCell& cell) {
        while (!at_row_end() && peek() != ',') {
            if (peek() == '"') {
                problem("a quote inside a cell that does not start with one; expected the whole "
                        "cell in quotes, with the quote doubled (\"\")");
                return false;
            }
            cell.text += peek();
            advance();
        }
        return true;
    }

    bool read_quoted(CsvCell& cell) {
        int open_line = line_;
        int open_column = column_;
        advance(); // the opening quote
        while (true) {
            if (at_end()) {
                table_.problems.push_back(
                    {open_line, open_column,
                     "a quoted cell is never closed; expected a closing quote, found the end of "
                     "the file"});
                return false;
            }
            if (peek() == '"') {
                advance();
                if (peek() == '"') {
                    cell.text += '"';
                    advance();
                    continue;
                }
                if (!at_row_end() && peek() != ',') {
                    problem(std::string("expected a comma or the end of the row after a closing "
                                        "quote, found '") +
                            peek() + "'");
                    return false;
                }
                return true;
            }
            cell.text += peek();
            advance();
        }
    }

    void problem(std::string message) {
        table_.problems.push_back({line_, column_, std::move(message)});
    }

    std::string_view text_;
    std::size_t pos_ = 0;
    int line_ = 1;
    int column_ = 1;
    CsvTable table_;
};

} // namespace

CsvTable read_csv(std::string_view text) {
    return CsvParser(text).parse();
}

} // namespace ladder
