// The rule runtime: lazy proxies over the document model, the tg library, ctx:report, and LuaRuntime.
//
// Proxies are userdata pointing into the C++ tree; nothing is copied. Each carries the sandbox generation it
// was made in, and the generation moves on after every call, so a proxy a rule kept is refused before its
// pointers (possibly into a freed Document) are touched.
//
// Lua errors leave C functions by longjmp: C++ objects with destructors are kept out of any scope that can raise.
#include <re2/re2.h>

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string_view>
#include <unordered_set>

#include "engine/lua_sandbox.h"
#include "engine/native_rules.h"
#include "models/pipeline/pipeline_builder.h"
#include "parsers/text_util.h"
#include "tollgate/readiness.h"

namespace tollgate::lua {

namespace {

constexpr const char* kNodeMeta = "tollgate.node";
constexpr const char* kDocMeta = "tollgate.document";
constexpr const char* kRepoMeta = "tollgate.repository";
constexpr const char* kCtxMeta = "tollgate.ctx";
constexpr const char* kRegexMeta = "tollgate.regex";
constexpr const char* kOptionsKey = "tollgate.options";
constexpr const char* kNoOptionsKey = "tollgate.no-options";
// tg.re bounds. RE2 runs in native code, beyond the instruction hook: its memory and each call's work are
// bounded here instead (docs/sandbox.md, "Limits"). RE2's time is linear in the subject, but by a factor up to the
// program size when its DFA gives up (a pattern whose DFA would have too many states) and up to program size
// times capture groups when it extracts submatches: `(a|b)*` repeated 2,000 times took 9.5 s on 1 KB. A call
// whose worst case exceeds kMaxRegexWork (program instructions x subject bytes, x captures for groups) is
// refused with an error; measured, that worst case is about 2 s. Realistic patterns compile to 30 to 300
// instructions, so this still allows a 1 MiB subject with a 500-instruction pattern.
constexpr size_t kMaxRegexes = 1024;               // distinct patterns per Lua state, each within kRegexMaxMem
constexpr int64_t kRegexMaxMem = 256 << 10;        // RE2 program and DFA cache per pattern: at most 256 MiB in all
constexpr size_t kMaxPatternBytes = 16 << 10;
constexpr uint64_t kMaxRegexWork = 500'000'000;
constexpr int kMaxWalkDepth = 1000;

struct Proxy {
  uint64_t generation;
  const Document* doc;
  const Node* node;                         // node proxies
  const std::vector<const Document*>* docs;  // the repository proxy
};

struct RegexBox {
  const re2::RE2* re;
};

// ---------------------------------------------------------------------------------------------------------
// Proxy plumbing

// The id of the rule whose call is running ("" outside one).
const char* running_rule(lua_State* L) {
  const std::string* id = sandbox_of(L)->rule_id;
  return id ? id->c_str() : "";
}

const Sandbox::ProxyMeta* proxy_meta(lua_State* L, const char* meta) {
  for (const auto& m : sandbox_of(L)->metatables)
    if (m.name == meta) return &m;
  return nullptr;
}

Proxy* test_proxy(lua_State* L, int idx, const char* meta) {
  void* p = lua_touserdata(L, idx);
  if (!p || !lua_getmetatable(L, idx)) return nullptr;
  const void* mt = lua_topointer(L, -1);
  lua_pop(L, 1);
  const Sandbox::ProxyMeta* m = proxy_meta(L, meta);
  return m && m->table == mt ? static_cast<Proxy*>(p) : nullptr;
}

// A rule-facing name for a value's type, so that errors say "got document" rather than "got userdata".
const char* describe(lua_State* L, int idx) {
  if (test_proxy(L, idx, kNodeMeta)) return "node";
  if (test_proxy(L, idx, kDocMeta)) return "document";
  if (test_proxy(L, idx, kRepoMeta)) return "repository";
  if (test_proxy(L, idx, kCtxMeta)) return "ctx";
  if (luaL_testudata(L, idx, kRegexMeta)) return "regex";
  return luaL_typename(L, idx);
}

void check_live(lua_State* L, const Proxy* p) {
  Sandbox* sb = sandbox_of(L);
  if (!sb->in_call || p->generation != sb->generation)
    luaL_error(L, "document proxy used outside its check() call");
}

Proxy* new_proxy(lua_State* L, const char* meta, int uservalues) {
  auto* p = static_cast<Proxy*>(lua_newuserdatauv(L, sizeof(Proxy), uservalues));
  p->generation = sandbox_of(L)->generation;
  p->doc = nullptr;
  p->node = nullptr;
  p->docs = nullptr;
  lua_rawgeti(L, LUA_REGISTRYINDEX, proxy_meta(L, meta)->ref);
  lua_setmetatable(L, -2);
  return p;
}

void push_node_proxy(lua_State* L, const Document* doc, const Node* node) {
  Proxy* p = new_proxy(L, kNodeMeta, 0);
  p->doc = doc;
  p->node = node;
}

void push_doc_proxy(lua_State* L, const Document* doc) { new_proxy(L, kDocMeta, 0)->doc = doc; }

bool lower_equals(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (size_t i = 0; i < s.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(s[i])) != lower[i]) return false;
  return true;
}

// Integer text as YAML, JSON and HCL write it: optional sign, decimal, 0x hex or 0o octal.
bool parse_integer(std::string_view t, lua_Integer* out) {
  bool neg = false;
  if (!t.empty() && (t[0] == '+' || t[0] == '-')) {
    neg = t[0] == '-';
    t.remove_prefix(1);
  }
  int base = 10;
  if (t.size() > 2 && t[0] == '0' && (t[1] == 'x' || t[1] == 'X')) base = 16;
  else if (t.size() > 2 && t[0] == '0' && (t[1] == 'o' || t[1] == 'O')) base = 8;
  if (base != 10) t.remove_prefix(2);
  if (t.empty()) return false;
  lua_Unsigned v = 0;
  for (char c : t) {
    int d;
    if (c >= '0' && c <= '9') d = c - '0';
    else if (c >= 'a' && c <= 'f') d = c - 'a' + 10;
    else if (c >= 'A' && c <= 'F') d = c - 'A' + 10;
    else if (c == '_') continue;
    else return false;
    if (d >= base) return false;
    if (v > (static_cast<lua_Unsigned>(LUA_MAXINTEGER) + 1 - d) / base) return false;  // overflow
    v = v * base + d;
  }
  if (!neg && v > static_cast<lua_Unsigned>(LUA_MAXINTEGER)) return false;
  *out = neg ? static_cast<lua_Integer>(0 - v) : static_cast<lua_Integer>(v);
  return true;
}

bool parse_float(const std::string& text, double* out) {
  std::string_view t = text;
  bool neg = false;
  if (!t.empty() && (t[0] == '+' || t[0] == '-')) {
    neg = t[0] == '-';
    t.remove_prefix(1);
  }
  if (lower_equals(t, ".inf") || lower_equals(t, "inf")) {
    *out = neg ? -HUGE_VAL : HUGE_VAL;
    return true;
  }
  if (lower_equals(t, ".nan") || lower_equals(t, "nan")) {
    *out = std::nan("");
    return true;
  }
  if (text.empty()) return false;
  char* end = nullptr;
  *out = std::strtod(text.c_str(), &end);
  return end == text.c_str() + text.size();
}

// A node as rules see it: proxies for maps, seqs and expressions, Lua values for the other scalars.
void push_value(lua_State* L, const Document* doc, const Node* n) {
  if (!n) {
    lua_pushnil(L);
    return;
  }
  switch (n->type) {
    case NodeType::null: lua_pushnil(L); return;
    case NodeType::boolean: lua_pushboolean(L, lower_equals(n->text, "true")); return;
    case NodeType::string: lua_pushlstring(L, n->text.data(), n->text.size()); return;
    case NodeType::integer: {
      lua_Integer i;
      double d;
      if (parse_integer(n->text, &i)) lua_pushinteger(L, i);
      else if (parse_float(n->text, &d)) lua_pushnumber(L, d);
      else lua_pushlstring(L, n->text.data(), n->text.size());
      return;
    }
    case NodeType::floating: {
      double d;
      if (parse_float(n->text, &d)) lua_pushnumber(L, d);
      else lua_pushlstring(L, n->text.data(), n->text.size());
      return;
    }
    case NodeType::expr:
    case NodeType::map:
    case NodeType::seq: push_node_proxy(L, doc, n); return;
  }
  lua_pushnil(L);
}

// The child of a map (string key) or seq (1-based integer key) at stack index k, or nullptr.
const Entry* child_entry(lua_State* L, const Node* n, int k) {
  if (n->is_map() && lua_type(L, k) == LUA_TSTRING) {
    size_t len = 0;
    const char* key = lua_tolstring(L, k, &len);
    return n->entry(std::string_view(key, len));
  }
  if (n->is_seq() && lua_type(L, k) == LUA_TNUMBER) {
    int isnum = 0;
    lua_Integer i = lua_tointegerx(L, k, &isnum);
    if (isnum && i >= 1 && static_cast<lua_Unsigned>(i) <= n->entries.size()) return &n->entries[i - 1];
  }
  return nullptr;
}

std::string_view source_text(const Document* doc, const Span& s) { return doc->source->view(s.begin, s.end); }

// Node proxies ----------------------------------------------------------------------------------------------

Proxy* check_node(lua_State* L, int idx, const char* fname) {
  Proxy* p = test_proxy(L, idx, kNodeMeta);
  if (!p) luaL_error(L, "bad argument #%d to '%s' (node expected, got %s)", idx, fname, describe(L, idx));
  check_live(L, p);
  return p;
}

int node_index(lua_State* L) {
  Proxy* p = static_cast<Proxy*>(lua_touserdata(L, 1));
  check_live(L, p);
  const Entry* e = child_entry(L, p->node, 2);
  if (!e) {
    lua_pushnil(L);
    return 1;
  }
  push_value(L, p->doc, e->value);
  return 1;
}

int node_len(lua_State* L) {
  Proxy* p = static_cast<Proxy*>(lua_touserdata(L, 1));
  check_live(L, p);
  lua_pushinteger(L, p->node->is_scalar() ? 0 : static_cast<lua_Integer>(p->node->size()));
  return 1;
}

int node_next(lua_State* L) {
  Proxy* p = check_node(L, 1, "next");
  lua_Integer i = lua_tointeger(L, lua_upvalueindex(1));
  if (p->node->is_scalar() || static_cast<size_t>(i) >= p->node->size()) return 0;
  lua_pushinteger(L, i + 1);
  lua_replace(L, lua_upvalueindex(1));
  const Entry& e = p->node->entries[i];
  if (p->node->is_map()) lua_pushlstring(L, e.key.data(), e.key.size());
  else lua_pushinteger(L, i + 1);
  push_value(L, p->doc, e.value);
  return 2;
}

int node_pairs(lua_State* L) {
  check_node(L, 1, "pairs");
  lua_pushinteger(L, 0);
  lua_pushcclosure(L, node_next, 1);
  lua_pushvalue(L, 1);
  lua_pushnil(L);
  return 3;
}

int proxy_newindex(lua_State* L) { return luaL_error(L, "attempt to modify a read-only document node"); }

int node_tostring(lua_State* L) {
  Proxy* p = static_cast<Proxy*>(lua_touserdata(L, 1));
  check_live(L, p);
  const Node* n = p->node;
  if (n->type == NodeType::expr) lua_pushlstring(L, n->text.data(), n->text.size());
  else lua_pushfstring(L, "%s at %s:%d:%d", node_type_name(n->type), p->doc->path().c_str(), (int)n->span.line, (int)n->span.col);
  return 1;
}

int proxy_eq(lua_State* L) {
  auto* a = static_cast<Proxy*>(lua_touserdata(L, 1));
  auto* b = static_cast<Proxy*>(lua_touserdata(L, 2));
  lua_pushboolean(L, a && b && a->node == b->node && a->doc == b->doc && a->docs == b->docs);
  return 1;
}

// Document proxies -----------------------------------------------------------------------------------------

Proxy* check_doc(lua_State* L, int idx, const char* fname) {
  Proxy* p = test_proxy(L, idx, kDocMeta);
  if (!p) luaL_error(L, "bad argument #%d to '%s' (document expected, got %s)", idx, fname, describe(L, idx));
  check_live(L, p);
  return p;
}


int doc_lines_next(lua_State* L) {
  Proxy* p = check_doc(L, lua_upvalueindex(2), "lines");
  lua_Integer i = lua_tointeger(L, lua_upvalueindex(1)) + 1;
  if (i > p->doc->source->visible_line_count()) return 0;
  lua_pushinteger(L, i);
  lua_replace(L, lua_upvalueindex(1));
  std::string_view line = p->doc->source->line(static_cast<uint32_t>(i));
  lua_pushinteger(L, i);
  lua_pushlstring(L, line.data(), line.size());
  return 2;
}

int doc_lines(lua_State* L) {
  check_doc(L, 1, "lines");
  lua_pushinteger(L, 0);
  lua_pushvalue(L, 1);
  lua_pushcclosure(L, doc_lines_next, 2);
  return 1;
}

int doc_line(lua_State* L) {
  Proxy* p = check_doc(L, 1, "line");
  lua_Integer n = luaL_checkinteger(L, 2);
  if (n < 1 || n > p->doc->source->visible_line_count()) {
    lua_pushnil(L);
    return 1;
  }
  std::string_view line = p->doc->source->line(static_cast<uint32_t>(n));
  lua_pushlstring(L, line.data(), line.size());
  return 1;
}

int doc_index(lua_State* L) {
  Proxy* p = static_cast<Proxy*>(lua_touserdata(L, 1));
  check_live(L, p);
  const Document* d = p->doc;
  size_t len = 0;
  const char* s = lua_type(L, 2) == LUA_TSTRING ? lua_tolstring(L, 2, &len) : "";
  std::string_view k(s, len);
  if (k == "root") push_value(L, d, d->tree());
  else if (k == "kind") lua_pushlstring(L, d->kind.data(), d->kind.size());
  else if (k == "path") lua_pushlstring(L, d->path().data(), d->path().size());
  else if (k == "format") lua_pushstring(L, format_name(d->format));
  else if (k == "index") lua_pushinteger(L, d->index);
  else if (k == "lines") lua_pushcfunction(L, doc_lines);
  else if (k == "line") lua_pushcfunction(L, doc_line);
  else if (k == "origin" && d->origin) push_doc_proxy(L, d->origin);
  else lua_pushnil(L);
  return 1;
}

int doc_tostring(lua_State* L) {
  Proxy* p = static_cast<Proxy*>(lua_touserdata(L, 1));
  check_live(L, p);
  lua_pushfstring(L, "document %s", p->doc->path().c_str());
  return 1;
}

// Repository proxy -----------------------------------------------------------------------------------------

// repo:documents(kind) and repo.documents(kind): the documents list is callable, so both spellings work.
int documents_call(lua_State* L) {
  int kind_idx = lua_isnoneornil(L, 3) ? 2 : 3;
  size_t klen = 0;
  const char* kind = lua_tolstring(L, kind_idx, &klen);
  if (lua_type(L, kind_idx) != LUA_TSTRING)
    return luaL_error(L, "bad argument #1 to 'documents' (string expected, got %s)", describe(L, kind_idx));
  lua_newtable(L);
  lua_Integer n = 0;
  lua_Integer len = static_cast<lua_Integer>(lua_rawlen(L, 1));
  for (lua_Integer i = 1; i <= len; ++i) {
    lua_rawgeti(L, 1, i);
    Proxy* d = test_proxy(L, -1, kDocMeta);
    if (d) check_live(L, d);
    if (d && d->doc->kind == std::string_view(kind, klen)) lua_rawseti(L, -2, ++n);
    else lua_pop(L, 1);
  }
  return 1;
}

// repo.readiness: the assessment as plain tables (include/tollgate/readiness.h; docs/readiness.md lists the fields).
void set_string(lua_State* L, const char* k, const std::string& v) {
  lua_pushlstring(L, v.data(), v.size());
  lua_setfield(L, -2, k);
}

void push_evidence(lua_State* L, const ReadinessEvidence& e) {
  lua_createtable(L, 0, 5);
  set_string(L, "path", e.path);
  lua_pushinteger(L, e.line);
  lua_setfield(L, -2, "line");
  set_string(L, "what", e.what);
  if (!e.date.empty()) {
    set_string(L, "date", e.date);
    lua_pushinteger(L, e.age_days);
    lua_setfield(L, -2, "age_days");
  }
}

template <class T, class F>
void push_list(lua_State* L, const std::vector<T>& v, F push_one) {
  lua_createtable(L, static_cast<int>(v.size()), 0);
  for (size_t i = 0; i < v.size(); ++i) {
    push_one(L, v[i]);
    lua_rawseti(L, -2, static_cast<lua_Integer>(i + 1));
  }
}

void push_readiness(lua_State* L, const Readiness& r) {
  lua_createtable(L, 0, 24);
  set_string(L, "as_of", r.as_of);
  lua_pushinteger(L, r.drill_window_days);
  lua_setfield(L, -2, "drill_window_days");
  lua_pushinteger(L, r.rollback_window_days);
  lua_setfield(L, -2, "rollback_window_days");
  if (!r.drill_gap.empty()) set_string(L, "drill_gap", r.drill_gap);
  if (!r.rollback_gap.empty()) set_string(L, "rollback_gap", r.rollback_gap);
  auto item = [](lua_State* L, const ReadinessItem& i) {
    lua_createtable(L, 0, 4);
    set_string(L, "name", i.name);
    lua_pushboolean(L, i.required);
    lua_setfield(L, -2, "required");
    set_string(L, "expected", i.expected);
    push_list(L, i.evidence, push_evidence);
    lua_setfield(L, -2, "evidence");
  };
  push_list(L, r.deliverables, item);
  lua_setfield(L, -2, "deliverables");
  push_list(L, r.design, item);
  lua_setfield(L, -2, "design");
  const std::pair<const char*, const std::vector<ReadinessEvidence>*> lists[] = {
      {"rpo", &r.rpo}, {"rto", &r.rto}, {"backups", &r.backups}, {"drills", &r.drills},
      {"rollback_procedures", &r.rollback_procedures}, {"rollback_checks", &r.rollback_checks}, {"slos", &r.slos},
      {"alert_tests", &r.alert_tests}, {"automated_rollback", &r.automated_rollback},
      {"drift_detection", &r.drift_detection}};
  for (const auto& [name, list] : lists) {
    push_list(L, *list, push_evidence);
    lua_setfield(L, -2, name);
  }
  push_list(L, r.alerts, [](lua_State* L, const ReadinessAlert& a) {
    lua_createtable(L, 0, 7);
    set_string(L, "name", a.name);
    set_string(L, "path", a.path);
    lua_pushinteger(L, a.line);
    lua_setfield(L, -2, "line");
    if (!a.runbook.empty()) {
      set_string(L, "runbook", a.runbook);
      lua_pushinteger(L, a.runbook_line);
      lua_setfield(L, -2, "runbook_line");
    }
    set_string(L, "runbook_status", a.runbook_status);
  });
  lua_setfield(L, -2, "alerts");
  push_list(L, r.monitored, [](lua_State* L, const ReadinessMonitored& m) {
    lua_createtable(L, 0, 5);
    set_string(L, "name", m.name);
    set_string(L, "path", m.path);
    set_string(L, "what", m.what);
    lua_pushinteger(L, m.line);
    lua_setfield(L, -2, "line");
    lua_pushboolean(L, m.alerted);
    lua_setfield(L, -2, "alerted");
  });
  lua_setfield(L, -2, "monitored");
  for (const auto& [name, place] : {std::pair{"dr_place", &r.dr_place}, std::pair{"monitoring_place", &r.monitoring_place},
                                    std::pair{"runbooks_place", &r.runbooks_place}}) {
    push_evidence(L, *place);
    lua_setfield(L, -2, name);
  }
}

int repo_index(lua_State* L) {
  Proxy* p = static_cast<Proxy*>(lua_touserdata(L, 1));
  check_live(L, p);
  if (lua_type(L, 2) == LUA_TSTRING && std::strcmp(lua_tostring(L, 2), "readiness") == 0) {
    const Readiness* r = sandbox_of(L)->readiness;
    if (!r) {
      lua_pushnil(L);
      return 1;
    }
    if (lua_getiuservalue(L, 1, 2) == LUA_TTABLE) return 1;
    lua_pop(L, 1);
    push_readiness(L, *r);
    lua_pushvalue(L, -1);
    lua_setiuservalue(L, 1, 2);
    return 1;
  }
  if (lua_type(L, 2) != LUA_TSTRING || std::strcmp(lua_tostring(L, 2), "documents") != 0) {
    lua_pushnil(L);
    return 1;
  }
  if (lua_getiuservalue(L, 1, 1) == LUA_TTABLE) return 1;
  lua_pop(L, 1);
  lua_createtable(L, static_cast<int>(p->docs->size()), 0);
  for (size_t i = 0; i < p->docs->size(); ++i) {
    push_doc_proxy(L, (*p->docs)[i]);
    lua_rawseti(L, -2, static_cast<lua_Integer>(i + 1));
  }
  lua_createtable(L, 0, 2);
  lua_pushcfunction(L, documents_call);
  lua_setfield(L, -2, "__call");
  lua_pushliteral(L, "read-only");
  lua_setfield(L, -2, "__metatable");
  lua_setmetatable(L, -2);
  lua_pushvalue(L, -1);
  lua_setiuservalue(L, 1, 1);
  return 1;
}

// ---------------------------------------------------------------------------------------------------------
// ctx:report

struct Resolved {
  const Document* doc = nullptr;
  std::string path;  // a {path=} place without a document (doc null)
  Span span;
  std::string_view content;
};

// Raw field read: a report table is data, its metatable (if any) is not consulted.
int raw_field(lua_State* L, int t, const char* name) {
  lua_pushstring(L, name);
  return lua_rawget(L, t);
}

// Resolves the at/key/on fields of the table at t into a location; `what` names the table in errors.
Resolved resolve_location(lua_State* L, int t, const char* what) {
  Sandbox* sb = sandbox_of(L);
  Resolved r;
  int top = lua_gettop(L);
  int at = (raw_field(L, t, "at"), lua_gettop(L));
  int key = (raw_field(L, t, "key"), lua_gettop(L));
  int on = (raw_field(L, t, "on"), lua_gettop(L));
  bool on_key = false;
  if (!lua_isnil(L, on)) {
    if (lua_type(L, on) != LUA_TSTRING || (std::strcmp(lua_tostring(L, on), "key") && std::strcmp(lua_tostring(L, on), "value")))
      luaL_error(L, "%s: field 'on' must be \"key\" or \"value\" (got %s)", what, describe(L, on));
    on_key = std::strcmp(lua_tostring(L, on), "key") == 0;
    if (on_key && lua_isnil(L, key)) luaL_error(L, "%s: on = \"key\" needs a 'key'", what);
  }
  if (Proxy* p = test_proxy(L, at, kNodeMeta)) {
    check_live(L, p);
    r.doc = p->doc;
    const Node* n = p->node;
    if (lua_isnil(L, key)) {
      r.span = n->span;
      r.content = n->type == NodeType::expr ? std::string_view(n->text) : source_text(p->doc, n->span);
    } else {
      if (n->is_map() && lua_type(L, key) != LUA_TSTRING)
        luaL_error(L, "%s: field 'key' must be a string for a map (got %s)", what, describe(L, key));
      if (n->is_seq() && !lua_isinteger(L, key))
        luaL_error(L, "%s: field 'key' must be an integer for a seq (got %s)", what, describe(L, key));
      if (n->is_scalar()) luaL_error(L, "%s: field 'key' needs 'at' to be a map or seq (got %s)", what, node_type_name(n->type));
      const Entry* e = child_entry(L, n, key);
      if (!e) luaL_error(L, "%s: key %s not found in the %s given as 'at'", what, luaL_tolstring(L, key, nullptr), node_type_name(n->type));
      if (on_key) {
        r.span = e->key_span;
        r.content = e->key;
      } else {
        const Node* v = e->value;
        r.span = v ? v->span : e->key_span;
        r.content = !v ? std::string_view() : v->type == NodeType::expr ? std::string_view(v->text) : source_text(p->doc, v->span);
      }
    }
  } else if (Proxy* d = test_proxy(L, at, kDocMeta)) {
    check_live(L, d);
    if (!lua_isnil(L, key)) luaL_error(L, "%s: field 'key' needs 'at' to be a node (got document)", what);
    r.doc = d->doc;
    if (const Node* root = d->doc->tree()) {
      r.span = root->span;
      r.content = source_text(d->doc, r.span);
    } else {
      r.span = d->doc->source->span(0, static_cast<uint32_t>(d->doc->source->line(1).size()));
      r.content = d->doc->source->line(1);
    }
  } else if (lua_type(L, at) == LUA_TTABLE) {
    if (!lua_isnil(L, key)) luaL_error(L, "%s: field 'key' needs 'at' to be a node (got a {line=, col=} table)", what);
    raw_field(L, at, "path");
    raw_field(L, at, "line");
    raw_field(L, at, "col");
    int path = lua_gettop(L) - 2;
    const Document* in = sb->current_doc;
    if (!lua_isnil(L, path)) {
      // Repository scope: a place by path, a file of the scan or one that should exist (a missing runbook).
      if (!sb->current_docs) luaL_error(L, "%s: a {path=} location is for repository rules; a document rule reports in its document", what);
      size_t plen = 0;
      const char* p = lua_type(L, path) == LUA_TSTRING ? lua_tolstring(L, path, &plen) : nullptr;
      if (!p || plen == 0 || plen > 4096 || std::memchr(p, '\n', plen))
        luaL_error(L, "%s: field 'path' must be a non-empty one-line string (got %s)", what, describe(L, path));
      std::string_view pv(p, plen);
      for (const Document* d : *sb->current_docs)
        if (d->path() == pv && d->source) {
          in = d;
          break;
        }
      // No document of that path, or no line (or line 0): the place as a whole.
      bool whole = lua_isnil(L, -2) || (lua_isinteger(L, -2) && lua_tointeger(L, -2) == 0);
      if (!in || whole) {
        if (!lua_isnil(L, -2) && (!lua_isinteger(L, -2) || lua_tointeger(L, -2) < 0))
          luaL_error(L, "%s: field 'at' has a 'line' that is not a positive integer (got %s)", what, describe(L, -2));
        r.path = std::string(pv);
        r.span = Span{};
        r.span.line = r.span.end_line = lua_isnil(L, -2) ? 0 : static_cast<uint32_t>(std::min<lua_Integer>(lua_tointeger(L, -2), 0xFFFFFF));
        r.content = std::string_view();
        lua_settop(L, top);
        return r;
      }
    }
    if (!in) luaL_error(L, "%s: a {line=, col=} location needs a document; in repository scope pass a node as 'at', or a 'path'", what);
    if (!lua_isinteger(L, -2) || lua_tointeger(L, -2) < 1)
      luaL_error(L, "%s: field 'at' must have an integer 'line' of at least 1 (got %s)", what, describe(L, -2));
    if (!lua_isnil(L, -1) && (!lua_isinteger(L, -1) || lua_tointeger(L, -1) < 1))
      luaL_error(L, "%s: field 'at' has a 'col' that is not an integer of at least 1 (got %s)", what, describe(L, -1));
    const SourceText& src = *in->source;
    lua_Integer line = lua_tointeger(L, -2);
    lua_Integer col = lua_isnil(L, -1) ? 1 : lua_tointeger(L, -1);
    if (line > src.visible_line_count() && !(line == 1 && src.bytes().empty()))
      luaL_error(L, "%s: line %d is past the end of %s (%d lines)", what, (int)line, src.path().c_str(), (int)src.visible_line_count());
    r.doc = in;
    std::string_view text = src.line(static_cast<uint32_t>(line));
    uint32_t begin = src.offset_of(static_cast<uint32_t>(line), static_cast<uint32_t>(col > 0xFFFFFF ? 0xFFFFFF : col));
    r.span = src.span(begin, src.line_start(static_cast<uint32_t>(line)) + static_cast<uint32_t>(text.size()));
    r.content = text;
  } else {
    luaL_error(L,
               "%s: field 'at' must be a node or a {line=, col=} (or, in repository scope, {path=, line=}) table (got %s; to point at a scalar, pass its map "
               "as 'at' and its name as 'key')",
               what, describe(L, at));
  }
  lua_settop(L, top);
  return r;
}

bool is_report_field(const char* k) {
  static const char* const kFields[] = {"at", "key", "on", "message", "severity", "related", "secret"};
  for (const char* f : kFields)
    if (!std::strcmp(k, f)) return true;
  return false;
}

constexpr size_t kMaxReportsPerCall = 10000;
constexpr size_t kMaxMessageBytes = 4096;  // a message is one sentence; longer ones are cut (bounds findings' memory)

int ctx_report(lua_State* L) {
  Sandbox* sb = sandbox_of(L);
  Proxy* c = test_proxy(L, 1, kCtxMeta);
  if (!c) return luaL_error(L, "ctx:report must be called with ':' (got %s as self)", describe(L, 1));
  check_live(L, c);
  // Findings live outside the Lua state's memory cap: a rule reporting in a loop must not fill the machine.
  if (sb->hits && sb->hits->size() >= kMaxReportsPerCall)
    return luaL_error(L, "ctx:report: more than %d findings in one call", static_cast<int>(kMaxReportsPerCall));
  if (lua_type(L, 2) != LUA_TTABLE) return luaL_error(L, "ctx:report expects a table (got %s)", describe(L, 2));
  lua_settop(L, 2);
  lua_pushnil(L);
  while (lua_next(L, 2)) {
    lua_pop(L, 1);
    if (lua_type(L, -1) != LUA_TSTRING || !is_report_field(lua_tostring(L, -1)))
      return luaL_error(L, "ctx:report: unknown field %s (fields: at, key, on, message, severity, related, secret)",
                        lua_type(L, -1) == LUA_TSTRING ? lua_pushfstring(L, "'%s'", lua_tostring(L, -1)) : describe(L, -1));
  }
  // Validation first, so that nothing with a destructor is alive if an error is raised.
  int msg = (raw_field(L, 2, "message"), lua_gettop(L));
  if (lua_type(L, msg) != LUA_TSTRING || lua_rawlen(L, msg) == 0)
    return luaL_error(L, "ctx:report: field 'message' must be a non-empty string (got %s)", describe(L, msg));
  int sev = (raw_field(L, 2, "severity"), lua_gettop(L));
  if (!lua_isnil(L, sev)) {
    if (lua_type(L, sev) != LUA_TSTRING || !parse_severity(lua_tostring(L, sev)))
      return luaL_error(L, "ctx:report: field 'severity' must be one of critical, high, medium, low, info (got %s)",
                        lua_type(L, sev) == LUA_TSTRING ? lua_pushfstring(L, "\"%s\"", lua_tostring(L, sev)) : describe(L, sev));
  }
  int secret = (raw_field(L, 2, "secret"), lua_gettop(L));
  if (!lua_isnil(L, secret) && (lua_type(L, secret) != LUA_TSTRING || lua_rawlen(L, secret) == 0))
    return luaL_error(L, "ctx:report: field 'secret' must be a non-empty string (got %s)", describe(L, secret));
  if (!lua_isnil(L, secret) && std::strstr(lua_tostring(L, msg), lua_tostring(L, secret)))
    return luaL_error(L, "ctx:report: the message must not include the secret value");
  int rel = (raw_field(L, 2, "related"), lua_gettop(L));
  lua_Integer nrel = 0;
  if (!lua_isnil(L, rel)) {
    if (lua_type(L, rel) != LUA_TTABLE) return luaL_error(L, "ctx:report: field 'related' must be a list of {at=, key=, message=} tables (got %s)", describe(L, rel));
    nrel = static_cast<lua_Integer>(lua_rawlen(L, rel));
    for (lua_Integer i = 1; i <= nrel; ++i) {
      lua_rawgeti(L, rel, i);
      if (lua_type(L, -1) != LUA_TTABLE) return luaL_error(L, "ctx:report: related[%d] must be a table (got %s)", (int)i, describe(L, -1));
      int item = lua_gettop(L);
      const char* what = lua_pushfstring(L, "ctx:report: related[%d]", (int)i);
      resolve_location(L, item, what);
      raw_field(L, item, "message");
      if (!lua_isnil(L, -1) && lua_type(L, -1) != LUA_TSTRING)
        return luaL_error(L, "%s: field 'message' must be a string (got %s)", what, describe(L, -1));
      lua_settop(L, item - 1);
    }
  }
  Resolved where = resolve_location(L, 2, "ctx:report");
  // From here on nothing raises.
  RuleHit hit;
  hit.rule = sb->rule_index;
  hit.doc = where.doc;
  hit.path = std::move(where.path);
  hit.span = where.span;
  hit.content_key = std::string(where.content);
  size_t mlen = 0;
  const char* m = lua_tolstring(L, msg, &mlen);
  // A message that quotes a long value from the file is cut, not refused: refusing would fail the rule on the
  // one file that holds such a value (tg.excerpt keeps quoted values readable in the first place).
  hit.message = cut_utf8(std::string_view(m, mlen), kMaxMessageBytes);
  if (!lua_isnil(L, sev)) hit.severity = parse_severity(lua_tostring(L, sev));
  if (!lua_isnil(L, secret)) {
    size_t slen = 0;
    const char* s = lua_tolstring(L, secret, &slen);
    hit.secret = std::string(s, slen);
  }
  for (lua_Integer i = 1; i <= nrel; ++i) {
    lua_rawgeti(L, rel, i);
    int item = lua_gettop(L);
    Resolved r = resolve_location(L, item, "related");
    Location loc;
    loc.path = r.doc ? r.doc->path() : r.path;
    loc.span = r.span;
    raw_field(L, item, "message");
    if (lua_type(L, -1) == LUA_TSTRING) loc.message = lua_tostring(L, -1);
    hit.related.push_back(std::move(loc));
    lua_settop(L, item - 1);
  }
  if (sb->hits) sb->hits->push_back(std::move(hit));
  return 0;
}

int ctx_index(lua_State* L) {
  Proxy* p = static_cast<Proxy*>(lua_touserdata(L, 1));
  check_live(L, p);
  const char* k = lua_type(L, 2) == LUA_TSTRING ? lua_tostring(L, 2) : "";
  if (!std::strcmp(k, "report")) lua_pushcfunction(L, ctx_report);
  else if (!std::strcmp(k, "rule")) lua_pushstring(L, running_rule(L));
  else if (!std::strcmp(k, "options")) {
    lua_getfield(L, LUA_REGISTRYINDEX, kOptionsKey);
    if (lua_getfield(L, -1, running_rule(L)) == LUA_TNIL) lua_getfield(L, LUA_REGISTRYINDEX, kNoOptionsKey);
  }
  else lua_pushnil(L);
  return 1;
}

// ---------------------------------------------------------------------------------------------------------
// tg library

int tg_type(lua_State* L) {
  luaL_checkany(L, 1);
  switch (lua_type(L, 1)) {
    case LUA_TNIL: lua_pushliteral(L, "null"); return 1;
    case LUA_TBOOLEAN: lua_pushliteral(L, "bool"); return 1;
    case LUA_TNUMBER: lua_pushstring(L, lua_isinteger(L, 1) ? "int" : "float"); return 1;
    case LUA_TSTRING: lua_pushliteral(L, "string"); return 1;
    default: break;
  }
  if (Proxy* p = test_proxy(L, 1, kNodeMeta)) {
    check_live(L, p);
    lua_pushstring(L, node_type_name(p->node->type));
    return 1;
  }
  lua_pushstring(L, describe(L, 1));
  return 1;
}

// Follows a tg.get path ("a.b[2].c", "a[\"x.y\"]", "a['k']") from n. Returns false with *why and *at set
// when the path is malformed; *out is nullptr when a step is missing.
bool follow_path(const Node* n, std::string_view path, const Node** out, const char** why, size_t* at) {
  size_t i = 0;
  bool first = true;
  std::string key;
  while (i < path.size()) {
    if (path[i] == '[') {
      size_t j = i + 1;
      if (j < path.size() && (path[j] == '"' || path[j] == '\'')) {
        char q = path[j++];
        key.clear();
        while (j < path.size() && path[j] != q) {
          if (path[j] == '\\' && j + 1 < path.size()) ++j;
          key += path[j++];
        }
        if (j + 1 >= path.size() || path[j + 1] != ']') {
          *why = "unterminated quoted key";
          *at = i + 1;
          return false;
        }
        n = n && n->is_map() ? n->get(key) : nullptr;
        i = j + 2;
      } else {
        size_t idx = 0;
        size_t digits = 0;
        while (j < path.size() && path[j] >= '0' && path[j] <= '9' && digits < 12) idx = idx * 10 + (path[j++] - '0'), ++digits;
        if (digits == 0 || j >= path.size() || path[j] != ']') {
          *why = "expected a number or a quoted key inside [ ]";
          *at = i + 1;
          return false;
        }
        n = n && n->is_seq() && idx >= 1 ? n->at(idx - 1) : nullptr;
        i = j + 1;
      }
    } else {
      if (!first) {
        if (path[i] != '.') {
          *why = "expected '.' or '['";
          *at = i + 1;
          return false;
        }
        ++i;
      }
      size_t j = i;
      while (j < path.size() && path[j] != '.' && path[j] != '[') ++j;
      if (j == i) {
        *why = "empty key";
        *at = i + 1;
        return false;
      }
      n = n && n->is_map() ? n->get(path.substr(i, j - i)) : nullptr;
      i = j;
    }
    first = false;
  }
  *out = n;
  return true;
}

int tg_get(lua_State* L) {
  size_t plen = 0;
  const char* path = luaL_checklstring(L, 2, &plen);
  int t = lua_type(L, 1);
  if (t == LUA_TNIL || t == LUA_TNONE) {
    lua_pushnil(L);
    return 1;
  }
  if (t == LUA_TSTRING || t == LUA_TNUMBER || t == LUA_TBOOLEAN) {
    if (plen == 0) lua_pushvalue(L, 1);
    else lua_pushnil(L);
    return 1;
  }
  Proxy* p = check_node(L, 1, "get");
  const Node* out = nullptr;
  const char* why = nullptr;
  size_t at = 0;
  bool ok = follow_path(p->node, std::string_view(path, plen), &out, &why, &at);
  if (!ok) return luaL_error(L, "tg.get: malformed path \"%s\" at character %d: %s", path, (int)at, why);
  push_value(L, p->doc, out);
  return 1;
}

void push_span(lua_State* L, const Span& s) {
  lua_createtable(L, 0, 4);
  lua_pushinteger(L, s.line);
  lua_setfield(L, -2, "line");
  lua_pushinteger(L, s.col);
  lua_setfield(L, -2, "col");
  lua_pushinteger(L, s.end_line);
  lua_setfield(L, -2, "end_line");
  lua_pushinteger(L, s.end_col);
  lua_setfield(L, -2, "end_col");
}

void check_key_arg(lua_State* L, const Node* n, int idx, const char* fname) {
  if (n->is_map() && lua_type(L, idx) != LUA_TSTRING)
    luaL_error(L, "bad argument #%d to '%s' (string key expected for a map, got %s)", idx, fname, describe(L, idx));
  if (n->is_seq() && !lua_isinteger(L, idx))
    luaL_error(L, "bad argument #%d to '%s' (integer index expected for a seq, got %s)", idx, fname, describe(L, idx));
  if (n->is_scalar()) luaL_error(L, "bad argument #1 to '%s' (map or seq expected with a key, got %s)", fname, node_type_name(n->type));
}

int tg_span(lua_State* L) {
  Proxy* p = check_node(L, 1, "span");
  if (lua_isnoneornil(L, 2)) {
    push_span(L, p->node->span);
    return 1;
  }
  check_key_arg(L, p->node, 2, "span");
  const Entry* e = child_entry(L, p->node, 2);
  if (!e || !e->value) {
    lua_pushnil(L);
    return 1;
  }
  push_span(L, e->value->span);
  return 1;
}

int tg_key_span(lua_State* L) {
  Proxy* p = check_node(L, 1, "key_span");
  if (!p->node->is_map())
    return luaL_error(L, "bad argument #1 to 'key_span' (map expected, got %s)", node_type_name(p->node->type));
  luaL_checkstring(L, 2);
  check_key_arg(L, p->node, 2, "key_span");
  const Entry* e = child_entry(L, p->node, 2);
  if (!e) {
    lua_pushnil(L);
    return 1;
  }
  push_span(L, e->key_span);
  return 1;
}

bool string_is_literal(std::string_view s) { return string_references(s).empty(); }

// Values that are neither node proxies nor plain scalars (tables, functions, documents) are mistakes.
void check_value_arg(lua_State* L, int idx, const char* fname) {
  int t = lua_type(L, idx);
  if (t == LUA_TNIL || t == LUA_TNONE || t == LUA_TBOOLEAN || t == LUA_TNUMBER || t == LUA_TSTRING) return;
  check_node(L, idx, fname);
}

int tg_is_literal(lua_State* L) {
  luaL_checkany(L, 1);
  check_value_arg(L, 1, "is_literal");
  if (Proxy* p = test_proxy(L, 1, kNodeMeta)) {
    lua_pushboolean(L, p->node->type != NodeType::expr);
    return 1;
  }
  if (lua_type(L, 1) == LUA_TSTRING) {
    size_t len = 0;
    const char* s = lua_tolstring(L, 1, &len);
    lua_pushboolean(L, string_is_literal(std::string_view(s, len)));
    return 1;
  }
  lua_pushboolean(L, 1);
  return 1;
}

// tg.secret_assignment(name, value): "secret", "weak_default" or nil, as secrets.generic-literal-assignment judges
// `name = value` (engine/native_rules.h).
int tg_secret_assignment(lua_State* L) {
  size_t nlen = 0;
  const char* name = luaL_checklstring(L, 1, &nlen);
  std::string_view verdict;
  if (lua_type(L, 2) == LUA_TSTRING) {
    size_t vlen = 0;
    const char* v = lua_tolstring(L, 2, &vlen);
    charge(L, (nlen + vlen) / 16 + 1);
    verdict = judge_secret_assignment(std::string_view(name, nlen), std::string_view(v, vlen));
  } else if (lua_isinteger(L, 2)) {
    std::string digits = std::to_string(lua_tointeger(L, 2));
    verdict = judge_secret_assignment(std::string_view(name, nlen), digits, true);
  }
  if (verdict.empty()) lua_pushnil(L);
  else lua_pushlstring(L, verdict.data(), verdict.size());
  return 1;
}

int tg_refs(lua_State* L) {
  luaL_checkany(L, 1);
  check_value_arg(L, 1, "refs");
  lua_newtable(L);
  if (Proxy* p = test_proxy(L, 1, kNodeMeta)) {
    lua_Integer i = 0;
    for (const std::string& r : p->node->refs) {
      lua_pushlstring(L, r.data(), r.size());
      lua_rawseti(L, -2, ++i);
    }
  } else if (lua_type(L, 1) == LUA_TSTRING) {
    size_t len = 0;
    const char* s = lua_tolstring(L, 1, &len);
    std::vector<std::string> refs = string_references(std::string_view(s, len));
    lua_Integer i = 0;
    for (const std::string& r : refs) {
      lua_pushlstring(L, r.data(), r.size());  // only a memory error could skip refs' destructor
      lua_rawseti(L, -2, ++i);
    }
  }
  return 1;
}

int tg_text(lua_State* L) {
  int t = lua_type(L, 1);
  if (t == LUA_TSTRING || t == LUA_TNUMBER || t == LUA_TBOOLEAN) {
    luaL_tolstring(L, 1, nullptr);
    return 1;
  }
  Proxy* p = check_node(L, 1, "text");
  const Node* n = p->node;
  std::string_view s = n->type == NodeType::expr ? std::string_view(n->text) : source_text(p->doc, n->span);
  lua_pushlstring(L, s.data(), s.size());
  return 1;
}

// tg.each yields (item, index); null items are skipped so that a nil never ends the loop early.
int each_next(lua_State* L) {
  lua_Integer i = lua_tointeger(L, lua_upvalueindex(2));
  if (Proxy* p = test_proxy(L, lua_upvalueindex(1), kNodeMeta); p && p->node->is_seq()) {
    check_live(L, p);
    while (static_cast<size_t>(i) < p->node->size()) {
      const Node* v = p->node->entries[i++].value;
      if (!v || v->type == NodeType::null) continue;
      lua_pushinteger(L, i);
      lua_replace(L, lua_upvalueindex(2));
      push_value(L, p->doc, v);
      lua_pushinteger(L, i);
      return 2;
    }
    lua_pushinteger(L, i);
    lua_replace(L, lua_upvalueindex(2));
    return 0;
  }
  if (i > 0 || lua_isnil(L, lua_upvalueindex(1))) return 0;
  lua_pushinteger(L, 1);
  lua_replace(L, lua_upvalueindex(2));
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_pushinteger(L, 1);
  return 2;
}

int tg_each(lua_State* L) {
  if (test_proxy(L, 1, kNodeMeta)) check_live(L, test_proxy(L, 1, kNodeMeta));
  lua_settop(L, 1);
  lua_pushinteger(L, 0);
  lua_pushcclosure(L, each_next, 2);
  return 1;
}

// Pushes parent_path extended by one key or index, in the syntax tg.get reads.
void push_child_path(lua_State* L, int parent_path, const Node* parent, size_t i) {
  luaL_Buffer b;
  luaL_buffinit(L, &b);
  size_t plen = 0;
  const char* pp = lua_tolstring(L, parent_path, &plen);
  luaL_addlstring(&b, pp, plen);
  if (parent->is_seq()) {
    lua_pushfstring(L, "[%d]", static_cast<int>(i + 1));
    luaL_addvalue(&b);
  } else {
    const std::string& k = parent->entries[i].key;
    bool plain = !k.empty() && k.find_first_of(".[]\"'\\") == std::string::npos;
    if (plain) {
      if (plen) luaL_addchar(&b, '.');
      luaL_addlstring(&b, k.data(), k.size());
    } else {
      luaL_addstring(&b, "[\"");
      for (char c : k) {
        if (c == '"' || c == '\\') luaL_addchar(&b, '\\');
        luaL_addchar(&b, c);
      }
      luaL_addstring(&b, "\"]");
    }
  }
  luaL_pushresult(&b);
}

// Stack on entry: fn at index 2; the parent's proxy and path at the top (parent_idx, path_idx).
void walk(lua_State* L, const Document* doc, const Node* node, int parent_idx, int path_idx, int depth) {
  if (depth > kMaxWalkDepth) luaL_error(L, "tg.walk: the tree is nested deeper than %d levels", kMaxWalkDepth);
  luaL_checkstack(L, 12, "tg.walk");
  for (size_t i = 0; i < node->size(); ++i) {
    charge(L, 1);
    const Entry& e = node->entries[i];
    int base = lua_gettop(L);
    push_child_path(L, path_idx, node, i);  // base + 1
    lua_pushvalue(L, 2);
    push_value(L, doc, e.value);
    lua_pushvalue(L, parent_idx);
    if (node->is_map()) lua_pushlstring(L, e.key.data(), e.key.size());
    else lua_pushinteger(L, static_cast<lua_Integer>(i + 1));
    lua_pushvalue(L, base + 1);
    lua_call(L, 4, 1);
    bool skip = lua_isboolean(L, -1) && !lua_toboolean(L, -1);
    lua_pop(L, 1);
    if (!skip && e.value && !e.value->is_scalar()) {
      push_node_proxy(L, doc, e.value);  // base + 2
      walk(L, doc, e.value, base + 2, base + 1, depth + 1);
    }
    lua_settop(L, base);
  }
}

int tg_walk(lua_State* L) {
  Proxy* p = check_node(L, 1, "walk");
  luaL_checktype(L, 2, LUA_TFUNCTION);
  lua_settop(L, 2);
  lua_pushvalue(L, 1);  // 3: parent
  lua_pushliteral(L, "");  // 4: path
  walk(L, p->doc, p->node, 3, 4, 0);
  return 0;
}

// Regexes ---------------------------------------------------------------------------------------------------

const re2::RE2* cached_regex(Sandbox* sb, std::string_view pattern, std::string* error) {
  std::string key(pattern);
  auto it = sb->regexes.find(key);
  if (it != sb->regexes.end()) return it->second.get();
  if (sb->regexes.size() >= kMaxRegexes) {
    *error = "more than " + std::to_string(kMaxRegexes) + " distinct regular expressions";
    return nullptr;
  }
  if (pattern.size() > kMaxPatternBytes) {
    *error = "pattern longer than " + std::to_string(kMaxPatternBytes) + " bytes";
    return nullptr;
  }
  re2::RE2::Options opt;
  opt.set_log_errors(false);
  opt.set_max_mem(kRegexMaxMem);
  auto re = std::make_unique<re2::RE2>(re2::StringPiece(pattern.data(), pattern.size()), opt);
  if (!re->ok()) {
    *error = re->error();
    return nullptr;
  }
  const re2::RE2* r = re.get();
  sb->regexes.emplace(std::move(key), std::move(re));
  return r;
}

int tg_re(lua_State* L) {
  if (lua_type(L, 1) != LUA_TSTRING)
    return luaL_error(L, "bad argument #1 to 're' (string expected, got %s)", describe(L, 1));
  size_t len = 0;
  const char* pat = lua_tolstring(L, 1, &len);
  const re2::RE2* re = nullptr;
  bool failed = false;
  {
    std::string error;
    re = cached_regex(sandbox_of(L), std::string_view(pat, len), &error);
    failed = re == nullptr;
    if (failed) lua_pushlstring(L, error.data(), error.size());
  }
  if (failed) return luaL_error(L, "tg.re: %s", lua_tostring(L, -1));
  auto* box = static_cast<RegexBox*>(lua_newuserdatauv(L, sizeof(RegexBox), 0));
  box->re = re;
  luaL_setmetatable(L, kRegexMeta);
  return 1;
}

const re2::RE2* check_regex(lua_State* L, const char* fname) {
  auto* box = static_cast<RegexBox*>(luaL_testudata(L, 1, kRegexMeta));
  if (!box) luaL_error(L, "bad argument #1 to '%s' (regex expected, got %s; call it as r:%s(s))", fname, describe(L, 1), fname);
  return box->re;
}

// Refuses (raises) a call whose worst-case work, units of program instruction x subject byte, exceeds
// kMaxRegexWork; otherwise charges it to the call, scaled so that the clock is looked at after any costly call.
void charge_regex(lua_State* L, const re2::RE2* re, size_t subject_bytes, uint64_t factor, const char* what) {
  uint64_t work = (static_cast<uint64_t>(subject_bytes) + 1) * static_cast<uint64_t>(re->ProgramSize()) * factor;
  if (work > kMaxRegexWork)
    luaL_error(L, "tg.re: %s of %d bytes is too long for this pattern (%d instructions%s): the work is bounded at %d "
               "million instruction-bytes; match shorter pieces (a line, a value) or simplify the pattern",
               what, static_cast<int>(subject_bytes), re->ProgramSize(),
               factor > 1 ? lua_pushfstring(L, ", %d capture groups", static_cast<int>(factor - 1)) : "",
               static_cast<int>(kMaxRegexWork / 1'000'000));
  charge(L, subject_bytes / 64 + work / 4096 + 1);
}

int regex_match(lua_State* L) {
  const re2::RE2* re = check_regex(L, "match");
  size_t len = 0;
  const char* s = luaL_checklstring(L, 2, &len);
  charge_regex(L, re, len, 1, "a subject");
  lua_pushboolean(L, re2::RE2::PartialMatch(re2::StringPiece(s, len), *re));
  return 1;
}

int regex_find(lua_State* L) {
  const re2::RE2* re = check_regex(L, "find");
  size_t len = 0;
  const char* s = luaL_checklstring(L, 2, &len);
  lua_Integer init = luaL_optinteger(L, 3, 1);
  if (init < 0) init = static_cast<lua_Integer>(len) + init + 1;
  if (init < 1) init = 1;
  if (static_cast<size_t>(init) > len + 1) {
    lua_pushnil(L);
    return 1;
  }
  size_t from = static_cast<size_t>(init - 1);
  charge_regex(L, re, len - from, 1, "a subject");
  int groups = re->NumberOfCapturingGroups();
  luaL_checkstack(L, groups + 4, "too many captures");
  // Submatch slots live in Lua memory: trivially destructible, collected even if an error unwinds.
  auto* sub = static_cast<re2::StringPiece*>(lua_newuserdatauv(L, sizeof(re2::StringPiece) * (groups + 1), 0));
  for (int i = 0; i <= groups; ++i) new (&sub[i]) re2::StringPiece();
  re2::StringPiece text(s, len);
  // First where the match is (RE2's DFA, linear); then the groups, within the match only, once its length says
  // what extracting them costs.
  if (!re->Match(text, from, len, re2::RE2::UNANCHORED, sub, 1)) {
    lua_pushnil(L);
    return 1;
  }
  if (groups > 0) {
    size_t begin = static_cast<size_t>(sub[0].data() - s), end = begin + sub[0].size();
    charge_regex(L, re, end - begin, static_cast<uint64_t>(groups) + 1, "a match");
    re->Match(text, begin, end, re2::RE2::ANCHOR_BOTH, sub, groups + 1);
  }
  lua_pushinteger(L, static_cast<lua_Integer>(sub[0].data() - s) + 1);
  lua_pushinteger(L, static_cast<lua_Integer>(sub[0].data() - s + sub[0].size()));
  for (int i = 1; i <= groups; ++i) {
    if (sub[i].data()) lua_pushlstring(L, sub[i].data(), sub[i].size());
    else lua_pushnil(L);
  }
  return 2 + groups;
}

int regex_tostring(lua_State* L) {
  const re2::RE2* re = check_regex(L, "tostring");
  lua_pushfstring(L, "regex /%s/", re->pattern().c_str());
  return 1;
}

// Kubernetes helpers ----------------------------------------------------------------------------------------

const Node* pod_spec_of(const Node* root) {
  if (!root || !root->is_map()) return nullptr;
  const Node* kind = root->get("kind");
  if (!kind || !kind->is_string()) return nullptr;
  const std::string& k = kind->text;
  const Node* spec = root->get("spec");
  if (!spec) return nullptr;
  if (k == "Pod") return spec->is_map() ? spec : nullptr;
  if (k == "Deployment" || k == "StatefulSet" || k == "DaemonSet" || k == "ReplicaSet" || k == "Job" ||
      k == "ReplicationController") {
    const Node* t = spec->get("template");
    const Node* s = t ? t->get("spec") : nullptr;
    return s && s->is_map() ? s : nullptr;
  }
  if (k == "CronJob") {
    const Node* jt = spec->get("jobTemplate");
    const Node* js = jt ? jt->get("spec") : nullptr;
    const Node* t = js ? js->get("template") : nullptr;
    const Node* s = t ? t->get("spec") : nullptr;
    return s && s->is_map() ? s : nullptr;
  }
  return nullptr;
}

int tg_pod_spec(lua_State* L) {
  if (lua_isnoneornil(L, 1)) {
    lua_pushnil(L);
    return 1;
  }
  Proxy* p = check_node(L, 1, "pod_spec");
  push_value(L, p->doc, pod_spec_of(p->node));
  return 1;
}

int tg_containers(lua_State* L) {
  lua_newtable(L);
  if (lua_isnoneornil(L, 1)) return 1;
  Proxy* p = check_node(L, 1, "containers");
  const Node* spec = pod_spec_of(p->node);
  // A pod spec itself (no kind, but containers) is accepted too.
  if (!spec && p->node->is_map() && !p->node->get("kind") && p->node->get("containers")) spec = p->node;
  if (!spec) return 1;
  lua_Integer n = 0;
  for (const char* field : {"containers", "initContainers"}) {
    const Node* list = spec->get(field);
    if (!list || !list->is_seq()) continue;
    for (const Entry& e : list->entries) {
      if (!e.value || !e.value->is_map()) continue;
      lua_createtable(L, 0, 2);
      push_node_proxy(L, p->doc, e.value);
      lua_setfield(L, -2, "node");
      lua_pushboolean(L, std::strcmp(field, "initContainers") == 0);
      lua_setfield(L, -2, "init");
      lua_rawseti(L, -2, ++n);
    }
  }
  return 1;
}

// tg.excerpt(s [, max_bytes]): s as a rule should quote it in a message, cut to max_bytes (default 100).
int tg_excerpt(lua_State* L) {
  size_t len = 0;
  const char* s = luaL_checklstring(L, 1, &len);
  lua_Integer max = luaL_optinteger(L, 2, 100);
  luaL_argcheck(L, max >= 8 && max <= static_cast<lua_Integer>(kMaxMessageBytes), 2, "must be between 8 and 4096");
  charge(L, len / 64 + 1);
  // Only the first max_bytes matter (each kept byte is written in at most 4): read no further.
  std::string out = message_excerpt(std::string_view(s, std::min<size_t>(len, static_cast<size_t>(max) + 1)),
                                    static_cast<size_t>(max));
  lua_pushlstring(L, out.data(), out.size());  // out leaks only if this push runs out of memory
  return 1;
}

int tg_log(lua_State* L) {
  int n = lua_gettop(L);
  luaL_Buffer b;
  luaL_buffinit(L, &b);
  for (int i = 1; i <= n; ++i) {
    if (i > 1) luaL_addchar(&b, ' ');
    luaL_tolstring(L, i, nullptr);
    luaL_addvalue(&b);
  }
  luaL_pushresult(&b);
  std::fprintf(stderr, "%s: %s\n", running_rule(L), lua_tostring(L, -1));
  return 0;
}

void set_meta_common(lua_State* L) {
  lua_pushliteral(L, "read-only");
  lua_setfield(L, -2, "__metatable");
}

// One metatable per proxy kind: its metamethods, then the fields every proxy metatable shares.
void new_proxy_metatable(lua_State* L, const char* name, const luaL_Reg* methods) {
  luaL_newmetatable(L, name);
  luaL_setfuncs(L, methods, 0);
  set_meta_common(L);
  const void* table = lua_topointer(L, -1);
  sandbox_of(L)->metatables.push_back({name, table, luaL_ref(L, LUA_REGISTRYINDEX)});
}

void register_metatables(lua_State* L) {
  static const luaL_Reg kNode[] = {{"__index", node_index},       {"__newindex", proxy_newindex},
                                   {"__len", node_len},           {"__pairs", node_pairs},
                                   {"__tostring", node_tostring}, {"__eq", proxy_eq},
                                   {nullptr, nullptr}};
  static const luaL_Reg kDoc[] = {{"__index", doc_index},
                                  {"__newindex", proxy_newindex},
                                  {"__tostring", doc_tostring},
                                  {"__eq", proxy_eq},
                                  {nullptr, nullptr}};
  static const luaL_Reg kRepo[] = {{"__index", repo_index}, {"__newindex", proxy_newindex}, {nullptr, nullptr}};
  static const luaL_Reg kCtx[] = {{"__index", ctx_index}, {"__newindex", proxy_newindex}, {nullptr, nullptr}};
  new_proxy_metatable(L, kNodeMeta, kNode);
  new_proxy_metatable(L, kDocMeta, kDoc);
  new_proxy_metatable(L, kRepoMeta, kRepo);
  new_proxy_metatable(L, kCtxMeta, kCtx);

  // Regex objects: methods through __index.
  luaL_newmetatable(L, kRegexMeta);
  static const luaL_Reg kRegexMethods[] = {{"match", regex_match}, {"find", regex_find}, {nullptr, nullptr}};
  luaL_newlib(L, kRegexMethods);
  lua_setfield(L, -2, "__index");
  lua_pushcfunction(L, regex_tostring);
  lua_setfield(L, -2, "__tostring");
  set_meta_common(L);
  lua_pop(L, 1);

  // ctx.options: rule id -> frozen table (install_options), and the empty one every other rule gets.
  lua_newtable(L);
  lua_setfield(L, LUA_REGISTRYINDEX, kOptionsKey);
  lua_newtable(L);
  push_read_only(L, -1, "ctx.options");
  lua_setfield(L, LUA_REGISTRYINDEX, kNoOptionsKey);
  lua_pop(L, 1);
}

void push_shell_lines(lua_State* L, const std::vector<ShellLine>& lines) {
  lua_createtable(L, static_cast<int>(lines.size()), 0);
  lua_Integer i = 0;
  for (const ShellLine& l : lines) {
    lua_createtable(L, 0, 3);
    lua_pushinteger(L, l.n);
    lua_setfield(L, -2, "n");
    lua_pushlstring(L, l.text.data(), l.text.size());
    lua_setfield(L, -2, "text");
    lua_pushinteger(L, l.off);
    lua_setfield(L, -2, "off");
    lua_rawseti(L, -2, ++i);
  }
}

// tg.shell_blocks(doc): rules/lib/shell.lua's script_blocks, computed once per document (engine/shell_blocks.h).
int tg_shell_blocks(lua_State* L) {
  Proxy* p = check_doc(L, 1, "shell_blocks");
  Sandbox* sb = sandbox_of(L);
  const Document* doc = p->doc;
  if (sb->shell_blocks_of != doc->serial) {
    sb->shell_blocks = shell_blocks(*doc);
    sb->shell_blocks_of = doc->serial;
  }
  lua_createtable(L, static_cast<int>(sb->shell_blocks.size()), 0);
  lua_Integer i = 0;
  for (const ShellBlock& b : sb->shell_blocks) {
    charge(L, b.lines.size() + 1);
    lua_createtable(L, 0, 5);
    lua_pushlstring(L, b.scope.data(), b.scope.size());
    lua_setfield(L, -2, "scope");
    if (b.step) {
      push_node_proxy(L, doc, b.step);
      lua_setfield(L, -2, "step");
    }
    if (b.job) {
      push_node_proxy(L, doc, b.job);
      lua_setfield(L, -2, "job");
    }
    if (b.has_job_id) {
      lua_pushlstring(L, b.job_id.data(), b.job_id.size());
      lua_setfield(L, -2, "job_id");
    }
    push_shell_lines(L, b.lines);
    lua_setfield(L, -2, "lines");
    lua_rawseti(L, -2, ++i);
  }
  return 1;
}

// tg.shell_value_lines(doc, map, key): shell.lua's value_lines.
int tg_shell_value_lines(lua_State* L) {
  Proxy* d = check_doc(L, 1, "shell_value_lines");
  Proxy* m = check_node(L, 2, "shell_value_lines");
  if (!m->node->is_map())
    return luaL_error(L, "bad argument #2 to 'shell_value_lines' (map expected, got %s)", node_type_name(m->node->type));
  size_t len = 0;
  const char* key = luaL_checklstring(L, 3, &len);
  Sandbox* sb = sandbox_of(L);
  sb->shell_out = shell_value_lines(*d->doc, *m->node, std::string_view(key, len));
  charge(L, sb->shell_out.size() + 1);
  push_shell_lines(L, sb->shell_out);
  return 1;
}

// tg.shell_logical_lines(lines): shell.lua's logical_lines over a list of { n =, text =, off = }.
int tg_shell_logical_lines(lua_State* L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  Sandbox* sb = sandbox_of(L);
  sb->shell_in.clear();
  lua_Integer count = luaL_len(L, 1);
  for (lua_Integer i = 1; i <= count; ++i) {
    charge(L, 1);
    if (lua_geti(L, 1, i) != LUA_TTABLE)
      return luaL_error(L, "bad argument #1 to 'shell_logical_lines' (item %d is not a table)", (int)i);
    lua_getfield(L, -1, "n");
    lua_getfield(L, -2, "text");
    lua_getfield(L, -3, "off");
    int n_ok = 0, off_ok = 0;
    lua_Integer n = lua_tointegerx(L, -3, &n_ok), off = lua_tointegerx(L, -1, &off_ok);
    if (!n_ok || !off_ok || lua_type(L, -2) != LUA_TSTRING || n < 0 || off < 0 || n > UINT32_MAX || off > UINT32_MAX)
      return luaL_error(L, "bad argument #1 to 'shell_logical_lines' (item %d needs integer n and off and string text)",
                        (int)i);
    size_t len = 0;
    const char* text = lua_tolstring(L, -2, &len);
    sb->shell_in.push_back({static_cast<uint32_t>(n), std::string(text, len), static_cast<uint32_t>(off)});
    lua_pop(L, 4);
  }
  sb->shell_out = shell_logical_lines(sb->shell_in);
  push_shell_lines(L, sb->shell_out);
  return 1;
}

// tg.tier(name): the environment tier a name's words give ("production", "staging", "testing", "development"),
// or nil: the same reading the pipeline model gives environment names and deploy targets.
int tg_tier(lua_State* L) {
  size_t len = 0;
  const char* s = luaL_checklstring(L, 1, &len);
  charge(L, len / 16 + 1);
  std::string_view t = pipeline::tier_of(std::string_view(s, len));
  if (t.empty()) lua_pushnil(L);
  else lua_pushlstring(L, t.data(), t.size());
  return 1;
}

// tg.classify_command(base, args): what the pipeline model reads in one command (models/pipeline/
// pipeline_builder.h): { does = { test = true, ... }, target =, soft_fail =, skips_tests = } (absent when empty).
// For rules that read commands outside the pipeline model and must agree with it.
int tg_classify_command(lua_State* L) {
  size_t len = 0;
  const char* base = luaL_checklstring(L, 1, &len);
  luaL_checktype(L, 2, LUA_TTABLE);
  lua_Integer n = static_cast<lua_Integer>(lua_rawlen(L, 2));
  charge(L, static_cast<uint64_t>(n) + 1);
  for (lua_Integer i = 1; i <= n; ++i) {
    lua_rawgeti(L, 2, i);
    if (lua_type(L, -1) != LUA_TSTRING) return luaL_error(L, "tg.classify_command: args must be strings");
    lua_pop(L, 1);
  }
  // Kept in storage that outlives a Lua error (Lua unwinds with longjmp, past C++ destructors).
  static thread_local std::vector<std::string> args;
  static thread_local pipeline::Activity act;
  args.clear();
  for (lua_Integer i = 1; i <= n; ++i) {
    lua_rawgeti(L, 2, i);
    size_t al = 0;
    const char* a = lua_tolstring(L, -1, &al);
    args.emplace_back(a, al);
    lua_pop(L, 1);
  }
  act = pipeline::classify_command(std::string(base, len), args);
  lua_createtable(L, 0, 4);
  lua_createtable(L, 0, static_cast<int>(act.does.size()));
  for (std::string_view d : act.does) {
    lua_pushlstring(L, d.data(), d.size());
    lua_pushboolean(L, 1);
    lua_rawset(L, -3);
  }
  lua_setfield(L, -2, "does");
  if (!act.target.empty()) {
    lua_pushlstring(L, act.target.data(), act.target.size());
    lua_setfield(L, -2, "target");
  }
  if (!act.soft_fail.empty()) {
    lua_pushlstring(L, act.soft_fail.data(), act.soft_fail.size());
    lua_setfield(L, -2, "soft_fail");
  }
  if (!act.tool.empty()) {
    lua_pushlstring(L, act.tool.data(), act.tool.size());
    lua_setfield(L, -2, "tool");
  }
  if (!act.skips_tests.empty()) {
    lua_pushlstring(L, act.skips_tests.data(), act.skips_tests.size());
    lua_setfield(L, -2, "skips_tests");
  }
  return 1;
}

// tg.split_shell(line): the simple commands of one logical shell line (engine/shell_blocks.h; rules/lib/shell.lua
// documents the shape).
int tg_split_shell(lua_State* L) {
  size_t len = 0;
  const char* text = luaL_checklstring(L, 1, &len);
  Sandbox* sb = sandbox_of(L);
  sb->shell_commands = split_shell_commands(std::string_view(text, len));
  lua_createtable(L, static_cast<int>(sb->shell_commands.size()), 0);
  lua_Integer count = 0;
  for (const ShellCommand& c : sb->shell_commands) {
    lua_createtable(L, 0, 8);
    lua_createtable(L, 0, static_cast<int>(c.env.size()));
    for (const auto& [name, value] : c.env) {
      lua_pushlstring(L, name.data(), name.size());
      lua_pushlstring(L, value.data(), value.size());
      lua_rawset(L, -3);
    }
    lua_setfield(L, -2, "env");
    lua_pushlstring(L, c.name.data(), c.name.size());
    lua_setfield(L, -2, "name");
    lua_pushlstring(L, c.base.data(), c.base.size());
    lua_setfield(L, -2, "base");
    lua_createtable(L, static_cast<int>(c.args.size()), 0);
    for (size_t m = 0; m < c.args.size(); ++m) {
      lua_pushlstring(L, c.args[m].data(), c.args[m].size());
      lua_rawseti(L, -2, static_cast<lua_Integer>(m + 1));
    }
    lua_setfield(L, -2, "args");
    if (!c.env.empty()) {
      lua_pushboolean(L, 1);
      lua_setfield(L, -2, "has_env");
    }
    lua_pushinteger(L, c.col);
    lua_setfield(L, -2, "col");
    lua_pushlstring(L, c.op.data(), c.op.size());
    lua_setfield(L, -2, "op");
    lua_pushboolean(L, c.cond);
    lua_setfield(L, -2, "cond");
    lua_rawseti(L, -2, ++count);
  }
  return 1;
}

}  // namespace

