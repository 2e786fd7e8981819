// Rule packs: the embedded built-in pack, packs on disk, and the validation of what each rule file returns.
#include <algorithm>
#include <filesystem>
#include <map>
#include <string_view>

#include "engine/lua_sandbox.h"
#include "engine/native_rules.h"
#include "engine/rule_index.h"
#include "engine/rules.h"
#include "engine/walker.h"

namespace tollgate {

struct EmbeddedRule {
  const char* path;
  const char* text;
  size_t size;
};
extern const EmbeddedRule kEmbeddedRules[];

// rules/lib/ (and <pack>/lib/) holds shared library modules for tg.lib, not rules: "lib" is not a family.
constexpr const char* kLibDir = "lib";
constexpr const char* kBuiltinLibPrefix = "rules/lib/";

std::vector<RuleSource> builtin_rule_sources() {
  std::vector<RuleSource> out;
  for (const EmbeddedRule* r = kEmbeddedRules; r->path; ++r)
    if (std::string_view(r->path).rfind(kBuiltinLibPrefix, 0) != 0) out.push_back({r->path, "", "", {r->text, r->size}});
  std::sort(out.begin(), out.end(), [](const RuleSource& a, const RuleSource& b) { return a.origin < b.origin; });
  return out;
}

std::vector<RuleSource> builtin_lua_files() {
  std::vector<RuleSource> out;
  for (const EmbeddedRule* r = kEmbeddedRules; r->path; ++r) out.push_back({r->path, "", "", {r->text, r->size}});
  return out;
}

bool indexed_builtin_rules(std::vector<LoadedRule>* out, bool examples) {
  std::string_view index = builtin_rule_index();
  if (index.empty()) return false;
  std::map<std::string_view, std::string_view> texts;
  for (const EmbeddedRule* r = kEmbeddedRules; r->path; ++r) texts.emplace(r->path, std::string_view(r->text, r->size));
  return deserialize_rules(index, [&](const std::string& origin) {
    auto it = texts.find(origin);
    return it == texts.end() ? std::string_view() : it->second;
  }, out, examples, /*static_bytes=*/true);
}

std::vector<RuleSource> rule_sources_in_dir(const std::string& dir, std::vector<Notification>* errors) {
  namespace fs = std::filesystem;
  std::vector<RuleSource> out;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    errors->push_back({Notification::Level::error, "rule pack folder not found", dir, 0, ""});
    return out;
  }
  std::vector<std::string> files;
  for (fs::directory_iterator fam(dir, ec), end; !ec && fam != end; fam.increment(ec)) {
    if (!fam->is_directory(ec)) continue;
    std::string family = fam->path().filename().string();
    if (family.empty() || family[0] == '.' || family == kLibDir) continue;
    std::error_code ec2;
    for (fs::directory_iterator f(fam->path(), ec2), fend; !ec2 && f != fend; f.increment(ec2)) {
      if (f->path().extension() != ".lua" || f->is_directory(ec2)) continue;
      std::string base = dir;
      if (!base.empty() && base.back() != '/') base += '/';
      files.push_back(base + family + "/" + f->path().filename().string());
    }
  }
  if (ec) errors->push_back({Notification::Level::error, dir + ": cannot list the rule pack: " + ec.message(), dir, 0, ""});
  std::sort(files.begin(), files.end());
  for (const std::string& path : files) {
    std::string text, why;
    if (!read_regular_file(path, kMaxSettingsFileBytes, &text, &why)) {
      errors->push_back({Notification::Level::error, "cannot read the rule file: " + why, path, 0, ""});
      continue;
    }
    out.push_back({path, std::move(text), dir, {}});
  }
  return out;
}

namespace lua {

bool find_library_source(const std::string& pack_dir, const std::string& name, RuleSource* out, std::string* error) {
  namespace fs = std::filesystem;
  std::string looked;
  if (!pack_dir.empty()) {
    std::string path = pack_dir + (pack_dir.back() == '/' ? "" : "/") + kLibDir + "/" + name + ".lua";
    std::error_code ec;
    if (fs::exists(path, ec)) {
      std::string text, why;
      if (!read_regular_file(path, kMaxSettingsFileBytes, &text, &why)) {
        *error = path + ": cannot read the library module: " + why;
        return false;
      }
      *out = {path, std::move(text), pack_dir, {}};
      return true;
    }
    looked = path + " and the built-in ";
  }
  std::string origin = kBuiltinLibPrefix + name + ".lua";
  for (const EmbeddedRule* r = kEmbeddedRules; r->path; ++r) {
    if (origin == r->path) {
      *out = {origin, "", "", {r->text, r->size}};
      return true;
    }
  }
  *error = "no library module '" + name + "' (looked for " + looked + origin + ")";
  return false;
}

std::string_view precompiled_builtin(std::string_view origin, std::string_view text) {
  std::string_view bytecode = builtin_bytecode(origin);
  if (bytecode.empty()) return {};
  for (const EmbeddedRule* r = kEmbeddedRules; r->path; ++r)
    if (origin == r->path) {
      std::string_view embedded(r->text, r->size);
      return text.data() == embedded.data() || text == embedded ? bytecode : std::string_view();
    }
  return {};
}

}  // namespace lua

