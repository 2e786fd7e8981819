#include "engine/native_rules.h"

#include "engine/findings.h"
#include "engine/gate_change.h"
#include "engine/snapshot.h"
#include "parsers/text_util.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace tollgate {

bool is_native_rule(std::string_view id) {
  return id == "config.parse-error" || id == "secrets.generic-literal-assignment" ||
         id == "secrets.weak-default-credential" || id == kSnapshotRule || is_change_rule(std::string(id));
}

namespace {

// ---- secrets.generic-literal-assignment -------------------------------------------------------------------
// Word lists: see docs/rules/secrets/generic-literal-assignment.md for what each one is for.

bool is_noun(std::string_view w) {
  static const std::unordered_set<std::string_view> k = {"password", "passwd",   "pwd",         "passphrase",
                                                         "pass",     "secret",   "token",       "apikey",
                                                         "credential", "credentials", "creds", "auth",
                                                         "passcode"};
  return k.count(w);
}

bool is_key_qualifier(std::string_view w) {
  static const std::unordered_set<std::string_view> k = {"api",        "access", "secret", "private", "signing",
                                                         "encryption", "master", "client", "auth",    "ssh",
                                                         "sas"};
  return k.count(w);
}

// Trailing words that keep the meaning of the noun before them ("password_value").
bool is_neutral(std::string_view w) {
  static const std::unordered_set<std::string_view> k = {"value", "val", "str",  "string", "plain", "plaintext",
                                                         "raw",   "b64", "base64", "hex",  "data"};
  return k.count(w);
}

// Values that name a default or a kind of value rather than being a secret.
bool is_generic_value(std::string_view w) {
  static const std::unordered_set<std::string_view> k = {
      "password",  "secret",   "token",    "postgres",   "admin",    "root",        "guest",      "mysql",
      "redis",     "changeit", "test",     "testing",    "example",  "sample",      "dummy",      "none",
      "null",      "undefined", "true",    "false",      "placeholder", "redacted", "default",    "required",
      "optional",  "enabled",  "disabled", "masked",     "hidden",   "secretvalue", "mypassword", "yourpassword",
      "password123", "value",  "string",   "text"};
  return k.count(w);
}

const std::vector<std::string_view>& placeholder_parts() {
  static const std::vector<std::string_view> k = {
      "changeme", "change_me", "change-me", "replaceme", "replace_me", "replace-me", "redacted",  "placeholder",
      "example",  "dummy",     "xxxx",      "****",      "....",       "todo",       "tbd",       "fixme",
      "insert_",  "insert-",   "your_",     "your-",     "yourtoken",  "yoursecret", "notasecret", "not-a-secret",
      "not_a_secret"};
  return k;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }
bool is_alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)); }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// "dbPassword", "DB_PASSWORD", "api-key", "APIKey" -> lower-case words.
std::vector<std::string> key_words(std::string_view k) {
  // camelCase -> camel_Case, then APIKey -> API_Key, each left to right without overlap.
  std::string a, b;
  for (size_t i = 0; i < k.size();) {
    if (i + 1 < k.size() && is_lower(k[i]) && is_upper(k[i + 1])) {
      a += k[i], a += '_', a += k[i + 1], i += 2;
    } else {
      a += k[i++];
    }
  }
  for (size_t i = 0; i < a.size();) {
    if (i + 2 < a.size() && is_upper(a[i]) && is_upper(a[i + 1]) && is_lower(a[i + 2])) {
      b += a[i], b += '_', b += a[i + 1], b += a[i + 2], i += 3;
    } else {
      b += a[i++];
    }
  }
  std::vector<std::string> words;
  std::string cur;
  for (char c : ascii_lower(b)) {
    if (is_alnum(c)) {
      cur += c;
    } else if (!cur.empty()) {
      words.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) words.push_back(std::move(cur));
  return words;
}

bool secret_key_uncached(std::string_view k) {
  if (k.size() > 80) return false;
  std::vector<std::string> w = key_words(k);
  size_t n = w.size();
  while (n > 1 && is_neutral(w[n - 1])) --n;
  if (n == 0) return false;
  const std::string& last = w[n - 1];
  std::string_view prev = n > 1 ? std::string_view(w[n - 2]) : std::string_view();
  if (last == "id" && prev == "secret") return true;
  if (last == "key" && !prev.empty() && is_key_qualifier(prev)) return true;
  if (last == "apikey" || last == "accesskey" || last == "secretkey" || last == "privatekey") return true;
  if (last == "pass") return n > 1;  // "db_pass", not a bare "pass"
  // One word that ends in a password word: "dbpassword", "adminpwd", "dbpass" (not "bypass" or "compass").
  for (std::string_view suffix : {"password", "passwd", "pwd"})
    if (last.size() > suffix.size() && last.compare(last.size() - suffix.size(), suffix.size(), suffix) == 0) return true;
  for (std::string_view prefix : {"db", "admin", "root", "user", "mysql", "pg", "smtp", "mail", "ftp", "redis", "ldap",
                                  "app", "sql", "sa", "api", "my"})
    if (last.size() == prefix.size() + 4 && last.compare(0, prefix.size(), prefix) == 0 && last.ends_with("pass")) return true;
  if (last == "token" && prev == "csrf") return false;
  return is_noun(last);
}

// Keys repeat across documents (name, image, value, ...): each thread remembers its verdicts, up to a bound.
// Every key secret_key_uncached accepts has one of these stems in it, in any case (its words are runs of the key's
// own characters): most keys ("name", "image", "replicas") are answered here, without the memo, whose table
// lookups missed the cache (4% of a full scan's cycles). Kept in step by hand with is_noun and the special cases
// of secret_key_uncached: a word added there must contain one of these stems, or its stem is added here.
bool may_be_secret_key(std::string_view k) {
  static constexpr std::string_view kStems[] = {"pass", "pwd", "secret", "token", "key", "cred", "auth"};
  for (size_t i = 0; i < k.size(); ++i) {
    char c = static_cast<char>(k[i] | 0x20);  // lower case for letters; no other byte becomes a letter
    if (c != 'p' && c != 's' && c != 't' && c != 'k' && c != 'c' && c != 'a') continue;
    for (std::string_view stem : kStems) {
      if (stem[0] != c || k.size() - i < stem.size()) continue;
      size_t j = 1;
      while (j < stem.size() && static_cast<char>(k[i + j] | 0x20) == stem[j]) ++j;
      if (j == stem.size()) return true;
    }
  }
  return false;
}

struct StringHash {
  using is_transparent = void;  // lets find() take a string_view: no std::string per lookup
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

bool secret_key(std::string_view k) {
  if (!may_be_secret_key(k)) return false;
  thread_local std::unordered_map<std::string, bool, StringHash, std::equal_to<>> memo;
  if (auto it = memo.find(k); it != memo.end()) return it->second;
  bool v = secret_key_uncached(k);
  if (memo.size() < 50000) memo.emplace(std::string(k), v);
  return v;
}

bool wrapped(std::string_view v, char open, char close) {
  return v.size() >= 2 && v.front() == open && v.back() == close;
}

// Values that standards print as examples and libraries copy into their docstrings: RFC 6749's access and refresh
// tokens, authorization code and client credentials (section 4.1.3's Basic header).
bool documented_example(std::string_view v) {
  static const std::unordered_set<std::string_view> k = {"2YotnFZFEjr1zCsicMWpAA", "tGzv3JOkF0XG5Qx2TlKWIA",
                                                         "SplxlOBeZQQYbYS6WxSbIA", "czZCaGRSa3F0MzpnWDFmQmF0M2JW",
                                                         "gX1fBat3bV"};
  return k.count(v) > 0;
}

bool placeholder(std::string_view v, std::string_view key) {
  if (documented_example(v)) return true;
  std::string lv = ascii_lower(v);
  std::string alnum;
  for (char c : lv)
    if (is_alnum(c)) alnum += c;
  if (alnum.empty() || is_generic_value(alnum)) return true;
  if (wrapped(v, '<', '>') || wrapped(v, '[', ']') || wrapped(v, '%', '%')) return true;
  if (std::all_of(lv.begin(), lv.end(), [&](char c) { return c == lv.front(); })) return true;
  for (std::string_view p : placeholder_parts())
    if (lv.find(p) != std::string::npos) return true;
  std::string kw;
  for (const auto& w : key_words(key)) kw += w;
  return alnum == kw;
}

// "scheme://" where scheme is a letter then letters, digits, '+', '.', '-'. Returns the length of the prefix.
size_t url_scheme_len(std::string_view v) {
  if (v.empty() || !std::isalpha(static_cast<unsigned char>(v[0]))) return 0;
  size_t i = 1;
  while (i < v.size() && (is_alnum(v[i]) || v[i] == '+' || v[i] == '.' || v[i] == '-')) ++i;
  return v.substr(i, 3) == "://" ? i + 3 : 0;
}

// user:password@ right after the scheme (no '/', '@' or space in either part).
bool has_url_credentials(std::string_view rest) {
  auto part = [](char c) { return c != '/' && c != '@' && !is_space(c); };
  size_t i = 0;
  while (i < rest.size() && part(rest[i]) && rest[i] != ':') ++i;
  if (i == 0 || i >= rest.size() || rest[i] != ':') return false;
  size_t j = ++i;
  while (j < rest.size() && part(rest[j])) ++j;
  return j > i && j < rest.size() && rest[j] == '@';
}

// A value that names where the secret is kept rather than being it. (References such as $(Var), ${VAR},
// ((var)) and #{Var} are string_references, looked for before this.)
bool reference_like(std::string_view v) {
  for (std::string_view p : {"@Microsoft.KeyVault", "arn:aws", "ENC[", "$ANSIBLE_VAULT", "vault:", "ref+", "op://",
                             "sops:", "secret://", "awssm:"})
    if (starts_with(v, p)) return true;
  if (starts_with(v, "projects/")) {
    size_t slash = v.find('/', 9);
    if (slash != std::string_view::npos && slash > 9 && v.substr(slash, 9) == "/secrets/") return true;
  }
  if (size_t n = url_scheme_len(v); n && !has_url_credentials(v.substr(n))) return true;
  if (!v.empty() && (v[0] == '.' || v[0] == '/' || v[0] == '~')) return true;
  if (v.size() >= 3 && std::isalpha(static_cast<unsigned char>(v[0])) && v[1] == ':' && v[2] == '\\') return true;
  // An environment variable's name: FOO_BAR.
  bool env_name = !v.empty() && (is_upper(v[0]) || v[0] == '_') &&
                  std::all_of(v.begin(), v.end(), [](char c) { return is_upper(c) || std::isdigit(static_cast<unsigned char>(c)) || c == '_'; });
  return env_name && v.find('_') != std::string_view::npos;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

// Well-known default credentials: a value that a deployment would accept as a password, and an attacker would
// try first. Reported apart from real-looking secrets, at low severity (secrets.weak-default-credential).
bool weak_default(std::string_view raw) {
  if (!string_references(raw).empty()) return false;
  std::string_view s = trim(raw);
  if (s.size() < 4 || std::any_of(s.begin(), s.end(), is_space)) return false;
  std::string alnum;
  for (char c : ascii_lower(s))
    if (is_alnum(c)) alnum += c;
  static const std::unordered_set<std::string_view> k = {
      "changeme", "changeit", "replaceme", "password", "passw0rd", "password1", "password123", "mypassword",
      "secret", "admin", "admin123", "root", "toor", "guest", "test", "test123", "letmein", "123456", "12345678",
      "qwerty", "default", "postgres", "mysql", "redis", "pass", "pass123"};
  return k.count(alnum) || alnum.rfind("changeme", 0) == 0 || alnum.rfind("replaceme", 0) == 0;
}

enum class Verdict : uint8_t { none, secret, weak_default };
struct Judged {
  Verdict verdict = Verdict::none;
  std::string text;  // the value, trimmed
};

// What a value under a secret-named key is: a literal secret (a string without references, or a whole number of
// 6+ digits, that is not a placeholder), a well-known default credential, or neither.
Judged judge_string(std::string_view raw, std::string_view key) {
  if (weak_default(raw)) return {Verdict::weak_default, std::string(trim(raw))};
  if (!string_references(raw).empty()) return {};
  std::string_view s = trim(raw);
  if (s.size() < 6 || std::any_of(s.begin(), s.end(), is_space)) return {};
  std::vector<std::string> w = key_words(key);
  if (!w.empty() && w.back() == "auth" &&
      std::all_of(s.begin(), s.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_' || c == '-'; }))
    return {};
  if (reference_like(s) || placeholder(s, key)) return {};
  return {Verdict::secret, std::string(s)};
}

Judged judge(const Node* v, std::string_view key) {
  if (!v) return {};
  if (v->type == NodeType::integer) {
    if (v->text.size() < 6) return {};
    return {weak_default(v->text) ? Verdict::weak_default : Verdict::secret, v->text};
  }
  if (v->type != NodeType::string) return {};
  return judge_string(v->text, key);
}

struct GenericChecker {
  const Document& doc;
  GenericSecretRules rules;
  std::vector<RuleHit>* hits;
  FileSecrets* judged;
  std::set<std::pair<uint32_t, uint32_t>> reported;  // (line, col) of reported values
  bool cut = false;                                   // max_hits left out a hit

  // Reports the value at `at` when it is a secret or a default credential and that rule is enabled.
  bool report(const Span& at, const Judged& v, const std::string& label) {
    if (v.verdict == Verdict::none) return false;
    if (judged) judged->add(at.begin, at.end, v.text);
    int rule = v.verdict == Verdict::secret ? rules.literal : rules.weak_default;
    if (rule < 0) return true;  // judged, but its rule is not enabled
    if (rules.max_hits && hits->size() >= rules.max_hits) {
      cut = true;
      return true;
    }
    if (!reported.insert({at.line, at.col}).second) return true;
    RuleHit h;
    h.rule = static_cast<size_t>(rule);
    h.doc = &doc;
    h.span = at;
    if (label.starts_with("call "))  // check_credential_call
      h.message = v.verdict == Verdict::secret
                      ? "'" + label.substr(5) + "(...)' is given a hardcoded password; read it from a secret store instead"
                      : "'" + label.substr(5) + "(...)' is given a well-known default password; generate one and keep it in a secret store";
    else if (label.starts_with("header "))  // check_headers
      h.message = v.verdict == Verdict::secret
                      ? "the HTTP header '" + label.substr(7) + "' carries a hardcoded credential; pass it from a secret store instead"
                      : "the HTTP header '" + label.substr(7) + "' carries a well-known default credential; generate one and keep it in a secret store";
    else if (!label.empty() && (label[0] == '-' || label == "ConvertTo-SecureString"))  // a command (check_flags)
      h.message = v.verdict == Verdict::secret
                      ? "'" + label + "' is given a hardcoded secret on the command line; pass it from a secret store instead"
                      : "'" + label + "' is given a well-known default credential on the command line; generate one and keep it in a secret store";
    else
      h.message = v.verdict == Verdict::secret
                      ? "'" + label + "' is assigned a hardcoded secret; read it from a secret store instead"
                      : "'" + label + "' is set to a well-known default credential; generate one and keep it in a secret store";
    h.secret = v.text;
    hits->push_back(std::move(h));
    return true;
  }

  static const Node* non_null(const Node* n) { return n && n->type != NodeType::null ? n : nullptr; }

  void check_map(const Node& map) {
    // A name/value pair: Kubernetes env entries, ECS container definitions, CI variable lists.
    const Node* pair_name = map.get("name");
    if (!pair_name || !pair_name->is_string()) pair_name = map.get("key");
    if (pair_name && pair_name->is_string() && secret_key(pair_name->text)) {
      if (const Node* value = non_null(map.get("value"))) report(value->span, judge(value, pair_name->text), pair_name->text);
    }
    for (const Entry& e : map.entries) {
      const Node* v = e.value;
      if ((e.key == "environment" || e.key == "env") && v && v->is_seq()) {
        // docker-compose's list form: "DB_PASSWORD=..."
        for (const Entry& item : v->entries) {
          if (!item.value || !item.value->is_string()) continue;
          std::string_view t = item.value->text;
          size_t b = 0;
          while (b < t.size() && is_space(t[b])) ++b;
          size_t eq = b;
          while (eq < t.size() && (is_alnum(t[eq]) || t[eq] == '_' || t[eq] == '.' || t[eq] == '-')) ++eq;
          if (eq == b || eq >= t.size() || t[eq] != '=') continue;
          std::string name(t.substr(b, eq - b));
          if (!secret_key(name)) continue;
          report(item.value->span, judge_string(t.substr(eq + 1), name), name);
        }
      }
      if (!secret_key(e.key)) continue;
      if (!(v && report(v->span, judge(v, e.key), e.key)) && v && v->is_map()) {
        if (const Node* inner = non_null(v->get("value"))) report(inner->span, judge(inner, e.key), e.key);
      }
    }
  }

  void check_dockerfile(const Node& root) {
    if (!root.is_seq()) return;
    for (const Entry& ins : root.entries) {
      const Node* i = ins.value;
      if (!i || !i->is_map()) continue;
      const Node* kw = i->get("instruction");
      const Node* vars = i->get("vars");
      if (!kw || (kw->text != "ENV" && kw->text != "ARG") || !vars || !vars->is_map()) continue;
      for (const Entry& e : vars->entries)
        if (secret_key(e.key) && e.value) report(e.value->span, judge(e.value, e.key), e.key);
    }
  }

  void check_terraform_variables(const Node& root) {
    const Node* variables = root.get("variable");
    if (!variables || !variables->is_map()) return;
    for (const Entry& v : variables->entries) {
      if (!secret_key(v.key) || !v.value) continue;
      std::vector<const Node*> bodies;
      if (v.value->is_seq())
        for (const Entry& b : v.value->entries) bodies.push_back(b.value);
      else
        bodies.push_back(v.value);
      for (const Node* b : bodies) {
        if (!b || !b->is_map()) continue;
        if (const Node* def = non_null(b->get("default"))) report(def->span, judge(def, v.key), "variable " + v.key);
      }
    }
  }

  // The text fallback: documents with no tree (shell scripts, source code, .conf and TOML files, other text) are
  // read line by line for `NAME = value` assignments and credential flags on command lines.
  // The kinds whose values are mostly scripts that people write by hand. (Kubernetes manifests and Terraform are
  // left out: a pass over their lines cost a quarter of the secrets-only scan of the bench corpus, where they are
  // 60% of the files, for commands that are rare there.)
  static bool holds_scripts(std::string_view kind) {
    return kind == "github-actions" || kind == "gitlab-ci" || kind == "azure-pipelines" ||
           kind == "bitbucket-pipelines" || kind == "docker-compose" || kind == "dockerfile" || kind == "ansible";
  }

  // Scripts inside structured files (a workflow's `run:`, a GitLab job's `script:`, a compose `command:`): the
  // credential flags and headers of their command lines, on the lines that can hold one.
  void check_command_lines() {
    std::string_view text = doc.source->bytes();
    if (under_tests(doc.path()) || (text.find("uthoriz") == std::string_view::npos &&
                                    text.find("UTHORIZ") == std::string_view::npos &&
                                    text.find("-Key:") == std::string_view::npos && text.find("-key:") == std::string_view::npos &&
                                    text.find("-TOKEN:") == std::string_view::npos && text.find("-Token:") == std::string_view::npos &&
                                    text.find("-token:") == std::string_view::npos && text.find(" -p") == std::string_view::npos &&
                                    text.find("-pass") == std::string_view::npos && text.find("-Pass") == std::string_view::npos &&
                                    text.find("-AsPlainText") == std::string_view::npos))
      return;
    for (size_t b = 0; b < text.size();) {
      size_t e = text.find('\n', b);
      if (e == std::string_view::npos) e = text.size();
      std::string_view line = text.substr(b, e - b);
      if (e - b <= kMaxAssignmentLine) {
        if (line.find(" -") != std::string_view::npos) check_flags(static_cast<uint32_t>(b), line);
        if (line.find("-AsPlainText") != std::string_view::npos) check_secure_string(static_cast<uint32_t>(b), line);
        check_headers(static_cast<uint32_t>(b), line);
      }
      b = e + 1;
    }
  }

  void check_lines() {
    if (under_tests(doc.path()) || markup(doc.path())) return;
    const bool code = is_code(doc.path());
    // Gradle, Groovy and Ruby DSLs set a property by naming it: `password 'x'`, `set :password, "x"`.
    std::string lp = ascii_lower(doc.path());
    const bool dsl = lp.ends_with(".gradle") || lp.ends_with(".groovy") || lp.ends_with(".kts") || lp.ends_with(".rb") ||
                     doc.kind == "jenkinsfile";
    std::string_view text = doc.source->bytes();
    for (size_t b = 0; b < text.size();) {
      size_t e = text.find('\n', b);
      if (e == std::string_view::npos) e = text.size();
      std::string_view line = text.substr(b, e - b);
      size_t first = line.find_first_not_of(" \t");
      // A doctest's `>>>` and `...` lines are documentation of code, not code; minified code and data lines
      // (longer than kMaxAssignmentLine) say nothing a person wrote as an assignment.
      bool doctest = first != std::string_view::npos && (line.substr(first, 3) == ">>>" || line.substr(first, 4) == "... ");
      if (e - b <= kMaxAssignmentLine && !doctest) {
        bool named = may_be_secret_key(line) || line.find("getConnection(") != std::string_view::npos;
        if (named) check_assignments(static_cast<uint32_t>(b), line, code, dsl);
        if (named || line.find(" -p") != std::string_view::npos) check_flags(static_cast<uint32_t>(b), line);
        if (line.find("-AsPlainText") != std::string_view::npos || line.find("-asplaintext") != std::string_view::npos)
          check_secure_string(static_cast<uint32_t>(b), line);
        if (named || line.find("uthoriz") != std::string_view::npos || line.find("UTHORIZ") != std::string_view::npos)
          check_headers(static_cast<uint32_t>(b), line);
      }
      b = e + 1;
    }
  }

  static constexpr size_t kMaxAssignmentLine = 1000;

  static bool name_char(char c) { return is_alnum(c) || c == '_' || c == '.' || c == '-'; }

  static bool is_type_word(std::string_view w) {
    static const std::unordered_set<std::string_view> k = {"string", "String", "str", "char", "SecretStr",
                                                           "SecureString", "Optional[str]", "string?"};
    return k.count(w) > 0;
  }

  // Markup and generated listings: what looks like an assignment there is text about code.
  static bool markup(std::string_view path) {
    std::string lp = ascii_lower(path);
    for (std::string_view ext : {".html", ".htm", ".xml", ".svg", ".rst", ".adoc", ".tex", ".rsj", ".output", ".log"})
      if (lp.ends_with(ext)) return true;
    // Manual pages: name.1 to name.9.
    return lp.size() > 2 && lp[lp.size() - 2] == '.' && lp.back() >= '1' && lp.back() <= '9';
  }

  // Paths of tests, whose credentials are made up for the test: the line fallback leaves them alone.
  static bool under_tests(std::string_view path) {
    std::string p = "/";
    p.append(ascii_lower(path));
    for (std::string_view dir : {"/test/", "/tests/", "/spec/", "/specs/", "/__tests__/", "/testdata/", "/mocks/",
                                 "/__mocks__/"})
      if (p.find(dir) != std::string::npos) return true;
    std::string_view base = std::string_view(p).substr(p.rfind('/') + 1);
    return base.rfind("test_", 0) == 0 || base.find("_test.") != std::string_view::npos ||
           base.find(".test.") != std::string_view::npos || base.find(".spec.") != std::string_view::npos ||
           base.find("test.java") != std::string_view::npos || base.find("tests.cs") != std::string_view::npos;
  }

  // Source code: a value is a string literal, or it is an expression (a call, a variable) that holds no secret.
  static bool is_code(std::string_view path) {
    std::string_view base = path.substr(path.rfind('/') + 1);
    if (ascii_lower(base).starts_with("jenkinsfile")) return true;
    size_t dot = path.rfind('.');
    if (dot == std::string_view::npos || path.find('/', dot) != std::string_view::npos) return false;
    static const std::unordered_set<std::string> kCode = {
        "py", "pyi", "js", "jsx", "ts", "tsx", "mjs", "cjs", "go", "java", "kt", "kts", "scala", "groovy", "gradle",
        "cs", "vb", "fs", "rb", "php", "ps1", "psm1", "rs", "c", "h", "cc", "cpp", "hpp", "swift", "m", "dart",
        "lua", "pl", "r", "ex", "exs", "erl", "clj", "vue", "svelte"};
    return kCode.count(ascii_lower(path.substr(dot + 1))) > 0;
  }

  // A value as written at line[i]: a quoted string (quotes dropped), or in text that is not code, a bare word up
  // to a blank, `;` or `#`. Sets *b and *e to its bytes within the line; false when there is none.
  static bool value_at(std::string_view line, size_t i, bool code, size_t* b, size_t* e) {
    if (i >= line.size()) return false;
    char q = line[i];
    if (q == '"' || q == '\'' || q == '`') {
      size_t j = i + 1;
      while (j < line.size() && line[j] != q) j += line[j] == '\\' ? 2 : 1;
      if (j >= line.size()) return false;
      *b = i + 1, *e = j;
      return true;
    }
    if (code) return false;
    size_t j = i;
    while (j < line.size() && !is_space(line[j]) && line[j] != ';' && line[j] != '#' && line[j] != ',') ++j;
    // Markup, entities, quotes, brackets: the bare word is part of something else (HTML, JSON, an expression).
    if (j == i || line.substr(i, j - i).find_first_of("<>\"'&[]{}()") != std::string_view::npos) return false;
    *b = i, *e = j;
    return true;
  }

  // Shell, make and template syntax that hands the value over from elsewhere.
  static bool passed_in(std::string_view v) {
    return !v.empty() && (v[0] == '$' || v[0] == '%' || v.find("$(") != std::string_view::npos ||
                          v.find("${") != std::string_view::npos || v.find("{{") != std::string_view::npos);
  }

  // What code and prose put after a secret-sounding name that is not a secret: a word or an identifier with no
  // digit (a type annotation `private_key: "_RSAPrivateKey"`, a label `"challengePassword"`, an option's name in
  // a sentence), a colour (`Token: "#f8f8f2"`), an expression written bare (`f.encrypt(...)`).
  static bool not_a_literal_secret(std::string_view v) {
    v = trim(v);
    if (v.empty() || v[0] == '#' || v[0] == '-') return true;  // a colour; a command-line flag
    auto digit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
    if (std::all_of(v.begin(), v.end(), [&](char c) { return digit(c) || c == '.' || c == '_' || c == 'e' || c == 'E'; }))
      return true;  // a number: 3600, 10_000, 1e9
    // A port mapping or an address (`docker run -u 1000 -p 8080:80/tcp`).
    std::string_view ports = v.ends_with("/tcp") || v.ends_with("/udp") ? v.substr(0, v.size() - 4) : v;
    if (std::all_of(ports.begin(), ports.end(), [&](char c) { return digit(c) || c == '.' || c == ':' || c == '-'; }))
      return true;
    // A format string or template: "%s", "{}", "{0}", "{name}".
    if (v.find("%s") != std::string_view::npos || v.find("%d") != std::string_view::npos ||
        (v.find('{') != std::string_view::npos && v.find('}') != std::string_view::npos))
      return true;
    // A word, an identifier, a path or a reference (Perl's \undef): no digit, nothing but these characters.
    if (std::none_of(v.begin(), v.end(), digit) &&
        std::all_of(v.begin(), v.end(), [](char c) { return is_alnum(c) || std::strchr("_.-\\/$@:", c) != nullptr; }))
      return true;
    return v.find_first_of("()[]") != std::string_view::npos;
  }

  // Judges line[b, e) as the value of `name`, and reports it under `label` (the name by default).
  void report_value(uint32_t line_start, std::string_view line, size_t b, size_t e, const std::string& name,
                    const std::string& label = "") {
    std::string_view v = line.substr(b, e - b);
    if (passed_in(v)) return;
    Judged j = judge_string(v, name);
    if (j.verdict == Verdict::none || (j.verdict == Verdict::secret && not_a_literal_secret(v))) return;
    // A default in a comment documents the setting (`# input_password = secret` in openssl.cnf); a real-looking
    // secret there is still one.
    std::string_view lead = trim(line);
    bool comment = lead.starts_with('#') || lead.starts_with(';') || lead.starts_with("//") || lead.starts_with('*') ||
                   lead.starts_with("--");
    if (j.verdict == Verdict::weak_default && comment) return;
    report(doc.source->span(line_start + static_cast<uint32_t>(b), line_start + static_cast<uint32_t>(e)), j,
           label.empty() ? name : label);
  }

  // Library calls that take a user and a password (or a key and a secret) by position, with literals:
  // `HTTPBasicAuth("user", "...")`, `new NetworkCredential("user", "...")`, `DriverManager.getConnection(url,
  // "user", "...")`, `auth=("user", "...")` (requests). True when line[open] starts such a call's arguments.
  bool check_credential_call(uint32_t line_start, std::string_view line, size_t open) {
    size_t nb = open;
    while (nb > 0 && (is_alnum(line[nb - 1]) || line[nb - 1] == '_')) --nb;
    std::string_view name = line.substr(nb, open - nb);
    static const std::unordered_map<std::string_view, int> kCalls = {
        {"HTTPBasicAuth", 1},  {"HTTPDigestAuth", 1},      {"HTTPProxyAuth", 1},     {"NetworkCredential", 1},
        {"PasswordAuthentication", 1}, {"UsernamePasswordCredentials", 1}, {"BasicAWSCredentials", 1},
        {"BasicAuth", 1},      {"getConnection", 2},       {"auth", 1}};
    // requests' `auth=("user", "...")`: a tuple after the keyword argument's `=`.
    if (nb == open && open > 0) {
      size_t eq = open;
      while (eq > 0 && line[eq - 1] == ' ') --eq;
      if (eq == 0 || line[eq - 1] != '=') return false;
      size_t ne = eq - 1;
      while (ne > 0 && line[ne - 1] == ' ') --ne;
      nb = ne;
      while (nb > 0 && (is_alnum(line[nb - 1]) || line[nb - 1] == '_')) --nb;
      name = line.substr(nb, ne - nb);
      if (name != "auth") return false;
    }
    auto it = kCalls.find(name);
    if (it == kCalls.end()) return false;
    // The arguments up to the one wanted, each a string literal (the first of getConnection's may be anything).
    size_t i = open + 1;
    for (int arg = 0;; ++arg) {
      while (i < line.size() && line[i] == ' ') ++i;
      size_t vb, ve;
      bool literal = i < line.size() && (line[i] == '"' || line[i] == '\'') && value_at(line, i, true, &vb, &ve);
      if (arg == it->second) {
        if (literal) report_value(line_start, line, vb, ve, "password", "call " + std::string(name));
        return true;
      }
      if (!literal && !(name == "getConnection" && arg == 0)) return true;
      size_t next = literal ? ve + 1 : line.find(',', i);
      if (next == std::string_view::npos) return true;
      while (next < line.size() && line[next] == ' ') ++next;
      if (next >= line.size() || line[next] != ',') return true;
      i = next + 1;
    }
  }

  // NAME = "value", NAME: "value", NAME := value, "NAME": "value", :NAME => "value", $NAME = "value".
  void check_assignments(uint32_t line_start, std::string_view line, bool code, bool dsl) {
    for (size_t i = 0; i < line.size(); ++i) {
      char c = line[i];
      size_t op = i, after;
      if (code && c == '(' && i > 0 && check_credential_call(line_start, line, i)) continue;
      if (code && c == '(' && i > 0 && name_char(line[i - 1]) && i + 1 < line.size() &&
          (line[i + 1] == '"' || line[i + 1] == '\'')) {
        // A setter or builder given a literal: `ds.setPassword("...")`, `.withApiKey("...")`, `.password("...")`.
        size_t nb = i;
        while (nb > 0 && (is_alnum(line[nb - 1]) || line[nb - 1] == '_')) --nb;
        std::string_view method = line.substr(nb, i - nb);
        if (method.starts_with("set") || method.starts_with("with")) method.remove_prefix(method[0] == 's' ? 3 : 4);
        else if (method.size() > 0 && is_upper(method[0])) continue;  // a constructor or a type, not a setter
        if (method.empty() || !secret_key(method) || nb == 0 || (line[nb - 1] != '.' && line[nb - 1] != ' ')) continue;
        // `hashPassword("x")`, `verifyToken("x")`: a verb works on a value, it does not set one.
        static const std::unordered_set<std::string_view> kVerbs = {
            "get", "hash", "check", "validate", "verify", "encrypt", "decrypt", "encode", "decode", "reset", "change",
            "update", "generate", "create", "delete", "remove", "find", "load", "read", "fetch", "compare", "match",
            "mask", "is", "has", "print", "log", "parse", "to", "from", "revoke", "rotate", "refresh", "lookup"};
        if (kVerbs.count(key_words(method).front())) continue;
        size_t vb, ve;
        if (value_at(line, i + 1, true, &vb, &ve) && ve + 1 < line.size() && (line[ve + 1] == ')' || line[ve + 1] == ','))
          report_value(line_start, line, vb, ve, std::string(method));
        continue;
      }
      if (dsl && (c == ' ' || c == ',') && i + 1 < line.size()) {
        // `password 'x'` or `:password, "x"`: a name, blanks (after a comma for Ruby's symbol form), a quote.
        size_t q = i + 1;
        while (q < line.size() && line[q] == ' ') ++q;
        if (q >= line.size() || (line[q] != '\'' && line[q] != '"') || (i > 0 && !name_char(line[i - 1]))) continue;
        after = q;
      } else if (c == '=') {
        if (i + 1 < line.size() && (line[i + 1] == '=' || line[i + 1] == '~')) { ++i; continue; }
        after = i + 1 + (i + 1 < line.size() && line[i + 1] == '>');
        if (i > 0 && (line[i - 1] == '!' || line[i - 1] == '<' || line[i - 1] == '>' || line[i - 1] == '=')) continue;
        if (i > 0 && (line[i - 1] == ':' || line[i - 1] == '?' || line[i - 1] == '+')) --op;
      } else if (c == ':') {
        if (i + 1 < line.size() && (line[i + 1] == ':' || line[i + 1] == '/' || line[i + 1] == '=')) { ++i; continue; }
        after = i + 1;
      } else {
        continue;
      }
      // The name: back over blanks and a closing quote, then over name characters.
      size_t ne = op;
      while (ne > 0 && (line[ne - 1] == ' ' || line[ne - 1] == '\t')) --ne;
      if (ne > 0 && (line[ne - 1] == '"' || line[ne - 1] == '\'')) --ne;
      size_t nb = ne;
      while (nb > 0 && name_char(line[nb - 1])) --nb;
      if (nb == ne) continue;
      std::string name(line.substr(nb, ne - nb));
      // `var dbPassword string = "..."` (Go), `password: str = "..."` (Python): the name is the word before the type.
      if (is_type_word(name)) {
        size_t pe = nb;
        while (pe > 0 && (line[pe - 1] == ' ' || line[pe - 1] == '\t' || line[pe - 1] == ':')) --pe;
        size_t pb = pe;
        while (pb > 0 && name_char(line[pb - 1])) --pb;
        if (pb == pe) continue;
        name.assign(line.substr(pb, pe - pb));
      }
      if (!secret_key(name)) continue;
      while (after < line.size() && (line[after] == ' ' || line[after] == '\t')) ++after;
      size_t vb, ve;
      if (value_at(line, after, code, &vb, &ve)) report_value(line_start, line, vb, ve, name);
    }
  }

  // HTTP headers that carry a credential, written into a command or a request: `Authorization: Bearer VALUE`,
  // `Authorization: Basic BASE64` (when it decodes to user:password), `X-API-Key: VALUE`, `Private-Token: VALUE`.
  void check_headers(uint32_t line_start, std::string_view line) {
    std::string low = ascii_lower(line);
    static const std::string_view kHeaders[] = {"authorization", "x-api-key", "x-auth-token", "private-token",
                                                "x-access-token", "api-key", "apikey"};
    for (std::string_view h : kHeaders) {
      for (size_t at = low.find(h); at != std::string::npos; at = low.find(h, at + h.size())) {
        if (at > 0 && (is_alnum(low[at - 1]) || low[at - 1] == '_')) continue;
        size_t i = at + h.size();
        if (i < line.size() && (line[i] == '"' || line[i] == '\'')) ++i;
        while (i < line.size() && line[i] == ' ') ++i;
        if (i >= line.size() || line[i] != ':') continue;  // a header is `Name: value`
        ++i;
        while (i < line.size() && (line[i] == ' ' || line[i] == '"' || line[i] == '\'')) ++i;
        std::string scheme;
        if (h == "authorization") {
          size_t sb = i;
          while (i < line.size() && std::isalpha(static_cast<unsigned char>(line[i]))) ++i;
          scheme = ascii_lower(line.substr(sb, i - sb));
          if (scheme != "bearer" && scheme != "basic" && scheme != "token" && scheme != "bot") continue;
          while (i < line.size() && line[i] == ' ') ++i;
        }
        size_t vb = i;
        while (i < line.size() && (is_alnum(line[i]) || std::strchr("._~+/=-:", line[i]) != nullptr)) ++i;
        size_t ve = i;
        if (ve - vb < 16 || passed_in(line.substr(vb, ve - vb))) continue;
        std::string_view v = line.substr(vb, ve - vb);
        if (scheme == "basic") {
          std::string plain;
          if (!decode_base64(v, &plain) || plain.find(':') == std::string::npos) continue;
        }
        std::string label = "header ";
        label.append(line.substr(at, h.size()));
        report_value(line_start, line, vb, ve, "token", label);
      }
    }
  }

  // PowerShell's ConvertTo-SecureString "literal" -AsPlainText: a password written into the script.
  void check_secure_string(uint32_t line_start, std::string_view line) {
    std::string low = ascii_lower(line);
    size_t at = low.find("convertto-securestring");
    if (at == std::string::npos || low.find("-asplaintext") == std::string::npos) return;
    size_t i = at + 22;
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    if (low.compare(i, 7, "-string") == 0) {
      i += 7;
      while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    }
    size_t vb, ve;
    if (i < line.size() && (line[i] == '"' || line[i] == '\'') && value_at(line, i, true, &vb, &ve))
      report_value(line_start, line, vb, ve, "password", "ConvertTo-SecureString");
  }

  // --password VALUE, --token=VALUE, -Password VALUE (PowerShell), and after a user flag (-u, --user, -User),
  // -p VALUE or mysql's -pVALUE. Reported under the flag as written.
  void check_flags(uint32_t line_start, std::string_view line) {
    bool user_given = false;
    for (size_t i = 0; i < line.size();) {
      while (i < line.size() && is_space(line[i])) ++i;
      size_t tb = i;
      while (i < line.size() && !is_space(line[i])) ++i;
      std::string_view tok = line.substr(tb, i - tb);
      if (tok.size() < 2 || tok[0] != '-' || (tok[1] == '-' && tok.size() < 4)) continue;
      std::string_view flag = tok.substr(0, tok.find('='));
      size_t dashes = flag.find_first_not_of('-');
      if (dashes == std::string_view::npos) continue;  // "--", "----" (a separator, a rule of dashes)
      std::string_view bare = flag.substr(dashes);
      std::string lbare = ascii_lower(bare);
      if (lbare == "u" || lbare == "user" || lbare == "username") {
        user_given = true;
        continue;
      }
      size_t vb = 0, ve = 0;
      if (user_given && flag.size() > 2 && flag[1] == 'p' && !secret_key(bare) &&
          std::any_of(flag.begin() + 2, flag.end(), [](char c) { return !is_lower(c); })) {
        vb = tb + 2, ve = tb + flag.size();  // -pVALUE, not a word such as -port or -profile
      } else if ((bare == "p" && user_given) || (bare.size() > 1 && secret_key(bare))) {
        if (tok.size() > flag.size()) {
          vb = tb + flag.size() + 1, ve = i;  // --password=VALUE
        } else {
          size_t j = i;
          while (j < line.size() && (line[j] == ' ' || line[j] == '\t')) ++j;
          if (j >= line.size() || line[j] == '-' || !value_at(line, j, false, &vb, &ve)) continue;
          i = std::max(i, ve + (line[j] == '"' || line[j] == '\'' ? 1 : 0));
        }
      } else {
        continue;
      }
      std::string_view v = line.substr(vb, ve - vb);
      if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') && v.back() == v.front()) ++vb, --ve;
      bool short_p = bare == "p" || (flag[1] == 'p' && !secret_key(bare));
      if (ve > vb)
        report_value(line_start, line, vb, ve, short_p ? "password" : std::string(bare), short_p ? "-p" : std::string(flag));
    }
  }

  void run() {
    const Node* root = doc.root;
    std::string lp = ascii_lower(doc.path());
    // "x.example", or "x.example.yaml": both name a template, whose values are meant to be replaced.
    for (std::string_view suf : {".example", ".sample", ".template", ".tpl", ".dist"}) {
      for (size_t at = lp.find(suf); at != std::string::npos; at = lp.find(suf, at + 1)) {
        size_t end = at + suf.size();
        if (end == lp.size() || lp[end] == '.') return;
      }
    }
    // A Jenkinsfile is Groovy code: its tree has the pipeline's shape, not its assignments.
    if (doc.kind == "jenkinsfile") check_lines();
    else if (root && doc.index == 0 && holds_scripts(doc.kind)) check_command_lines();  // once per file
    if (!root) {
      if (doc.format == Format::text || doc.format == Format::shell) check_lines();
      return;
    }
    if (doc.kind == "dockerfile") return check_dockerfile(*root);
    if (doc.kind == "terraform" && root->is_map()) check_terraform_variables(*root);
    // Every map of the tree, once: YAML aliases share nodes, and a shared map is checked only the first time
    // (only documents with aliases need the set; it was a tenth of this rule's time).
    std::unordered_set<const Node*> seen;
    std::vector<const Node*> stack{root};
    while (!stack.empty()) {
      const Node* n = stack.back();
      stack.pop_back();
      if (!n || (!n->is_map() && !n->is_seq())) continue;
      if (doc.shares_nodes && !seen.insert(n).second) continue;
      if (n->is_map()) check_map(*n);
      for (auto it = n->entries.rbegin(); it != n->entries.rend(); ++it) stack.push_back(it->value);
    }
  }
};

}  // namespace

std::string_view judge_secret_assignment(std::string_view name, std::string_view value, bool integer) {
  if (!secret_key(name)) return {};
  Judged j;
  if (integer) j = value.size() < 6 ? Judged{} : Judged{weak_default(value) ? Verdict::weak_default : Verdict::secret, {}};
  else j = judge_string(value, name);
  if (j.verdict == Verdict::secret) return "secret";
  if (j.verdict == Verdict::weak_default) return "weak_default";
  return {};
}

bool check_generic_secrets(const Document& doc, GenericSecretRules rules, std::vector<RuleHit>* hits,
                           FileSecrets* judged) {
  GenericChecker checker{doc, rules, hits, judged, {}};
  checker.run();
  return !checker.cut;
}

}  // namespace tollgate
