// The shell commands a repository keeps outside shell files too: CI job scripts, Makefile recipes, Markdown code
// blocks. This is the engine side of rules/lib/shell.lua (script_blocks, value_lines, logical_lines), whose
// comments are the contract; it runs natively because five rules read every CI document's scripts, and doing it
// in Lua per rule was a third of their time. A document's blocks are computed once and shared by those rules
// (LuaRuntime memoizes them by Document::serial).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
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

// Joins backslash continuations, drops heredoc bodies, comment and blank lines.
std::vector<ShellLine> shell_logical_lines(const std::vector<ShellLine>& lines);

}  // namespace tollgate
