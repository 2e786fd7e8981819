#include "engine/native_rules.h"

#include "engine/findings.h"
#include "engine/generic_secrets.h"
#include "engine/gate_change.h"
#include "engine/snapshot.h"
#include "parsers/text_util.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace tollgate {

bool is_native_rule(std::string_view id) {
  return id == "config.parse-error" || id == "secrets.generic-literal-assignment" ||
         id == "secrets.weak-default-credential" || id == kSnapshotRule || is_change_rule(std::string(id));
}

namespace generic_secrets {

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
      "not_a_secret", "yourpassword", "yourpass", "yourkey", "yourapikey", "not-for-prod", "not_for_prod",
      "notforprod"};
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
  // For each byte, the stems that start with it (as a bit set), upper or lower case: one table load per byte
  // rejects most positions (this runs on every line of source code).
  static const std::array<uint8_t, 256> kFirst = [] {
    std::array<uint8_t, 256> t{};
    for (size_t s = 0; s < std::size(kStems); ++s) {
      t[static_cast<unsigned char>(kStems[s][0])] |= static_cast<uint8_t>(1u << s);
      t[static_cast<unsigned char>(kStems[s][0] - 'a' + 'A')] |= static_cast<uint8_t>(1u << s);
    }
    return t;
  }();
  for (size_t i = 0; i + 3 <= k.size(); ++i) {
    uint8_t stems = kFirst[static_cast<unsigned char>(k[i])];
    if (!stems) continue;
    for (size_t s = 0; stems; ++s, stems >>= 1) {
      if (!(stems & 1)) continue;
      std::string_view stem = kStems[s];
      if (k.size() - i < stem.size()) continue;
      size_t j = 1;  // lower case for letters; no other byte becomes a letter
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
  // A regular expression: a character class or group repeated (`[0-9a-zA-Z_]+`, `^(...)$`), as grammars and
  // validators keep under keys named `token` or `password_pattern`.
  bool char_class = v.find('[') != std::string_view::npos && v.find(']') != std::string_view::npos;
  if (v.size() >= 4 && (v[0] == '[' || v[0] == '^' || v[0] == '(') && std::strchr("+*?$)]}", v.back()) &&
      (char_class || (v[0] == '^' && v.back() == '$')))
    return true;
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

// The letters and digits of s, lower-cased.
std::string lower_alnum(std::string_view s) {
  std::string out;
  for (char c : s)
    if (is_alnum(c)) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// One of the defaults every attacker's list starts with, ignoring case and punctuation: public knowledge, so a
// report may show it (masking `secret` would also mask the word in "keep it in a secret store").
bool well_known_default(std::string_view value) {
  static const std::unordered_set<std::string_view> k = {
      "changeme", "changeit", "replaceme", "password", "passw0rd", "password1", "password123", "mypassword",
      "secret", "admin", "admin123", "root", "toor", "guest", "test", "test123", "letmein", "123456", "12345678",
      "qwerty", "default", "postgres", "mysql", "redis", "pass", "pass123"};
  return k.count(lower_alnum(value)) > 0;
}

// The default of a value that is one shell-style parameter expansion with a literal default (`${DB_PASSWORD:-
// postgres}`, also `-`, `:=`, `=`), as compose files, dotenv files and scripts write them: what runs when the
// variable is unset. nullopt for anything else.
std::optional<std::string_view> expansion_default(std::string_view s) {
  if (s.size() < 5 || !s.starts_with("${") || s.back() != '}') return std::nullopt;
  std::string_view inner = s.substr(2, s.size() - 3);
  size_t name = 0;
  while (name < inner.size() && (is_alnum(inner[name]) || inner[name] == '_')) ++name;
  if (name == 0) return std::nullopt;
  std::string_view op = inner.substr(name);
  size_t skip = op.starts_with(":-") || op.starts_with(":=") ? 2 : op.starts_with("-") || op.starts_with("=") ? 1 : 0;
  if (!skip) return std::nullopt;
  std::string_view def = op.substr(skip);
  if (def.find_first_of("${}") != std::string_view::npos) return std::nullopt;
  return def;
}

// Well-known default credentials: a value that a deployment would accept as a password, and an attacker would
// try first. Reported apart from real-looking secrets, at low severity (secrets.weak-default-credential).
bool weak_default(std::string_view raw) {
  if (auto def = expansion_default(trim(raw))) return weak_default(*def);
  if (!string_references(raw).empty()) return false;
  std::string_view s = trim(raw);
  if (s.size() < 4 || std::any_of(s.begin(), s.end(), is_space)) return false;
  // A value that tells its reader to change it (`changeme123`, `TempPassword1!ChangeMeLater`) is one that nobody
  // chose, and works until someone does.
  std::string alnum = lower_alnum(s);
  return well_known_default(s) || alnum.find("changeme") != std::string::npos ||
         alnum.find("replaceme") != std::string::npos;
}

// A name made of words joined by '-', '_' or '.': each part letters with perhaps a number after them (`v2`), or a
// short number (`redis-auth-01`). A UUID's or a random string's parts mix digits into the letters.
bool is_word_name(std::string_view s) {
  if (s.empty()) return false;
  size_t begin = 0;
  while (begin <= s.size()) {
    size_t end = s.find_first_of("-_.", begin);
    if (end == std::string_view::npos) end = s.size();
    std::string_view part = s.substr(begin, end - begin);
    size_t letters = 0;
    while (letters < part.size() && std::isalpha(static_cast<unsigned char>(part[letters]))) ++letters;
    bool digits_after = std::all_of(part.begin() + static_cast<std::ptrdiff_t>(letters), part.end(),
                                    [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
    if (part.empty() || !digits_after || (letters == 0 && part.size() > 4)) return false;
    begin = end + 1;
  }
  return true;
}

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
  // `secret_id` is a credential in Vault's AppRole (a UUID) but the name of a secret in GCP Secret Manager
  // (`redis-auth-password`): a name made of words is no secret.
  if (!w.empty() && w.back() == "id" && is_word_name(s)) return {};
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

}  // namespace generic_secrets

namespace {

using namespace generic_secrets;

// The byte ranges of the lines that are comments in C-like code (`//`, `/*`, ` * `), for the line reader.
std::vector<std::pair<uint32_t, uint32_t>> comment_lines(std::string_view text) {
  std::vector<std::pair<uint32_t, uint32_t>> out;
  for (size_t b = 0; b < text.size();) {
    size_t e = text.find('\n', b);
    if (e == std::string_view::npos) e = text.size();
    std::string_view lead = trim(text.substr(b, e - b));
    if (lead.starts_with("//") || lead.starts_with("/*") || lead.starts_with("*"))
      out.push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(e)});
    b = e + 1;
  }
  return out;
}

struct GenericChecker {
  const Document& doc;
  GenericSecretRules rules;
  std::vector<RuleHit>* hits;
  FileSecrets* judged;
  std::set<std::pair<uint32_t, uint32_t>> reported;  // (line, col) of reported values
  bool cut = false;                                   // max_hits left out a hit

  // Reports the value at `at` when it is a secret or a default credential and that rule is enabled.
  bool report(const Span& at, const Judged& v, const std::string& label, Given how = Given::assigned) {
    if (v.verdict == Verdict::none) return false;
    // A well-known default is no secret to mask (and masking `secret` would mask the word in every message).
    bool maskable = !(v.verdict == Verdict::weak_default && well_known_default(v.text));
    if (judged && maskable) judged->add(at.begin, at.end, v.text);
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
    bool secret = v.verdict == Verdict::secret;
    switch (how) {
      case Given::in_call:
        h.message = secret ? "'" + label + "(...)' is given a hardcoded password; read it from a secret store instead"
                           : "'" + label + "(...)' is given a well-known default password; generate one and keep it in a secret store";
        break;
      case Given::in_header:
        h.message = secret ? "the HTTP header '" + label + "' carries a hardcoded credential; pass it from a secret store instead"
                           : "the HTTP header '" + label + "' carries a well-known default credential; generate one and keep it in a secret store";
        break;
      case Given::on_command_line:
        h.message = secret ? "'" + label + "' is given a hardcoded secret on the command line; pass it from a secret store instead"
                           : "'" + label + "' is given a well-known default credential on the command line; generate one and keep it in a secret store";
        break;
      case Given::assigned:
        h.message = secret ? "'" + label + "' is assigned a hardcoded secret; read it from a secret store instead"
                           : "'" + label + "' is set to a well-known default credential; generate one and keep it in a secret store";
        break;
    }
    if (maskable) h.secret = v.text;
    hits->push_back(std::move(h));
    return true;
  }

  static const Node* non_null(const Node* n) { return n && n->type != NodeType::null ? n : nullptr; }

  // Azure Pipelines: the `inputs:` maps of `task: Name@N` steps, in pipelines and in templates (which other files
  // include, and which are often not recognisable as Azure files on their own). A task input named for credentials
  // or a connection (`publishFeedCredentials`, `externalFeedCredentials`, `nuGetServiceConnections`) takes the name
  // of a service connection, whose secret Azure DevOps keeps: `publishFeedCredentials: 'NuGet.org'` holds no secret.
  std::unordered_set<const Node*> task_inputs;

  static bool azure_task(const Node* t) {
    if (!t || !t->is_string()) return false;
    size_t at = t->text.rfind('@');
    return at != std::string::npos && at > 0 && at + 1 < t->text.size() &&
           std::all_of(t->text.begin() + at + 1, t->text.end(), [](char c) { return c >= '0' && c <= '9'; });
  }

  static bool names_connection(std::string_view key) {
    std::string k = ascii_lower(key);
    return k.ends_with("credentials") || k.find("serviceconnection") != std::string::npos ||
           k.find("endpoint") != std::string::npos;
  }

  void check_map(const Node& map) {
    if (azure_task(map.get("task")))
      if (const Node* inputs = map.get("inputs"); inputs && inputs->is_map()) task_inputs.insert(inputs);
    bool inputs_of_task = !task_inputs.empty() && task_inputs.count(&map);
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
      if (!secret_key(e.key) || (inputs_of_task && names_connection(e.key))) continue;
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

  // Groovy code other than Jenkinsfiles (Gradle build scripts, Groovy sources), from parsers/groovy's tree:
  // assignments and declarations (`def password = '...'`), a DSL's property calls and setters (`password '...'`
  // in a Gradle `credentials { }` block, `setPassword('...')`) and named arguments (`connect(password: '...')`).
  void check_groovy(const Node& root) {
    std::string_view text = doc.source->bytes();
    auto literal = [&](const Node* v, std::string_view name) {
      if (!v || v->type != NodeType::string || name.empty() || !secret_key(name)) return;
      // The value inside its quotes ('x', "x", '''x''', """x"""), as the other detectors place it.
      uint32_t b = v->span.begin, e = v->span.end;
      while (e > b + 1 && (text[b] == '"' || text[b] == '\'') && text[e - 1] == text[b]) ++b, --e;
      report(b == v->span.begin ? v->span : doc.source->span(b, e), judge_code_literal(v->text, name), std::string(name));
    };
    std::vector<const Node*> stack{&root};
    while (!stack.empty()) {
      const Node* n = stack.back();
      stack.pop_back();
      if (!n || n->is_scalar()) continue;
      if (n->is_map()) {
        const Node* stmt = n->get("stmt");
        const Node* call = n->get("call");
        if (stmt && stmt->text == "assign" && !n->get("op")) {
          if (const Node* target = n->get("target")) literal(n->get("value"), last_name(target->text));
        } else if (call) {
          if (const Node* named = n->get("named"); named && named->is_map())
            for (const Entry& e : named->entries) literal(e.value, e.key);
          const Node* args = n->get("args");
          if (args && args->is_seq() && args->entries.size() == 1)
            literal(args->entries[0].value, secret_setter(last_name(call->text)));
        }
      }
      for (auto it = n->entries.rbegin(); it != n->entries.rend(); ++it) stack.push_back(it->value);
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

  // CloudFormation `Parameters`: a secret-named parameter's `Default` is a literal in the template (`NoEcho` only
  // hides it from the console's output, not from the file).
  void check_cloudformation_parameters(const Node& root) {
    const Node* params = root.get("Parameters");
    if (!params || !params->is_map()) return;
    for (const Entry& p : params->entries) {
      if (!p.value || !p.value->is_map() || !secret_key(p.key)) continue;
      if (const Node* def = non_null(p.value->get("Default")))
        report(def->span, judge(def, p.key), "parameter " + p.key);
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
    ReportFn to_report = [this](const Span& at, const Judged& v, const std::string& label, Given how) {
      report(at, v, label, how);
    };
    // A Jenkinsfile is Groovy code: its tree has the pipeline's shape, not its assignments.
    if (doc.kind == "jenkinsfile") check_text_lines(doc, to_report);
    if (doc.kind == "groovy") {
      // The tree, then the lines for flags and headers, and for assignments in comments and past the point where
      // the parser stopped (its first syntax error ends the tree).
      if (root) check_groovy(*root);
      std::vector<std::pair<uint32_t, uint32_t>> by_line = comment_lines(doc.source->bytes());
      // Where the statements the parser read end (the root's own span is the whole file).
      uint32_t parsed_to = 0;
      if (root)
        for (const Entry& e : root->entries)
          if (e.value) parsed_to = std::max(parsed_to, e.value->span.end);
      by_line.push_back({parsed_to, static_cast<uint32_t>(doc.source->bytes().size())});
      std::sort(by_line.begin(), by_line.end());
      return check_text_lines(doc, to_report, &by_line);
    }
    else if (root && doc.index == 0) check_script_lines(doc, to_report);  // once per file, not per YAML document
    if (!root) {
      if (doc.format == Format::text && check_source_code(doc, to_report)) return;
      if (doc.format == Format::text || doc.format == Format::shell) check_text_lines(doc, to_report);
      return;
    }
    if (doc.kind == "dockerfile") return check_dockerfile(*root);
    if (doc.kind == "terraform" && root->is_map()) check_terraform_variables(*root);
    if (doc.kind == "cloudformation" && root->is_map()) check_cloudformation_parameters(*root);
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