void push_tg_library(lua_State* L) {
  register_metatables(L);
  static const luaL_Reg kTg[] = {{"type", tg_type},         {"get", tg_get},     {"span", tg_span},
                                 {"key_span", tg_key_span}, {"is_literal", tg_is_literal}, {"secret_assignment", tg_secret_assignment},
                                 {"refs", tg_refs},         {"text", tg_text},   {"each", tg_each},
                                 {"walk", tg_walk},         {"re", tg_re},       {"log", tg_log},
                                 {"excerpt", tg_excerpt},     {"tier", tg_tier},
                                 {"split_shell", tg_split_shell}, {"shell_blocks", tg_shell_blocks},
                                 {"classify_command", tg_classify_command},
                                 {"shell_value_lines", tg_shell_value_lines},
                                 {"shell_logical_lines", tg_shell_logical_lines},
                                 {nullptr, nullptr}};
  luaL_newlib(L, kTg);
  lua_createtable(L, 0, 2);
  lua_pushcfunction(L, tg_pod_spec);
  lua_setfield(L, -2, "pod_spec");
  lua_pushcfunction(L, tg_containers);
  lua_setfield(L, -2, "containers");
  lua_setfield(L, -2, "k8s");
}

// ---------------------------------------------------------------------------------------------------------
// Running rules (used by LuaRuntime below)

