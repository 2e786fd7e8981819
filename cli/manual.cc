// The manual page and the shell completions, made from the command-line table (cli/commands.h) by
// `tollgate manpage` and `tollgate completion SHELL`; the build runs them for `cmake --install` and the .deb
// (CMakeLists.txt), so what is installed always matches the binary beside it.
#include <set>
#include <string>
#include <string_view>

#include "cli/commands.h"

namespace tollgate::cli {
namespace {

// The values a flag takes, where they are a fixed list: completed by every shell.
const char* choices_of(const Flag& f) {
  if (f.choices) return f.choices;
  if (std::string_view(f.name) == "--fail-on") return "critical high medium low info";
  return nullptr;
}

// roff text: a leading '.' or '\'' would be a request, a backslash an escape, a '-' a hyphen (not a minus sign).
std::string roff(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '\\') out += "\\e";
    else if (c == '-') out += "\\-";
    else out += c;
  }
  if (!out.empty() && (out[0] == '.' || out[0] == '\'')) out.insert(0, "\\&");
  return out;
}

// Single-quoted for sh (bash, zsh) and fish alike: no quote appears in the table's help texts but the guard
// keeps a future one from ending the string.
std::string quoted(std::string_view s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

std::string fish_quoted(std::string_view s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'' || c == '\\') out += '\\';
    out += c;
  }
  return out + "'";
}

// Appends `word` to a list, after `sep` unless the list is empty.
void join_to(std::string& list, std::string_view word, std::string_view sep) {
  if (!list.empty()) list.append(sep);
  list.append(word);
}

// The words a command is typed as: "scan", or "rules" and "test".
std::pair<std::string, std::string> words_of(const Command& c) {
  std::string name = c.name;
  size_t sp = name.find(' ');
  return sp == std::string::npos ? std::make_pair(name, std::string()) : std::make_pair(name.substr(0, sp), name.substr(sp + 1));
}

// The first words: commands and groups, each once, in table order.
std::vector<std::string> first_words() {
  std::vector<std::string> out;
  std::set<std::string> seen;
  for (const Command& c : commands())
    if (seen.insert(words_of(c).first).second) out.push_back(words_of(c).first);
  out.push_back("help");
  return out;
}

// The first words that name a group of commands ("rules", "baseline", "snapshot"), space-separated.
std::string group_words() {
  std::string out;
  std::set<std::string> seen;
  for (const Command& c : commands())
    if (!words_of(c).second.empty() && seen.insert(words_of(c).first).second) join_to(out, words_of(c).first, " ");
  return out;
}

std::string flag_names(const Command& c) {
  std::string out;
  for (const Flag& f : c.flags) join_to(out, f.name, " ");
  return out + " --help";
}

std::string bash_script() {
  std::string s =
      "# bash completion for tollgate, made by `tollgate completion bash` from its command table.\n"
      "_tollgate() {\n"
      "  local cur prev words cword\n"
      "  cur=${COMP_WORDS[COMP_CWORD]}\n"
      "  prev=${COMP_WORDS[COMP_CWORD-1]}\n"
      "  local cmd=\"\" i groups=" + quoted(group_words()) + "\n"
      "  for ((i = 1; i < COMP_CWORD; i++)); do\n"
      "    case ${COMP_WORDS[i]} in -*) continue ;; esac\n"
      "    if [[ -z $cmd ]]; then cmd=${COMP_WORDS[i]}; [[ \" $groups \" == *\" $cmd \"* ]] || break\n"
      "    else cmd=\"$cmd ${COMP_WORDS[i]}\"; break; fi\n"
      "  done\n"
      "  case \"$cmd $prev\" in\n";
  // A flag's values depend on the command: `readiness --format` takes sarif, `drift --format` does not.
  for (const Command& c : commands())
    for (const Flag& f : c.flags)
      if (const char* ch = choices_of(f))
        s += std::string("    ") + quoted(c.name + std::string(" ") + f.name) + ") COMPREPLY=($(compgen -W " + quoted(ch) +
             " -- \"$cur\")); return ;;\n";
  s += "  esac\n  case $prev in\n";
  s += "    -o) COMPREPLY=($(compgen -W 'text= json= sarif= junit= markdown= html=' -- \"$cur\")); compopt -o nospace 2>/dev/null; return ;;\n";
  // A flag that takes a value: complete files.
  std::set<std::string> valued;
  for (const Command& c : commands())
    for (const Flag& f : c.flags)
      if (f.value && !choices_of(f) && std::string_view(f.name) != "-o") valued.insert(f.name);
  std::string list;
  for (const std::string& v : valued) join_to(list, v, "|");
  s += std::string("    ") + list + ") COMPREPLY=($(compgen -f -- \"$cur\")); return ;;\n  esac\n  case $cmd in\n";
  std::string firsts;
  for (const std::string& w : first_words()) join_to(firsts, w, " ");
  s += std::string("    \"\") COMPREPLY=($(compgen -W ") + quoted(firsts + " --help --version") + " -- \"$cur\")); return ;;\n";
  std::set<std::string> groups;
  for (const Command& c : commands()) {
    auto [first, second] = words_of(c);
    if (!second.empty() && groups.insert(first).second) {
      std::string subs;
      for (const Command& d : commands())
        if (words_of(d).first == first) join_to(subs, words_of(d).second, " ");
      s += std::string("    ") + first + ") COMPREPLY=($(compgen -W " + quoted(subs) + " -- \"$cur\")); return ;;\n";
    }
    s += std::string("    ") + quoted(c.name) + ")\n      if [[ $cur == -* ]]; then COMPREPLY=($(compgen -W " + quoted(flag_names(c)) +
         " -- \"$cur\")); else COMPREPLY=($(compgen -f -- \"$cur\")); fi\n      return ;;\n";
  }
  s += std::string("    help) COMPREPLY=($(compgen -W ") + quoted(firsts) + " -- \"$cur\")); return ;;\n  esac\n}\ncomplete -o filenames -F _tollgate tollgate\n";
  return s;
}

