#include "check/evidence_checks.hpp"
#include "load/criteria_loader.hpp"
#include "load/evidence_loader.hpp"
#include "report/framework/evidence_template.hpp"
#include "test_support.hpp"

using namespace ladder;
using namespace ladder::test;

TEST_SUITE("report/evidence_template") {

    TEST_CASE("the skeleton of every shipped level is valid, its placeholders warned about") {
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
            CHECK_FALSE(diagnostics.has_errors());
            std::vector<std::string> codes;
            for (const auto& diagnostic : diagnostics.items()) {
                codes.push_back(diagnostic.code);
            }
            // The person, the example item, in_level_since and joined.
            CHECK(codes == std::vector<std::string>{"template-placeholder", "template-placeholder",
                                                    "template-placeholder",
                                                    "template-placeholder"});
            // The foot of a track a move leads into lists the move's criteria instead.
            bool by_move = level.id == "M1";
            CHECK((text.find("# - " + level.criteria.front().id + ": ") != std::string::npos) ==
                  !by_move);
        }
    }

    TEST_CASE("a level a move leads into starts from the move's source and lists its criteria") {
        Diagnostics diagnostics;
        Framework framework = load_framework(embedded_sources(), InputLimits{}, diagnostics);
        std::string m1 = render_evidence_template(framework, *framework.find_level("M1"));
        CHECK(m1.find("# What the move IC4 -> M1 (6-month trial) asks for") != std::string::npos);
        CHECK(m1.find("# - to-m1-interest: Wants to manage\n") != std::string::npos);
        CHECK(m1.find("track: ic\nlevel: IC4 ") != std::string::npos);
        CHECK(m1.find("interests: [management]") != std::string::npos);
        // M2 is reached by promotion from M1, and by the move from IC5: both are listed.
        std::string m2 = render_evidence_template(framework, *framework.find_level("M2"));
        CHECK(m2.find("level: M1 ") != std::string::npos);
        CHECK(m2.find("#   Coming from IC5 on another track? Then the move IC5 -> M2 (6-month "
                      "trial)") != std::string::npos);
        CHECK(m2.find("# - to-m2-interest: ") != std::string::npos);
    }
}
