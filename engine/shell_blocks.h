// The shell commands a repository keeps outside shell files too: CI job scripts, Makefile recipes, Markdown code
// blocks. This is the engine side of rules/lib/shell.lua (script_blocks, value_lines, logical_lines), whose
// comments are the contract; it runs natively because five rules read every CI document's scripts, and doing it
// in Lua per rule was a third of their time. A document's blocks are computed once and shared by those rules
// (LuaRuntime memoizes them by Document::serial).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tollgate/document.h"

namespace tollgate {

// One line of shell text with the line it came from and the columns removed on its left.
struct ShellLine {
  uint32_t n = 0;
  std::string text;
  uint32_t off = 0;
};

struct ShellBlock {
  std::string scope;              // "<job>#<step>", "(global)", a GitLab job name, "(file)", "(block <line>)"
  const Node* step = nullptr;     // GitHub Actions: the step map
  const Node* job = nullptr;      // GitHub Actions and GitLab CI: the job map
  std::string job_id;             // with job (and for GitHub steps of a job)
  bool has_job_id = false;
  std::vector<ShellLine> lines;   // logical lines
};

std::vector<ShellBlock> shell_blocks(const Document& doc);

// The source lines of the script under map[key] (a string or a seq of strings), YAML removed.
std::vector<ShellLine> shell_value_lines(const Document& doc, const Node& map, std::string_view key);

// One simple command of a shell line (rules/lib/shell.lua's split_commands documents the fields).
struct ShellCommand {
  std::string name, base;  // base: name without its directory
  std::vector<std::string> args;
  std::vector<std::pair<std::string, std::string>> env;  // leading NAME=value words, in order
  int col = 0;             // 1-based column in the line
  std::string op;          // the operator after it: "&&", "||", "|", ";", "&" or ""
  bool cond = false;       // inside the condition of if/elif/while/until
};

// The simple commands of one logical shell line. A heuristic reader, not a shell parser: quotes are removed,
// `$(...)`, `(...)` and backquotes end the command before them, keywords are skipped (see shell.lua).
std::vector<ShellCommand> split_shell_commands(std::string_view line);

// Joins backslash continuations, drops heredoc bodies, comment and blank lines.
std::vector<ShellLine> shell_logical_lines(const std::vector<ShellLine>& lines);

}  // namespace tollgate
