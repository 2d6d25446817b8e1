#include "report/common/markup.hpp"
#include "report/diagnostics/diagnostic_codes.hpp"
#include "report/diagnostics/junit.hpp"
#include "report/diagnostics/sarif.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <string>

using namespace ladder;

namespace {

std::vector<Diagnostic> sample() {
    return {{{"criteria.yaml", 18, 30},
             Severity::error,
             "unknown-competency",
             "unknown competency 'delivry' (did you mean 'delivery'?)"},
            {{"criteria.yaml", 15, 13},
             Severity::warning,
             "no-guidance",
             "criterion 'ic1-delivery' has no guidance"},
            {{"gone.yaml", 0, 0}, Severity::error, "unreadable-file", "no such file"}};
}

} // namespace

TEST_SUITE("report/junit") {
    TEST_CASE("XML escaping of the five special characters, control characters shown visibly") {
        CHECK(escape_markup("a<b>&\"c\"'d'") == "a&lt;b&gt;&amp;&quot;c&quot;&#39;d&#39;");
        CHECK(escape_markup(std::string("x\x01y\tz\n")) == "x\\x01y\\tz\n");
    }

    TEST_CASE("validate's findings: a suite per file, errors fail, unreadable is an error") {
        std::string xml = render_diagnostics_junit(sample(), {"criteria.yaml", "clean.yaml"});
        CHECK(xml ==
              R"xml(<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="ladder validate" tests="4" failures="1" errors="1">
  <testsuite name="criteria.yaml" tests="2" failures="1" errors="0" skipped="0">
    <testcase classname="criteria.yaml" name="[unknown-competency] unknown competency &#39;delivry&#39; (did you mean &#39;delivery&#39;?)">
      <failure message="unknown competency &#39;delivry&#39; (did you mean &#39;delivery&#39;?)" type="unknown-competency">criteria.yaml:18:30: error: unknown competency &#39;delivry&#39; (did you mean &#39;delivery&#39;?) [unknown-competency]</failure>
    </testcase>
    <testcase classname="criteria.yaml" name="[no-guidance] criterion &#39;ic1-delivery&#39; has no guidance">
      <system-out>criteria.yaml:15:13: warning: criterion &#39;ic1-delivery&#39; has no guidance [no-guidance]</system-out>
    </testcase>
  </testsuite>
  <testsuite name="clean.yaml" tests="1" failures="0" errors="0" skipped="0">
    <testcase classname="clean.yaml" name="no problems"/>
  </testsuite>
  <testsuite name="gone.yaml" tests="1" failures="0" errors="1" skipped="0">
    <testcase classname="gone.yaml" name="[unreadable-file] no such file">
      <error message="no such file" type="unreadable-file">gone.yaml: error: no such file [unreadable-file]</error>
    </testcase>
  </testsuite>
</testsuites>
)xml");
    }
}

TEST_SUITE("report/junit") {
    TEST_CASE("a case is named by what was found, not where: the same finding again is numbered") {
        Diagnostic first{
            {"a.yaml", 3, 1}, Severity::error, "unknown-key", "thing: unknown key 'x'"};
        Diagnostic moved = first;
        moved.where.line = 40; // lines above it were added
        Diagnostic again = first;
        again.where.line = 9;
        std::string xml = render_diagnostics_junit({first, again}, {"a.yaml"});
        CHECK(xml.find("name=\"[unknown-key] thing: unknown key &#39;x&#39;\"") !=
              std::string::npos);
        CHECK(xml.find("name=\"[unknown-key] thing: unknown key &#39;x&#39; #2\"") !=
              std::string::npos);
        CHECK(render_diagnostics_junit({moved}, {"a.yaml"})
                  .find("name=\"[unknown-key] thing: unknown key &#39;x&#39;\"") !=
              std::string::npos);
    }
}

TEST_SUITE("report/sarif") {
    TEST_CASE("paths become URIs: relative stay relative, absolute become file://") {
        CHECK(path_to_uri("criteria/ic track.yaml") == "criteria/ic%20track.yaml");
        CHECK(path_to_uri("/repo/criteria.yaml") == "file:///repo/criteria.yaml");
    }

    TEST_CASE("a SARIF 2.1.0 log: rules by code, results with level, message and region") {
        auto log = nlohmann::json::parse(render_sarif(sample()));
        CHECK(log["version"] == "2.1.0");
        CHECK(log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json");
        REQUIRE(log["runs"].size() == 1);
        const auto& run = log["runs"][0];
        CHECK(run["tool"]["driver"]["name"] == "ladder");
        CHECK(run["tool"]["driver"]["version"] == LADDER_VERSION);
        CHECK_FALSE(run["tool"]["driver"].contains("informationUri")); // no made-up address
        const auto& rules = run["tool"]["driver"]["rules"];
        REQUIRE(rules.size() == 3);
        CHECK(rules[0]["id"] == "no-guidance");
        CHECK(rules[1]["id"] == "unknown-competency");
        CHECK(rules[2]["id"] == "unreadable-file");
        CHECK(rules[0]["shortDescription"]["text"] == "no guidance");
        CHECK(rules[0]["fullDescription"]["text"] == describe_code("no-guidance").description);
        CHECK(rules[0]["help"]["text"] == describe_code("no-guidance").help);
        // A family code (unknown-THING) is described from its own name.
        CHECK(rules[1]["fullDescription"]["text"] ==
              "A reference to a competency that the framework or format does not define.");
        REQUIRE(run["results"].size() == 3);
        const auto& first = run["results"][0];
        CHECK(first["ruleId"] == "unknown-competency");
        CHECK(first["ruleIndex"] == 1);
        CHECK(first["level"] == "error");
        CHECK(first["locations"][0]["physicalLocation"] ==
              nlohmann::json::parse(R"({"artifactLocation": {"uri": "criteria.yaml"},
                                        "region": {"startLine": 18, "startColumn": 30}})"));
        CHECK(run["results"][1]["level"] == "warning");
        // A whole-file problem has no region: SARIF lines start at 1.
        CHECK_FALSE(run["results"][2]["locations"][0]["physicalLocation"].contains("region"));
    }

    TEST_CASE("no findings is a run with no results") {
        auto log = nlohmann::json::parse(render_sarif({}));
        CHECK(log["runs"][0]["results"].empty());
        CHECK(log["runs"][0]["tool"]["driver"]["rules"].empty());
    }
}
