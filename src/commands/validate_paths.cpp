#include "commands/validate_paths.hpp"

#include "check/evidence_checks.hpp"
#include "check/framework_checks.hpp"
#include "check/openings_checks.hpp"
#include "commands/people_facts_input.hpp"
#include "load/criteria_loader.hpp"
#include "load/evidence_loader.hpp"
#include "load/file_kind.hpp"
#include "load/openings_loader.hpp"
#include "load/roster_loader.hpp"
#include "load/statements_loader.hpp"
#include "load/test_suite_loader.hpp"

namespace ladder {

namespace {

struct FilesByKind {
    std::vector<SourceText> criteria;
    std::vector<SourceText> evidence;
    std::vector<SourceText> test_suites;
    std::vector<SourceText> openings;
    std::vector<SourceText> people_facts; // statements and YAML rosters
};

void keep_sources(std::vector<SourceText>& sources, Findings& findings) {
    for (auto& source : sources) {
        source.parsed.reset(); // kept for the carets under diagnostics: the text, not the tree
        findings.sources.push_back(std::move(source));
    }
}

// Sorts the files of `path` by kind; files of unknown kind and unparsable files are reported
// here, with the problems detection found.
FilesByKind sort_by_kind(const std::string& path, const InputLimits& limits, Findings& findings) {
    FilesByKind files;
    for (auto& source : read_sources_or_stdin(path, limits, findings.diagnostics)) {
        ++findings.files;
        DetectedKind detected = detect_file_kind(source, limits);
        // The loaders take the tree over, but not an evidence file's: a directory may hold
        // thousands of them, each tree several times its text, all held until they are checked.
        if (detected.kind != FileKind::evidence) {
            source.parsed = std::move(detected.parsed);
        }
        switch (detected.kind) {
        case FileKind::criteria:
            files.criteria.push_back(std::move(source));
            break;
        case FileKind::evidence:
            files.evidence.push_back(std::move(source));
            break;
        case FileKind::test_suite:
            files.test_suites.push_back(std::move(source));
            break;
        case FileKind::openings:
            files.openings.push_back(std::move(source));
            break;
        case FileKind::statements:
        case FileKind::roster:
            files.people_facts.push_back(std::move(source));
            break;
        case FileKind::unknown:
        case FileKind::unparsable:
            findings.diagnostics.append(detected.problems);
            findings.sources.push_back(std::move(source));
            break;
        }
    }
    return files;
}

// The framework the evidence files of a path are checked against: the path's own criteria, or
// --criteria, or the built-in framework. nullopt when it has errors (they are reported).
std::optional<Framework> framework_for_evidence(const std::vector<SourceText>& own_criteria,
                                                const CommonOptions& common, Findings& findings) {
    Diagnostics problems;
    Framework framework;
    if (!own_criteria.empty()) {
        framework = load_framework(own_criteria, common.limits, problems);
        check_framework(framework, problems);
        findings.diagnostics.append(problems);
        return problems.has_errors() ? std::nullopt : std::optional(std::move(framework));
    }
    LoadedCriteria loaded = load_criteria(common.criteria, common.limits);
    if (!loaded.diagnostics.has_errors()) {
        return std::move(loaded.framework);
    }
    // The criteria are not among the files validated: show their problems too.
    findings.diagnostics.append(loaded.diagnostics);
    keep_sources(loaded.sources, findings);
    return std::nullopt;
}

void check_evidence(const SourceText& source, const std::optional<Framework>& framework,
                    const PeopleFacts& facts, const Date& as_of, const InputLimits& limits,
                    Diagnostics& diagnostics) {
    const Vocabularies words = framework ? framework->vocabularies : Vocabularies::defaults();
    if (auto person = load_person(source, limits, diagnostics, words); person && framework) {
        settle_person(*framework, facts, *person, as_of, diagnostics);
    }
}

// A statements file or a YAML roster: read, and checked against the framework when there is a
// valid one.
void check_people_file(const SourceText& source, const std::optional<Framework>& framework,
                       const InputLimits& limits, Diagnostics& diagnostics) {
    PeopleFacts facts;
    if (detect_file_kind(source, limits).kind == FileKind::roster) {
        facts.roster = load_roster(source, limits, diagnostics);
    } else {
        load_statements(source, limits, facts.statements, diagnostics);
    }
    if (framework) {
        check_people_facts(*framework, facts, diagnostics);
    }
}

// An openings file is read whole, and its levels are checked against the framework when there
// is a valid one (its own problems are reported with the evidence files').
void check_opening_file(const SourceText& source, const std::optional<Framework>& framework,
                        const InputLimits& limits, Diagnostics& diagnostics) {
    if (auto openings = load_openings(source, limits, diagnostics); openings && framework) {
        check_openings(*framework, *openings, diagnostics);
    }
}

} // namespace

void validate_any_files(const std::string& path, const CommonOptions& common,
                        const PeopleFacts& facts, const Date& as_of, Findings& findings) {
    FilesByKind files = sort_by_kind(path, common.limits, findings);
    if (!files.criteria.empty() && files.evidence.empty() && files.openings.empty()) {
        Framework framework = load_framework(files.criteria, common.limits, findings.diagnostics);
        check_framework(framework, findings.diagnostics);
    }
    if (!files.evidence.empty() || !files.openings.empty() || !files.people_facts.empty()) {
        auto framework = framework_for_evidence(files.criteria, common, findings);
        for (const auto& source : files.evidence) {
            check_evidence(source, framework, facts, as_of, common.limits, findings.diagnostics);
        }
        for (const auto& source : files.people_facts) {
            check_people_file(source, framework, common.limits, findings.diagnostics);
        }
        for (const auto& source : files.openings) {
            check_opening_file(source, framework, common.limits, findings.diagnostics);
        }
    }
    for (const auto& source : files.test_suites) {
        load_test_suite(source, common.limits, findings.diagnostics);
    }
    for (auto* group : {&files.criteria, &files.evidence, &files.test_suites, &files.openings,
                        &files.people_facts}) {
        keep_sources(*group, findings);
    }
}

void validate_criteria_files(const std::optional<std::string>& path, const InputLimits& limits,
                             Findings& findings) {
    LoadedCriteria loaded = load_criteria(path, limits);
    findings.diagnostics.append(loaded.diagnostics);
    findings.files += loaded.sources.size();
    keep_sources(loaded.sources, findings);
}

void validate_evidence_files(const std::string& path, const Framework& framework,
                             const PeopleFacts& facts, const Date& as_of, const InputLimits& limits,
                             Findings& findings) {
    for (auto& source : read_sources_or_stdin(path, limits, findings.diagnostics)) {
        ++findings.files;
        check_evidence(source, framework, facts, as_of, limits, findings.diagnostics);
        findings.sources.push_back(std::move(source));
    }
}

} // namespace ladder
