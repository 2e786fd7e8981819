// The repository configuration file (.tollgate.yaml). See config.h for the contract, docs/configuration.md for
// the user's view.
#include "engine/config.h"

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <limits>
#include <map>
#include <memory>
#include <set>

#include <nlohmann/json.hpp>

#include "engine/suggest.h"
#include "engine/walker.h"
#include "tollgate/parsers.h"

namespace fs = std::filesystem;

namespace tollgate {

std::string ConfigError::where() const {
  if (line == 0) return path;
  return path + ":" + std::to_string(line) + ":" + std::to_string(col);
}

std::string ConfigError::str() const { return where() + ": " + message; }

std::optional<uint64_t> parse_size(std::string_view text) {
  size_t digits = 0;
  while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
  if (digits == 0 || digits > 19) return std::nullopt;
  std::string_view unit = text.substr(digits);
  if (unit.size() > 1 && unit.front() == ' ') unit.remove_prefix(1);  // "2 MiB" reads as naturally as "2MiB"
  static const std::pair<std::string_view, uint64_t> kUnits[] = {
      {"", 1},          {"B", 1},          {"KB", 1000},      {"MB", 1000000}, {"GB", 1000000000},
      {"KiB", 1u << 10}, {"MiB", 1u << 20}, {"GiB", 1u << 30},
  };
  const auto* u = std::find_if(std::begin(kUnits), std::end(kUnits), [&](const auto& p) { return p.first == unit; });
  if (u == std::end(kUnits)) return std::nullopt;
  uint64_t n = 0;
  for (char c : text.substr(0, digits)) {
    if (n > (std::numeric_limits<uint64_t>::max() - 9) / 10) return std::nullopt;
    n = n * 10 + static_cast<uint64_t>(c - '0');
  }
  if (n == 0 || n > std::numeric_limits<uint64_t>::max() / u->second) return std::nullopt;
  return n * u->second;
}

namespace {

const char* const kKeys[] = {"fail-on",       "select",        "skip",     "rules",   "baseline",
                             "exclude",       "max-file-size", "max-findings-per-file",
                             "decode-base64", "severity",      "options",  "allow-unknown-rules",
                             "environments",  "readiness"};

// The known key a misspelt one most likely meant: "fail_on" and "failOn" for "fail-on", "exlude" for "exclude".
std::string suggest_key(std::string_view key) {
  std::string folded;
  for (char c : key) {
    if (c == '_') folded += '-';
    else if (c >= 'A' && c <= 'Z') folded.append(1, '-').append(1, static_cast<char>(c - 'A' + 'a'));
    else folded += c;
  }
  std::string best;
  size_t best_d = 3;  // more than two edits away is a different word
  for (const char* k : kKeys) {
    size_t d = std::min(edit_distance(key, k), edit_distance(folded, k));
    if (d < best_d) {
      best_d = d;
      best = k;
    }
  }
  return best;
}

std::string all_keys() {
  std::string out;
  for (const char* k : kKeys) out += (out.empty() ? "" : ", ") + std::string(k);
  return out;
}

const char* describe(const Node* n) {
  if (!n) return "nothing";
  switch (n->type) {
    case NodeType::null: return "null";
    case NodeType::boolean: return "a boolean";
    case NodeType::integer: return "an integer";
    case NodeType::floating: return "a number";
    case NodeType::string: return "a string";
    case NodeType::expr: return "an expression";
    case NodeType::map: return "a map";
    case NodeType::seq: return "a list";
  }
  return "a value";
}

// Lexically normal, absolute, without resolving symlinks: the walker names paths the same way, so the two agree
// on which files lie under the configuration's folder.
std::string absolute_lexical(const std::string& p) {
  std::error_code ec;
  fs::path abs = fs::absolute(p.empty() ? fs::path(".") : fs::path(p), ec);
  std::string s = abs.lexically_normal().string();
  while (s.size() > 1 && s.back() == '/') s.pop_back();
  return s;
}

// Builds a Config from the parsed tree, stopping at the first mistake.
class Reader {
 public:
  Reader(const std::string& path, Config* cfg, ConfigError* err) : path_(path), cfg_(cfg), err_(err) {}

