// The floor for `ladder batch`: YAML::LoadFile of each file and nothing else, on one thread.
// With --events, the parser's events only and no tree at all: what yaml-cpp's scanning costs,
// below any tree ladder or yaml-cpp could build from it.
// Paths come as arguments or, with `-`, one a line on stdin. Prints how many files it parsed.

#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

namespace {

// Counts what it is told, so the compiler cannot drop the parse.
class EventCounter : public YAML::EventHandler {
public:
    std::size_t events = 0;
    void OnDocumentStart(const YAML::Mark&) override { ++events; }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark&, YAML::anchor_t) override { ++events; }
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override { ++events; }
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  const std::string&) override {
        ++events;
    }
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                         YAML::EmitterStyle::value) override {
        ++events;
    }
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                    YAML::EmitterStyle::value) override {
        ++events;
    }
    void OnMapEnd() override {}
};

bool parse(const std::string& path, bool events_only) {
    try {
        if (events_only) {
            std::ifstream input(path, std::ios::binary);
            YAML::Parser parser(input);
            EventCounter counter;
            parser.HandleNextDocument(counter);
            return counter.events > 0;
        }
        YAML::Node document = YAML::LoadFile(path);
        return document.IsDefined();
    } catch (const YAML::Exception& error) {
        std::cerr << path << ": " << error.what() << "\n";
        return false;
    }
}

} // namespace

int main(int argc, char** argv) {
    std::size_t parsed = 0;
    bool events_only = false;
    for (int i = 1; i < argc; ++i) {
        std::string argument = argv[i];
        if (argument == "--events") {
            events_only = true;
            continue;
        }
        if (argument != "-") {
            parsed += parse(argument, events_only) ? 1 : 0;
            continue;
        }
        for (std::string line; std::getline(std::cin, line);) {
            parsed += parse(line, events_only) ? 1 : 0;
        }
    }
    std::printf("%zu files parsed\n", parsed);
    return 0;
}
