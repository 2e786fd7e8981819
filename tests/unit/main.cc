// The Catch2 test runner; every tests/unit/*_test.cc is linked into one binary, discovered by ctest.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
