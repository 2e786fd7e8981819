// The text fallback of secrets.generic-literal-assignment and secrets.weak-default-credential: documents with no
// tree (source code, shell scripts, makefiles, .conf and TOML files, other text) are read line by line for
// `NAME = value` assignments, credential flags on command lines, HTTP headers that carry a credential and library
// calls that take a password by position; the scripts of CI pipelines, compose files, Dockerfiles and Ansible
// playbooks, for the command lines and headers. Each value is judged as the tree walk judges one
// (engine/generic_secrets.h). What it reads and leaves alone: docs/rules/secrets/generic-literal-assignment.md.
#include <algorithm>
#include <cctype>
#include <cstring>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "engine/generic_secrets.h"
#include "parsers/text_util.h"

namespace tollgate::generic_secrets {

// Shell, make and template syntax that hands the value over from elsewhere.
bool passed_in(std::string_view v) {
  return !v.empty() && (v[0] == '$' || v[0] == '%' || v.find("$(") != std::string_view::npos ||
                        v.find("${") != std::string_view::npos || v.find("{{") != std::string_view::npos);
}

// What code and prose put after a secret-sounding name that is not a secret: a word or an identifier with no
// digit (a type annotation `private_key: "_RSAPrivateKey"`, a label `"challengePassword"`, an option's name in
// a sentence), a colour (`Token: "#f8f8f2"`), an expression written bare (`f.encrypt(...)`).
bool not_a_literal_secret(std::string_view v) {
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

bool under_tests(std::string_view path) {
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

std::string_view last_name(std::string_view t) {
  while (!t.empty() && std::strchr("]\"'`: \t\r\n", t.back())) t.remove_suffix(1);
  size_t b = t.size();
  while (b > 0 && (is_alnum(t[b - 1]) || t[b - 1] == '_' || t[b - 1] == '-')) --b;
  return t.substr(b);
}

std::string_view secret_setter(std::string_view function) {
  std::string_view property = function;
  if (property.starts_with("set") || property.starts_with("Set")) property.remove_prefix(3);
  else if (property.starts_with("with") || property.starts_with("With")) property.remove_prefix(4);
  else if (!property.empty() && is_upper(property[0])) return {};  // a constructor or a type, not a setter
  if (property.empty() || !secret_key(property) || is_verb(key_words(property).front())) return {};
  return property;
}

Judged judge_code_literal(std::string_view value, std::string_view name) {
  if (trim(value).ends_with(':')) return {};
  // A variable passed in is no literal, but its written default (`${PASSWORD:-changeme}`) may be a weak one.
  if (passed_in(value)) return weak_default(value) ? Judged{Verdict::weak_default, std::string(trim(value))} : Judged{};
  Judged j = judge_string(value, name);
  if (j.verdict == Verdict::secret && not_a_literal_secret(value)) return {};
  return j;
}

bool is_verb(std::string_view word) {
  static const std::unordered_set<std::string_view> k = {
      "get", "hash", "check", "validate", "verify", "encrypt", "decrypt", "encode", "decode", "reset", "change",
      "update", "generate", "create", "delete", "remove", "find", "load", "read", "fetch", "compare", "match",
      "mask", "is", "has", "print", "log", "parse", "to", "from", "revoke", "rotate", "refresh", "lookup",
      "ask", "prompt", "input", "request"};
  return k.count(word) > 0;
}

namespace {

class LineChecker {
 public:
  LineChecker(const Document& doc, const ReportFn& report) : doc(doc), report_(report) {}

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
    // What a credential on a command line or in a header needs somewhere in the file.
    static constexpr std::string_view kNeedles[] = {"uthoriz", "UTHORIZ", "-Key:",  "-key:", "-TOKEN:",     "-Token:",
                                                    "-token:", " -p",     "-pass",  "-Pass", "-AsPlainText"};
    if (under_tests(doc.path()) ||
        std::none_of(std::begin(kNeedles), std::end(kNeedles), [&](std::string_view n) { return text.find(n) != text.npos; }))
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

  // `assignments_in`: when set, assignments and credential calls are read only on the lines that touch these byte
  // ranges (in document order); flags, headers and ConvertTo-SecureString on every line.
  void check_lines(const std::vector<std::pair<uint32_t, uint32_t>>* assignments_in) {
    if (under_tests(doc.path()) || markup(doc.path())) return;
    const bool code = is_code(doc.path());
    // Gradle, Groovy and Ruby DSLs set a property by naming it: `password 'x'`, `set :password, "x"`.
    std::string lp = ascii_lower(doc.path());
    const bool dsl = lp.ends_with(".gradle") || lp.ends_with(".groovy") || lp.ends_with(".kts") || lp.ends_with(".rb") ||
                     doc.kind == "jenkinsfile";
    std::string_view text = doc.source->bytes();
    size_t range = 0;
    for (size_t b = 0; b < text.size();) {
      size_t e = text.find('\n', b);
      if (e == std::string_view::npos) e = text.size();
      std::string_view line = text.substr(b, e - b);
      size_t first = line.find_first_not_of(" \t");
      // A doctest's `>>>` and `...` lines are documentation of code, not code; minified code and data lines
      // (longer than kMaxAssignmentLine) say nothing a person wrote as an assignment.
      bool doctest = first != std::string_view::npos && (line.substr(first, 3) == ">>>" || line.substr(first, 4) == "... ");
      bool assignments = true;
      if (assignments_in) {
        while (range < assignments_in->size() && (*assignments_in)[range].second < b) ++range;
        assignments = range < assignments_in->size() && (*assignments_in)[range].first <= e;
      }
      if (e - b <= kMaxAssignmentLine && !doctest) {
        bool named = may_be_secret_key(line) || line.find("getConnection(") != std::string_view::npos;
        if (named && assignments) check_assignments(static_cast<uint32_t>(b), line, code, dsl);
        if (named || line.find(" -p") != std::string_view::npos) check_flags(static_cast<uint32_t>(b), line);
        if (line.find("-AsPlainText") != std::string_view::npos || line.find("-asplaintext") != std::string_view::npos)
          check_secure_string(static_cast<uint32_t>(b), line);
        if (named || line.find("uthoriz") != std::string_view::npos || line.find("UTHORIZ") != std::string_view::npos)
          check_headers(static_cast<uint32_t>(b), line);
      }
      b = e + 1;
    }
  }

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

  // Judges line[b, e) as the value of `name`, and reports it as given `how` under `label` (the name by default).
  void report_value(uint32_t line_start, std::string_view line, size_t b, size_t e, const std::string& name,
                    Given how = Given::assigned, const std::string& label = "") {
    std::string_view v = line.substr(b, e - b);
    // A prompt or a label (`read.password("Password: ")`) names what is asked for.
    Judged j = judge_code_literal(v, name);
    if (j.verdict == Verdict::none) return;
    // A default in a comment documents the setting (`# input_password = secret` in openssl.cnf); a real-looking
    // secret there is still one.
    std::string_view lead = trim(line);
    bool comment = lead.starts_with('#') || lead.starts_with(';') || lead.starts_with("//") || lead.starts_with('*') ||
                   lead.starts_with("--");
    if (j.verdict == Verdict::weak_default && comment) return;
    report_(doc.source->span(line_start + static_cast<uint32_t>(b), line_start + static_cast<uint32_t>(e)), j,
            label.empty() ? name : label, how);
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
        if (literal) report_value(line_start, line, vb, ve, "password", Given::in_call, std::string(name));
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
        std::string_view method = secret_setter(line.substr(nb, i - nb));
        if (method.empty() || nb == 0 || (line[nb - 1] != '.' && line[nb - 1] != ' ')) continue;
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
        report_value(line_start, line, vb, ve, "token", Given::in_header, std::string(line.substr(at, h.size())));
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
      report_value(line_start, line, vb, ve, "password", Given::on_command_line, "ConvertTo-SecureString");
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
        report_value(line_start, line, vb, ve, short_p ? "password" : std::string(bare), Given::on_command_line,
                     short_p ? "-p" : std::string(flag));
    }
  }

 private:
  const Document& doc;
  const ReportFn& report_;
};

}  // namespace

void check_text_lines(const Document& doc, const ReportFn& report,
                      const std::vector<std::pair<uint32_t, uint32_t>>* assignments_in) {
  LineChecker(doc, report).check_lines(assignments_in);
}

void check_script_lines(const Document& doc, const ReportFn& report) {
  if (LineChecker::holds_scripts(doc.kind)) LineChecker(doc, report).check_command_lines();
}

}  // namespace tollgate::generic_secrets