struct CheckCall {
  int check_ref;
  const Document* doc;                       // document scope
  const std::vector<const Document*>* docs;  // repository scope
};

int run_check(lua_State* L) {
  auto* call = static_cast<CheckCall*>(lua_touserdata(L, 1));
  lua_rawgeti(L, LUA_REGISTRYINDEX, call->check_ref);
  if (call->docs) {
    new_proxy(L, kRepoMeta, 2)->docs = call->docs;
  } else {
    push_doc_proxy(L, call->doc);
  }
  new_proxy(L, kCtxMeta, 0);
  lua_call(L, 2, 0);
  return 0;
}

struct LoadCall {
  const RuleSource* source;
  std::string* load_error;
  const std::string* rule_id;
  const std::string* options;  // the rule's options as a Lua table constructor, "" when it has none
  int check_ref = LUA_NOREF;
};

// A read-only view of the table at idx whose nested tables are read-only views too: ctx.options lives as long as
// the state, so a rule that wrote into it would change what the next file's call sees.
void push_frozen(lua_State* L, int idx, int depth) {
  idx = lua_absindex(L, idx);
  if (depth > 64) luaL_error(L, "options nested deeper than 64 levels");
  lua_newtable(L);
  int copy = lua_gettop(L);
  lua_pushnil(L);
  while (lua_next(L, idx)) {
    if (lua_type(L, -1) == LUA_TTABLE) {
      push_frozen(L, -1, depth + 1);
      lua_replace(L, -2);
    }
    lua_pushvalue(L, -2);
    lua_insert(L, -2);
    lua_rawset(L, copy);
  }
  push_read_only(L, copy, "ctx.options");
  lua_replace(L, copy);
}

