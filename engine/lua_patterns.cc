// string.find, match, gmatch and gsub with Lua 5.4 pattern semantics (reference manual §6.4.1), written for
// tollgate so that every matcher step is charged to the running call's instruction budget and deadline:
// Lua's own matcher runs inside one C call where the count hook never fires, so a pattern such as
// ".-.-.-.-b" over a long subject would run unbounded.
#include <cctype>
#include <cstring>
#include <string_view>

#include "engine/lua_sandbox.h"

namespace tollgate::lua {

namespace {

constexpr int kMaxCaptures = 32;
// Each quantifier, capture and '?' nests one C call; the bound keeps the C stack safe.
constexpr int kMaxDepth = 200;
constexpr ptrdiff_t kOpen = -1;      // capture started, not closed yet
constexpr ptrdiff_t kPosition = -2;  // "()" capture: yields a position, not text
constexpr uint32_t kChargeEvery = 1024;

struct Capture {
  const char* start;
  ptrdiff_t len;
};

// Plain data only: a budget stop leaves it by longjmp.
struct Matcher {
  lua_State* L;
  const char* src;  // subject start
  const char* src_end;
  const char* pat_end;
  int depth;
  int ncap;
  uint32_t pending;  // steps not yet charged
  Capture cap[kMaxCaptures];
};

void step(Matcher* m) {
  if (++m->pending >= kChargeEvery) {
    charge(m->L, m->pending);
    m->pending = 0;
  }
}

void flush(Matcher* m) {
  if (m->pending) charge(m->L, m->pending);
  m->pending = 0;
}

void reset(Matcher* m) {
  m->depth = 0;
  m->ncap = 0;
}

// The character classes of the "C" locale (tollgate never calls setlocale), as one bit per class letter in a
// table: the <cctype> calls were a tenth of the matcher's time.
enum : uint16_t {
  kAlpha = 1 << 0, kCntrl = 1 << 1, kDigit = 1 << 2, kGraph = 1 << 3, kLower = 1 << 4,
  kPunct = 1 << 5, kSpace = 1 << 6, kUpper = 1 << 7, kAlnum = 1 << 8, kXdigit = 1 << 9,
};

struct ClassTable {
  uint16_t bits[256] = {};
  constexpr ClassTable() {
    for (int c = 0; c < 256; ++c) {
      bool upper = c >= 'A' && c <= 'Z', lower = c >= 'a' && c <= 'z', digit = c >= '0' && c <= '9';
      bool graph = c > 0x20 && c < 0x7F;
      uint16_t b = 0;
      if (upper || lower) b |= kAlpha;
      if (c < 0x20 || c == 0x7F) b |= kCntrl;
      if (digit) b |= kDigit;
      if (graph) b |= kGraph;
      if (lower) b |= kLower;
      if (graph && !upper && !lower && !digit) b |= kPunct;
      if (c == ' ' || (c >= '\t' && c <= '\r')) b |= kSpace;
      if (upper) b |= kUpper;
      if (upper || lower || digit) b |= kAlnum;
      if (digit || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')) b |= kXdigit;
      bits[c] = b;
    }
  }
};
constexpr ClassTable kClasses;

bool class_matches(unsigned char c, unsigned char cl) {
  uint16_t want;
  switch (cl | 0x20) {
    case 'a': want = kAlpha; break;
    case 'c': want = kCntrl; break;
    case 'd': want = kDigit; break;
    case 'g': want = kGraph; break;
    case 'l': want = kLower; break;
    case 'p': want = kPunct; break;
    case 's': want = kSpace; break;
    case 'u': want = kUpper; break;
    case 'w': want = kAlnum; break;
    case 'x': want = kXdigit; break;
    case 'z': return (c == 0) == (cl == 'z');  // deprecated in Lua, still accepted there
    default: return cl == c;  // %. %% %[ ...: the character itself
  }
  bool r = (kClasses.bits[c] & want) != 0;
  return cl >= 'a' ? r : !r;
}

// p is at '[', close at the set's ']'.
bool set_matches(unsigned char c, const char* p, const char* close) {
  bool negate = false;
  ++p;
  if (*p == '^') {
    negate = true;
    ++p;
  }
  for (; p < close; ++p) {
    if (*p == '%') {
      ++p;
      if (class_matches(c, static_cast<unsigned char>(*p))) return !negate;
    } else if (p[1] == '-' && p + 2 < close) {
      if (static_cast<unsigned char>(p[0]) <= c && c <= static_cast<unsigned char>(p[2])) return !negate;
      p += 2;
    } else if (static_cast<unsigned char>(*p) == c) {
      return !negate;
    }
  }
  return negate;
}

// Where the single-character class starting at p ends.
const char* item_end(Matcher* m, const char* p) {
  if (*p == '%') {
    if (p + 1 >= m->pat_end) luaL_error(m->L, "malformed pattern (ends with '%%')");
    return p + 2;
  }
  if (*p == '[') {
    const char* q = p + 1;
    if (q < m->pat_end && *q == '^') ++q;
    // The first character of a set is literal, even ']'.
    do {
      if (q >= m->pat_end) luaL_error(m->L, "malformed pattern (missing ']')");
      if (*q == '%') {
        ++q;
        if (q >= m->pat_end) luaL_error(m->L, "malformed pattern (missing ']')");
      }
      ++q;
    } while (q >= m->pat_end || *q != ']');
    return q + 1;
  }
  return p + 1;
}

bool item_matches(Matcher* m, const char* s, const char* p, const char* ep) {
  if (s >= m->src_end) return false;
  unsigned char c = static_cast<unsigned char>(*s);
  switch (*p) {
    case '.': return true;
    case '%': return class_matches(c, static_cast<unsigned char>(p[1]));
    case '[': return set_matches(c, p, ep - 1);
    default: return static_cast<unsigned char>(*p) == c;
  }
}

const char* match(Matcher* m, const char* s, const char* p);

const char* greedy(Matcher* m, const char* s, const char* p, const char* ep) {
  ptrdiff_t n = 0;
  while (item_matches(m, s + n, p, ep)) {
    step(m);
    ++n;
  }
  for (; n >= 0; --n) {
    const char* r = match(m, s + n, ep + 1);
    if (r) return r;
  }
  return nullptr;
}

const char* lazy(Matcher* m, const char* s, const char* p, const char* ep) {
  for (;;) {
    step(m);
    const char* r = match(m, s, ep + 1);
    if (r) return r;
    if (!item_matches(m, s, p, ep)) return nullptr;
    ++s;
  }
}

const char* open_capture(Matcher* m, const char* s, const char* p, ptrdiff_t what) {
  if (m->ncap >= kMaxCaptures) luaL_error(m->L, "too many captures");
  m->cap[m->ncap].start = s;
  m->cap[m->ncap].len = what;
  ++m->ncap;
  const char* r = match(m, s, p);
  if (!r) --m->ncap;
  return r;
}

const char* close_capture(Matcher* m, const char* s, const char* p) {
  int i = m->ncap - 1;
  while (i >= 0 && m->cap[i].len != kOpen) --i;
  if (i < 0) luaL_error(m->L, "invalid pattern capture");
  m->cap[i].len = s - m->cap[i].start;
  const char* r = match(m, s, p);
  if (!r) m->cap[i].len = kOpen;
  return r;
}

const char* balanced(Matcher* m, const char* s, const char* p) {
  if (p + 1 >= m->pat_end) luaL_error(m->L, "malformed pattern (missing arguments to '%%b')");
  if (s >= m->src_end || *s != p[0]) return nullptr;
  char open = p[0], close = p[1];
  int depth = 1;
  while (++s < m->src_end) {
    step(m);
    if (*s == close) {
      if (--depth == 0) return s + 1;
    } else if (*s == open) {
      ++depth;
    }
  }
  return nullptr;
}

const char* backref(Matcher* m, const char* s, char digit) {
  int i = digit - '1';
  if (i < 0 || i >= m->ncap || m->cap[i].len == kOpen) luaL_error(m->L, "invalid capture index %%%d in pattern", i + 1);
  ptrdiff_t len = m->cap[i].len;
  if (len < 0) return nullptr;  // a position capture has no text to repeat
  if (m->src_end - s >= len && std::memcmp(m->cap[i].start, s, static_cast<size_t>(len)) == 0) return s + len;
  return nullptr;
}

// Matches pattern p at subject position s; returns the end of the match or nullptr.
const char* match_at(Matcher* m, const char* s, const char* p) {
  for (;;) {
    step(m);
    if (p == m->pat_end) return s;
    switch (*p) {
      case '(':
        if (p + 1 < m->pat_end && p[1] == ')') return open_capture(m, s, p + 2, kPosition);
        return open_capture(m, s, p + 1, kOpen);
      case ')': return close_capture(m, s, p + 1);
      case '$':
        if (p + 1 == m->pat_end) return s == m->src_end ? s : nullptr;
        break;
      case '%':
        if (p + 1 < m->pat_end && p[1] == 'b') {
          s = balanced(m, s, p + 2);
          if (!s) return nullptr;
          p += 4;
          continue;
        }
        if (p + 1 < m->pat_end && p[1] == 'f') {
          p += 2;
          if (p >= m->pat_end || *p != '[') luaL_error(m->L, "missing '[' after '%%f' in pattern");
          const char* ep = item_end(m, p);
          // The subject is bordered by '\0' on both sides for a frontier.
          unsigned char prev = s == m->src ? 0 : static_cast<unsigned char>(s[-1]);
          unsigned char cur = s < m->src_end ? static_cast<unsigned char>(*s) : 0;
          if (!set_matches(prev, p, ep - 1) && set_matches(cur, p, ep - 1)) {
            p = ep;
            continue;
          }
          return nullptr;
        }
        if (p + 1 < m->pat_end && std::isdigit(static_cast<unsigned char>(p[1]))) {
          s = backref(m, s, p[1]);
          if (!s) return nullptr;
          p += 2;
          continue;
        }
        break;
      default: break;
    }
    const char* ep = item_end(m, p);
    char suffix = ep < m->pat_end ? *ep : '\0';
    if (suffix == '?') {
      if (item_matches(m, s, p, ep)) {
        const char* r = match(m, s + 1, ep + 1);
        if (r) return r;
      }
      p = ep + 1;
      continue;
    }
    if (suffix == '+') return item_matches(m, s, p, ep) ? greedy(m, s + 1, p, ep) : nullptr;
    if (suffix == '*') return greedy(m, s, p, ep);
    if (suffix == '-') return lazy(m, s, p, ep);
    if (!item_matches(m, s, p, ep)) return nullptr;
    ++s;
    p = ep;
  }
}

const char* match(Matcher* m, const char* s, const char* p) {
  if (++m->depth > kMaxDepth) luaL_error(m->L, "pattern too complex");
  const char* r = match_at(m, s, p);
  --m->depth;
  return r;
}

// Capture i of a match spanning [s, e); with no captures, capture 0 is the whole match.
void push_capture(Matcher* m, int i, const char* s, const char* e) {
  if (i >= m->ncap) {
    if (i != 0) luaL_error(m->L, "invalid capture index %%%d", i + 1);
    lua_pushlstring(m->L, s, static_cast<size_t>(e - s));
    return;
  }
  const Capture& c = m->cap[i];
  if (c.len == kOpen) luaL_error(m->L, "unfinished capture");
  if (c.len == kPosition) lua_pushinteger(m->L, static_cast<lua_Integer>(c.start - m->src) + 1);
  else lua_pushlstring(m->L, c.start, static_cast<size_t>(c.len));
}

int push_captures(Matcher* m, const char* s, const char* e, bool whole_if_none) {
  int n = (m->ncap == 0 && whole_if_none) ? 1 : m->ncap;
  luaL_checkstack(m->L, n, "too many captures");
  for (int i = 0; i < n; ++i) push_capture(m, i, s, e);
  return n;
}

void init_matcher(Matcher* m, lua_State* L, const char* s, size_t ls, const char* p, size_t lp) {
  m->L = L;
  m->src = s;
  m->src_end = s + ls;
  m->pat_end = p + lp;
  m->pending = 0;
  reset(m);
}

// 1-based init as Lua reads it: negative counts from the end, out-of-range values clamp to 1.
size_t start_index(lua_Integer pos, size_t len) {
  if (pos > 0) return static_cast<size_t>(pos);
  if (pos == 0) return 1;
  if (pos < -static_cast<lua_Integer>(len)) return 1;
  return len + static_cast<size_t>(pos) + 1;
}

// The byte every match must start with, when the pattern opens with a literal that cannot be skipped (no ?, *
// or - after it); else -1. An unanchored search then jumps from one occurrence of it to the next instead of
// trying every position: ":(%w+)$" over an image reference tries 1 position, not 40.
int required_first(const char* p, size_t lp) {
  if (lp == 0 || std::strchr("^$*+?.()[%-", p[0])) return -1;  // p[0] == '\0' finds the terminator: -1 too
  if (lp > 1 && (p[1] == '?' || p[1] == '*' || p[1] == '-')) return -1;
  return static_cast<unsigned char>(p[0]);
}

// Where a search for a pattern that must start with byte c can first succeed at or after s (nullptr: nowhere).
const char* next_candidate(Matcher* m, const char* s, int c) {
  if (c < 0 || s >= m->src_end) return s;
  const void* hit = std::memchr(s, c, static_cast<size_t>(m->src_end - s));
  m->pending += static_cast<uint32_t>((hit ? static_cast<const char*>(hit) - s : m->src_end - s) / 64);
  return static_cast<const char*>(hit);
}

bool is_space(char c) { return (kClasses.bits[static_cast<unsigned char>(c)] & kSpace) != 0; }

bool has_specials(const char* p, size_t lp) {
  for (size_t i = 0; i < lp; ++i)
    if (std::strchr("^$*+?.([%-", p[i]) && p[i] != '\0') return true;
  return false;
}

int find_or_match(lua_State* L, bool find) {
  size_t ls = 0, lp = 0;
  const char* s = luaL_checklstring(L, 1, &ls);
  const char* p = luaL_checklstring(L, 2, &lp);
  size_t init = start_index(luaL_optinteger(L, 3, 1), ls) - 1;
  if (init > ls) {
    lua_pushnil(L);
    return 1;
  }
  if (find && (lua_toboolean(L, 4) || !has_specials(p, lp))) {
    charge(L, (ls - init) / 16 + 1);  // a plain search is linear; charge it coarsely
    const char* hit = nullptr;
    if (lp == 0) {
      hit = s + init;
    } else if (lp <= ls - init) {
      const char* last = s + ls - lp;
      for (const char* q = s + init; q <= last; ++q) {
        q = static_cast<const char*>(std::memchr(q, p[0], static_cast<size_t>(last - q) + 1));
        if (!q) break;
        if (std::memcmp(q, p, lp) == 0) {
          hit = q;
          break;
        }
      }
    }
    if (!hit) {
      lua_pushnil(L);
      return 1;
    }
    lua_pushinteger(L, static_cast<lua_Integer>(hit - s) + 1);
    lua_pushinteger(L, static_cast<lua_Integer>(hit - s + lp));
    return 2;
  }
  // The usual trim idiom, answered directly: through the matcher it costs a backtracking step per character.
  constexpr std::string_view kTrim = "^%s*(.-)%s*$";
  if (!find && std::string_view(p, lp) == kTrim) {
    const char* b = s + init;
    const char* e = s + ls;
    while (b < e && is_space(*b)) ++b;
    while (e > b && is_space(e[-1])) --e;
    charge(L, (ls - init) / 16 + 1);
    lua_pushlstring(L, b, static_cast<size_t>(e - b));
    return 1;
  }
  Matcher m;
  bool anchored = lp > 0 && *p == '^';
  if (anchored) {
    ++p;
    --lp;
  }
  init_matcher(&m, L, s, ls, p, lp);
  int first = anchored ? -1 : required_first(p, lp);
  const char* s1 = s + init;
  do {
    s1 = next_candidate(&m, s1, first);
    if (!s1) break;
    reset(&m);
    const char* e = match(&m, s1, p);
    if (e) {
      flush(&m);
      if (find) {
        lua_pushinteger(L, static_cast<lua_Integer>(s1 - s) + 1);
        lua_pushinteger(L, static_cast<lua_Integer>(e - s));
        return push_captures(&m, nullptr, nullptr, false) + 2;
      }
      return push_captures(&m, s1, e, true);
    }
  } while (s1++ < m.src_end && !anchored);
  flush(&m);
  lua_pushnil(L);
  return 1;
}

int str_find(lua_State* L) { return find_or_match(L, true); }
int str_match(lua_State* L) { return find_or_match(L, false); }

// gmatch's iterator state, kept in a userdata upvalue beside the subject and the pattern.
struct GmatchState {
  size_t pos;        // next start offset
  ptrdiff_t last;    // end offset of the previous match, -1 before the first
};

int gmatch_next(lua_State* L) {
  size_t ls = 0, lp = 0;
  const char* s = lua_tolstring(L, lua_upvalueindex(1), &ls);
  const char* p = lua_tolstring(L, lua_upvalueindex(2), &lp);
  auto* st = static_cast<GmatchState*>(lua_touserdata(L, lua_upvalueindex(3)));
  Matcher m;
  init_matcher(&m, L, s, ls, p, lp);
  int first = required_first(p, lp);
  for (const char* src = s + st->pos; src <= m.src_end; ++src) {
    src = next_candidate(&m, src, first);
    if (!src) break;
    reset(&m);
    const char* e = match(&m, src, p);
    // An empty match right where the previous one ended is skipped (Lua 5.4).
    if (e && e - s != st->last) {
      flush(&m);
      st->pos = static_cast<size_t>(e - s);
      st->last = e - s;
      return push_captures(&m, src, e, true);
    }
  }
  flush(&m);
  st->pos = ls + 1;
  return 0;
}

int str_gmatch(lua_State* L) {
  size_t ls = 0;
  luaL_checklstring(L, 1, &ls);
  luaL_checkstring(L, 2);
  size_t init = start_index(luaL_optinteger(L, 3, 1), ls) - 1;
  if (init > ls) init = ls + 1;
  lua_settop(L, 2);
  auto* st = static_cast<GmatchState*>(lua_newuserdatauv(L, sizeof(GmatchState), 0));
  st->pos = init;
  st->last = -1;
  lua_pushcclosure(L, gmatch_next, 3);
  return 1;
}

// Appends the replacement for one match [s, e) to b.
void add_replacement(Matcher* m, luaL_Buffer* b, const char* s, const char* e, int repl_type) {
  lua_State* L = m->L;
  if (repl_type == LUA_TSTRING || repl_type == LUA_TNUMBER) {
    size_t lr = 0;
    const char* r = lua_tolstring(L, 3, &lr);
    for (size_t i = 0; i < lr; ++i) {
      if (r[i] != '%') {
        luaL_addchar(b, r[i]);
        continue;
      }
      ++i;
      if (i < lr && r[i] == '%') {
        luaL_addchar(b, '%');
      } else if (i < lr && std::isdigit(static_cast<unsigned char>(r[i]))) {
        if (r[i] == '0') {
          luaL_addlstring(b, s, static_cast<size_t>(e - s));
        } else {
          push_capture(m, r[i] - '1', s, e);
          luaL_tolstring(L, -1, nullptr);  // a position capture is an integer
          lua_remove(L, -2);
          luaL_addvalue(b);
        }
      } else {
        luaL_error(L, "invalid use of '%%' in replacement string");
      }
    }
    return;
  }
  if (repl_type == LUA_TFUNCTION) {
    lua_pushvalue(L, 3);
    int n = push_captures(m, s, e, true);
    lua_call(L, n, 1);
  } else {
    push_capture(m, 0, s, e);
    lua_gettable(L, 3);
  }
  if (!lua_toboolean(L, -1)) {
    lua_pop(L, 1);
    luaL_addlstring(b, s, static_cast<size_t>(e - s));
  } else if (!lua_isstring(L, -1)) {
    luaL_error(L, "invalid replacement value (a %s)", luaL_typename(L, -1));
  } else {
    luaL_addvalue(b);
  }
}

int str_gsub(lua_State* L) {
  size_t ls = 0, lp = 0;
  const char* s = luaL_checklstring(L, 1, &ls);
  const char* p = luaL_checklstring(L, 2, &lp);
  int tr = lua_type(L, 3);
  luaL_argexpected(L, tr == LUA_TNUMBER || tr == LUA_TSTRING || tr == LUA_TFUNCTION || tr == LUA_TTABLE, 3,
                   "string/function/table");
  lua_Integer max_n = luaL_optinteger(L, 4, static_cast<lua_Integer>(ls) + 1);
  bool anchored = lp > 0 && *p == '^';
  if (anchored) {
    ++p;
    --lp;
  }
  luaL_Buffer b;
  luaL_buffinit(L, &b);
  Matcher m;
  init_matcher(&m, L, s, ls, p, lp);
  const char* src = s;
  const char* last = nullptr;
  lua_Integer n = 0;
  while (n < max_n) {
    reset(&m);
    const char* e = match(&m, src, p);
    if (e && e != last) {
      ++n;
      add_replacement(&m, &b, src, e, tr);
      src = last = e;
    } else if (src < m.src_end) {
      luaL_addchar(&b, *src++);
    } else {
      break;
    }
    if (anchored) break;
  }
  flush(&m);
  luaL_addlstring(&b, src, static_cast<size_t>(m.src_end - src));
  luaL_pushresult(&b);
  lua_pushinteger(L, n);
  return 2;
}

}  // namespace

void install_patterns(lua_State* L, int idx) {
  idx = lua_absindex(L, idx);
  lua_pushcfunction(L, str_find);
  lua_setfield(L, idx, "find");
  lua_pushcfunction(L, str_match);
  lua_setfield(L, idx, "match");
  lua_pushcfunction(L, str_gmatch);
  lua_setfield(L, idx, "gmatch");
  lua_pushcfunction(L, str_gsub);
  lua_setfield(L, idx, "gsub");
}

}  // namespace tollgate::lua
