#include "cli/cli.hpp"

int main(int argc, char** argv) {
    return ladder::run_cli(argc, argv);
}
