// HTML output: escaping, safe links and the page shell (report/html), and the pages built on
// them (report/site_pages, report/evaluation_html, report/svg_chart), fed with names, titles
// and links that try to inject markup or script.

#include "eval/evaluation.hpp"
#include "report/common/html.hpp"
#include "report/common/svg_chart.hpp"
#include "report/framework/site_pages.hpp"
#include "report/person/evaluation_html.hpp"
#include "test_support.hpp"

#include <algorithm>
#include <cctype>
#include <doctest/doctest.h>
#include <string>
#include <vector>

using namespace ladder;

namespace {

// A framework whose texts all try to break out of the markup.
const std::string hostile_framework = R"yaml(framework:
  id: hostile
  name: "<script>alert('name')</script> & Co"
  version: "\"><img src=x onerror=alert('version')>"
  description: "Text with &amp; an entity and <b>bold</b>."
scale: {1: "<i>Learning</i>", 2: Developing, 3: Proficient}
competencies:
  craft:
    name: "<svg onload=alert('competency')>Craft"
    description: "<style>body{display:none}</style>"
    ratings: {1: "<iframe src=\"javascript:alert('rating')\"></iframe>"}
tracks:
  ic: {name: "\"><img src=x onerror=alert('track')>"}
  management: {name: "Managers ' onmouseover='alert(1)"}
levels:
  - id: IC1
    track: ic
    title: "<script>alert('level title')</script>"
    band: 1
    summary: "\"><img src=x onerror=alert('summary')> &amp; more"
    criteria:
      - id: c1
        title: "\"><img src=x onerror=alert('criterion')>"
        description: "<script>alert('description')</script>"
        guidance: "<a href=\"javascript:alert('guidance')\">click</a>"
        rating: {competency: craft, min: 3}
  - id: IC2
    track: ic
    title: Engineer II
    band: 2
    includes: IC1
    summary: Second.
    criteria:
      - {id: c2, title: Second, description: D, guidance: G, evidence: {type: project}}
  - id: M1
    track: management
    title: Manager
    band: 2
    summary: Manages.
    criteria:
      - {id: m1, title: Manages, description: D, guidance: G, rating: {competency: craft, min: 2}}
transitions:
  - from: IC2
    to: M1
    summary: "<img src=x onerror=alert('move')>"
    trial_months: 6
    reversible: true
    criteria:
      - {id: t1, title: Wants it, description: D, guidance: G, interest: {track: management}}
)yaml";

// A person on IC1 of the hostile framework whose texts and links are hostile too.
const std::string hostile_person =
    R"yaml(person: {id: E666, name: "<script>alert('person')</script>"}
track: ic
level: IC1
in_level_since: 2025-01-01
ratings:
  craft: {rating: 2, by: "<img src=x onerror=alert('rater')>"}
evidence:
  - id: item1
    type: project
    title: "\"><img src=x onerror=alert('title')>"
    date: 2026-01-10
    links:
      - "javascript:alert('link')"
      - "JaVaScRiPt:alert('case')"
      - "https://example.com/a?b=1&c=\"2\""
  - id: item2
    type: review
    title: "Reviews &amp; more"
    date: 2026-02-10
)yaml";

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// No element or attribute that a hostile string could have produced: ladder's pages never
// contain these, so any one of them would have come from a file.
void check_nothing_injected(const std::string& html) {
    std::string text = lower(html);
    for (const char* forbidden : {"<script", "<img", "<iframe", "<svg onload", "<style>body", "<b>",
                                  "<i>", "href=\"javascript", "href=\"data:"}) {
        INFO(forbidden);
        CHECK_FALSE(contains(text, forbidden));
    }
}

Evaluation evaluate(const Framework& framework, const Person& person,
                    const std::optional<std::string>& target = std::nullopt) {
    return evaluate_person(framework, person, test::date("2026-11-01"), target);
}

const SitePage& page_named(const std::vector<SitePage>& pages, const std::string& file) {
    auto it = std::find_if(pages.begin(), pages.end(),
                           [&](const SitePage& page) { return page.file == file; });
    REQUIRE(it != pages.end());
    return *it;
}

} // namespace