  bool read(const Node* root) {
    if (!root || root->type == NodeType::null) return true;  // an empty file configures nothing
    if (!root->is_map()) return fail(root->span, std::string("expected a map of settings (key: value), got ") + describe(root));
    std::map<std::string, const Entry*> seen;
    for (const Entry& e : root->entries) {
      if (auto [it, fresh] = seen.emplace(e.key, &e); !fresh)
        return fail(e.key_span, "duplicate key '" + e.key + "' (first at line " +
                                    std::to_string(it->second->key_span.line) + ")");
      // A key written with nothing after it (`exclude:`) is the same as leaving it out.
      if (!e.value || e.value->type == NodeType::null) {
        if (!known(e.key)) return unknown_key(e);
        continue;
      }
      if (!setting(e)) return false;
      cfg_->key_lines[e.key] = e.key_span.line;
    }
    return true;
  }

 private:
  static bool known(const std::string& key) {
    return std::any_of(std::begin(kKeys), std::end(kKeys), [&](const char* k) { return key == k; });
  }

  bool unknown_key(const Entry& e) {
    std::string hint = suggest_key(e.key);
    return fail(e.key_span, "unknown key '" + e.key + "'" +
                                (hint.empty() ? " (known keys: " + all_keys() + ")" : " (did you mean '" + hint + "'?)"));
  }

  bool setting(const Entry& e) {
    const std::string& k = e.key;
    const Node* v = e.value;
    if (k == "fail-on") {
      auto s = severity(v, "fail-on");
      if (!s) return false;
      cfg_->fail_on = *s;
      return true;
    }
    if (k == "select") return items(v, "select", "rule ids or tags", &cfg_->select);
    if (k == "skip") return items(v, "skip", "rule ids or tags", &cfg_->skip);
    if (k == "rules" || k == "exclude") {
      std::vector<ConfigItem> got;
      if (!items(v, k, k == "rules" ? "rule pack folders" : "path patterns", &got)) return false;
      for (auto& g : got) {
        if (k == "rules") cfg_->rules.push_back({resolve(g.value), g.line, g.col});
        else cfg_->exclude.push_back(g);
      }
      return true;
    }
    if (k == "baseline") {
      std::string s;
      if (!text(v, v->span, "baseline", "a file name", &s)) return false;
      cfg_->baseline = resolve(s);
      return true;
    }
    if (k == "max-file-size") {
      std::optional<uint64_t> n;
      if (v->type == NodeType::integer || v->type == NodeType::string) n = parse_size(v->text);
      if (!n)
        return fail(v->span, "max-file-size: expected a positive size in bytes or with a unit, like 2MiB or 500KB (got " +
                                 shown(v) + ")");
      cfg_->max_file_size = *n;
      return true;
    }
    if (k == "max-findings-per-file") {
      uint64_t n = 0;
      bool ok = v->type == NodeType::integer && !v->text.empty() && v->text.size() <= 10;
      for (char c : v->text) ok = ok && c >= '0' && c <= '9', n = n * 10 + static_cast<uint64_t>(c - '0');
      if (!ok || n > UINT32_MAX)
        return fail(v->span, "max-findings-per-file: expected a number of findings, or 0 for no limit (got " + shown(v) + ")");
      cfg_->max_findings_per_file = static_cast<uint32_t>(n);
      return true;
    }
    if (k == "decode-base64" || k == "allow-unknown-rules") {
      if (v->type != NodeType::boolean) return fail(v->span, k + ": expected true or false, got " + shown(v));
      (k == "decode-base64" ? cfg_->decode_base64 : cfg_->allow_unknown_rules) = v->text == "true";
      return true;
    }
    if (k == "options") {
      if (!v->is_map())
        return fail(v->span, std::string("options: expected a map of rule id to that rule's options "
                                         "(gates.required-approval: {min: 2}), got ") + describe(v));
      for (const Entry& r : v->entries) {
        if (!r.value || !r.value->is_map())
          return fail(r.value ? r.value->span : r.key_span,
                      "options of '" + r.key + "': expected a map of option names to values, got " + describe(r.value));
        cfg_->options.push_back({{r.key, r.key_span.line, r.key_span.col}, to_json(*r.value).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)});
      }
      return true;
    }
    if (k == "environments") {
      if (!v->is_map())
        return fail(v->span, std::string("environments: expected a map with `order` and `allow-differ` "
                                         "(order: [dev, staging, prod]), got ") + describe(v));
      for (const Entry& s : v->entries) {
        if (!s.value || s.value->type == NodeType::null) continue;
        if (s.key == "order") {
          if (!items(s.value, "environments.order", "environment names", &cfg_->environment_order)) return false;
        } else if (s.key == "allow-differ") {
          if (!items(s.value, "environments.allow-differ", "setting keys", &cfg_->allow_differ)) return false;
        } else {
          return fail(s.key_span, "environments: unknown key '" + s.key + "' (known keys: order, allow-differ)");
        }
      }
      return true;
    }
    if (k == "readiness") return readiness(v);
    if (k == "severity") {
      if (!v->is_map())
        return fail(v->span, std::string("severity: expected a map of rule id to severity "
                                         "(supply-chain.unpinned-image: low), got ") + describe(v));
      for (const Entry& r : v->entries) {
        if (r.key.empty()) return fail(r.key_span, "severity: expected a rule id, id prefix or tag as the key");
        auto s = severity(r.value, "severity of '" + r.key + "'", &r.key_span);
        if (!s) return false;
        cfg_->severity.push_back({{r.key, r.key_span.line, r.key_span.col}, *s});
      }
      return true;
    }
    return unknown_key(e);
  }

