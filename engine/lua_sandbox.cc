// The Lua sandbox: a capped allocator, an instruction-count hook with a wall-clock deadline, an allow-list of
// libraries and a private, read-only-backed environment per rule chunk.
//
// C functions here and in the other lua_*.cc files may be left by longjmp (Debian builds Lua as C), so they
// keep no C++ object with a destructor alive across a Lua call that can raise.
#include "engine/lua_sandbox.h"

#include <re2/re2.h>

#include <signal.h>

#include <algorithm>
#include <climits>
#include <condition_variable>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <new>
#include <thread>

namespace tollgate::lua {

namespace {

// The hook fires every kHookEvery VM instructions: often enough for a prompt stop, rare enough to be cheap.
constexpr int kHookEvery = 1000;

void release(SmallBlockPool& pool, void* p, size_t size) {
  if (SmallBlockPool::fits(size)) pool.put(p, size);
  else std::free(p);
}

void* sandbox_alloc(void* ud, void* ptr, size_t osize, size_t nsize) {
  auto* sb = static_cast<Sandbox*>(ud);
  size_t old = ptr ? osize : 0;
  if (nsize == 0) {
    if (ptr) release(sb->pool, ptr, old);
    sb->mem_used -= old;
    return nullptr;
  }
  // Lua relies on shrinking never failing, so only growth is checked against the cap.
  if (nsize > old && sb->mem_used - old + nsize > sb->limits.memory) {
    sb->mem_refused = true;
    return nullptr;
  }
  void* p;
  if (ptr && SmallBlockPool::fits(old) && SmallBlockPool::fits(nsize) && SmallBlockPool::same_class(old, nsize)) {
    p = ptr;
  } else if (ptr && !SmallBlockPool::fits(old) && !SmallBlockPool::fits(nsize)) {
    p = std::realloc(ptr, nsize);
  } else {
    p = SmallBlockPool::fits(nsize) ? sb->pool.get(nsize) : std::malloc(nsize);
    if (p && ptr) {
      std::memcpy(p, ptr, std::min(old, nsize));
      release(sb->pool, ptr, old);
    } else if (!p && ptr && nsize <= old) {
      // A shrink into the pool found no slab (the machine is out of memory). Shrinking must not fail: keep the
      // block. The pool takes it over when it is freed at its new size, which it is large enough for.
      p = ptr;
    }
  }
  if (!p) {
    sb->mem_refused = true;
    return nullptr;
  }
  sb->mem_used = sb->mem_used - old + nsize;
  return p;
}

}  // namespace

void* SmallBlockPool::get(size_t n) {
  size_t i = index(n);
  if (FreeBlock* b = free_[i]) {
    free_[i] = b->next;
    return b;
  }
  size_t size = (i + 1) * kGrain;
  if (left_ < size) {
    // The slab's unused tail (less than one block) is given up; it is at most 255 bytes in 64 KiB.
    char* slab = new (std::nothrow) char[kSlab];
    if (!slab) return nullptr;
    slabs_.emplace_back(slab);
    cur_ = slab;
    left_ = kSlab;
  }
  void* p = cur_;
  cur_ += size;
  left_ -= size;
  return p;
}

namespace {

const char* stop_message(Stop s) {
  switch (s) {
    case Stop::budget: return "instruction budget exhausted";
    case Stop::deadline: return "deadline passed";
    case Stop::memory: return "not enough memory";
    case Stop::none: break;
  }
  return "stopped";
}

void count_hook(lua_State* L, lua_Debug*);

// Once a call is out of budget, every further instruction raises again, so a pcall loop cannot swallow the stop.
[[noreturn]] void raise_stop(lua_State* L, Sandbox* sb) {
  lua_sethook(L, count_hook, LUA_MASKCOUNT, 1);
  luaL_error(L, "%s", stop_message(sb->stop));
  std::abort();  // luaL_error does not return
}

void count_hook(lua_State* L, lua_Debug*) {
  Sandbox* sb = sandbox_of(L);
  if (!sb->in_call) return;
  if (sb->stop == Stop::none) {
    sb->budget_left -= kHookEvery;
    if (sb->budget_left < 0) sb->stop = Stop::budget;
    else if (std::chrono::steady_clock::now() > sb->deadline) sb->stop = Stop::deadline;
    else return;
  }
  raise_stop(L, sb);
}

// The count hook ------------------------------------------------------------------------------------------
//
// A count hook makes the VM call luaG_traceexec before every instruction and rethook after every return, hook
// or not: 6% of a full scan, whose 1.9 million rule calls each take a microsecond or two. So calls run without
// it. A watchdog thread looks at every sandbox once a millisecond; a call it finds running at two ticks in a
// row (between 1 and 2 ms old) gets the hook from a signal handler on the call's own thread, as lua.c stops a
// script on Ctrl-C (lua_sethook may be called from a signal handler). From then on the hook counts the budget
// and watches the deadline as before. What a call did before its hook is not counted: at most 2 ms of work,
// against a default budget of 200 million instructions (about half a second). A budget too small for that
// margin (tests, fuzzing) is counted from the call's first instruction instead.
constexpr uint64_t kWatchdogMinBudget = 50'000'000;
constexpr auto kWatchdogTick = std::chrono::milliseconds(1);
constexpr int kHookSignal = SIGURG;  // ignored by default: one that arrives from elsewhere does nothing

thread_local Sandbox* t_running = nullptr;  // the sandbox whose call this thread runs, for the signal handler

void on_hook_signal(int) {
  if (Sandbox* sb = t_running) lua_sethook(sb->L, count_hook, LUA_MASKCOUNT, kHookEvery);
}

// Leaked on purpose: its thread may still wait when the program exits, and must not find it destroyed.
struct Watchdog {
  std::mutex mu;
  std::condition_variable wake;
  std::vector<Sandbox*> sandboxes;
  bool started = false;