TEST_SUITE("report/html") {

    TEST_CASE("escape_markup escapes the five characters that matter, and only them") {
        CHECK(escape_markup("<script>alert(1)</script>") ==
              "&lt;script&gt;alert(1)&lt;/script&gt;");
        CHECK(escape_markup("\"><img src=x onerror=alert(1)>") ==
              "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
        CHECK(escape_markup("' onmouseover='x") == "&#39; onmouseover=&#39;x");
        CHECK(escape_markup("Tom & Jerry") == "Tom &amp; Jerry");
        SUBCASE("an entity in the text stays text: &amp; shows as &amp;, not as &") {
            CHECK(escape_markup("&amp;") == "&amp;amp;");
            CHECK(escape_markup("&lt;b&gt;") == "&amp;lt;b&amp;gt;");
        }
        SUBCASE("other text is unchanged, UTF-8 included") {
            CHECK(escape_markup("Proficient (3) \u2192 caf\u00e9") ==
                  "Proficient (3) \u2192 caf\u00e9");
            CHECK(escape_markup("") == "");
        }
    }

    TEST_CASE("is_safe_link accepts http, https and mailto in any case") {
        CHECK(is_safe_link("http://example.com"));
        CHECK(is_safe_link("https://example.com/a?b=1&c=2#d"));
        CHECK(is_safe_link("HTTPS://EXAMPLE.COM"));
        CHECK(is_safe_link("mailto:someone@example.com"));
        CHECK(is_safe_link("MailTo:someone@example.com"));
    }

    TEST_CASE("is_safe_link refuses every other scheme, relative links and disguises") {
        for (const char* url :
             {"javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)",
              "java\tscript:alert(1)", "java\nscript:alert(1)", "\x01javascript:alert(1)",
              "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)",
              "file:///etc/passwd", "//evil.example.com", "/relative/path", "example.com", "",
              "http://", "mailto:", "https://exa mple.com", "http:/example.com"}) {
            INFO(url);
            CHECK_FALSE(is_safe_link(url));
        }
    }

    TEST_CASE("html_link makes a link only of a safe URL, escaping it in the attribute") {
        CHECK(html_link("https://example.com/?a=1&b=\"2\"", "the <doc>") ==
              "<a href=\"https://example.com/?a=1&amp;b=&quot;2&quot;\" "
              "rel=\"noopener noreferrer\">the &lt;doc&gt;</a>");
        CHECK(html_link("javascript:alert(1)", "javascript:alert(1)") == "javascript:alert(1)");
        CHECK(html_link("data:text/html,<script>x</script>", "x<y") == "x&lt;y");
    }

    TEST_CASE("page_link escapes its href and text") {
        CHECK(page_link("level-IC4.html#c-x", "A & B") ==
              "<a href=\"level-IC4.html#c-x\">A &amp; B</a>");
        CHECK(page_link("\"><x", "t") == "<a href=\"&quot;&gt;&lt;x\">t</a>");
    }

    TEST_CASE("the page shell is self-contained, forbids scripts and escapes its texts") {
        std::string page = render_html_page({"<script>alert('t')</script>", "Name & <b>Co</b>",
                                             "\"><img src=x>", "index.html", "<p>body</p>"});
        CHECK(contains(page, "<!DOCTYPE html>"));
        CHECK(contains(page, "<meta charset=\"utf-8\">"));
        CHECK(contains(page, "Content-Security-Policy\" content=\"default-src 'none'"));
        CHECK(contains(page, "<p>body</p>"));
        CHECK(contains(page, "<title>&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt; - Name "
                             "&amp; &lt;b&gt;Co&lt;/b&gt; &quot;&gt;&lt;img src=x&gt;</title>"));
        CHECK(contains(page, "version &quot;&gt;&lt;img src=x&gt;"));
        check_nothing_injected(page);
        SUBCASE("nothing is fetched: no external stylesheet, font, script or image") {
            CHECK_FALSE(contains(page, "<link"));
            CHECK_FALSE(contains(page, "@import"));
            CHECK_FALSE(contains(page, "url("));
            CHECK_FALSE(contains(lower(page), "<script"));
        }
        SUBCASE("the stylesheet has a print layout") {
            CHECK(contains(std::string(html_stylesheet()), "@media print"));
        }
        SUBCASE("the stylesheet has a dark mode, for screens only") {
            CHECK(contains(std::string(html_stylesheet()),
                           "@media screen and (prefers-color-scheme: dark)"));
        }
    }
}

TEST_SUITE("report/html") {

    TEST_CASE("html_text_blocks: one line stays plain, several become paragraphs and lists") {
        CHECK(html_text_blocks("a <b> line") == "a &lt;b&gt; line");
        CHECK(html_text_blocks("Steps:\n1. <one>\n2. two\n\nThen:\n- x\n- y\nend") ==
              "<p>Steps:</p>\n<ol>\n<li>&lt;one&gt;</li>\n<li>two</li>\n</ol>\n<p>Then:</p>\n"
              "<ul>\n<li>x</li>\n<li>y</li>\n</ul>\n<p>end</p>\n");
    }
}

TEST_SUITE("report/site_pages") {

    TEST_CASE("slug keeps id characters and encodes every other byte, so ids map one to one") {
        CHECK(slug("IC4") == "IC4");
        CHECK(slug("technical_depth") == "technical_depth");
        CHECK(slug("ic4-lead.v2") == "ic4-lead.v2");
        CHECK(slug("a/b") == "a~2fb");
        CHECK(slug("../x") == "..~2fx");
        CHECK(slug("\"><x") == "~22~3e~3cx");
        CHECK(slug("~") == "~7e");
        CHECK(slug("a~2fb") != slug("a/b"));
        CHECK(level_page_file("IC4") == "level-IC4.html");
        CHECK(competency_page_file("technical_depth") == "competency-technical_depth.html");
    }

    TEST_CASE("render_site writes an index, a page per level and a page per competency") {
        Framework framework = test::load_valid_framework(hostile_framework);
        auto pages = render_site(framework);
        std::vector<std::string> files;
        for (const auto& page : pages) {
            files.push_back(page.file);
        }
        CHECK(files == std::vector<std::string>{"index.html", "level-IC1.html", "level-IC2.html",
                                                "level-M1.html", "competency-craft.html"});
    }

    TEST_CASE("every page escapes every text from the framework and names it and its version") {
        Framework framework = test::load_valid_framework(hostile_framework);
        for (const auto& page : render_site(framework)) {
            INFO(page.file);
            check_nothing_injected(page.html);
            CHECK(
                contains(page.html, "&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt; &amp; Co"));
            CHECK(contains(page.html, "version &quot;&gt;&lt;img src=x "
                                      "onerror=alert(&#39;version&#39;)&gt;"));
        }
        auto pages = render_site(framework);
        const std::string& index = page_named(pages, "index.html").html;
        CHECK(contains(index, "&quot;&gt;&lt;img src=x onerror=alert(&#39;track&#39;)&gt;"));
        CHECK(contains(index, "Managers &#39; onmouseover=&#39;alert(1)"));
        CHECK(contains(index, "&lt;script&gt;alert(&#39;level title&#39;)&lt;/script&gt;"));
        CHECK(contains(index, "&amp;amp; more"));
        CHECK(contains(index, "Text with &amp;amp; an entity and &lt;b&gt;bold&lt;/b&gt;."));
    }

    TEST_CASE("the index draws the ladder highest band first, with the moves between tracks") {
        Framework framework = test::load_valid_framework(hostile_framework);
        auto pages = render_site(framework);
        const std::string& index = page_named(pages, "index.html").html;
        auto band2 = index.find("title=\"band 2\"");
        auto band1 = index.find("title=\"band 1\"");
        REQUIRE(band2 != std::string::npos);
        REQUIRE(band1 != std::string::npos);
        CHECK(band2 < band1);
        CHECK(contains(index, "<a class=\"move right\" href=\"level-M1.html#move-from-IC2\">"
                              "<span class=\"label\">IC2 \u2192 M1: 6-month trial</span>"));
        CHECK(contains(index, "with a way back"));
        CHECK(contains(index, "starts at band 2"));
    }

    TEST_CASE("a level page states each criterion with the rule in the words of ladder show") {
        Framework framework = test::load_valid_framework(hostile_framework);
        auto pages = render_site(framework);
        const std::string& ic1 = page_named(pages, "level-IC1.html").html;
        const Criterion* c1 = framework.find_criterion("c1");
        REQUIRE(c1 != nullptr);
        CHECK(contains(ic1, "<dd>" + escape_markup(c1->rule->describe(framework)) + "</dd>"));
        CHECK(contains(ic1, "&lt;script&gt;alert(&#39;description&#39;)&lt;/script&gt;"));
        CHECK(contains(ic1, "&lt;a href=&quot;javascript:alert(&#39;guidance&#39;)&quot;&gt;"));
        SUBCASE("an including level lists what it includes, linking to the full text") {
            const std::string& ic2 = page_named(pages, "level-IC2.html").html;
            CHECK(contains(ic2, "Included from lower levels (1)"));
            CHECK(contains(ic2, "href=\"level-IC1.html#c-c1\""));
        }
        SUBCASE("the level a move leads to states the move's criteria") {
            const std::string& m1 = page_named(pages, "level-M1.html").html;
            CHECK(contains(m1, "id=\"move-from-IC2\""));
            CHECK(contains(m1, "id=\"c-t1\""));
            CHECK(contains(m1, "&lt;img src=x onerror=alert(&#39;move&#39;)&gt;"));
        }
    }

    TEST_CASE("a competency page says what each rating means and which levels ask for it") {
        Framework framework = test::load_valid_framework(hostile_framework);
        auto pages = render_site(framework);
        const std::string& craft = page_named(pages, "competency-craft.html").html;
        CHECK(contains(craft, "&lt;iframe src=&quot;javascript:alert(&#39;rating&#39;)&quot;&gt;"));
        CHECK(contains(craft, "not described"));
        CHECK(contains(craft, "<a href=\"level-IC1.html\">IC1</a>: 3 Proficient"));
        CHECK(contains(craft, "<a href=\"level-M1.html\">M1</a>: 2 Developing"));
        CHECK(contains(craft, "href=\"level-IC1.html#c-c1\""));
    }
}

TEST_SUITE("report/evaluation_html") {

    TEST_CASE("the report escapes the person's texts and links only safe URLs") {
        Framework framework = test::load_valid_framework(hostile_framework);
        Person person = test::load_valid_person(hostile_person);
        std::string page = render_evaluation_page(
            framework, "Gap report: " + person.name,
            {render_evaluation_section(framework, evaluate(framework, person))});
        check_nothing_injected(page);
        CHECK(contains(page, "&lt;script&gt;alert(&#39;person&#39;)&lt;/script&gt;"));
        CHECK(contains(page, "&quot;&gt;&lt;img src=x onerror=alert(&#39;title&#39;)&gt;"));
        CHECK(contains(page, "Reviews &amp;amp; more"));
        CHECK(contains(page, "<a href=\"https://example.com/a?b=1&amp;c=&quot;2&quot;\""));
        CHECK(contains(page, "javascript:alert(&#39;link&#39;)<br>"));
        CHECK_FALSE(contains(lower(page), "href=\"javascript"));
    }

    TEST_CASE("the report has the verdict, the ratings chart, the gaps and the cross-track view") {
        Framework framework = test::load_valid_framework(hostile_framework);
        Person person = test::load_valid_person(hostile_person);
        Evaluation evaluation = evaluate(framework, person);
        std::string section = render_evaluation_section(framework, evaluation);
        CHECK(contains(section, "<p class=\"verdict\">NOT READY for IC2"));
        CHECK(contains(section, "<h2>Missing (1)</h2>"));
        CHECK(contains(section, "<h2>Cross-track view</h2>"));
        CHECK(contains(section, "<svg"));
        CHECK(contains(section, "2 Developing, needs 3"));
    }

    TEST_CASE("target_rating_minimums takes every required criterion of the target") {
        Framework framework = test::load_valid_framework(hostile_framework);
        Person person = test::load_valid_person(hostile_person);
        Evaluation to_ic2 = evaluate(framework, person, "IC2");
        REQUIRE(to_ic2.target.has_value());
        CHECK(target_rating_minimums(*to_ic2.target) == std::map<std::string, int>{{"craft", 3}});
        LevelResult m1 = evaluate_level_criteria(framework, person, *framework.find_level("M1"),
                                                 test::date("2026-01-01"));
        CHECK(target_rating_minimums(m1) == std::map<std::string, int>{{"craft", 2}});
    }

    TEST_CASE("a target two steps away shows the route, then the first step in full") {
        Framework framework = test::load_valid_framework(hostile_framework);
        Person person = test::load_valid_person(hostile_person);
        std::string section =
            render_evaluation_section(framework, evaluate(framework, person, "M1"));
        check_nothing_injected(section);
        CHECK(contains(section, "<h2>Route</h2>\n<p>M1 is 2 steps away"));
        CHECK(contains(section, "<td data-label=\"step\">2</td><td data-label=\"from\">IC2</td>"
                                "<td data-label=\"to\">M1</td><td data-label=\"how\">move, "
                                "6-month trial, reversible</td>"));
        CHECK(contains(section, "<p><strong>First step:</strong> IC2"));
    }

    TEST_CASE("a file that could not be evaluated keeps its place, with its errors escaped") {
        std::string section = render_not_evaluated_section(
            "<b>bad</b>.yaml",
            {{{"<b>bad</b>.yaml", 3, 7}, Severity::error, "code", "found '<script>'"}});
        check_nothing_injected(section);
        CHECK(contains(section, "&lt;b&gt;bad&lt;/b&gt;.yaml:3:7"));
        CHECK(contains(section, "found &#39;&lt;script&gt;&#39;"));
    }
}

TEST_SUITE("report/svg_chart") {

    TEST_CASE("a bar chart escapes its texts and draws a bar only where there is a value") {
        BarChart chart{"<script>t</script>", 5.0, {{1.0, "1"}, {5.0, "5"}}, {}};
        chart.bars.push_back({"<img src=x>", 4.0, 3.0, "4 & more", BarTone::good});
        chart.bars.push_back({"none", std::nullopt, 2.0, "not rated", BarTone::short_of});
        std::string svg = render_bar_chart(chart);
        check_nothing_injected(svg);
        CHECK(contains(svg, "aria-label=\"&lt;script&gt;t&lt;/script&gt;\""));
        CHECK(contains(svg, "4 &amp; more"));
        // One background per row, one coloured bar for the row with a value.
        auto count = [&](const std::string& part) {
            std::size_t n = 0;
            for (auto at = svg.find(part); at != std::string::npos; at = svg.find(part, at + 1)) {
                ++n;
            }
            return n;
        };
        CHECK(count("<rect") == 3);
        CHECK(count("stroke=\"#1f2933\"") == 2); // the two markers
    }

    TEST_CASE("a long label is never cut, and the chart widens to hold it") {
        std::string label(80, 'x');
        BarChart chart{"t", 20.0, {}, {}};
        for (int step = 0; step <= 20; ++step) {
            chart.ticks.emplace_back(step, std::to_string(step));
        }
        chart.bars.push_back({label, 4.0, std::nullopt, "rated four", BarTone::neutral});
        std::string svg = render_bar_chart(chart);
        CHECK(contains(svg, ">" + label + "</text>"));
        CHECK(contains(svg, "viewBox=\"0 0 1142.0 "));
        // 21 steps: every third tick is labelled, and the last one.
        CHECK(contains(svg, ">3</text>"));
        CHECK_FALSE(contains(svg, ">4</text>"));
        CHECK(contains(svg, ">20</text>"));
    }
}