  // readiness: where the deliverables and design inputs live, the windows of drills and rollback checks, and the
  // date ages are judged on (docs/readiness.md, "Configuration").
  bool readiness(const Node* v) {
    ReadinessConfig& r = cfg_->readiness;
    r.configured = true;
    if (v->type == NodeType::null) return true;
    if (!v->is_map())
      return fail(v->span, std::string("readiness: expected a map with `deliverables`, `design`, `drill-window-days`, "
                                       "`rollback-window-days` or `as-of`, got ") + describe(v));
    for (const Entry& s : v->entries) {
      const Node* x = s.value;
      if (s.key == "deliverables" || s.key == "design") {
        static const std::set<std::string_view> kDeliverables = {"iac", "environments", "pipelines", "monitoring",
                                                                 "alerting", "runbooks", "disaster-recovery"};
        static const std::set<std::string_view> kDesign = {"deployment-view", "components", "failure-modes",
                                                           "secrets-management", "incident-response", "environments"};
        const auto& known = s.key == "design" ? kDesign : kDeliverables;
        if (!x || !x->is_map())
          return fail(x ? x->span : s.key_span, "readiness." + s.key + ": expected a map of name to paths (runbooks: [docs/runbooks/]), got " + describe(x));
        for (const Entry& m : x->entries) {
          if (!known.count(m.key)) {
            std::string names;
            for (std::string_view n : known) names += (names.empty() ? "" : ", ") + std::string(n);
            return fail(m.key_span, "readiness." + s.key + ": unknown name '" + m.key + "' (known: " + names + ")");
          }
          // An empty key is as good as none (discovery); `[]` says the item is not required here.
          if (!m.value || m.value->type == NodeType::null) continue;
          std::vector<ConfigItem> got;
          if (!items(m.value, "readiness." + s.key + "." + m.key, "paths", &got)) return false;
          std::vector<std::string> paths;
          for (auto& g : got) paths.push_back(g.value);
          (s.key == "design" ? r.design : r.deliverables).push_back({m.key, std::move(paths)});
        }
      } else if (s.key == "drill-window-days" || s.key == "rollback-window-days") {
        bool ok = x && x->type == NodeType::integer && !x->text.empty() && x->text.size() <= 5 && x->text[0] != '-' && x->text != "0";
        if (!ok) return fail(x ? x->span : s.key_span, "readiness." + s.key + ": expected a number of days, 1 or more (got " + shown(x) + ")");
        (s.key == "drill-window-days" ? r.drill_window_days : r.rollback_window_days) = static_cast<uint32_t>(std::stoul(x->text));
      } else if (s.key == "as-of") {
        std::string d = x && x->is_scalar() ? x->text : "";
        if (!parse_iso_date(d))
          return fail(x ? x->span : s.key_span, "readiness.as-of: expected a date YYYY-MM-DD (got " + shown(x) + ")");
        r.as_of = d;
      } else {
        return fail(s.key_span, "readiness: unknown key '" + s.key +
                                    "' (known keys: deliverables, design, drill-window-days, rollback-window-days, as-of)");
      }
    }
    return true;
  }

