// The doctest runner of ladder_unit_tests; the tests are in the test_*.cpp files beside it.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
