#include "load/parallel_parse.hpp"

#include "yaml/parsed_yaml.hpp"

#include <algorithm>
#include <numeric>
#include <thread>

namespace ladder {

namespace {

void parse_each(std::vector<SourceText>& sources, const std::vector<std::size_t>& indexes,
                const InputLimits& limits) {
    for (std::size_t index : indexes) {
        SourceText& source = sources[index];
        try {
            source.parsed = parse_yaml_once(source.text, source.path, limits);
        } catch (const std::exception&) {
            source.parsed = nullptr; // the loader parses it again and says why it failed
        }
    }
}

} // namespace

void parse_sources_in_parallel(std::vector<SourceText>& sources, const InputLimits& limits) {
    std::vector<std::size_t> unparsed;
    for (std::size_t i = 0; i < sources.size(); ++i) {
        if (!sources[i].parsed) {
            unparsed.push_back(i);
        }
    }
    if (unparsed.size() < 2) {
        return; // nothing to share
    }
    // The largest first, each to the lighter of the two threads' shares.
    std::sort(unparsed.begin(), unparsed.end(), [&](std::size_t a, std::size_t b) {
        return sources[a].text.size() > sources[b].text.size();
    });
    std::vector<std::size_t> shares[2];
    std::size_t bytes[2] = {0, 0};
    for (std::size_t index : unparsed) {
        int lighter = bytes[0] <= bytes[1] ? 0 : 1;
        shares[lighter].push_back(index);
        bytes[lighter] += sources[index].text.size();
    }
    std::thread second;
    try {
        second =
            std::thread(parse_each, std::ref(sources), std::cref(shares[1]), std::cref(limits));
    } catch (const std::system_error&) {
        parse_each(sources, shares[1], limits); // no thread to be had: parse in turn
    }
    parse_each(sources, shares[0], limits);
    if (second.joinable()) {
        second.join();
    }
}

} // namespace ladder