// Makes the rule's options its ctx.options: the constructor text runs with an empty environment (it is data,
// written by the engine from the configuration file), and the table is frozen and kept by rule id.
void install_options(lua_State* L, const std::string& id, const std::string& constructor) {
  if (luaL_loadbufferx(L, constructor.data(), constructor.size(), "=options", "t") != LUA_OK) lua_error(L);
  lua_newtable(L);
  if (!lua_setupvalue(L, -2, 1)) lua_pop(L, 1);
  lua_call(L, 0, 1);
  push_frozen(L, -1, 0);
  lua_getfield(L, LUA_REGISTRYINDEX, kOptionsKey);
  lua_insert(L, -2);
  lua_setfield(L, -2, id.c_str());
  lua_pop(L, 2);
}

int load_check(lua_State* L) {
  auto* call = static_cast<LoadCall*>(lua_touserdata(L, 1));
  if (!load_rule_chunk(*sandbox_of(L), call->source->code(), call->source->origin, call->source->pack_dir,
                       call->load_error))
    return 0;
  lua_call(L, 0, 1);
  if (lua_type(L, -1) != LUA_TTABLE) return luaL_error(L, "the rule file did not return a table");
  lua_pushliteral(L, "check");
  if (lua_rawget(L, -2) != LUA_TFUNCTION) return luaL_error(L, "the rule has no check function");
  call->check_ref = luaL_ref(L, LUA_REGISTRYINDEX);
  if (!call->options->empty()) install_options(L, *call->rule_id, *call->options);
  return 0;
}

}  // namespace tollgate::lua

