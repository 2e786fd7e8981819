// Internal to the engine: how secrets.generic-literal-assignment and secrets.weak-default-credential judge a value
// (engine/native_rules.cc, where the tree walk is), shared with their reading of text line by line
// (engine/generic_text_secrets.cc). The rules' semantics: docs/rules/secrets/generic-literal-assignment.md.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
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

// Files with no tree (source code, shell scripts, makefiles, .conf and TOML, other text) and Jenkinsfiles: every
// line is read for assignments, credential flags, HTTP headers and credential calls.
void check_text_lines(const Document& doc, const ReportFn& report);
// The scripts inside structured files of the kinds that hold them (CI pipelines, compose, Dockerfiles, Ansible):
// only command lines and headers. Does nothing for other kinds.
void check_script_lines(const Document& doc, const ReportFn& report);

}  // namespace tollgate::generic_secrets
