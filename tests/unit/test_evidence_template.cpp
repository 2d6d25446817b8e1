#include "check/evidence_checks.hpp"
#include "load/criteria_loader.hpp"
#include "load/evidence_loader.hpp"
#include "report/framework/evidence_template.hpp"
#include "test_support.hpp"

using namespace ladder;
using namespace ladder::test;

TEST_SUITE("report/evidence_template") {

    TEST_CASE("the skeleton of every shipped level is a valid evidence file as it stands") {
        Diagnostics framework_diagnostics;
        Framework framework =
            load_framework(embedded_sources(), InputLimits{}, framework_diagnostics);
        REQUIRE_FALSE(framework_diagnostics.has_errors());
        for (const auto& level : framework.levels) {
            CAPTURE(level.id);
            std::string text = render_evidence_template(framework, level);
            Diagnostics diagnostics;
            auto person = load_person({"template.yaml", text}, InputLimits{}, diagnostics);
            REQUIRE(person);
            check_person(framework, *person, date("2026-11-01"), diagnostics);
            CHECK(lines(diagnostics) == std::vector<std::string>{});
            CHECK(text.find("# - " + level.criteria.front().id + ": ") != std::string::npos);
        }
    }
}