std::string zsh_script() {
  std::string s =
      "#compdef tollgate\n"
      "# zsh completion for tollgate, made by `tollgate completion zsh` from its command table.\n"
      "_tollgate() {\n"
      "  local w cmd=\"\" groups=" + quoted(group_words()) + "\n"
      "  for w in ${words[2,CURRENT-1]}; do\n"
      "    [[ $w == -* ]] && continue\n"
      "    if [[ -z $cmd ]]; then cmd=$w; [[ \" $groups \" == *\" $cmd \"* ]] || break\n"
      "    else cmd=\"$cmd $w\"; break; fi\n"
      "  done\n"
      "  case \"$cmd ${words[CURRENT-1]}\" in\n";
  for (const Command& c : commands())
    for (const Flag& f : c.flags)
      if (const char* ch = choices_of(f))
        s += std::string("    ") + quoted(c.name + std::string(" ") + f.name) + ") compadd -- " + ch + "; return ;;\n";
  s += "  esac\n  case $cmd in\n    '')\n      local -a cmds=(\n";
  std::set<std::string> seen;
  for (const Command& c : commands()) {
    auto [first, second] = words_of(c);
    if (!seen.insert(first).second) continue;
    std::string summary = second.empty() ? c.summary : "the " + first + " commands";
    s += std::string("        ") + quoted(first + ":" + summary) + "\n";
  }
  s += "        'help:print the help of a command'\n      )\n      _describe command cmds; return ;;\n";
  std::set<std::string> groups;
  for (const Command& c : commands()) {
    auto [first, second] = words_of(c);
    if (!second.empty() && groups.insert(first).second) {
      s += std::string("    ") + first + ")\n      local -a subs=(\n";
      for (const Command& d : commands())
        if (words_of(d).first == first) s += std::string("        ") + quoted(words_of(d).second + ":" + d.summary) + "\n";
      s += "      )\n      _describe command subs; return ;;\n";
    }
    s += std::string("    ") + quoted(c.name) + ")\n      if [[ $PREFIX == -* ]]; then\n        local -a flags=(\n";
    for (const Flag& f : c.flags) s += std::string("          ") + quoted(std::string(f.name) + ":" + f.help) + "\n";
    s += "          '--help:print this help'\n        )\n        _describe flag flags\n      else\n        _files\n      fi\n      return ;;\n";
  }
  s += "  esac\n}\n_tollgate \"$@\"\n";
  return s;
}

