// The command-line table: every command and flag of tollgate, defined once (cli/main.cc). `--help`, the parser,
// the manual page and the shell completions (cli/manual.cc) are all made from it, so none can list a flag the
// others do not.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace tollgate::cli {

struct Flag {
  const char* name;   // "--format"
  const char* value;  // placeholder of its value, nullptr for a switch
  const char* help;
  bool repeatable = false;
  // The values it takes when they are a fixed list, space-separated ("text json markdown"): what the shells
  // complete. --fail-on's severities need not be repeated here.
  const char* choices = nullptr;
};

// A parsed command line: positional arguments and flags in the order given.
struct Args {
  std::vector<std::string> positional;
  std::vector<std::pair<std::string, std::string>> flags;  // in order, switches with value ""
  bool has(const std::string& f) const {
    for (auto& [k, v] : flags)
      if (k == f) return true;
    return false;
  }
  std::optional<std::string> get(const std::string& f) const {
    std::optional<std::string> out;
    for (auto& [k, v] : flags)
      if (k == f) out = v;
    return out;
  }
  std::vector<std::string> all(const std::string& f) const {
    std::vector<std::string> out;
    for (auto& [k, v] : flags)
      if (k == f) out.push_back(v);
    return out;
  }
};

struct Command {
  const char* name;  // "scan", "rules test"
  const char* usage;
  const char* summary;
  std::vector<Flag> flags;
  int (*run)(const Args&);
};

const std::vector<Command>& commands();

// The manual page, tollgate(1), in roff: every command with its flags, the exit codes and where to read more.
std::string man_page();
// A completion script for "bash", "zsh" or "fish" (commands, flags, and the values of --format and --fail-on);
// empty for any other shell.
std::string completion_script(const std::string& shell);

}  // namespace tollgate::cli
