// Internal to the engine: the sandboxed Lua state shared by the rule loader (lua_sandbox.cc), the pattern
// matcher (lua_patterns.cc) and the runtime with its proxies and tg library (lua_runtime.cc).
// Rule authors' contract: docs/writing-rules.md.
#pragma once

#include <lua.hpp>

#include <pthread.h>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "engine/rules.h"
#include "engine/shell_blocks.h"

namespace re2 {
class RE2;
}

namespace tollgate {
struct Readiness;
}

namespace tollgate::lua {

enum class Stop : uint8_t { none, budget, deadline, memory };

// Lua's allocator is told each block's size when it frees or resizes it, so small blocks need no header: one
// free list per 16-byte size class, carved from 64 KiB slabs that live as long as the state. Rule calls make
// and drop proxies, short strings and small tables by the hundred; malloc and free were a quarter of a call.
class SmallBlockPool {
 public:
  static constexpr size_t kMaxSize = 256;
  static bool fits(size_t n) { return n <= kMaxSize; }
  static bool same_class(size_t a, size_t b) { return (a + kGrain - 1) / kGrain == (b + kGrain - 1) / kGrain; }

  void* get(size_t n);  // 0 < n <= kMaxSize; nullptr when a new slab cannot be had
  void put(void* p, size_t n) {
    auto* b = static_cast<FreeBlock*>(p);
    b->next = free_[index(n)];
    free_[index(n)] = b;
  }

 private:
  static constexpr size_t kGrain = 16, kSlab = 64 * 1024;
  struct FreeBlock {
    FreeBlock* next;
  };
  static size_t index(size_t n) { return (n + kGrain - 1) / kGrain - 1; }
  FreeBlock* free_[kMaxSize / kGrain] = {};
  std::vector<std::unique_ptr<char[]>> slabs_;
  char* cur_ = nullptr;
  size_t left_ = 0;
};

// One per lua_State, reachable from any C function through lua_getextraspace.
struct Sandbox {
  lua_State* L = nullptr;
  SandboxLimits limits;
  uint64_t mem_used = 0;
  bool mem_refused = false;  // the allocator refused a request during the current call
  bool limit_reached = false;  // the last call_limited failed on the budget, the deadline or the memory cap
  SmallBlockPool pool;       // outlives the state: ~Sandbox closes L before members are destroyed

  // The running call: what it may still spend, and why it was stopped.
  bool in_call = false;
  int64_t budget_left = 0;
  std::chrono::steady_clock::time_point deadline;
  Stop stop = Stop::none;
  uint32_t steps_since_clock = 0;  // matcher steps since the deadline was last checked

  // The watchdog's view of the running call (lua_sandbox.cc, "The count hook"): a call that is still running
  // at two of its ticks gets the count hook, by a signal to the thread running it.
  enum CallState : int { idle, running, signalling };
  std::atomic<int> call_state{idle};
  std::atomic<uint64_t> call_serial{0};  // counts calls, so that the watchdog tells one long call from many
  uint64_t watched_serial = 0;           // the watchdog's: the call it saw at its last tick,
  uint64_t signalled_serial = 0;         // and the last call it signalled
  pthread_t call_thread{};
  bool registered = false;  // with the watchdog; else every call has the count hook from its start

  // Proxies carry the generation they were made in; bumping it after each call invalidates them all.
  uint64_t generation = 1;
  const std::string* rule_id = nullptr;  // of the running call (else nullptr), for tg.log and ctx.rule

  // The proxies' metatables, found by the address of their name constant: test_proxy compares a userdata's
  // metatable with `table`, new_proxy sets it from the registry slot `ref`. Both ran a registry lookup by name
  // (luaL_testudata, luaL_setmetatable) on every proxy access before.
  struct ProxyMeta {
    const char* name;
    const void* table;
    int ref;
  };
  std::vector<ProxyMeta> metatables;

  // Compiled tg.re regexes, shared by every rule of the state; owned here so userdata only borrow them.
  std::unordered_map<std::string, std::unique_ptr<re2::RE2>> regexes;

