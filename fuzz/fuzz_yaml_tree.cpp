// libFuzzer target: see fuzz_entries.hpp (run_yaml_tree) and fuzz/README.md.
#include "fuzz_entries.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    ladder::fuzz::run_yaml_tree(std::string_view(reinterpret_cast<const char*>(data), size));
    return 0;
}
