#pragma once
// What each fuzz target does with one input, shared by the libFuzzer targets (fuzz_*.cpp) and
// by ladder_fuzz_replay, which the ordinary test suite runs over fuzz/regressions/ so that every
// input a fuzzer once crashed on stays fixed. Each entry must never crash, hang or leak.

#include <string_view>

namespace ladder::fuzz {

// Criteria: the input is one or more criteria files, separated by lines "#@file"; loads,
// checks and, when the framework is clean, renders it and evaluates a fixed person against it.
// Loads it a second time as a criteria directory does, from the trees parsed to tell each
// file's kind, and aborts if that reports anything else.
void run_criteria(std::string_view input);

// Evidence: the input is one evidence file; loads it, checks it against the shipped framework
// and, when it is clean, evaluates it.
void run_evidence(std::string_view input);

// Render: like run_evidence, then renders the evaluation (or the errors) in every format. The
// first byte chooses the target level (none, or one of the shipped framework's levels).
void run_render(std::string_view input);

// YAML tree: the input is any text. ladder's tree (yaml/yaml_tree) must read it as yaml-cpp's
// YAML::Load does: the same exception and message, or the same nodes, texts, positions and
// order. A difference aborts, naming the first one.
void run_yaml_tree(std::string_view input);

} // namespace ladder::fuzz
