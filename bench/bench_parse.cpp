// The floor for `ladder batch`: YAML::LoadFile of each file and nothing else, on one thread.
// Paths come as arguments or, with `-`, one a line on stdin. Prints how many files it parsed.

#include <cstdio>
#include <iostream>
#include <string>
#include <yaml-cpp/yaml.h>

namespace {

bool parse(const std::string& path) {
    try {
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
    for (int i = 1; i < argc; ++i) {
        std::string argument = argv[i];
        if (argument != "-") {
            parsed += parse(argument) ? 1 : 0;
            continue;
        }
        for (std::string line; std::getline(std::cin, line);) {
            parsed += parse(line) ? 1 : 0;
        }
    }
    std::printf("%zu files parsed\n", parsed);
    return 0;
}
