// scan --shard K/N: how files are split among the shards (engine/scan.cc, assign_shards).
#include <catch2/catch.hpp>

#include <algorithm>
#include <numeric>
#include <string>
#include <vector>

#include "engine/scan_rules.h"

using namespace tollgate;

namespace {

std::vector<ScanInput> files(size_t n) {
  std::vector<ScanInput> in;
  for (size_t i = 0; i < n; ++i) {
    ScanInput f;
    f.rel_path = "dir" + std::to_string(i % 7) + "/file-" + std::to_string(i) + ".yaml";
    f.size = (i * 7919) % 5000 + (i % 13 == 0 ? 60000 : 0);  // mostly small, a few large
    in.push_back(f);
  }
  return in;
}

}  // namespace

TEST_CASE("shards: every file in exactly one shard, balanced by bytes", "[shard]") {
  std::vector<ScanInput> in = files(500);
  for (unsigned n : {1u, 2u, 3u, 7u}) {
    std::vector<unsigned> owner = assign_shards(in, n);
    REQUIRE(owner.size() == in.size());
    std::vector<uint64_t> load(n, 0);
    for (size_t i = 0; i < in.size(); ++i) {
      REQUIRE(owner[i] < n);
      load[owner[i]] += std::max<uint64_t>(in[i].size, 1);
    }
    uint64_t largest = 0;
    for (const ScanInput& f : in) largest = std::max(largest, f.size);
    // Largest first, each to the least loaded: no shard is more than one file's size above another.
    CHECK(*std::max_element(load.begin(), load.end()) - *std::min_element(load.begin(), load.end()) <= largest);
  }
}

TEST_CASE("shards: the split depends on the files, not on the order they were listed in", "[shard]") {
  std::vector<ScanInput> in = files(200);
  std::vector<ScanInput> reversed(in.rbegin(), in.rend());
  std::vector<unsigned> a = assign_shards(in, 4), b = assign_shards(reversed, 4);
  for (size_t i = 0; i < in.size(); ++i) CHECK(a[i] == b[in.size() - 1 - i]);
  CHECK(assign_shards(in, 4) == a);  // and again the same
  CHECK(assign_shards({}, 3).empty());
}
