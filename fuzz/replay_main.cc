// tollgate_fuzz_replay: runs saved inputs through the fuzz targets' entry points, outside libFuzzer.
//
//   tollgate_fuzz_replay <target> <file or folder>...
//   tollgate_fuzz_replay --list
//
// Each file (a folder: each file in it, recursively, in name order) is one input. A target's crash or broken
// invariant aborts the program, naming the input on stderr first; otherwise it prints how many inputs ran. No
// input at all is an error, so a regression folder that lost its files fails its ctest entry instead of passing
// empty. ctest runs it once per target on fuzz/regressions/<target>/ (fuzz.replay.<target>).
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <string>
#include <vector>

#include "fuzz/fuzz_target.h"

namespace tollgate::fuzz {

namespace {
std::map<std::string, TargetFn>& targets() {
  static std::map<std::string, TargetFn> t;
  return t;
}
}  // namespace

bool register_target(const char* name, TargetFn entry) {
  targets()[name] = entry;
  return true;
}

}  // namespace tollgate::fuzz

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  using tollgate::fuzz::targets;
  if (argc == 2 && std::strcmp(argv[1], "--list") == 0) {
    for (auto& [name, entry] : targets()) std::printf("%s\n", name.c_str());
    return 0;
  }
  if (argc < 3) {
    std::fprintf(stderr, "usage: %s <target> <file or folder>...  (or --list)\n", argv[0]);
    return 2;
  }
  auto it = targets().find(argv[1]);
  if (it == targets().end()) {
    std::fprintf(stderr, "%s: no fuzz target '%s' (--list shows them)\n", argv[0], argv[1]);
    return 2;
  }
  std::vector<fs::path> inputs;
  for (int i = 2; i < argc; ++i) {
    std::error_code ec;
    if (fs::is_directory(argv[i], ec)) {
      std::vector<fs::path> in_dir;
      for (auto& e : fs::recursive_directory_iterator(argv[i], ec))
        if (e.is_regular_file()) in_dir.push_back(e.path());
      std::sort(in_dir.begin(), in_dir.end());
      inputs.insert(inputs.end(), in_dir.begin(), in_dir.end());
    } else if (fs::is_regular_file(argv[i], ec)) {
      inputs.push_back(argv[i]);
    } else {
      std::fprintf(stderr, "%s: %s: no such file or folder\n", argv[0], argv[i]);
      return 2;
    }
  }
  if (inputs.empty()) {
    std::fprintf(stderr, "%s: no inputs for target '%s'\n", argv[0], argv[1]);
    return 1;
  }
  for (const fs::path& p : inputs) {
    std::ifstream in(p, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in && !in.eof()) {
      std::fprintf(stderr, "%s: cannot read %s\n", argv[0], p.c_str());
      return 2;
    }
    // Said before the run, so a crash's report follows the name of the input that caused it.
    std::fprintf(stderr, "replay %s: %s (%zu bytes)\n", argv[1], p.c_str(), bytes.size());
    // A copy of exactly `size` bytes on the heap, as libFuzzer hands them over: a read past the end is caught.
    std::unique_ptr<uint8_t[]> data(new uint8_t[bytes.size() ? bytes.size() : 1]);
    std::memcpy(data.get(), bytes.data(), bytes.size());
    it->second(data.get(), bytes.size());
  }
  std::printf("fuzz replay %s: %zu inputs ran, no crash and no broken invariant\n", argv[1], inputs.size());
  return 0;
}
