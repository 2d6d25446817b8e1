#pragma once
// What each diagnostic code means and how to fix what it reports, in full sentences: the rule
// descriptions and help of SARIF (code-scanning services show them beside each finding).

#include <string>

namespace ladder {

struct CodeText {
    std::string summary;     // a few words: "no guidance"
    std::string description; // what the check finds, in a sentence or two
    std::string help;        // how to fix it
};

// Every code ladder emits is described; an unknown code gets generic words built from itself.
CodeText describe_code(const std::string& code);

} // namespace ladder