namespace {

// The last two components of an origin: "rules/gates/x.lua" -> ("gates", "x").
bool family_and_name(const std::string& origin, std::string* family, std::string* name) {
  size_t slash = origin.rfind('/');
  if (slash == std::string::npos) return false;
  size_t prev = slash == 0 ? std::string::npos : origin.rfind('/', slash - 1);
  *family = origin.substr(prev == std::string::npos ? 0 : prev + 1, slash - (prev == std::string::npos ? 0 : prev + 1));
  std::string file = origin.substr(slash + 1);
  if (file.size() <= 4 || file.compare(file.size() - 4, 4, ".lua") != 0) return false;
  *name = file.substr(0, file.size() - 4);
  return !family->empty();
}

std::string join(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : ", ") + s;
  return out;
}

struct Validation {
  const RuleSource* source;
  RuleInfo info;
  std::optional<SecretSpec> secret;
  std::vector<std::string> examples, negative_examples;
  std::vector<std::string> errors;  // without the origin prefix
  std::string load_error;
};

// Reads the rule table's fields; runs inside a protected call, so Lua errors cannot escape here.
std::string type_of(lua_State* L, int idx) { return luaL_typename(L, idx); }

std::string quoted_value(lua_State* L, int idx) {
  if (lua_type(L, idx) == LUA_TSTRING) return "\"" + std::string(lua_tostring(L, idx)) + "\"";
  return type_of(L, idx);
}

int raw(lua_State* L, int t, const char* name) {
  lua_pushstring(L, name);
  return lua_rawget(L, t);
}

// A list of strings: keys exactly 1..n. Returns false if the value is not such a list.
bool read_string_list(lua_State* L, int idx, std::vector<std::string>* out) {
  if (lua_type(L, idx) != LUA_TTABLE) return false;
  lua_Integer n = static_cast<lua_Integer>(lua_rawlen(L, idx));
  lua_Integer count = 0;
  lua_pushnil(L);
  while (lua_next(L, idx)) {
    lua_pop(L, 1);
    ++count;
  }
  if (count != n) return false;
  for (lua_Integer i = 1; i <= n; ++i) {
    bool ok = lua_rawgeti(L, idx, i) == LUA_TSTRING;
    if (ok) out->push_back(lua_tostring(L, -1));
    lua_pop(L, 1);
    if (!ok) return false;
  }
  return true;
}

