#include "report/framework/site_pages.hpp"

#include "report/framework/site_parts.hpp"

#include <fmt/format.h>

namespace ladder {

std::string slug(std::string_view id) {
    std::string out;
    for (char c : id) {
        bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '-' || c == '_' || c == '.';
        out += keep ? std::string(1, c) : fmt::format("~{:02x}", static_cast<unsigned char>(c));
    }
    return out;
}

std::string level_page_file(std::string_view level_id) {
    return "level-" + slug(level_id) + ".html";
}

std::string competency_page_file(std::string_view competency_id) {
    return "competency-" + slug(competency_id) + ".html";
}

std::vector<SitePage> render_site(const Framework& framework) {
    std::vector<SitePage> pages;
    pages.push_back({"index.html", site::index_page(framework)});
    for (const auto& level : framework.levels) {
        pages.push_back({level_page_file(level.id), site::level_page(framework, level)});
    }
    for (std::size_t i = 0; i < framework.competencies.size(); ++i) {
        pages.push_back({competency_page_file(framework.competencies[i].id),
                         site::competency_page(framework, i)});
    }
    return pages;
}

} // namespace ladder
