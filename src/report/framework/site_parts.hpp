#pragma once
// Pieces every page of the published site uses: links and anchors between pages, the page
// shell, where each criterion is stated, and one criterion in full. Only the site's own pages
// (site_*.cpp) include this.

#include "model/framework.hpp"
#include "report/common/html.hpp"
#include "report/framework/competency_view.hpp"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace ladder::site {

std::string track_name(const Framework& framework, std::string_view id);
std::string criterion_anchor(std::string_view criterion_id);
std::string move_anchor(const Transition& move);
std::string move_href(const Transition& move);
std::string level_link(const Framework& framework, std::string_view level_id);
std::string trial_text(const Transition& move);
HtmlPage site_page(const Framework& framework, std::string title, std::string body);

// A criterion and the page where it is shown in full: a level's own criteria on its page, a
// move's criteria on the page of the level the move leads to.
struct PlacedCriterion {
    const Criterion* criterion;
    std::string stated_by; // "IC4" or "IC4 -> M1"
    std::string page;
};

std::vector<PlacedCriterion> every_criterion(const Framework& framework);
std::string criterion_href(const PlacedCriterion& placed);

// " (band 4 to 5)" for a move that changes band, "" for one that keeps it.
std::string band_change(const Framework& framework, const Transition& move);
std::string rating_text(const Framework& framework, int rating);

// One criterion in full: what it means, how ladder checks it (the same words as `ladder
// show`), and how to close the gap.
std::string criterion_block(const Framework& framework, const Criterion& criterion);

// Previous / next links at the foot of a page; "" when there is neither.
std::string pager(const std::string& previous, const std::string& next);

// The three kinds of page.
std::string index_page(const Framework& framework);
std::string level_page(const Framework& framework, const Level& level);
std::string competency_page(const Framework& framework, std::size_t index);

} // namespace ladder::site
