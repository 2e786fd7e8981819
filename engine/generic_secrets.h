// Internal to the engine: how secrets.generic-literal-assignment and secrets.weak-default-credential judge a value
// (engine/native_rules.cc, where the tree walk is), shared with their reading of text line by line
// (engine/generic_text_secrets.cc). The rules' semantics: docs/rules/secrets/generic-literal-assignment.md.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tollgate/document.h"

namespace tollgate::generic_secrets {

enum class Verdict : uint8_t { none, secret, weak_default };
struct Judged {
  Verdict verdict = Verdict::none;
  std::string text;  // the value, trimmed
};

// A key whose words name a secret (`DB_PASSWORD`, `apiKey`), and the cheap test every such key passes first.
bool secret_key(std::string_view key);
bool may_be_secret_key(std::string_view text);
// "dbPassword", "DB_PASSWORD", "api-key" -> lower-case words.
std::vector<std::string> key_words(std::string_view key);
// What a string under a secret-named key is: a literal secret, a well-known default, or neither.
Judged judge_string(std::string_view raw, std::string_view key);
// Whether a value is a well-known default credential (`changeme`, `admin`), or a parameter expansion whose written
// default is one (`${DB_PASSWORD:-postgres}`).
bool weak_default(std::string_view raw);
std::string_view trim(std::string_view s);

bool is_space(char c);
bool is_alnum(char c);
bool is_lower(char c);
bool is_upper(char c);

// How a value was given, which the finding's message says: assigned to a name (`password = ...`, a setter), on a
// command line (`--password ...`, `-p`, ConvertTo-SecureString), in an HTTP header, or as a library call's argument.
enum class Given : uint8_t { assigned, on_command_line, in_header, in_call };

// Where the text fallback reports: the value's span, its judgement, how it was given and under which label (the
// name, the flag, the header or the function).
using ReportFn = std::function<void(const Span&, const Judged&, const std::string& label, Given how)>;

// What code and text put after a secret-sounding name that is not a literal secret (a type, a label, a colour, a
// number, a format string, an expression), and values handed over from elsewhere (`$VAR`, `${x}`, `{{ x }}`).
bool not_a_literal_secret(std::string_view v);
bool passed_in(std::string_view v);
// Paths of tests, whose credentials are made up for the test: code and text there are left alone.
bool under_tests(std::string_view path);
// A verb that works on a value rather than setting one: `hashPassword("x")`, `verifyToken("x")`.
bool is_verb(std::string_view word);
// What code gives a name: its last word, with a subscript's quotes and the sigils of variables and symbols dropped
// (`self.db_password`, `$this->secret`, `cfg["token"]`, `@api_key`, `:password` name `db_password`, `secret`,
// `token`, `api_key`, `password`).
std::string_view last_name(std::string_view code);
// The property a one-argument call sets, when it is a secret: `setPassword`, `withApiKey`, `password` (a builder or
// a DSL's property) give "Password", "ApiKey", "password"; a verb (`hashPassword`, `verifyToken`), a type or
// constructor (`Password(...)`) and a name that is no secret give "".
std::string_view secret_setter(std::string_view function);
// How a string literal in code under `name` is judged: as judge_string, but a reference (`$X`, `${x}`), a
// prompt (`"Password: "`) and, for a secret, anything code writes that is not one (a word, a number, a format
// string) are nothing.
Judged judge_code_literal(std::string_view value, std::string_view name);
// Lines longer than this are minified or generated: no person wrote them as an assignment.
inline constexpr size_t kMaxAssignmentLine = 1000;

// Files with no tree (source code, shell scripts, makefiles, .conf and TOML, other text) and Jenkinsfiles: every
// line is read for credential flags, HTTP headers and, unless `assignments_in` limits them to the lines that
// touch its byte ranges, assignments and credential calls.
void check_text_lines(const Document& doc, const ReportFn& report,
                      const std::vector<std::pair<uint32_t, uint32_t>>* assignments_in = nullptr);
// Source code in a language with a grammar (Python, JavaScript, TypeScript, Go, Java, C#, Ruby, PHP, PowerShell):
// literals assigned to, passed as or keyed by secret names, read from the syntax tree (engine/source_code_secrets.cc),
// and its lines for flags and headers. False when the file is not such code or was not parsed: read it as text.
bool check_source_code(const Document& doc, const ReportFn& report);
// The scripts inside structured files of the kinds that hold them (CI pipelines, compose, Dockerfiles, Ansible):
// only command lines and headers. Does nothing for other kinds.
void check_script_lines(const Document& doc, const ReportFn& report);

}  // namespace tollgate::generic_secrets