  void add(Sandbox* sb) {
    std::lock_guard<std::mutex> lock(mu);
    sandboxes.push_back(sb);
    if (!started) {
      started = true;
      struct sigaction sa = {};
      sa.sa_handler = on_hook_signal;
      sa.sa_flags = SA_RESTART;
      sigemptyset(&sa.sa_mask);
      sigaction(kHookSignal, &sa, nullptr);
      std::thread([this] { run(); }).detach();
    }
    wake.notify_one();
  }

  void remove(Sandbox* sb) {
    std::lock_guard<std::mutex> lock(mu);
    sandboxes.erase(std::find(sandboxes.begin(), sandboxes.end(), sb));
  }

  void run() {
    std::unique_lock<std::mutex> lock(mu);
    for (;;) {
      if (sandboxes.empty()) wake.wait(lock, [&] { return !sandboxes.empty(); });
      else wake.wait_for(lock, kWatchdogTick);
      for (Sandbox* sb : sandboxes) {
        uint64_t serial = sb->call_serial.load(std::memory_order_acquire);
        if (serial != sb->watched_serial) {
          sb->watched_serial = serial;
          continue;
        }
        if (serial == sb->signalled_serial) continue;  // one signal per call
        // The same call as at the last tick. The state moves to `signalling` only while that call runs, and
        // its thread waits for it to move back before it ends the call: the thread signalled is alive.
        int state = Sandbox::running;
        if (!sb->call_state.compare_exchange_strong(state, Sandbox::signalling, std::memory_order_acq_rel)) continue;
        if (sb->call_serial.load(std::memory_order_acquire) == serial) pthread_kill(sb->call_thread, kHookSignal);
        sb->signalled_serial = serial;
        sb->call_state.store(Sandbox::running, std::memory_order_release);
      }
    }
  }
};

Watchdog& watchdog() {
  static Watchdog* w = new Watchdog;
  return *w;
}

int read_only_newindex(lua_State* L) {
  return luaL_error(L, "attempt to modify read-only table '%s'", lua_tostring(L, lua_upvalueindex(1)));
}

// __pairs of a read-only view: iterates the hidden table without handing it out (next, t would).
int read_only_next(lua_State* L) {
  lua_settop(L, 2);
  if (!lua_next(L, lua_upvalueindex(1))) {
    lua_pushnil(L);
    return 1;
  }
  return 2;
}

int read_only_pairs(lua_State* L) {
  lua_getmetatable(L, 1);
  lua_getfield(L, -1, "__index");
  lua_pushcclosure(L, read_only_next, 1);
  lua_pushvalue(L, 1);
  lua_pushnil(L);
  return 3;
}

int read_only_len(lua_State* L) {
  lua_getmetatable(L, 1);
  lua_getfield(L, -1, "__index");
  lua_pushinteger(L, static_cast<lua_Integer>(lua_rawlen(L, -1)));
  return 1;
}

// setmetatable without __gc: a finalizer would run later, outside the call that set it, under another
// rule's budget (or none at all when the state closes).
int safe_setmetatable(lua_State* L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  int t = lua_type(L, 2);
  luaL_argexpected(L, t == LUA_TNIL || t == LUA_TTABLE, 2, "nil or table");
  if (luaL_getmetafield(L, 1, "__metatable") != LUA_TNIL) return luaL_error(L, "cannot change a protected metatable");
  if (t == LUA_TTABLE) {
    lua_pushliteral(L, "__gc");
    if (lua_rawget(L, 2) != LUA_TNIL) return luaL_error(L, "setmetatable: __gc metamethods are not allowed in rules");
    lua_pop(L, 1);
  }
  lua_settop(L, 2);
  lua_setmetatable(L, 1);
  return 1;
}

// string.rep("", n) loops n times in C where no hook can stop it; any non-empty result is bounded by the cap.
int safe_rep(lua_State* L) {
  size_t l = 0, lsep = 0;
  luaL_checklstring(L, 1, &l);
  lua_Integer n = luaL_checkinteger(L, 2);
  luaL_optlstring(L, 3, "", &lsep);
  if (l + lsep == 0 || n <= 0) {
    lua_pushliteral(L, "");
    return 1;
  }
  // Lua's own limit, raised here so that the error carries the rule's line.
  if (l + lsep < l || l + lsep > static_cast<size_t>(INT_MAX) / static_cast<lua_Unsigned>(n))
    return luaL_error(L, "resulting string too large");
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, lua_gettop(L) - 1, 1);
  return 1;
}

// table.insert, table.remove and table.move shift elements in a C loop whose length a __len metamethod or an
// argument chooses, so each step is charged to the budget.
int tg_table_insert(lua_State* L) {
  luaL_checkany(L, 1);
  lua_Integer e = luaL_len(L, 1) + 1;
  lua_Integer pos = e;
  switch (lua_gettop(L)) {
    case 2: break;
    case 3: {
      pos = luaL_checkinteger(L, 2);
      luaL_argcheck(L, static_cast<lua_Unsigned>(pos) - 1u < static_cast<lua_Unsigned>(e), 2,
                    "position out of bounds");
      for (lua_Integer i = e; i > pos; --i) {
        charge(L, 1);
        lua_geti(L, 1, i - 1);
        lua_seti(L, 1, i);
      }
      break;
    }
    default: return luaL_error(L, "wrong number of arguments to 'insert'");
  }
  lua_seti(L, 1, pos);
  return 0;
}

int tg_table_remove(lua_State* L) {
  luaL_checkany(L, 1);
  lua_Integer size = luaL_len(L, 1);
  lua_Integer pos = luaL_optinteger(L, 2, size);
  if (pos != size)
    luaL_argcheck(L, static_cast<lua_Unsigned>(pos) - 1u <= static_cast<lua_Unsigned>(size), 2,
                  "position out of bounds");
  lua_geti(L, 1, pos);
  for (; pos < size; ++pos) {
    charge(L, 1);
    lua_geti(L, 1, pos + 1);
    lua_seti(L, 1, pos);
  }
  lua_pushnil(L);
  lua_seti(L, 1, pos);
  return 1;
}

int tg_table_move(lua_State* L) {
  luaL_checkany(L, 1);
  lua_Integer f = luaL_checkinteger(L, 2);
  lua_Integer e = luaL_checkinteger(L, 3);
  lua_Integer t = luaL_checkinteger(L, 4);
  int tt = lua_isnoneornil(L, 5) ? 1 : 5;
  luaL_checkany(L, tt);
  if (e >= f) {
    luaL_argcheck(L, f > 0 || e < LUA_MAXINTEGER + f, 3, "too many elements to move");
    lua_Integer n = e - f;
    luaL_argcheck(L, t <= LUA_MAXINTEGER - n, 4, "destination wrap around");
    bool forward = t > e || t <= f || (tt != 1 && !lua_compare(L, 1, tt, LUA_OPEQ));
    for (lua_Integer i = 0; i <= n; ++i) {
      charge(L, 1);
      lua_Integer k = forward ? i : n - i;
      lua_geti(L, 1, f + k);
      lua_seti(L, tt, t + k);
    }
  }
  lua_pushvalue(L, tt);
  return 1;
}

// Copies the fields of the table at src into a new table, leaving out `skip` names; pushes it.
void copy_table(lua_State* L, int src, std::initializer_list<const char*> skip) {
  src = lua_absindex(L, src);
  lua_newtable(L);
  lua_pushnil(L);
  while (lua_next(L, src)) {
    bool skipped = false;
    if (lua_type(L, -2) == LUA_TSTRING)
      for (const char* s : skip) skipped = skipped || std::strcmp(lua_tostring(L, -2), s) == 0;
    if (skipped) {
      lua_pop(L, 1);
      continue;
    }
    lua_pushvalue(L, -2);
    lua_insert(L, -2);
    lua_rawset(L, -4);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Shared library modules: tg.lib("name") (docs/writing-rules.md, "Shared library modules").
//
// A module is <pack>/lib/<name>.lua (the built-in pack: rules/lib/<name>.lua, embedded). It is loaded on first
// use, once per Lua state, inside the call that asked for it, so it runs under that call's budget, deadline and
// memory cap. It gets a private _ENV like a rule chunk, and what it returns is handed out as a deep read-only
// copy: a rule cannot change the table (or a table inside it) that another rule of the same state uses.

constexpr const char* kLibModulesKey = "tollgate.lib.modules";  // "<pack>\0<name>" -> view | error | true (loading)
constexpr const char* kPackTgKey = "tollgate.lib.tg";           // pack dir -> that pack's read-only tg view
constexpr int kMaxModuleDepth = 64;                             // nesting of the tables a module returns
constexpr size_t kMaxModuleName = 64;

int tg_lib(lua_State* L);

// Pushes the read-only tg view of the pack at pack ("" for the built-in pack), made on first use: the tg
// functions, plus a tg.lib that looks for modules in that pack first.
void push_pack_tg(lua_State* L, const char* pack, size_t len) {
  lua_getfield(L, LUA_REGISTRYINDEX, kPackTgKey);
  int views = lua_gettop(L);
  lua_pushlstring(L, pack, len);
  if (lua_rawget(L, views) == LUA_TNIL) {
    lua_pop(L, 1);
    lua_rawgeti(L, LUA_REGISTRYINDEX, sandbox_of(L)->tg_ref);
    copy_table(L, -1, {});
    lua_pushlstring(L, pack, len);
    lua_pushcclosure(L, tg_lib, 1);
    lua_setfield(L, -2, "lib");
    push_read_only(L, -1, "tg");
    lua_pushlstring(L, pack, len);
    lua_pushvalue(L, -2);
    lua_rawset(L, views);
  }
  lua_replace(L, views);
  lua_settop(L, views);
}

// Loads chunk text as a function whose _ENV is a new table reaching the shared globals read-only, and pushes
// it; a file of a custom pack also gets its pack's tg in that _ENV. On failure pushes the message instead.
bool load_chunk(lua_State* L, const char* text, size_t len, const char* chunkname, const char* pack, size_t pack_len) {
  if (len > 0 && text[0] == LUA_SIGNATURE[0]) {
    lua_pushliteral(L, "precompiled (binary) chunks are refused; a rule file must be Lua source text");
    return false;
  }
  // A built-in file loads from its build-time bytecode (engine/rule_index.h): trusted bytes from the program
  // itself, never a rule file's (refused above). Bytecode another Lua cannot read leaves the source to compile.
  bool loaded = false;
  if (pack_len == 0 && chunkname[0] == '@') {
    std::string_view bytecode = precompiled_builtin(chunkname + 1, std::string_view(text, len));
    if (!bytecode.empty()) {
      loaded = luaL_loadbufferx(L, bytecode.data(), bytecode.size(), chunkname, "b") == LUA_OK;
      if (!loaded) lua_pop(L, 1);
    }
  }
  if (!loaded && luaL_loadbufferx(L, text, len, chunkname, "t") != LUA_OK) {
    if (lua_type(L, -1) != LUA_TSTRING) {
      lua_pop(L, 1);
      lua_pushliteral(L, "cannot load the rule file");
    }
    return false;
  }
  // A private _ENV: the chunk's globals stay its own, and reads fall through to the shared globals.
  lua_newtable(L);
  lua_createtable(L, 0, 2);
  lua_rawgeti(L, LUA_REGISTRYINDEX, sandbox_of(L)->globals_ref);
  lua_setfield(L, -2, "__index");
  lua_pushliteral(L, "read-only");
  lua_setfield(L, -2, "__metatable");
  lua_setmetatable(L, -2);
  // tg in the chunk's own table (the built-in pack's too): rules read it all the time, and this saves the
  // fall-through lookup in the shared globals on every read.
  lua_pushliteral(L, "tg");
  push_pack_tg(L, pack, pack_len);
  lua_rawset(L, -3);
  lua_setupvalue(L, -2, 1);
  return true;
}

bool is_module_name(const char* s, size_t n) {
  if (n == 0 || n > kMaxModuleName || std::strlen(s) != n) return false;
  for (size_t i = 0; i < n; ++i) {
    char c = s[i];
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (i > 0 && (c == '-' || c == '_'));
    if (!ok) return false;
  }
  return true;
}

bool is_read_only_view(lua_State* L, int idx) {
  if (!lua_getmetatable(L, idx)) return false;
  lua_pushliteral(L, "__newindex");
  lua_rawget(L, -2);
  bool view = lua_tocfunction(L, -1) == read_only_newindex;
  lua_pop(L, 2);
  return view;
}

// Pushes a read-only copy of the table at idx in which every table value is itself such a copy. memo maps each
// table already copied to its view, so shared and cyclic tables stay shared and cyclic. Functions and other
// values are kept as they are (a module's functions still see its own, writable, locals), and so are read-only
// views (another module, tg, string): they are read-only already, and a copy would see only the empty view.
// A table with a metatable of its own is refused rather than copied without it.
void push_frozen(lua_State* L, int idx, const char* name, int memo, int depth) {
  idx = lua_absindex(L, idx);
  lua_pushvalue(L, idx);
  if (lua_rawget(L, memo) != LUA_TNIL) return;
  lua_pop(L, 1);
  if (is_read_only_view(L, idx)) {
    lua_pushvalue(L, idx);
    return;
  }
  if (lua_getmetatable(L, idx))
    luaL_error(L, "'%s' has a metatable; a module exports plain tables, functions and values", name);
  if (depth > kMaxModuleDepth) luaL_error(L, "'%s' is nested deeper than %d tables", name, kMaxModuleDepth);
  luaL_checkstack(L, 8, "tg.lib");
  lua_newtable(L);
  int copy = lua_gettop(L);
  push_read_only(L, copy, name);
  int view = lua_gettop(L);
  lua_pushvalue(L, idx);
  lua_pushvalue(L, view);
  lua_rawset(L, memo);
  lua_pushnil(L);
  while (lua_next(L, idx)) {  // key, value
    charge(L, 1);
    if (lua_type(L, -1) == LUA_TTABLE) {
      if (lua_type(L, -2) == LUA_TSTRING) lua_pushfstring(L, "%s.%s", name, lua_tostring(L, -2));
      else lua_pushfstring(L, "%s[]", name);
      push_frozen(L, -2, lua_tostring(L, -1), memo, depth + 1);  // key, value, name, frozen
      lua_replace(L, -3);                                         // key, frozen, name
      lua_pop(L, 1);                                              // key, frozen
    }
    lua_pushvalue(L, -2);
    lua_insert(L, -2);  // key, key, value
    lua_rawset(L, copy);
  }
  lua_settop(L, view);
  lua_remove(L, copy);
}

// Protected part of a module load: (text, chunkname, pack, view name) -> the module's read-only view.
int load_module(lua_State* L) {
  size_t text_len = 0, pack_len = 0;
  const char* text = lua_tolstring(L, 1, &text_len);
  const char* pack = lua_tolstring(L, 3, &pack_len);
  if (!load_chunk(L, text, text_len, lua_tostring(L, 2), pack, pack_len)) return lua_error(L);
  lua_call(L, 0, 1);  // 5
  if (lua_type(L, 5) != LUA_TTABLE) {
    lua_pushfstring(L, "%s must return a table of functions (got %s)", lua_tostring(L, 2) + 1, luaL_typename(L, 5));
    return lua_error(L);
  }
  lua_newtable(L);  // 6: memo
  push_frozen(L, 5, lua_tostring(L, 4), 6, 0);
  return 1;
}

// tg.lib(name). Upvalue 1: the pack dir of the chunk whose tg this is ("" for the built-in pack).
int tg_lib(lua_State* L) {
  if (lua_type(L, 1) != LUA_TSTRING)
    return luaL_error(L, "bad argument #1 to 'lib' (module name expected, got %s)", luaL_typename(L, 1));
  size_t name_len = 0;
  const char* name = lua_tolstring(L, 1, &name_len);
  if (!is_module_name(name, name_len))
    return luaL_error(L, "tg.lib: bad module name \"%s\" (the <name> of lib/<name>.lua: a-z, 0-9, '-' and '_')", name);
  lua_settop(L, 1);
  lua_getfield(L, LUA_REGISTRYINDEX, kLibModulesKey);  // 2: the cache
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_pushlstring(L, "\0", 1);
  lua_pushvalue(L, 1);
  lua_concat(L, 3);  // 3: key as asked
  lua_pushvalue(L, 3);
  if (lua_rawget(L, 2) == LUA_TTABLE) return 1;  // the usual case: loaded already
  lua_pop(L, 1);

  bool found = false;
  {
    size_t pack_len = 0;
    const char* pack = lua_tolstring(L, lua_upvalueindex(1), &pack_len);
    RuleSource src;
    std::string error;
    found = find_library_source(std::string(pack, pack_len), std::string(name, name_len), &src, &error);
    if (found) {
      lua_pushlstring(L, src.code().data(), src.code().size());  // 4
      lua_pushfstring(L, "@%s", src.origin.c_str());          // 5
      lua_pushlstring(L, src.pack_dir.data(), src.pack_dir.size());  // 6
    } else {
      lua_pushlstring(L, error.data(), error.size());
    }
  }
  if (!found) return luaL_error(L, "tg.lib: %s", lua_tostring(L, -1));

  // The module as found: a custom pack without its own lib/<name>.lua shares the built-in one.
  lua_pushvalue(L, 6);
  lua_pushlstring(L, "\0", 1);
  lua_pushvalue(L, 1);
  lua_concat(L, 3);  // 7: key as found
  lua_pushvalue(L, 7);
  switch (lua_rawget(L, 2)) {  // 8
    case LUA_TTABLE:
      lua_pushvalue(L, 3);
      lua_pushvalue(L, 8);
      lua_rawset(L, 2);
      return 1;
    case LUA_TSTRING: return luaL_error(L, "%s", lua_tostring(L, 8));
    case LUA_TBOOLEAN:
      return luaL_error(L, "tg.lib: module '%s' is asked for while it is still loading (a cycle of tg.lib calls)", name);
    default: lua_pop(L, 1);
  }

  lua_pushvalue(L, 7);
  lua_pushboolean(L, 1);
  lua_rawset(L, 2);
  lua_pushcfunction(L, load_module);
  lua_pushvalue(L, 4);
  lua_pushvalue(L, 5);
  lua_pushvalue(L, 6);
  lua_pushfstring(L, "tg.lib(\"%s\")", name);
  Sandbox* sb = sandbox_of(L);
  int status = lua_pcall(L, 4, 1, 0);  // 8: the view, or the error
  if (status != LUA_OK && (sb->stop != Stop::none || status == LUA_ERRMEM || sb->mem_refused)) {
    // Out of budget, time or memory: the calling rule's failure, not the module's. Nothing is cached, and the
    // error goes on unchanged so that call_limited names the limit.
    lua_pushvalue(L, 7);
    lua_pushnil(L);
    lua_rawset(L, 2);
    return lua_error(L);
  }
  if (status != LUA_OK) {
    // A broken module stays broken for the life of the state: every rule that asks gets the same error.
    if (lua_type(L, 8) == LUA_TSTRING) lua_pushfstring(L, "tg.lib: module '%s' failed to load: %s", name, lua_tostring(L, 8));
    else lua_pushfstring(L, "tg.lib: module '%s' failed to load: (error object is a %s value)", name, luaL_typename(L, 8));
    lua_pushvalue(L, 7);
    lua_pushvalue(L, -2);
    lua_rawset(L, 2);
    return luaL_error(L, "%s", lua_tostring(L, -1));
  }
  lua_pushvalue(L, 7);
  lua_pushvalue(L, 8);
  lua_rawset(L, 2);
  lua_pushvalue(L, 3);
  lua_pushvalue(L, 8);
  lua_rawset(L, 2);
  lua_settop(L, 8);
  return 1;
}

int setup_state(lua_State* L) {
  Sandbox* sb = sandbox_of(L);
  luaL_requiref(L, LUA_GNAME, luaopen_base, 0);  // base functions land in the registry's globals, never seen
  int base = lua_gettop(L);
  lua_newtable(L);  // the sandbox globals
  int g = lua_gettop(L);
  static const char* const kBase[] = {"assert", "error",    "ipairs",   "next",   "pairs",  "pcall",
                                      "select", "tonumber", "tostring", "type",   "xpcall", "getmetatable",
                                      "rawequal", "rawlen", "rawget",   "_VERSION"};
  for (const char* name : kBase) {
    lua_getfield(L, base, name);
    lua_setfield(L, g, name);
  }
  lua_pushcfunction(L, safe_setmetatable);
  lua_setfield(L, g, "setmetatable");

  // string: no dump (bytecode), tollgate's own matcher, a rep that cannot spin on empty strings.
  luaL_requiref(L, LUA_STRLIBNAME, luaopen_string, 0);
  copy_table(L, -1, {"dump"});
  int str = lua_gettop(L);
  install_patterns(L, str);
  lua_getfield(L, -2, "rep");
  lua_pushcclosure(L, safe_rep, 1);
  lua_setfield(L, str, "rep");
  push_read_only(L, str, "string");
  int ro_string = lua_gettop(L);
  lua_pushvalue(L, ro_string);
  lua_setfield(L, g, "string");
  // Methods on strings ("x"):find(...) go through this metatable; getmetatable("") sees only a read-only view.
  lua_newtable(L);
  int smt = lua_gettop(L);
  lua_pushvalue(L, str);
  lua_setfield(L, smt, "__index");
  lua_newtable(L);
  lua_pushvalue(L, ro_string);
  lua_setfield(L, -2, "__index");
  push_read_only(L, -1, "string metatable");
  lua_setfield(L, smt, "__metatable");
  lua_pop(L, 1);
  lua_pushliteral(L, "");
  lua_pushvalue(L, smt);
  lua_setmetatable(L, -2);
  lua_settop(L, g);

  luaL_requiref(L, LUA_TABLIBNAME, luaopen_table, 0);
  copy_table(L, -1, {});
  lua_pushcfunction(L, tg_table_insert);
  lua_setfield(L, -2, "insert");
  lua_pushcfunction(L, tg_table_remove);
  lua_setfield(L, -2, "remove");
  lua_pushcfunction(L, tg_table_move);
  lua_setfield(L, -2, "move");
  push_read_only(L, -1, "table");
  lua_setfield(L, g, "table");
  lua_settop(L, g);

  luaL_requiref(L, LUA_MATHLIBNAME, luaopen_math, 0);
  copy_table(L, -1, {});
  push_read_only(L, -1, "math");
  lua_setfield(L, g, "math");
  lua_settop(L, g);

  luaL_requiref(L, LUA_UTF8LIBNAME, luaopen_utf8, 0);
  copy_table(L, -1, {});
  push_read_only(L, -1, "utf8");
  lua_setfield(L, g, "utf8");
  lua_settop(L, g);

  push_tg_library(L);
  int tg = lua_gettop(L);
  lua_getfield(L, tg, "k8s");
  push_read_only(L, -1, "tg.k8s");
  lua_setfield(L, tg, "k8s");
  lua_settop(L, tg);
  sb->tg_ref = luaL_ref(L, LUA_REGISTRYINDEX);
  lua_newtable(L);
  lua_setfield(L, LUA_REGISTRYINDEX, kLibModulesKey);
  lua_newtable(L);
  lua_setfield(L, LUA_REGISTRYINDEX, kPackTgKey);
  push_pack_tg(L, "", 0);  // the shared globals' tg: tg.lib finds built-in modules
  lua_setfield(L, g, "tg");
  lua_settop(L, g);

  lua_pushvalue(L, g);
  sb->globals_ref = luaL_ref(L, LUA_REGISTRYINDEX);
  return 0;
}

}  // namespace

Sandbox::~Sandbox() {
  if (registered) watchdog().remove(this);
  if (L) lua_close(L);
}

Sandbox* sandbox_of(lua_State* L) { return *static_cast<Sandbox**>(lua_getextraspace(L)); }

void push_read_only(lua_State* L, int idx, const char* name) {
  idx = lua_absindex(L, idx);
  lua_newtable(L);  // the empty view
  lua_createtable(L, 0, 5);
  lua_pushvalue(L, idx);
  lua_setfield(L, -2, "__index");
  lua_pushstring(L, name);
  lua_pushcclosure(L, read_only_newindex, 1);
  lua_setfield(L, -2, "__newindex");
  lua_pushcfunction(L, read_only_pairs);
  lua_setfield(L, -2, "__pairs");
  lua_pushcfunction(L, read_only_len);
  lua_setfield(L, -2, "__len");
  lua_pushliteral(L, "read-only");
  lua_setfield(L, -2, "__metatable");
  lua_setmetatable(L, -2);
}

std::unique_ptr<Sandbox> open_sandbox(const SandboxLimits& limits) {
  auto sb = std::make_unique<Sandbox>();
  sb->limits = limits;
  sb->L = lua_newstate(sandbox_alloc, sb.get());
  if (!sb->L) return nullptr;
  *static_cast<Sandbox**>(lua_getextraspace(sb->L)) = sb.get();
  if (limits.instructions >= kWatchdogMinBudget) {
    watchdog().add(sb.get());
    sb->registered = true;
  }
  // Rule calls make many short-lived proxies and strings: the generational collector frees them young.
  lua_gc(sb->L, LUA_GCGEN, 0, 0);
  lua_pushcfunction(sb->L, setup_state);
  if (lua_pcall(sb->L, 0, 0, 0) != LUA_OK) return nullptr;
  return sb;
}

bool load_rule_chunk(Sandbox& sb, std::string_view text, const std::string& origin, std::string* error) {
  return load_rule_chunk(sb, text, origin, "", error);
}

bool load_rule_chunk(Sandbox& sb, std::string_view text, const std::string& origin, const std::string& pack_dir,
                     std::string* error) {
  lua_State* L = sb.L;
  if (!lua_checkstack(L, 8)) {
    *error = "not enough memory";
    return false;
  }
  std::string chunkname = "@" + origin;
  if (load_chunk(L, text.data(), text.size(), chunkname.c_str(), pack_dir.data(), pack_dir.size())) return true;
  *error = lua_tostring(L, -1);
  lua_pop(L, 1);
  return false;
}

void charge(lua_State* L, uint64_t steps) {
  Sandbox* sb = sandbox_of(L);
  if (!sb->in_call) return;
  if (sb->stop == Stop::none) {
    sb->budget_left -= static_cast<int64_t>(steps);
    sb->steps_since_clock += static_cast<uint32_t>(steps > 100000 ? 100000 : steps);
    if (sb->budget_left < 0) {
      sb->stop = Stop::budget;
    } else if (sb->steps_since_clock >= 1000) {
      sb->steps_since_clock = 0;
      if (std::chrono::steady_clock::now() > sb->deadline) sb->stop = Stop::deadline;
    }
    if (sb->stop == Stop::none) return;
  }
  raise_stop(L, sb);
}

bool call_limited(Sandbox& sb, const std::string& rule_id, int nargs, int nresults, std::string* cause) {
  lua_State* L = sb.L;
  sb.in_call = true;
  sb.budget_left = static_cast<int64_t>(sb.limits.instructions);
  sb.deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(sb.limits.deadline_ms);
  sb.stop = Stop::none;
  sb.steps_since_clock = 0;
  sb.mem_refused = false;
  sb.rule_id = &rule_id;
  int status;
  if (sb.registered) {
    t_running = &sb;
    sb.call_thread = pthread_self();
    sb.call_serial.fetch_add(1, std::memory_order_release);
    sb.call_state.store(Sandbox::running, std::memory_order_release);
    status = lua_pcall(L, nargs, nresults, 0);
    // Not while the watchdog signals this thread: the signal must find the thread alive.
    for (int state = Sandbox::running;
         !sb.call_state.compare_exchange_weak(state, Sandbox::idle, std::memory_order_acq_rel);
         state = Sandbox::running) {
    }
    t_running = nullptr;
    std::atomic_signal_fence(std::memory_order_seq_cst);  // a signal from here on leaves the hook alone
  } else {
    lua_sethook(L, count_hook, LUA_MASKCOUNT, kHookEvery);
    status = lua_pcall(L, nargs, nresults, 0);
  }
  lua_sethook(L, nullptr, 0, 0);
  sb.in_call = false;
  sb.rule_id = nullptr;
  ++sb.generation;
  sb.limit_reached = false;
  if (status == LUA_OK) return true;

  bool is_string = lua_type(L, -1) == LUA_TSTRING;
  std::string msg = is_string ? lua_tostring(L, -1) : std::string("(error object is a ") + luaL_typename(L, -1) + " value)";
  lua_pop(L, 1);
  if (sb.stop == Stop::budget) {
    *cause = "instruction budget exhausted";
  } else if (sb.stop == Stop::deadline) {
    *cause = "deadline of " + std::to_string(sb.limits.deadline_ms) + " ms passed";
  } else if (status == LUA_ERRMEM || (sb.mem_refused && msg == "not enough memory")) {
    uint64_t mib = sb.limits.memory >> 20;
    *cause = mib ? "memory cap of " + std::to_string(mib) + " MiB reached"
                 : "memory cap of " + std::to_string(sb.limits.memory) + " bytes reached";
  } else {
    *cause = msg;
  }
  sb.limit_reached = sb.stop != Stop::none || status == LUA_ERRMEM || (sb.mem_refused && msg == "not enough memory");
  // Whatever the failed call left behind is garbage now; give the memory back before the next rule runs.
  lua_gc(L, LUA_GCCOLLECT);
  return false;
}

}  // namespace tollgate::lua