  // Registry refs of the sandbox globals table (base functions and read-only libraries) and of the plain tg
  // table behind every read-only tg view (each pack gets its own view, whose tg.lib looks in that pack).
  int globals_ref = LUA_NOREF;
  int tg_ref = LUA_NOREF;

  // tg.shell_blocks: the blocks of the latest document asked for (by Document::serial), which every rule that
  // reads scripts shares; and the other tg.shell_* functions' input and output, kept here because a C function
  // may be left by a Lua error and must not own a C++ object across a Lua call.
  uint64_t shell_blocks_of = 0;
  std::vector<ShellBlock> shell_blocks;
  std::vector<ShellLine> shell_in, shell_out;
  std::vector<ShellCommand> shell_commands;

  // Set by the runtime during a call: where ctx:report puts its hits.
  std::vector<RuleHit>* hits = nullptr;
  size_t rule_index = 0;
  const Document* current_doc = nullptr;  // nullptr in repository scope
  const std::vector<const Document*>* current_docs = nullptr;  // repository scope: the documents the rule sees
  const Readiness* readiness = nullptr;  // repo.readiness, when the scan assessed readiness

  Sandbox() = default;
  Sandbox(const Sandbox&) = delete;
  Sandbox& operator=(const Sandbox&) = delete;
  ~Sandbox();
};

// A fresh state with only the allowed libraries, the pattern functions and the tg library installed.
std::unique_ptr<Sandbox> open_sandbox(const SandboxLimits& limits);
Sandbox* sandbox_of(lua_State* L);

// Loads rule text (text mode only) as a function whose _ENV is a new table reaching the shared globals
// read-only, and pushes it. Returns false and sets *error (the Lua message, e.g. "x.lua:3: ...") otherwise.
bool load_rule_chunk(Sandbox& sb, std::string_view text, const std::string& origin, std::string* error);
// The same for a file of the pack rooted at pack_dir ("" for the built-in pack): its tg.lib finds that pack's
// library modules (<pack_dir>/lib/<name>.lua) before the built-in ones (rules/lib/<name>.lua).
bool load_rule_chunk(Sandbox& sb, std::string_view text, const std::string& origin, const std::string& pack_dir,
                     std::string* error);

// Finds the shared library module `name` (already checked to be a plain file name) for a file of the pack at
// pack_dir: <pack_dir>/lib/<name>.lua, else the embedded rules/lib/<name>.lua. On failure sets *error, e.g.
// "no library module 'x' (looked for /p/lib/x.lua and the built-in rules/lib/x.lua)". Defined in
// rule_loader.cc, next to the embedded pack.
bool find_library_source(const std::string& pack_dir, const std::string& name, RuleSource* out, std::string* error);
// The build-time bytecode of the built-in file `origin` (engine/rule_index.h), when `text` is its embedded source
// (a test may load other text under a built-in name); else empty.
std::string_view precompiled_builtin(std::string_view origin, std::string_view text);

// Calls the function below nargs arguments under the budget, deadline and memory cap.
// On failure pops the error and sets *cause: "instruction budget exhausted", "deadline of N ms passed",
// "memory cap of N MiB reached", or the Lua error message. nresults as for lua_pcall.
bool call_limited(Sandbox& sb, const std::string& rule_id, int nargs, int nresults, std::string* cause);

// Charges work done inside a C function (pattern steps, walked nodes) to the running call; raises a Lua error
// when the budget or the deadline is spent. Call only from C functions running under call_limited.
void charge(lua_State* L, uint64_t steps);

// Creates a read-only view of the table at idx named `name` (writes raise "attempt to modify read-only table
// 'name'"); pushes it.
void push_read_only(lua_State* L, int idx, const char* name);

// Installs find, match, gmatch and gsub (tollgate's budgeted matcher) into the table at idx.
void install_patterns(lua_State* L, int idx);
// Pushes the tg library table (a plain table, made read-only by the caller).
void push_tg_library(lua_State* L);

}  // namespace tollgate::lua