void validate(lua_State* L, int t, Validation* v) {
  auto& errs = v->errors;
  RuleInfo& info = v->info;
  static const std::vector<std::string> kKnown = {
      "id",      "title",   "severity", "tags",              "applies_to", "scope",    "help",     "references",
      "check",   "native",  "options",  "examples",          "negative_examples",      "pattern",  "keywords",
      "entropy", "allow",   "stopwords", "allow_context", "checksum", "keywords_exact"};

  std::vector<std::string> unknown;
  bool non_string_key = false;
  lua_pushnil(L);
  while (lua_next(L, t)) {
    lua_pop(L, 1);
    if (lua_type(L, -1) != LUA_TSTRING) {
      non_string_key = true;
      continue;
    }
    std::string k = lua_tostring(L, -1);
    if (std::find(kKnown.begin(), kKnown.end(), k) == kKnown.end()) unknown.push_back(k);
  }
  std::sort(unknown.begin(), unknown.end());

  std::string family, name;
  bool path_ok = family_and_name(v->source->origin, &family, &name);
  std::string id_family;

  // id
  int top = lua_gettop(L);
  if (raw(L, t, "id") == LUA_TNIL) {
    errs.push_back("missing required field 'id'");
  } else if (lua_type(L, -1) != LUA_TSTRING) {
    errs.push_back("field 'id' must be a string (got " + type_of(L, -1) + ")");
  } else {
    std::string id = lua_tostring(L, -1);
    size_t dot = id.find('.');
    std::string fam = dot == std::string::npos ? "" : id.substr(0, dot);
    std::string kebab = dot == std::string::npos ? "" : id.substr(dot + 1);
    const auto& families = rule_families();
    // The built-in pack keeps to its ten families; a custom pack may add namespaces of its own (is_custom_family).
    bool builtin = v->source->pack_dir.empty();
    if (fam.empty() || !is_kebab_name(kebab) || !is_kebab_name(fam)) {
      errs.push_back("field 'id' must be \"<family>.<kebab-name>\" (got \"" + id + "\")");
    } else if (builtin && std::find(families.begin(), families.end(), fam) == families.end()) {
      errs.push_back("field 'id' has unknown family '" + fam + "' (the built-in pack's families: " + join(families) +
                     "; a custom pack may use its own)");
    } else if (!builtin && !is_custom_family(fam)) {
      errs.push_back("field 'id' cannot have the family '" + fam + "': " + fam + "/ holds a pack's library modules");
    } else if (!path_ok) {
      errs.push_back("the rule file must be at <family>/<name>.lua (got " + v->source->origin + ")");
    } else if (fam != family || kebab != name) {
      errs.push_back("field 'id' must be \"" + family + "." + name + "\" to match the file path " + family + "/" +
                     name + ".lua (got \"" + id + "\")");
    }
    info.id = id;
    id_family = fam;
  }
  lua_settop(L, top);

  // title
  if (raw(L, t, "title") == LUA_TNIL) errs.push_back("missing required field 'title'");
  else if (lua_type(L, -1) != LUA_TSTRING) errs.push_back("field 'title' must be a string (got " + type_of(L, -1) + ")");
  else {
    info.title = lua_tostring(L, -1);
    if (info.title.empty()) errs.push_back("field 'title' must not be empty");
    else if (info.title.back() == '.') errs.push_back("field 'title' must not end with a period");
  }
  lua_settop(L, top);

  // severity
  if (raw(L, t, "severity") == LUA_TNIL) {
    errs.push_back("missing required field 'severity'");
  } else {
    auto s = lua_type(L, -1) == LUA_TSTRING ? parse_severity(lua_tostring(L, -1)) : std::nullopt;
    if (!s) errs.push_back("field 'severity' must be one of critical, high, medium, low, info (got " + quoted_value(L, -1) + ")");
    else info.severity = *s;
  }
  lua_settop(L, top);

  // tags
  if (raw(L, t, "tags") == LUA_TNIL) {
    errs.push_back("missing required field 'tags'");
  } else if (!read_string_list(L, lua_gettop(L), &info.tags) || info.tags.empty()) {
    errs.push_back("field 'tags' must be a non-empty list of strings");
    info.tags.clear();
  } else if (!id_family.empty() && info.tags[0] != id_family) {
    errs.push_back("field 'tags' must start with the family \"" + id_family + "\" of the id (got \"" + info.tags[0] + "\")");
  }
  lua_settop(L, top);

  // applies_to
  if (raw(L, t, "applies_to") == LUA_TNIL) {
    errs.push_back("missing required field 'applies_to'");
  } else if (!read_string_list(L, lua_gettop(L), &info.applies_to) || info.applies_to.empty()) {
    errs.push_back("field 'applies_to' must be a non-empty list of document kinds, or { \"*\" }");
    info.applies_to.clear();
  }
  lua_settop(L, top);

  // scope
  if (raw(L, t, "scope") != LUA_TNIL) {
    std::string s = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "";
    if (s == "document") info.scope = RuleScope::document;
    else if (s == "repository") info.scope = RuleScope::repository;
    else errs.push_back("field 'scope' must be \"document\" or \"repository\" (got " + quoted_value(L, -1) + ")");
  }
  lua_settop(L, top);

  // help
  if (raw(L, t, "help") == LUA_TNIL) errs.push_back("missing required field 'help'");
  else if (lua_type(L, -1) != LUA_TSTRING) errs.push_back("field 'help' must be a string (got " + type_of(L, -1) + ")");
  else {
    info.help = RuleText(lua_tostring(L, -1));
    if (info.help.view().find_first_not_of(" \t\r\n") == std::string_view::npos) errs.push_back("field 'help' must not be empty");
  }
  lua_settop(L, top);

  // references
  if (raw(L, t, "references") != LUA_TNIL && !read_string_list(L, lua_gettop(L), &info.references))
    errs.push_back("field 'references' must be a list of strings");
  lua_settop(L, top);

  // native / check
  int native_type = raw(L, t, "native");
  if (native_type != LUA_TNIL && native_type != LUA_TBOOLEAN)
    errs.push_back("field 'native' must be a boolean (got " + type_of(L, -1) + ")");
  info.native = native_type == LUA_TBOOLEAN && lua_toboolean(L, -1);
  if (info.native && !info.id.empty() && !is_native_rule(info.id))
    errs.push_back("native = true is only for rules the engine implements (config.parse-error, "
                   "secrets.generic-literal-assignment, secrets.weak-default-credential, the change rules, "
                   "drift.snapshot-changed)");
  lua_settop(L, top);
  // A declarative secret rule: pattern and filters as data, no check function (see docs/writing-rules.md).
  int pattern_type = raw(L, t, "pattern");
  if (pattern_type != LUA_TNIL) {
    SecretSpec spec;
    spec.id = info.id;
    if (pattern_type != LUA_TSTRING) errs.push_back("field 'pattern' must be a string (RE2 syntax)");
    else spec.pattern = lua_tostring(L, -1);
    lua_settop(L, top);
    if (raw(L, t, "keywords") == LUA_TNIL || !read_string_list(L, lua_gettop(L), &spec.keywords) || spec.keywords.empty())
      errs.push_back("field 'keywords' must be a non-empty list of strings (a secret rule needs them)");
    lua_settop(L, top);
    int entropy_type = raw(L, t, "entropy");
    if (entropy_type == LUA_TNUMBER && lua_tonumber(L, -1) >= 0 && lua_tonumber(L, -1) <= 8) spec.min_entropy = lua_tonumber(L, -1);
    else if (entropy_type != LUA_TNIL) errs.push_back("field 'entropy' must be a number of bits per character from 0 to 8");
    lua_settop(L, top);
    if (raw(L, t, "allow") != LUA_TNIL && !read_string_list(L, lua_gettop(L), &spec.allow))
      errs.push_back("field 'allow' must be a list of strings (RE2 patterns)");
    lua_settop(L, top);
    if (raw(L, t, "stopwords") != LUA_TNIL && !read_string_list(L, lua_gettop(L), &spec.stopwords))
      errs.push_back("field 'stopwords' must be a list of strings");
    lua_settop(L, top);
    if (raw(L, t, "allow_context") != LUA_TNIL && !read_string_list(L, lua_gettop(L), &spec.allow_context))
      errs.push_back("field 'allow_context' must be a list of strings (RE2 patterns)");
    lua_settop(L, top);
    if (int type = raw(L, t, "keywords_exact"); type == LUA_TBOOLEAN) spec.keywords_exact = lua_toboolean(L, -1);
    else if (type != LUA_TNIL) errs.push_back("field 'keywords_exact' must be a boolean");
    lua_settop(L, top);
    if (int type = raw(L, t, "checksum"); type != LUA_TNIL) {
      if (type == LUA_TSTRING && known_checksum(lua_tostring(L, -1))) spec.checksum = lua_tostring(L, -1);
      else errs.push_back("field 'checksum' must be the name of a known checksum: \"github-crc32\"");
    }
    lua_settop(L, top);
    if (raw(L, t, "examples") == LUA_TNIL || !read_string_list(L, lua_gettop(L), &v->examples) || v->examples.size() < 2)
      errs.push_back("field 'examples' must list at least two strings that the pattern reports");
    lua_settop(L, top);
    if (raw(L, t, "negative_examples") == LUA_TNIL || !read_string_list(L, lua_gettop(L), &v->negative_examples) ||
        v->negative_examples.empty())
      errs.push_back("field 'negative_examples' must list at least one string that the pattern does not report");
    lua_settop(L, top);
    if (info.native) errs.push_back("field 'native' must be absent in a secret rule (one with a pattern)");
    if (raw(L, t, "check") != LUA_TNIL) errs.push_back("field 'check' must be absent in a secret rule (one with a pattern)");
    lua_settop(L, top);
    v->secret = std::move(spec);
  } else {
    lua_settop(L, top);
    for (const char* f : {"keywords", "keywords_exact", "entropy", "allow", "stopwords", "allow_context", "checksum",
                          "negative_examples"}) {
      if (raw(L, t, f) != LUA_TNIL) errs.push_back(std::string("field '") + f + "' belongs to secret rules, which need a 'pattern'");
      lua_settop(L, top);
    }
  }
  int check_type = raw(L, t, "check");
  if (v->secret) {
    // checked above
  } else if (info.native) {
    if (check_type != LUA_TNIL) errs.push_back("field 'check' must be absent when native = true");
  } else if (check_type == LUA_TNIL) {
    errs.push_back("missing required field 'check' (a function(doc, ctx)), or a 'pattern' for a secret rule");
  } else if (check_type != LUA_TFUNCTION) {
    errs.push_back("field 'check' must be a function (got " + type_of(L, -1) + ")");
  }
  lua_settop(L, top);

  if (non_string_key) errs.push_back("the rule table must only have named fields (found a list item or a non-string key)");
  for (const std::string& k : unknown)
    errs.push_back("unknown field '" + k + "' (allowed: " + join(kKnown) + ")");
}