  // A YAML value as JSON, the form rule options travel in: maps, lists, and scalars as YAML typed them.
  static nlohmann::json to_json(const Node& n) {
    switch (n.type) {
      case NodeType::map: {
        auto o = nlohmann::json::object();
        for (const Entry& e : n.entries) o[e.key] = e.value ? to_json(*e.value) : nlohmann::json();
        return o;
      }
      case NodeType::seq: {
        auto a = nlohmann::json::array();
        for (const Entry& e : n.entries) a.push_back(e.value ? to_json(*e.value) : nlohmann::json());
        return a;
      }
      case NodeType::boolean: return n.text == "true";
      case NodeType::integer:
        try {
          return std::stoll(n.text, nullptr, 0);
        } catch (const std::exception&) {
          return n.text;  // beyond 64 bits, or a form stoll does not read: the rule gets the text
        }
      case NodeType::floating:
        try {
          return std::stod(n.text);
        } catch (const std::exception&) {
          return n.text;
        }
      case NodeType::null: return nullptr;
      default: return n.text;
    }
  }

  // A scalar's text as the user wrote it, for messages.
  static std::string shown(const Node* v) {
    if (!v || !v->is_scalar()) return describe(v);
    return std::string(describe(v)) + " '" + v->text + "'";
  }

  std::optional<Severity> severity(const Node* v, const std::string& what, const Span* at = nullptr) {
    if (!v || v->type != NodeType::string) {
      // An empty value has no place of its own worth pointing at: point at its key.
      fail(v && (v->type != NodeType::null || !at) ? v->span : *at, what + ": expected a severity (critical, high, medium, low or info), got " + shown(v));
      return std::nullopt;
    }
    auto s = parse_severity(v->text);
    if (!s) fail(v->span, what + ": unknown severity '" + v->text + "' (critical, high, medium, low or info)");
    return s;
  }

  // A string, or a plain scalar that YAML read as a number (a folder called 2024 is still a name).
  bool text(const Node* v, const Span& at, const std::string& key, const char* what, std::string* out) {
    if (!v || !(v->type == NodeType::string || v->type == NodeType::integer || v->type == NodeType::floating))
      return fail(v ? v->span : at, key + ": expected " + what + ", got " + describe(v));
    if (v->text.empty()) return fail(v->span, key + ": expected " + what + ", got an empty string");
    *out = v->text;
    return true;
  }

  bool items(const Node* v, const std::string& key, const char* what, std::vector<ConfigItem>* out) {
    if (!v->is_seq())
      return fail(v->span, key + ": expected a list of " + what + " ([a, b] or one '- item' per line), got " +
                               shown(v));
    for (const Entry& it : v->entries) {
      std::string s;
      if (!text(it.value, it.key_span, key, "a string item", &s)) return false;
      out->push_back({std::move(s), it.value->span.line, it.value->span.col});
    }
    return true;
  }