std::string fish_script() {
  std::string s = "# fish completion for tollgate, made by `tollgate completion fish` from its command table.\n"
                  "complete -c tollgate -f\n";
  std::set<std::string> seen;
  std::string all_firsts;
  for (const std::string& w : first_words()) join_to(all_firsts, w, " ");
  for (const Command& c : commands()) {
    auto [first, second] = words_of(c);
    if (seen.insert(first).second)
      s += std::string("complete -c tollgate -n ") + fish_quoted(std::string("not __fish_seen_subcommand_from ") + all_firsts) + " -a " + first +
           " -d " + fish_quoted(second.empty() ? c.summary : "the " + first + " commands") + "\n";
    std::string when = std::string("__fish_seen_subcommand_from ") + first;
    if (!second.empty()) {
      std::string subs;
      for (const Command& d : commands())
        if (words_of(d).first == first) join_to(subs, words_of(d).second, " ");
      s += std::string("complete -c tollgate -n ") + fish_quoted(when + "; and not __fish_seen_subcommand_from " + subs) + " -a " +
           second + " -d " + fish_quoted(c.summary) + "\n";
      when += std::string("; and __fish_seen_subcommand_from ") + second;
    }
    for (const Flag& f : c.flags) {
      std::string_view name = f.name;
      std::string line = std::string("complete -c tollgate -n ") + fish_quoted(when);
      line += name.rfind("--", 0) == 0 ? " -l " + std::string(name.substr(2)) : " -s " + std::string(name.substr(1));
      // -x: a value from the list only; -r -F: a value that is a file.
      if (const char* ch = choices_of(f)) line += std::string(" -x -a ") + fish_quoted(ch);
      else if (f.value) line += " -r -F";
      line += std::string(" -d ") + fish_quoted(f.help);
      s += line + "\n";
    }
  }
  s += std::string("complete -c tollgate -n ") + fish_quoted("__fish_seen_subcommand_from help") + " -a " + fish_quoted(all_firsts) + "\n";
  return s;
}

}  // namespace

std::string man_page() {
  std::string s = ".\\\" The manual page of tollgate, made by `tollgate manpage` from its command table.\n";
  s += ".TH TOLLGATE 1 \"\" \"tollgate " TOLLGATE_VERSION "\" \"User Commands\"\n";
  s += ".SH NAME\ntollgate \\- policy\\-as\\-code compliance and secrets scanner for platform repositories\n";
  s += ".SH SYNOPSIS\n";
  for (const Command& c : commands()) s.append(".B ").append(roff(c.usage)).append("\n.br\n");
  s += ".B tollgate \\-\\-version | \\-\\-help | help\n.RI [ COMMAND ]\n";
  s += ".SH DESCRIPTION\n"
       "tollgate parses Terraform, Kubernetes and other YAML, CloudFormation, Dockerfiles, CI pipelines (GitHub "
       "Actions, GitLab CI, Azure Pipelines, Bitbucket Pipelines, Jenkinsfiles), shell scripts, source code and "
       "configuration files into one document model, and runs a sandboxed Lua rule pack over it: hardcoded "
       "secrets, missing pipeline gates and their bypasses, manual changes, resilience gaps, drift between "
       "environments.\n"
       "Reports come out as text, JSON, SARIF 2.1.0, JUnit XML, markdown and HTML; secret values are masked unless "
       ".B \\-\\-show\\-secrets\n"
       "is given.\n";
  s += ".SH COMMANDS\n";
  for (const Command& c : commands()) {
    s.append(".SS ").append(roff(c.usage)).append("\n").append(roff(c.summary)).append(".\n");
    for (const Flag& f : c.flags) {
      s.append(".TP\n.B ").append(roff(f.name));
      if (f.value) s.append("\n.I ").append(roff(f.value));
      s.append("\n").append(roff(f.help)).append("\n");
    }
  }
  s += ".SH EXIT STATUS\n.TP\n.B 0\nno finding at or above the \\-\\-fail\\-on severity.\n"
       ".TP\n.B 1\nat least one such finding.\n"
       ".TP\n.B 2\na usage error, a bad configuration, a rule that failed to load or run, an unreadable input or an "
       "unwritable output; an error outranks findings.\n";
  s += ".SH FILES\n.TP\n.B .tollgate.yaml\nthe configuration, found from the scan root upward; flags win over it.\n";
  s += ".SH SEE ALSO\nThe documentation in the source tree: docs/getting\\-started.md, docs/cli.md, "
       "docs/configuration.md, docs/reports.md, docs/writing\\-rules.md, docs/ci\\-integration.md, "
       "docs/scale\\-out.md, docs/drift.md, docs/readiness.md, and one page per rule under docs/rules/.\n";
  return s;
}

std::string completion_script(const std::string& shell) {
  if (shell == "bash") return bash_script();
  if (shell == "zsh") return zsh_script();
  if (shell == "fish") return fish_script();
  return "";
}

}  // namespace tollgate::cli