namespace tollgate {

// A rule whose calls reach the instruction budget, the deadline or the memory cap this many times is stopped.
constexpr int kMaxLimitFailures = 3;

struct LuaRuntime::Impl {
  struct Slot {
    const LoadedRule* rule = nullptr;
    int check_ref = LUA_NOREF;
    bool failed = false;          // could not load, or stopped (below): not run again, not reported again
    int limit_failures = 0;       // calls that reached the budget, the deadline or the memory cap
    std::string pending_error;    // a failure while setting up, reported by the first run
    bool loaded = false;          // the chunk is loaded on the rule's first run
    double seconds = 0;           // time spent in check() calls, for TOLLGATE_PROFILE_RULES
    long calls = 0;
  };
  std::unique_ptr<lua::Sandbox> sb;
  std::vector<Slot> slots;  // one per rule of the list the runtime was made with
  bool profile = profiling_rules();

  void load(size_t i);
  bool run(size_t i, const Document* doc, const std::vector<const Document*>* docs, std::vector<RuleHit>* hits,
           std::string* error);
};

bool profiling_rules() { return std::getenv("TOLLGATE_PROFILE_RULES") != nullptr; }

LuaRuntime::LuaRuntime(const std::vector<LoadedRule>& rules, const SandboxLimits& limits)
    : impl_(std::make_unique<Impl>()) {
  impl_->slots.resize(rules.size());
  impl_->sb = lua::open_sandbox(limits);
  for (size_t i = 0; i < rules.size(); ++i) impl_->slots[i].rule = &rules[i];
}

namespace {

void append_lua_value(const nlohmann::json& j, std::string* out) {
  switch (j.type()) {
    case nlohmann::json::value_t::object:
    case nlohmann::json::value_t::array: {
      out->push_back('{');
      for (auto it = j.begin(); it != j.end(); ++it) {
        if (it->is_null()) continue;  // a Lua table cannot hold nil: the key reads as absent either way
        if (j.is_object()) {
          out->push_back('[');
          append_lua_value(it.key(), out);
          out->push_back(']');
          out->push_back('=');
        }
        append_lua_value(*it, out);
        out->push_back(',');
      }
      out->push_back('}');
      return;
    }
    case nlohmann::json::value_t::string: {
      // Every byte outside printable ASCII, and the quote and backslash, as a decimal escape: any bytes survive.
      out->push_back('"');
      for (unsigned char c : j.get_ref<const std::string&>()) {
        if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') out->push_back(static_cast<char>(c));
        else {
          char esc[5];  // always three digits, so that a digit after the escape is not read as part of it
          std::snprintf(esc, sizeof esc, "\\%03u", c);
          out->append(esc);
        }
      }
      out->push_back('"');
      return;
    }
    case nlohmann::json::value_t::boolean: out->append(j.get<bool>() ? "true" : "false"); return;
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
    case nlohmann::json::value_t::number_float: out->append(j.dump()); return;
    default: out->append("nil"); return;
  }
}

// A rule's options (JSON object text from the configuration) as the Lua table constructor install_options runs.
std::string lua_table_constructor(const std::string& json) {
  if (json.empty()) return "";
  auto j = nlohmann::json::parse(json, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return "";
  std::string out = "return ";
  append_lua_value(j, &out);
  return out;
}

}  // namespace

// Loads rule i's chunk on its first run: a scan of a few files (a pre-commit hook) loads only the rules that
// apply to them.
void LuaRuntime::Impl::load(size_t i) {
  Slot& slot = slots[i];
  slot.loaded = true;
  const LoadedRule& rule = *slot.rule;
  const RuleInfo& info = rule.info;
  if (!sb) {
    slot.pending_error = "rule " + info.id + ": cannot create a Lua state within the memory cap";
    return;
  }
  lua_State* L = sb->L;
  std::string load_error;
  std::string options = lua_table_constructor(rule.options);
  lua::LoadCall call{&rule.source, &load_error, &info.id, &options};
  lua_settop(L, 0);
  lua_pushcfunction(L, lua::load_check);
  lua_pushlightuserdata(L, &call);
  std::string cause;
  bool ok = lua::call_limited(*sb, info.id, 1, 0, &cause);
  if (!ok) slot.pending_error = "rule " + info.id + ": " + cause;
  else if (!load_error.empty()) slot.pending_error = "rule " + info.id + ": " + load_error;
  else slot.check_ref = call.check_ref;
  lua_settop(L, 0);
}

LuaRuntime::~LuaRuntime() {
  // TOLLGATE_PROFILE_RULES=1: where a scan's Lua time went, for rule authors (docs/writing-rules.md).
  if (impl_->profile)
    for (auto& sl : impl_->slots)
      if (sl.calls) std::fprintf(stderr, "%8.3f s %8ld calls %s\n", sl.seconds, sl.calls, sl.rule->info.id.c_str());
}

bool LuaRuntime::Impl::run(size_t i, const Document* doc, const std::vector<const Document*>* docs,
                           std::vector<RuleHit>* hits, std::string* error) {
  if (i >= slots.size()) {
    *error = "no rule with index " + std::to_string(i);
    return false;
  }
  Slot& slot = slots[i];
  const RuleInfo& info = slot.rule->info;
  if (info.native || slot.rule->secret || slot.failed) return true;
  if (!slot.loaded) load(i);
  if (!slot.pending_error.empty()) {
    slot.failed = true;
    *error = slot.pending_error;
    return false;
  }
  bool repo_scope = docs != nullptr;
  if (repo_scope != (info.scope == RuleScope::repository)) {
    *error = "rule " + info.id + ": is a " + (repo_scope ? "document" : "repository") + " rule, run in the wrong scope";
    return false;
  }
  lua_State* L = sb->L;
  std::vector<RuleHit> found;
  sb->hits = &found;
  sb->rule_index = i;
  sb->current_doc = doc;
  sb->current_docs = docs;
  lua::CheckCall call{slot.check_ref, doc, docs};
  lua_settop(L, 0);
  lua_pushcfunction(L, lua::run_check);
  lua_pushlightuserdata(L, &call);
  std::string cause;
  bool ok;
  if (profile) {
    auto t0 = std::chrono::steady_clock::now();
    ok = lua::call_limited(*sb, info.id, 1, 0, &cause);
    slot.seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    slot.calls++;
  } else {
    ok = lua::call_limited(*sb, info.id, 1, 0, &cause);
  }
  sb->hits = nullptr;
  sb->current_doc = nullptr;
  sb->current_docs = nullptr;
  lua_settop(L, 0);
  if (!ok) {
    // A failed call's partial findings are dropped: the error, not half a result, is what the user sees. The
    // rule still runs on the other files: one file (a 5,000-character image name, a value the rule did not
    // expect) must not switch a rule off for the whole scan. Only a rule that keeps reaching its limits is
    // stopped, so that a hostile or runaway rule costs a few deadlines, not one per file.
    *error = "rule " + info.id + ": " + cause;
    if (sb->limit_reached && ++slot.limit_failures >= kMaxLimitFailures) {
      slot.failed = true;
      *error += "; stopped after " + std::to_string(kMaxLimitFailures) +
                " calls reached the rule's limits, not run on the rest of the scan";
    }
    return false;
  }
  for (RuleHit& h : found) hits->push_back(std::move(h));
  return true;
}

bool LuaRuntime::run_document_rule(size_t i, const Document& doc, std::vector<RuleHit>* hits, std::string* error) {
  return impl_->run(i, &doc, nullptr, hits, error);
}

void LuaRuntime::set_readiness(const Readiness* r) { impl_->sb->readiness = r; }

bool LuaRuntime::run_repository_rule(size_t i, const std::vector<const Document*>& docs, std::vector<RuleHit>* hits,
                                     std::string* error) {
  return impl_->run(i, nullptr, &docs, hits, error);
}

}  // namespace tollgate