  std::string resolve(const std::string& p) const {
    if (!p.empty() && p[0] == '/') return p;
    return cfg_->dir.empty() ? fs::path(p).lexically_normal().string() : (fs::path(cfg_->dir) / p).lexically_normal().string();
  }

  bool fail(const Span& at, std::string message) {
    err_->path = path_;
    err_->line = at.line;
    err_->col = at.col;
    err_->message = std::move(message);
    return false;
  }

  const std::string& path_;
  Config* cfg_;
  ConfigError* err_;
};

}  // namespace

EnvironmentConfig environment_config(const Config& c) {
  EnvironmentConfig e;
  for (const ConfigItem& i : c.environment_order) e.order.push_back(i.value);
  for (const ConfigItem& i : c.allow_differ) e.allow_differ.push_back(i.value);
  return e;
}

std::optional<Config> parse_config(const std::string& path, std::string_view text, ConfigError* error) {
  Config cfg;
  cfg.path = path;
  cfg.dir = fs::path(path).parent_path().string();
  cfg.dir_abs = absolute_lexical(cfg.dir);
  auto src = SourceText::make(path, std::string(text));
  ParseResult parsed = parse_yaml(src);
  if (parsed.error) {
    const ParseError& pe = *parsed.error;
    std::string message = "invalid YAML: " + pe.message;
    // `- *.log` is an alias to YAML, not a pattern: the parser's own words do not say so.
    std::string_view line = src->line(pe.span.line);
    if (line.find("*") != std::string_view::npos && line.find_first_of("\"'") == std::string_view::npos)
      message += " (a pattern that starts with '*' must be quoted: \"*.log\")";
    *error = {path, pe.span.line, pe.span.col, message};
    return std::nullopt;
  }
  if (parsed.documents.size() > 1) {
    const Document& second = *parsed.documents[1];
    Span at = second.root ? second.root->span : Span{1, 1};
    *error = {path, at.line, at.col, "expected one YAML document, found " + std::to_string(parsed.documents.size())};
    return std::nullopt;
  }
  Reader reader(path, &cfg, error);
  if (!reader.read(parsed.documents.empty() ? nullptr : parsed.documents[0]->root)) return std::nullopt;
  return cfg;
}

std::optional<Config> load_config(const std::string& path, ConfigError* error) {
  struct stat st;
  if (::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
    *error = {path, 0, 0, "is a directory, not a configuration file"};
    return std::nullopt;
  }
  std::string text, why;
  if (!read_regular_file(path, kMaxSettingsFileBytes, &text, &why)) {
    *error = {path, 0, 0, "cannot read configuration: " + why};
    return std::nullopt;
  }
  auto cfg = parse_config(path, text, error);
  if (!cfg) return cfg;
  // A rule pack that is not there would leave its rules out of the gate: said at its line, before any scan.
  for (const ConfigItem& pack : cfg->rules)
    if (::stat(pack.value.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) {
      *error = {path, pack.line, pack.col, "rules: '" + pack.value + "' is not a folder (a rule pack is a folder of " +
                                               "<family>/<name>.lua files; paths are relative to this file)"};
      return std::nullopt;
    }
  return cfg;
}

std::string find_config(const std::string& start) {
  std::string abs = absolute_lexical(start);
  struct stat st;
  std::string dir = ::stat(abs.c_str(), &st) == 0 && S_ISDIR(st.st_mode) ? abs : fs::path(abs).parent_path().string();
  for (fs::path d = dir;; d = d.parent_path()) {
    fs::path candidate = d / kConfigFileName;
    if (::stat(candidate.c_str(), &st) == 0 && S_ISREG(st.st_mode)) {
      // Shown relative to the working directory ("../.tollgate.yaml") when that is shorter than absolute.
      std::string rel = candidate.lexically_relative(absolute_lexical(".")).string();
      return !rel.empty() && rel.size() < candidate.string().size() ? rel : candidate.string();
    }
    if (::lstat((d / ".git").c_str(), &st) == 0 || d == d.parent_path()) return "";
  }
}

}  // namespace tollgate
