#pragma once
// The pages of `ladder publish`: an index drawing the dual ladder (tracks side by side, levels
// aligned by band, the moves between tracks), a page per level and a page per competency.
// Pure rendering: the command writes the pages to disk.

#include "model/framework.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace ladder {

struct SitePage {
    std::string file; // a plain file name, relative to the site's directory
    std::string html;
};

// Every page of the site, index.html first, in a stable order.
std::vector<SitePage> render_site(const Framework& framework);

// A file-name and anchor-safe form of an id: letters, digits, '-', '_' and '.' are kept, every
// other byte becomes "~" and two hex digits. The loader already restricts ids to those
// characters; this keeps pages safe even if it did not. Distinct ids give distinct slugs, and no
// slug can hold a '/' or break out of an attribute (file names get a prefix, so ".." is harmless).
std::string slug(std::string_view id);

std::string level_page_file(std::string_view level_id);
std::string competency_page_file(std::string_view competency_id);

} // namespace ladder
