// A line-for-line port of what rules/lib/shell.lua did in Lua; tests/unit/shell_blocks_test.cc checks it
// against that Lua original (kept in tests/unit/data/shell_blocks_reference.lua) on every fixture.
// Character classes are Lua's in the "C" locale: %s is space, \t, \n, \v, \f, \r; %a letters; %w letters and
// digits.
#include "engine/shell_blocks.h"
#include "parsers/text_util.h"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <unordered_set>

namespace tollgate {

namespace {

bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_alnum(char c) { return is_alpha(c) || (c >= '0' && c <= '9'); }

size_t skip_spaces(std::string_view s, size_t i) {
  while (i < s.size() && is_space(s[i])) ++i;
  return i;
}

std::string_view trim(std::string_view s) {
  size_t b = skip_spaces(s, 0);
  size_t e = s.size();
  while (e > b && is_space(s[e - 1])) --e;
  return s.substr(b, e - b);
}

// Lua's s:sub(i) for a 1-based i >= 1.
std::string_view from(std::string_view s, size_t i) { return i - 1 >= s.size() ? std::string_view{} : s.substr(i - 1); }

// `^%s*%-%s+` or `^%s*%-$` (a sequence item marker), else `^%s+`; its length, 0 when none; *dash says which.
size_t lead_length(std::string_view t, bool* dash) {
  size_t i = skip_spaces(t, 0);
  if (i < t.size() && t[i] == '-') {
    size_t j = skip_spaces(t, i + 1);
    if (j > i + 1 || i + 1 == t.size()) {
      *dash = true;
      return j;
    }
  }
  *dash = false;
  return i;
}

// `^[|>][-+0-9]*`: a block scalar indicator; the length, 0 when t does not start with one.
size_t block_indicator(std::string_view t) {
  if (t.empty() || (t[0] != '|' && t[0] != '>')) return 0;
  size_t i = 1;
  while (i < t.size() && (t[i] == '-' || t[i] == '+' || (t[i] >= '0' && t[i] <= '9'))) ++i;
  return i;
}

// Removes the YAML around one source line of a script value; false for a line with no command.
bool clean_yaml_line(std::string_view t, bool first, uint32_t key_end_col, std::string_view* out, uint32_t* off_out) {
  uint32_t off = 0;
  if (first) {
    if (key_end_col == 0) return false;  // no key span: nothing to anchor the line to
    off = key_end_col - 1;
    t = from(t, key_end_col);
    size_t i = skip_spaces(t, 0);
    if (i >= t.size() || t[i] != ':') return false;
    size_t colon = skip_spaces(t, i + 1);
    off += static_cast<uint32_t>(colon);
    t = t.substr(colon);
  }
  bool item = first;
  for (;;) {
    bool dash = false;
    size_t lead = lead_length(t, &dash);
    if (lead == 0) break;
    if (dash) item = true;
    off += static_cast<uint32_t>(lead);
    t = t.substr(lead);
  }
  if (t.empty() || t[0] == '#') return false;
  if (size_t b = block_indicator(t)) {
    size_t s = skip_spaces(t, b);
    if (s == t.size() || (s > b && t[s] == '#')) return false;
  }
  char q = t[0];
  if (item && (q == '"' || q == '\'') && t.size() >= 2 && t.back() == q) {
    t = t.substr(1, t.size() - 2);
    off += 1;
  } else if (item && q == '[') {
    return false;  // flow sequences are rare in scripts; skip rather than misread them
  }
  *out = t;
  *off_out = off;
  return true;
}

// The heredoc delimiter a line opens (`<<EOF`, `<<-'EOF'`, `<< "EOF"`), or empty.
std::string_view heredoc_delimiter(std::string_view s) {
  for (size_t p = s.find("<<"); p != std::string_view::npos; p = s.find("<<", p + 1)) {
    size_t i = p + 2;
    if (i < s.size() && s[i] == '-') ++i;
    i = skip_spaces(s, i);
    if (i < s.size() && (s[i] == '"' || s[i] == '\'')) ++i;
    if (i >= s.size() || !(is_alpha(s[i]) || s[i] == '_')) continue;
    size_t e = i + 1;
    while (e < s.size() && (is_alnum(s[e]) || s[e] == '_')) ++e;
    return s.substr(i, e - i);
  }
  return {};
}

// `\%s*$`: the line ends in a backslash (spaces after it allowed); *cut is where the backslash is.
bool continues(std::string_view s, size_t* cut) {
  size_t e = s.size();
  while (e > 0 && is_space(s[e - 1])) --e;
  if (e == 0 || s[e - 1] != '\\') return false;
  *cut = e - 1;
  return true;
}

// A value as a rule sees it: absent and YAML null are both nil.
const Node* present(const Node* n) { return n && n->type != NodeType::null ? n : nullptr; }

void markdown_blocks(const Document& doc, std::vector<ShellBlock>* blocks) {
  static const std::string_view kShellish[] = {"",         "sh",           "bash",         "shell",      "console",
                                               "zsh",      "shell-session", "shellsession", "sh-session", "terminal"};
  const SourceText& src = *doc.source;
  char fch = 0;
  size_t flen = 0;
  bool take = false;
  std::vector<ShellLine> lines;
  for (uint32_t n = 1, count = src.visible_line_count(); n <= count; ++n) {
    std::string_view t = src.line(n);
    std::string_view tr = trim(t);
    if (fch) {
      if (tr.size() >= flen && std::all_of(tr.begin(), tr.end(), [&](char c) { return c == fch; })) {
        if (take) blocks->push_back({"(block " + std::to_string(n) + ")", nullptr, nullptr, {}, false, shell_logical_lines(lines)});
        fch = 0;
        lines.clear();
      } else if (take) {
        // a "$ " prompt in console transcripts
        size_t i = skip_spaces(t, 0);
        size_t prompt = 0;
        if (i < t.size() && t[i] == '$' && skip_spaces(t, i + 1) > i + 1) prompt = skip_spaces(t, i + 1);
        lines.push_back({n, std::string(t.substr(prompt)), static_cast<uint32_t>(prompt)});
      }
    } else if (tr.size() >= 3 && (tr[0] == '`' || tr[0] == '~') && tr[1] == tr[0] && tr[2] == tr[0]) {
      size_t f = 3;
      while (f < tr.size() && tr[f] == tr[0]) ++f;
      size_t i = skip_spaces(tr, f), e = i;
      while (e < tr.size() && (is_alnum(tr[e]) || tr[e] == '-' || tr[e] == '_')) ++e;
      std::string info = ascii_lower(tr.substr(i, e - i));
      fch = tr[0];
      flen = f;
      lines.clear();
      take = std::find(std::begin(kShellish), std::end(kShellish), info) != std::end(kShellish);
    }
  }
}

void github_blocks(const Document& doc, std::vector<ShellBlock>* blocks) {
  const Node* root = doc.tree();
  if (!root || !root->is_map()) return;
  auto steps_of = [&](const Node* steps, const Node* job, const std::string* job_id) {
    if (!steps || !steps->is_seq()) return;
    for (size_t si = 0; si < steps->entries.size(); ++si) {
      const Node* step = steps->entries[si].value;
      if (step->type == NodeType::null) break;  // ipairs stops at the first nil
      if (!step->is_map() || !present(step->get("run"))) continue;
      ShellBlock b;
      b.scope = (job_id ? *job_id : std::string()) + "#" + std::to_string(si + 1);
      b.step = step;
      b.job = job;
      if (job_id) b.job_id = *job_id, b.has_job_id = true;
      b.lines = shell_logical_lines(shell_value_lines(doc, *step, "run"));
      blocks->push_back(std::move(b));
    }
  };
  const Node* jobs = root->get("jobs");
  if (jobs && jobs->is_map())
    for (const Entry& e : jobs->entries)
      if (e.value->is_map()) steps_of(e.value->get("steps"), e.value, &e.key);
  const Node* runs = root->get("runs");  // a composite action
  if (runs && runs->is_map()) steps_of(runs->get("steps"), nullptr, nullptr);
}

void gitlab_blocks(const Document& doc, std::vector<ShellBlock>* blocks) {
  const Node* root = doc.tree();
  if (!root || !root->is_map()) return;
  // Top-level keys that are not jobs; `default:` is read like a job on purpose (see shell.lua).
  static const std::string_view kReserved[] = {"stages", "variables",     "include",      "workflow", "image",
                                               "services", "cache",       "before_script", "after_script", "spec"};
  for (const Entry& e : root->entries) {
    if (e.key == "before_script" || e.key == "after_script") {
      blocks->push_back({"(global)", nullptr, nullptr, {}, false, shell_logical_lines(shell_value_lines(doc, *root, e.key))});
    } else if (e.value->is_map() && std::find(std::begin(kReserved), std::end(kReserved), e.key) == std::end(kReserved)) {
      for (std::string_view sk : {"before_script", "script", "after_script"}) {
        if (!present(e.value->get(sk))) continue;
        blocks->push_back({e.key, nullptr, e.value, e.key, true, shell_logical_lines(shell_value_lines(doc, *e.value, sk))});
      }
    }
  }
}

// Azure Pipelines replaces `$(Build.SourcesDirectory)`, `$(imageTag)` in a script before it runs: a macro, not a
// command substitution. Rewritten in place as `${...}` (same length, so columns hold) when the name has a dot or
// a capital letter, as Azure's variables do; `$(date)` and `$(pwd)` stay commands.
void azure_macros_as_variables(std::string* line) {
  std::string& t = *line;
  for (size_t i = 0; i + 3 < t.size(); ++i) {
    if (t[i] != '$' || t[i + 1] != '(' || !(is_alpha(t[i + 2]) || t[i + 2] == '_')) continue;
    size_t e = i + 2;
    bool azure = false;
    while (e < t.size() && (is_alnum(t[e]) || t[e] == '_' || t[e] == '.')) {
      azure = azure || t[e] == '.' || (t[e] >= 'A' && t[e] <= 'Z');
      ++e;
    }
    if (e < t.size() && t[e] == ')' && azure) t[i + 1] = '{', t[e] = '}';
  }
}

// Azure Pipelines and Bitbucket Pipelines: every value under one of `keys` (the keys that hold a shell script in
// the dialect), wherever the file nests it: stages, jobs, deployment strategies and task inputs; pipelines,
// parallel groups and step definitions. A step an anchor reuses is read once (only files with aliases share nodes,
// and only they need the set).
void keyed_blocks(const Document& doc, std::initializer_list<std::string_view> keys, std::vector<ShellBlock>* blocks) {
  const Node* root = doc.tree();
  if (!root) return;
  std::unordered_set<const Node*> seen;
  std::vector<const Node*> stack{root};
  while (!stack.empty()) {
    const Node* n = stack.back();
    stack.pop_back();
    if (!n || n->is_scalar() || (doc.shares_nodes && !seen.insert(n).second)) continue;
    if (n->is_map())
      for (std::string_view k : keys)
        if (const Node* v = present(n->get(k)); v && (v->is_string() || v->is_seq())) {
          std::vector<ShellLine> lines = shell_value_lines(doc, *n, k);
          if (doc.kind == "azure-pipelines")
            for (ShellLine& l : lines) azure_macros_as_variables(&l.text);
          blocks->push_back({"(line " + std::to_string(v->span.line) + ")", nullptr, nullptr, {}, false,
                             shell_logical_lines(lines)});
        }
    for (auto it = n->entries.rbegin(); it != n->entries.rend(); ++it) stack.push_back(it->value);
  }
}

}  // namespace

std::vector<ShellLine> shell_value_lines(const Document& doc, const Node& map, std::string_view key) {
  std::vector<ShellLine> out;
  const Entry* e = map.entry(key);
  if (!e || !e->value) return out;
  const Span& ks = e->key_span;
  const Span& vs = e->value->span;
  const SourceText& src = *doc.source;
  const uint32_t base = ks.col - 1;
  const uint32_t last = std::max(vs.end_line, ks.line);
  const uint32_t count = src.visible_line_count();
  // Items written as plain scalars over several lines (`- /kaniko/executor` with its options on the lines below):
  // YAML folds them into one line, and so does the shell that runs it. Each is one line here, at its first.
  std::vector<const Node*> folded;
  if (e->value->is_seq())
    for (const Entry& item : e->value->entries)
      if (const Node* v = item.value; v && v->is_string() && !v->quoted && v->span.end_line > v->span.line)
        folded.push_back(v);
  size_t next_folded = 0;
  for (uint32_t n = ks.line; n <= last; ++n) {
    if (next_folded < folded.size() && n >= folded[next_folded]->span.line) {
      const Node* v = folded[next_folded++];
      out.push_back({n, v->text, v->span.col - 1});
      n = v->span.end_line;
      continue;
    }
    std::string_view line = n >= 1 && n <= count ? src.line(n) : std::string_view{};
    if (n > ks.line) {
      // the value ends at the first line indented no deeper than the key (an item "- " may share its column)
      size_t ind = line.find_first_not_of(' ');
      if (ind == std::string_view::npos) ind = line.size();
      bool rest = ind < line.size();
      // A comment line ends nothing, however little it is indented (a `# step 1` at column 0 inside `script:`).
      if (rest && ind <= base && line[ind] == '#' && n < last) continue;
      if (rest && ind < base) break;
      if (rest && ind == base && line[ind] != '-') break;
    }
    std::string_view t;
    uint32_t off = 0;
    if (clean_yaml_line(line, n == ks.line, ks.end_col, &t, &off)) out.push_back({n, std::string(t), off});
  }
  return out;
}

std::vector<ShellLine> shell_logical_lines(const std::vector<ShellLine>& lines) {
  std::vector<ShellLine> out;
  std::string heredoc;
  bool in_heredoc = false, have = false;
  ShellLine acc;
  for (const ShellLine& l : lines) {
    std::string_view t = l.text;
    if (in_heredoc) {
      if (trim(t) == heredoc) in_heredoc = false;
    } else if (have) {
      acc.text += ' ';
      acc.text += t.substr(skip_spaces(t, 0));
    } else {
      size_t i = skip_spaces(t, 0);
      if (i < t.size() && t[i] != '#') {
        acc = l;
        have = true;
      }
    }
    if (have && !in_heredoc) {
      size_t cut = 0;
      if (continues(acc.text, &cut)) {
        acc.text.resize(cut);
      } else {
        if (acc.text.find("<<<") == std::string::npos) {  // a here-string has no body
          std::string_view d = heredoc_delimiter(acc.text);
          if (!d.empty()) heredoc.assign(d), in_heredoc = true;
        }
        out.push_back(std::move(acc));
        acc = ShellLine{};
        have = false;
      }
    }
  }
  if (have) out.push_back(std::move(acc));
  return out;
}

std::vector<ShellBlock> shell_blocks(const Document& doc) {
  std::vector<ShellBlock> blocks;
  const std::string& kind = doc.kind;
  const SourceText& src = *doc.source;
  if (kind == "github-actions") {
    github_blocks(doc, &blocks);
  } else if (kind == "gitlab-ci") {
    gitlab_blocks(doc, &blocks);
  } else if (kind == "azure-pipelines") {
    // `- script:`, `- bash:`, Bash@3 and CmdLine@2 `inputs.script`, AzureCLI@2 `inputs.inlineScript`
    keyed_blocks(doc, {"script", "bash", "inlineScript"}, &blocks);
  } else if (kind == "bitbucket-pipelines") {
    keyed_blocks(doc, {"script", "after-script"}, &blocks);
  } else if (kind == "shell") {
    std::vector<ShellLine> lines;
    for (uint32_t n = 1, count = src.visible_line_count(); n <= count; ++n) {
      std::string_view t = src.line(n);
      if (!(n == 1 && t.substr(0, 2) == "#!")) lines.push_back({n, std::string(t), 0});
    }
    blocks.push_back({"(file)", nullptr, nullptr, {}, false, shell_logical_lines(lines)});
  } else if (kind == "makefile") {
    // recipe lines only (they start with a tab); @, - and + prefixes are make's, $$ is make's escape for $
    std::vector<ShellLine> lines;
    for (uint32_t n = 1, count = src.visible_line_count(); n <= count; ++n) {
      std::string_view t = src.line(n);
      if (t.empty() || t[0] != '\t') continue;
      size_t lead = 1;
      while (lead < t.size() && (t[lead] == '@' || t[lead] == '-' || t[lead] == '+' || is_space(t[lead]))) ++lead;
      std::string body;
      for (size_t i = lead; i < t.size(); ++i) {
        body += t[i];
        if (t[i] == '$' && i + 1 < t.size() && t[i + 1] == '$') ++i;
      }
      lines.push_back({n, std::move(body), static_cast<uint32_t>(lead)});
    }
    blocks.push_back({"(file)", nullptr, nullptr, {}, false, shell_logical_lines(lines)});
  } else if (kind == "markdown") {
    markdown_blocks(doc, &blocks);
  }
  return blocks;
}

namespace {

struct ShellWord {
  std::string text;
  int col;  // 1-based
};
struct ShellRaw {
  std::vector<ShellWord> words;
  std::string op;
};

bool shell_ident_start(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_'; }
bool shell_ident(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// NAME=value: the length of NAME, or 0 when x does not start with an assignment.
size_t shell_assignment(std::string_view x) {
  if (x.empty() || !shell_ident_start(x[0])) return 0;
  size_t k = 1;
  while (k < x.size() && shell_ident(x[k])) ++k;
  return k < x.size() && x[k] == '=' ? k : 0;
}

std::vector<ShellRaw> shell_tokens(std::string_view s) {
  std::vector<ShellRaw> raw;
  ShellRaw cur;
  std::string word;
  bool in_word = false;
  int wstart = 0;
  // Where the word's last piece began, and whether that piece was a run of ordinary characters: a "$" before
  // "(" is dropped only when it ends such a run or is a piece of its own.
  size_t last_piece = std::string::npos;
  bool last_was_run = false;
  size_t n = s.size(), i = 0;
  auto piece = [&](std::string_view p, bool run) {
    last_piece = word.size();
    last_was_run = run;
    word.append(p);
  };
  auto start_word = [&] {
    if (!in_word) in_word = true, wstart = static_cast<int>(i) + 1;
  };
  auto end_word = [&] {
    if (in_word) cur.words.push_back({word, wstart});
    word.clear();
    in_word = false;
    last_piece = std::string::npos;
  };
  auto end_cmd = [&](std::string op) {
    end_word();
    cur.op = std::move(op);
    raw.push_back(std::move(cur));
    cur = ShellRaw();
  };
  auto ends_in_dollar = [&] {
    if (last_piece == std::string::npos) return false;
    std::string_view p = std::string_view(word).substr(last_piece);
    return p == "$" || (last_was_run && !p.empty() && p.back() == '$');
  };
  static constexpr std::string_view kSpecial = " \t'\"\\#&|;()`";
  while (i < n) {
    char c = s[i];
    char next = i + 1 < n ? s[i + 1] : '\0';
    if (c == '\'') {
      start_word();
      size_t j = s.find('\'', i + 1);
      if (j == std::string_view::npos) j = n;
      piece(s.substr(i + 1, j - i - 1), false);
      i = j + 1;
    } else if (c == '"') {
      start_word();
      size_t j = i + 1;
      while (j < n) {
        char d = s[j];
        if (d == '\\' && j + 1 < n) {
          piece(s.substr(j + 1, 1), false);
          j += 2;
        } else if (d == '"') {
          break;
        } else {
          piece(s.substr(j, 1), false);
          ++j;
        }
      }
      i = j + 1;
    } else if (c == '\\') {
      start_word();
      piece(i + 1 < n ? s.substr(i + 1, 1) : std::string_view(), false);
      i += 2;
    } else if (c == ' ' || c == '\t') {
      end_word();
      ++i;
    } else if (c == '#' && !in_word) {
      break;
    } else if ((c == '&' && next == '&') || (c == '|' && next == '|')) {
      end_cmd(std::string(s.substr(i, 2)));
      i += 2;
    } else if (c == '&' && ((i > 0 && (s[i - 1] == '>' || s[i - 1] == '<')) || next == '>')) {
      // a redirection (2>&1, &>file): part of a word, not the background operator
      start_word();
      piece("&", false);
      ++i;
    } else if (c == '|' || c == ';' || c == '&') {
      end_cmd(std::string(1, c));
      ++i;
    } else if (c == '(' && in_word && ends_in_dollar() && i + 2 < n && shell_ident(s[i + 1]) &&
               [&] {
                 size_t j = i + 1;
                 while (j < n && shell_ident(s[j])) ++j;
                 return j < n && s[j] == ')';
               }()) {
      // $(VAR): a make variable or a one-word substitution stays in its word
      size_t j = i + 1;
      while (s[j] != ')') ++j;
      piece(s.substr(i, j + 1 - i), false);
      i = j + 1;
    } else if (c == '(' || c == ')' || c == '`') {
      if (in_word && ends_in_dollar()) word.pop_back();
      end_cmd(";");
      ++i;
    } else {
      size_t j = s.find_first_of(kSpecial, i + 1);
      if (j == std::string_view::npos) j = n;
      start_word();
      piece(s.substr(i, j - i), true);
      i = j;
    }
  }
  end_cmd("");
  return raw;
}

}  // namespace

std::vector<ShellCommand> split_shell_commands(std::string_view line) {
  static const std::unordered_set<std::string_view> kCond = {"if", "elif", "while", "until"};
  static const std::unordered_set<std::string_view> kDrop = {"then", "do", "else", "!", "{", "}", "time",
                                                             "exec", "sudo", "nohup", "fi", "done"};
  std::vector<ShellCommand> out;
  bool in_cond = false;
  for (const ShellRaw& r : shell_tokens(line)) {
    const auto& w = r.words;
    size_t k = 0;
    ShellCommand c;
    while (k < w.size()) {
      std::string_view x = w[k].text;
      if (kCond.count(x)) {
        in_cond = true;
        ++k;
      } else if (x == "then" || x == "do") {
        in_cond = false;
        ++k;
      } else if (kDrop.count(x)) {
        ++k;
      } else if (x == "env" && k + 1 < w.size() && shell_assignment(w[k + 1].text)) {
        ++k;
      } else if (size_t nl = shell_assignment(x)) {
        c.env.emplace_back(std::string(x.substr(0, nl)), std::string(x.substr(nl + 1)));
        if (!c.col) c.col = w[k].col;
        ++k;
      } else {
        break;
      }
    }
    bool has_name = k < w.size();
    if (!has_name && c.env.empty()) {
      // a keyword-only command: keep the operator chain intact
      if (!out.empty() && !r.op.empty()) out.back().op = r.op;
      continue;
    }
    if (has_name) {
      c.name = w[k].text;
      if (!c.col) c.col = w[k].col;
      size_t slash = c.name.find_last_of('/');
      c.base = slash == std::string::npos || slash + 1 == c.name.size() ? c.name : c.name.substr(slash + 1);
      for (size_t m = k + 1; m < w.size(); ++m) c.args.push_back(w[m].text);
    }
    c.op = r.op;
    c.cond = in_cond;
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace tollgate