int load_and_validate(lua_State* L) {
  auto* v = static_cast<Validation*>(lua_touserdata(L, 1));
  lua_settop(L, 0);
  if (!lua::load_rule_chunk(*lua::sandbox_of(L), v->source->code(), v->source->origin, v->source->pack_dir,
                            &v->load_error))
    return 0;
  lua_call(L, 0, 1);
  if (lua_type(L, 1) != LUA_TTABLE) {
    v->errors.push_back("the file must return a table (got " + type_of(L, 1) + ")");
    return 0;
  }
  validate(L, 1, v);
  return 0;
}

// The notification for one problem with a rule file: the file is its path; a Lua message's own
// "origin:line: " prefix becomes the notification's line, so reports do not repeat the path.
Notification rule_file_error(const std::string& origin, std::string msg, const std::string& rule_id) {
  Notification n{Notification::Level::error, "", origin, 0, rule_id};
  if (msg.compare(0, origin.size() + 1, origin + ":") == 0) {
    size_t p = origin.size() + 1, q = p;
    while (q < msg.size() && isdigit(static_cast<unsigned char>(msg[q]))) ++q;
    if (q > p && q + 1 < msg.size() && msg[q] == ':') {
      n.line = static_cast<uint32_t>(std::stoul(msg.substr(p, q - p)));
      msg = msg.substr(q + 1);
      while (!msg.empty() && msg.front() == ' ') msg.erase(0, 1);
    }
  }
  n.message = std::move(msg);
  return n;
}

}  // namespace

