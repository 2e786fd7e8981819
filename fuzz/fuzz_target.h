// The fuzz targets' shared pieces: how a target is declared, and the invariants every parse must keep.
//
// A target is written once and built two ways (see fuzz/CMakeLists.txt):
//   - with -fsanitize=fuzzer (TOLLGATE_FUZZ=ON, clang): each target is its own libFuzzer program, and the macro
//     below defines LLVMFuzzerTestOneInput;
//   - in the test build (TOLLGATE_TESTS=ON, any compiler, with or without sanitizers): every target is linked into
//     one program, tollgate_fuzz_replay, which runs the files of fuzz/regressions/<target>/ through the same entry
//     point (ctest: fuzz.replay.<target>).
//
// A broken invariant prints what broke and aborts, so both libFuzzer and the replay test report it as a crash.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "tollgate/document.h"

namespace tollgate::fuzz {

using TargetFn = int (*)(const uint8_t* data, size_t size);

// The replay build's registry (fuzz/replay_main.cc); unused under libFuzzer.
bool register_target(const char* name, TargetFn entry);

// Prints "fuzz invariant broken: <what>" (and the input's size) to stderr and aborts.
[[noreturn]] void fail(const std::string& what);

// Checks a parse of src that was asked for format `format`: every document belongs to src and has that format,
// indexes count from 0, every node and key span lies in the file with 1-based lines and columns that match its
// byte offsets, maps have keys and sequences none, scalars have no entries, no tree is deeper than the parsers'
// limit allows, and an error has a message and a location in the file. Aborts on the first violation.
void check_parse(const ParseResult& result, const SourceText& src, Format format);

// One span against the text it points into; `what` names it in the message.
void check_span(const Span& span, const SourceText& src, const std::string& what);

}  // namespace tollgate::fuzz

#define TOLLGATE_FUZZ_CHECK(cond, what)                                         \
  do {                                                                          \
    if (!(cond)) ::tollgate::fuzz::fail(std::string(#cond) + ": " + (what));    \
  } while (0)

#ifdef TOLLGATE_LIBFUZZER
#define TOLLGATE_FUZZ_ENTRY_(name)                                                  \
  extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {         \
    return tollgate_fuzz_one(data, size);                                           \
  }
#else
#define TOLLGATE_FUZZ_ENTRY_(name) \
  [[maybe_unused]] static const bool tollgate_fuzz_registered_ = ::tollgate::fuzz::register_target(#name, &tollgate_fuzz_one);
#endif

// TOLLGATE_FUZZ_TARGET(yaml) { ...body using data and size...; return 0; }
#define TOLLGATE_FUZZ_TARGET(name)                                   \
  static int tollgate_fuzz_one(const uint8_t* data, size_t size);    \
  TOLLGATE_FUZZ_ENTRY_(name)                                         \
  static int tollgate_fuzz_one(const uint8_t* data, size_t size)
