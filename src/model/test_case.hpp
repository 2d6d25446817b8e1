#pragma once
// A criteria test case as written in a `ladder-tests.yaml` file: an evidence file, the level
// it is judged against on a given day, and the verdict it must get. Shared by the loader (which
// reads it) and the runner (which checks it), so it lives with the other data of the model.

#include "model/outcome.hpp"
#include "util/date.hpp"
#include "util/diagnostic.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ladder {

// `criterion-id: status` under `expect: {criteria: ...}`.
struct ExpectedStatus {
    std::string criterion;
    Status status = Status::met;
    Location where;
};

struct TestCase {
    std::string name;
    Location where;
    std::string evidence; // the evidence file, resolved against the suite file's directory
    Location evidence_where;
    std::string target; // a level id
    Location target_where;
    Date as_of;
    std::optional<bool> ready;
    Location ready_where;
    std::vector<ExpectedStatus> criteria;
};

struct TestSuite {
    std::string path;                    // the suite file
    std::optional<std::string> criteria; // the framework it tests, resolved; none: the default
    std::vector<TestCase> cases;
};

} // namespace ladder