std::vector<LoadedRule> load_rules(const std::vector<RuleSource>& sources, const SandboxLimits& limits,
                                   std::vector<Notification>* errors, std::vector<LoadedRule> loaded) {
  std::vector<LoadedRule> out = std::move(loaded);
  std::map<std::string, std::string> seen;  // id -> origin
  for (const LoadedRule& r : out) seen.emplace(r.info.id, r.source.origin);
  // One state serves every rule file (each chunk runs in its own environment); after a file fails, the next
  // one gets a fresh state, so nothing a failed file left behind can matter.
  std::unique_ptr<lua::Sandbox> sb;
  for (const RuleSource& src : sources) {
    std::string family, name;
    if (family_and_name(src.origin, &family, &name) && family == kLibDir) continue;  // a library module
    auto fail = [&](const std::string& msg, const std::string& rule_id) {
      sb.reset();
      errors->push_back(rule_file_error(src.origin, msg, rule_id));
    };
    if (!sb) sb = lua::open_sandbox(limits);
    if (!sb) {
      fail("cannot create a Lua state within the memory cap", "");
      continue;
    }
    Validation v;
    v.source = &src;
    lua_State* L = sb->L;
    lua_pushcfunction(L, load_and_validate);
    lua_pushlightuserdata(L, &v);
    std::string cause;
    bool ok = lua::call_limited(*sb, src.origin, 1, 0, &cause);
    if (!ok) {
      fail(cause, v.info.id);
      continue;
    }
    if (!v.load_error.empty()) {
      fail(v.load_error, "");
      continue;
    }
    // A custom pack's secret patterns compile now, as `rules validate` compiles them: a scan must not accept a
    // rule that validation refuses and fail only once one of its keywords shows up. (The built-in pack's compile
    // on first use, which spares a pre-commit run 200 regexes; its own tests validate them.)
    if (v.secret && !src.pack_dir.empty())
      if (std::string e = check_secret_spec(*v.secret); !e.empty())
        v.errors.push_back(e.substr(e.find(": ") == std::string::npos ? 0 : e.find(": ") + 2));
    if (!v.errors.empty()) {
      for (const std::string& e : v.errors) fail(e, v.info.id);
      continue;
    }
    auto dup = seen.find(v.info.id);
    if (dup != seen.end()) {
      fail("duplicate rule id '" + v.info.id + "' (also defined in " + dup->second + ")", v.info.id);
      continue;
    }
    seen.emplace(v.info.id, src.origin);
    v.info.origin = src.pack_dir.empty() ? "builtin:" + src.origin : src.origin;
    out.push_back({std::move(v.info), src, std::move(v.secret), std::move(v.examples), std::move(v.negative_examples), {}});
  }
  std::sort(out.begin(), out.end(), [](const LoadedRule& a, const LoadedRule& b) { return a.info.id < b.info.id; });
  return out;
}

}  // namespace tollgate
