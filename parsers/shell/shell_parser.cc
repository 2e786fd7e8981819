// Shell scripts via tree-sitter-bash: the root is a seq of the simple commands, in source order, flattened out
// of pipelines, lists, subshells, groups, conditionals, loops, functions and substitutions
// (docs/document-model.md, "Shell").
//
// Choices the model page leaves open, made here:
// - A command's span and `text` run from its first word (or env prefix) to its last argument or redirect, so
//   `curl x > /dev/null` keeps its redirect; a heredoc's body is never part of it, nor a command.
// - `next` is the operator written after the command. The last command inside a subshell or `{ }` group that
//   has nothing after it inherits the operator after the group, so `(make test) || true` shows `||` on make;
//   conditionals and loops do not pass theirs in. `|&` counts as `|`; `;;` and a newline as "".
// - `pipeline` numbers pipelines in the order they start; a lone command is a pipeline of one. The commands of
//   a subshell or group that is itself one stage of a pipeline get their own pipeline ids.
// - `export`, `local`, `declare`, `readonly`, `typeset` and `unset` are commands named by their keyword, with
//   each assignment as one argument (`export A="x y"` has args ["A=x y"]). `[ ... ]` and `[[ ... ]]` tests are
//   not commands (the grammar gives them no words), but substitutions inside them are walked.
// - A syntax error keeps the file: commands found anywhere, even inside the error region, are kept, and
//   ParseResult.error names the first ERROR (or MISSING) node. Nesting deeper than kMaxDepth stops the walk
//   with the same kind of error, keeping the commands found so far.
#include <tree_sitter/api.h>

#include <chrono>
#include <cstring>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "parsers/text_util.h"
#include "tollgate/parsers.h"

extern "C" const TSLanguage* tree_sitter_bash();

namespace tollgate {

namespace {

enum class K : uint8_t {
  other,
  command,
  command_name,
  command_substitution,
  comment,
  compound_statement,
  concatenation,
  declaration_command,
  file_redirect,
  heredoc_body,
  heredoc_redirect,
  heredoc_start,
  herestring_redirect,
  list,
  negated_command,
  number,
  pipeline,
  raw_string,
  redirected_statement,
  string,
  string_content,
  subshell,
  unset_command,
  variable_assignment,
  variable_assignments,
  variable_name,
  word,
  // Nodes that only pass the walk through to their children without adding a level of nesting.
  case_item,
  do_group,
  elif_clause,
  else_clause,
};

struct KindName {
  const char* name;
  K kind;
};

constexpr KindName kKindNames[] = {
    {"command", K::command},
    {"command_name", K::command_name},
    {"command_substitution", K::command_substitution},
    {"comment", K::comment},
    {"compound_statement", K::compound_statement},
    {"concatenation", K::concatenation},
    {"declaration_command", K::declaration_command},
    {"file_redirect", K::file_redirect},
    {"heredoc_body", K::heredoc_body},
    {"heredoc_redirect", K::heredoc_redirect},
    {"heredoc_start", K::heredoc_start},
    {"herestring_redirect", K::herestring_redirect},
    {"list", K::list},
    {"negated_command", K::negated_command},
    {"number", K::number},
    {"pipeline", K::pipeline},
    {"raw_string", K::raw_string},
    {"redirected_statement", K::redirected_statement},
    {"string", K::string},
    {"string_content", K::string_content},
    {"subshell", K::subshell},
    {"unset_command", K::unset_command},
    {"variable_assignment", K::variable_assignment},
    {"variable_assignments", K::variable_assignments},
    {"variable_name", K::variable_name},
    {"word", K::word},
    {"case_item", K::case_item},
    {"do_group", K::do_group},
    {"elif_clause", K::elif_clause},
    {"else_clause", K::else_clause},
};

struct Grammar {
  std::vector<K> kinds;  // symbol id -> kind; comparing ids beats comparing ts_node_type strings
  TSFieldId f_argument, f_name, f_value, f_body, f_redirect, f_operator, f_right;
};

const Grammar& grammar() {
  static const Grammar g = [] {
    const TSLanguage* lang = tree_sitter_bash();
    Grammar g;
    g.kinds.assign(ts_language_symbol_count(lang), K::other);
    for (TSSymbol s = 0; s < g.kinds.size(); ++s) {
      if (ts_language_symbol_type(lang, s) != TSSymbolTypeRegular) continue;
      const char* name = ts_language_symbol_name(lang, s);
      for (const KindName& kn : kKindNames)
        if (std::strcmp(kn.name, name) == 0) g.kinds[s] = kn.kind;
    }
    auto field = [&](const char* n) { return ts_language_field_id_for_name(lang, n, std::strlen(n)); };
    g.f_argument = field("argument");
    g.f_name = field("name");
    g.f_value = field("value");
    g.f_body = field("body");
    g.f_redirect = field("redirect");
    g.f_operator = field("operator");
    g.f_right = field("right");
    return g;
  }();
  return g;
}

struct ParserDeleter {
  void operator()(TSParser* p) const { ts_parser_delete(p); }
};
struct TreeDeleter {
  void operator()(TSTree* t) const { ts_tree_delete(t); }
};

TSParser* thread_parser() {
  thread_local std::unique_ptr<TSParser, ParserDeleter> parser = [] {
    std::unique_ptr<TSParser, ParserDeleter> p(ts_parser_new());
    ts_parser_set_language(p.get(), tree_sitter_bash());
    return p;
  }();
  return parser.get();
}

struct Deadline {
  std::chrono::steady_clock::time_point at;
};

bool past_deadline(TSParseState* state) {
  return std::chrono::steady_clock::now() > static_cast<Deadline*>(state->payload)->at;
}

const char* read_string(void* payload, uint32_t byte, TSPoint, uint32_t* bytes_read) {
  const std::string& s = *static_cast<const std::string*>(payload);
  if (byte >= s.size()) {
    *bytes_read = 0;
    return "";
  }
  *bytes_read = static_cast<uint32_t>(s.size() - byte);
  return s.data() + byte;
}

// Tree-sitter's error recovery is not provably linear on adversarial input; a generous deadline (10 s plus
// 5 s per MiB; these grammars parse ~1 MiB/s, slower on very large files) turns a pathological parse into an
// error instead of a hang.
TSTree* parse_tree(const std::string& bytes) {
  TSParser* parser = thread_parser();
  Deadline deadline{std::chrono::steady_clock::now() + std::chrono::seconds(10) +
                    std::chrono::milliseconds(bytes.size() / 200)};
  TSInput input{const_cast<std::string*>(&bytes), read_string, TSInputEncodingUTF8, nullptr};
  TSParseOptions options{&deadline, past_deadline};
  TSTree* tree = ts_parser_parse_with_options(parser, nullptr, input, options);
  // A cancelled parse leaves state behind for resumption; the next file must start afresh.
  if (!tree) ts_parser_reset(parser);
  return tree;
}


// The first ERROR or MISSING node in document order. Iterative, so a degenerate tree cannot exhaust the stack.
bool first_error(TSNode root, TSNode* out) {
  if (!ts_node_has_error(root)) return false;
  TSTreeCursor c = ts_tree_cursor_new(root);
  bool found = false;
  for (;;) {
    TSNode n = ts_tree_cursor_current_node(&c);
    if (ts_node_is_error(n) || ts_node_is_missing(n)) {
      *out = n;
      found = true;
      break;
    }
    if (ts_node_has_error(n) && ts_tree_cursor_goto_first_child(&c)) continue;
    bool moved = false;
    while (!(moved = ts_tree_cursor_goto_next_sibling(&c)))
      if (!ts_tree_cursor_goto_parent(&c)) break;
    if (!moved) break;
  }
  ts_tree_cursor_delete(&c);
  return found;
}

struct Child {
  TSNode node;
  K kind;
  TSFieldId field;
};

// The operator after a command (or "" with an empty span where it ends).
struct Next {
  std::string_view op;
  uint32_t begin = 0, end = 0;
};

std::string_view operator_text(std::string_view tok) {
  if (tok == "|" || tok == "|&") return "|";
  if (tok == "&&" || tok == "||" || tok == ";" || tok == "&") return tok;
  return {};
}

// Backslash removal outside quotes: `\x` is x, and a backslash-newline joins lines.
void unescape_bare(std::string_view s, std::string* out) {
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size()) {
      ++i;
      if (s[i] == '\n') continue;
      if (s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n') {
        ++i;
        continue;
      }
    }
    out->push_back(s[i]);
  }
}

// Inside double quotes a backslash only escapes $ ` " \ and newline.
void unescape_double(std::string_view s, std::string* out) {
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size()) {
      char e = s[i + 1];
      if (e == '$' || e == '`' || e == '"' || e == '\\') {
        out->push_back(e);
        ++i;
        continue;
      }
      if (e == '\n') {
        ++i;
        continue;
      }
    }
    out->push_back(s[i]);
  }
}

struct Walker {
  const SourceText& src;
  Document& doc;
  const Grammar& g;
  Node* root;
  TSTreeCursor cursor;
  std::optional<ParseError> error = std::nullopt;
  int next_pipeline = 0;
  std::deque<std::vector<Child>> pool{};  // reused child lists, one per recursion level; stable addresses
  size_t pool_used = 0;

  K kind(TSNode n) const {
    TSSymbol s = ts_node_symbol(n);
    return s < g.kinds.size() ? g.kinds[s] : K::other;
  }
  std::string_view text(TSNode n) const { return src.view(ts_node_start_byte(n), ts_node_end_byte(n)); }
  std::string_view text(uint32_t b, uint32_t e) const { return src.view(b, e); }

  std::vector<Child>& children(TSNode n) {
    if (pool_used == pool.size()) pool.emplace_back();
    std::vector<Child>& out = pool[pool_used++];
    out.clear();
    ts_tree_cursor_reset(&cursor, n);
    if (ts_tree_cursor_goto_first_child(&cursor)) {
      do {
        TSNode c = ts_tree_cursor_current_node(&cursor);
        K k = kind(c);
        if (k != K::comment) out.push_back({c, k, ts_tree_cursor_current_field_id(&cursor)});
      } while (ts_tree_cursor_goto_next_sibling(&cursor));
    }
    return out;
  }
  void release() { --pool_used; }

  bool too_deep(int depth, TSNode at) {
    if (depth <= kMaxDepth) return false;
    if (!error) {
      uint32_t off = ts_node_start_byte(at);
      error = ParseError{"nesting deeper than " + std::to_string(kMaxDepth) + " levels", off, src.span(off, off)};
    }
    return true;
  }

  // ---- words ----

  // The word as the shell would see it after quote removal, or false when it has expansions (then the caller
  // keeps the raw text, since its value is only known at run time).
  bool literal(TSNode n, std::string* out) {
    switch (kind(n)) {
      case K::word:
        unescape_bare(text(n), out);
        return true;
      case K::number:
        out->append(text(n));
        return true;
      case K::raw_string: {
        std::string_view t = text(n);
        if (t.size() >= 2) out->append(t.substr(1, t.size() - 2));
        return true;
      }
      case K::string: {
        uint32_t named = ts_node_named_child_count(n);
        for (uint32_t i = 0; i < named; ++i)
          if (kind(ts_node_named_child(n, i)) != K::string_content) return false;
        std::string_view t = text(n);
        if (t.size() >= 2) unescape_double(t.substr(1, t.size() - 2), out);
        return true;
      }
      case K::concatenation: {
        uint32_t count = ts_node_child_count(n);
        for (uint32_t i = 0; i < count; ++i)
          if (!literal(ts_node_child(n, i), out)) return false;
        return true;
      }
      default:
        return false;
    }
  }

  std::string word(TSNode n) {
    std::string out;
    if (!literal(n, &out)) out.assign(text(n));
    return out;
  }

  Node* string_node(std::string value, uint32_t b, uint32_t e) {
    Node* s = doc.make(NodeType::string, b, e);
    s->text = std::move(value);
    return s;
  }

  static void add(Node* map, const char* key, Node* v) { map->entries.push_back(Entry{key, v->span, v}); }

  // `A=1` as the env key A with its value (quotes removed when literal).
  void assignment(Node* env, TSNode a) {
    TSNode name = ts_node_child_by_field_name(a, "name", 4);
    TSNode value = ts_node_child_by_field_name(a, "value", 5);
    if (ts_node_is_null(name)) return;
    Node* v;
    if (ts_node_is_null(value)) {
      uint32_t end = ts_node_end_byte(a);
      v = string_node("", end, end);
    } else {
      v = string_node(word(value), ts_node_start_byte(value), ts_node_end_byte(value));
    }
    env->entries.push_back(Entry{std::string(text(name)), src.span(ts_node_start_byte(name), ts_node_end_byte(name)), v});
  }

  // `A="x y"` as one argument of export/local: the name, `=` and the value after quote removal.
  std::string assignment_word(TSNode a) {
    TSNode value = ts_node_child_by_field_name(a, "value", 5);
    if (ts_node_is_null(value)) return std::string(text(a));
    std::string out(text(ts_node_start_byte(a), ts_node_start_byte(value)));
    std::string v;
    if (literal(value, &v)) return out + v;
    return std::string(text(a));
  }

  // ---- commands ----

  struct Parts {
    TSNode node;            // the command-like node
    uint32_t begin, end;    // its text, redirects included
    int pipeline;
    uint32_t pipe_begin, pipe_end;
    Next next;
  };

  int pipeline_id(int pid) { return pid >= 0 ? pid : next_pipeline++; }

  // Emits one command map. `name_node` may be null (a bare assignment), `name_text` overrides the decoded name
  // (a declaration keyword). `args` and `assigns` are the argument nodes and env prefix assignments.
  void emit(const Parts& p, TSNode name_node, std::string_view name_text, const std::vector<TSNode>& args,
            const std::vector<TSNode>& assigns, bool assigns_are_args) {
    Node* cmd = doc.make(NodeType::map, p.begin, p.end);
    Node* name;
    if (!ts_node_is_null(name_node)) {
      TSNode w = name_node;
      if (kind(w) == K::command_name && ts_node_named_child_count(w) == 1) w = ts_node_named_child(w, 0);
      std::string n = name_text.empty() ? word(w) : std::string(name_text);
      name = string_node(std::move(n), ts_node_start_byte(name_node), ts_node_end_byte(name_node));
    } else {
      name = string_node("", p.begin, p.begin);
    }
    add(cmd, "name", name);

    std::vector<TSNode> all_args;
    if (assigns_are_args) all_args = assigns;
    all_args.insert(all_args.end(), args.begin(), args.end());
    uint32_t ab = name->span.end, ae = name->span.end;
    if (!all_args.empty()) ab = ts_node_start_byte(all_args.front()), ae = ts_node_end_byte(all_args.back());
    Node* seq = doc.make(NodeType::seq, ab, ae);
    for (TSNode a : all_args) {
      std::string w = kind(a) == K::variable_assignment ? assignment_word(a) : word(a);
      Node* item = string_node(std::move(w), ts_node_start_byte(a), ts_node_end_byte(a));
      seq->entries.push_back(Entry{std::string(), item->span, item});
    }
    add(cmd, "args", seq);

    add(cmd, "text", string_node(std::string(text(p.begin, p.end)), p.begin, p.end));

    if (!assigns_are_args && !assigns.empty()) {
      Node* env = doc.make(NodeType::map, ts_node_start_byte(assigns.front()), ts_node_end_byte(assigns.back()));
      for (TSNode a : assigns) assignment(env, a);
      add(cmd, "env", env);
    }

    Node* pl = doc.make(NodeType::integer, p.pipe_begin, p.pipe_end);
    pl->text = std::to_string(p.pipeline);
    add(cmd, "pipeline", pl);

    add(cmd, "next", string_node(std::string(p.next.op), p.next.begin, p.next.end));
    root->entries.push_back(Entry{std::string(), cmd->span, cmd});
  }

  // Walks the children of a command-like node for the commands nested in its words ($(...), <(...)).
  void nested(TSNode n, int depth) {
    std::vector<Child>& kids = children(n);
    for (const Child& c : kids) {
      if (!ts_node_is_named(c.node) || c.kind == K::heredoc_body) continue;
      // An assignment inside a command is its env or argument, not a command; only its value can hold one.
      if (c.kind == K::variable_assignment) sequence(c.node, -1, Next{}, false, depth);
      else walk(c.node, -1, Next{}, depth);
    }
    release();
  }

  void command(TSNode n, int pid, Next next, uint32_t text_end, int depth) {
    std::vector<Child>& kids = children(n);
    TSNode name{};
    std::vector<TSNode> args, assigns;
    for (const Child& c : kids) {
      if (c.field == g.f_name) name = c.node;
      else if (c.field == g.f_argument) args.push_back(c.node);
      else if (c.kind == K::variable_assignment && ts_node_is_null(name)) assigns.push_back(c.node);
    }
    release();
    uint32_t b = ts_node_start_byte(n);
    Parts p{n, b, std::max(text_end, ts_node_end_byte(n)), 0, b, 0, next};
    p.pipeline = pipeline_id(pid);
    if (pid < 0) p.pipe_end = p.end;
    else p.pipe_begin = pipe_begin_, p.pipe_end = pipe_end_;
    emit(p, name, {}, args, assigns, false);
    nested(n, depth);
  }

  // export / local / declare / readonly / typeset / unset: the keyword names the command.
  void declaration(TSNode n, int pid, Next next, uint32_t text_end, int depth) {
    std::vector<Child>& kids = children(n);
    TSNode keyword{};
    std::vector<TSNode> args;
    for (const Child& c : kids) {
      if (!ts_node_is_named(c.node)) {
        if (ts_node_is_null(keyword)) keyword = c.node;
      } else if (c.kind != K::file_redirect && c.kind != K::herestring_redirect) {
        args.push_back(c.node);
      }
    }
    release();
    uint32_t b = ts_node_start_byte(n);
    Parts p{n, b, std::max(text_end, ts_node_end_byte(n)), pipeline_id(pid), b, 0, next};
    if (pid < 0) p.pipe_end = p.end;
    else p.pipe_begin = pipe_begin_, p.pipe_end = pipe_end_;
    std::string kw = ts_node_is_null(keyword) ? std::string() : std::string(text(keyword));
    emit(p, keyword, kw, args, {}, false);
    nested(n, depth);
  }

  // `X=1` or `X=1 Y=2` on their own: a command with no name and only env.
  void bare_assignment(TSNode n, int pid, Next next, uint32_t text_end, int depth) {
    std::vector<TSNode> assigns;
    if (kind(n) == K::variable_assignment) {
      assigns.push_back(n);
    } else {
      std::vector<Child>& kids = children(n);
      for (const Child& c : kids)
        if (c.kind == K::variable_assignment) assigns.push_back(c.node);
      release();
    }
    uint32_t b = ts_node_start_byte(n);
    Parts p{n, b, std::max(text_end, ts_node_end_byte(n)), pipeline_id(pid), b, 0, next};
    if (pid < 0) p.pipe_end = p.end;
    else p.pipe_begin = pipe_begin_, p.pipe_end = pipe_end_;
    emit(p, TSNode{}, {}, {}, assigns, false);
    nested(n, depth);
  }

  // The pipeline being walked, for the `pipeline` value's span.
  uint32_t pipe_begin_ = 0, pipe_end_ = 0;

  // A sequence of statements with their separators (program, subshell, group, pipeline, if/loop bodies).
  // `pass` lets the last statement with nothing written after it inherit `trailing`.
  void sequence(TSNode n, int pid, Next trailing, bool pass, int depth) {
    std::vector<Child>& kids = children(n);
    for (size_t i = 0; i < kids.size() && !error; ++i) {
      const Child& c = kids[i];
      if (!ts_node_is_named(c.node) || c.kind == K::heredoc_body) continue;
      Next next;
      next.begin = next.end = ts_node_end_byte(c.node);
      bool later_named = false;
      for (size_t j = i + 1; j < kids.size(); ++j)
        if (ts_node_is_named(kids[j].node)) {
          later_named = true;
          break;
        }
      std::string_view op = i + 1 < kids.size() && !ts_node_is_named(kids[i + 1].node)
                                ? operator_text(text(kids[i + 1].node))
                                : std::string_view();
      if (!op.empty()) {
        next = Next{op, ts_node_start_byte(kids[i + 1].node), ts_node_end_byte(kids[i + 1].node)};
      } else if (pass && !later_named) {
        next = trailing;
      }
      walk(c.node, pid, next, depth);
    }
    release();
  }

  // `a && b || c` nests to the left; flatten it so a long chain is not deep recursion.
  void list(TSNode n, int depth, Next trailing) {
    std::vector<std::pair<TSNode, Next>> operands;
    TSNode cur = n;
    Next after = trailing;
    for (;;) {
      uint32_t count = ts_node_child_count(cur);
      TSNode left{}, op{}, right{};
      int named = 0;
      for (uint32_t i = 0; i < count; ++i) {
        TSNode c = ts_node_child(cur, i);
        if (kind(c) == K::comment) continue;
        if (ts_node_is_named(c)) (named++ == 0 ? left : right) = c;
        else if (ts_node_is_null(op)) op = c;
      }
      if (!ts_node_is_null(right)) operands.emplace_back(right, after);
      if (ts_node_is_null(left)) break;
      after = ts_node_is_null(op) ? Next{} : Next{operator_text(text(op)), ts_node_start_byte(op), ts_node_end_byte(op)};
      if (after.op.empty()) after.begin = after.end = ts_node_end_byte(left);
      if (kind(left) != K::list) {
        operands.emplace_back(left, after);
        break;
      }
      cur = left;
    }
    for (auto it = operands.rbegin(); it != operands.rend() && !error; ++it) walk(it->first, -1, it->second, depth);
  }

  // `cmd args > file`, `cmd <<EOF | next`, `cmd <<EOF && next`: the grammar hangs what follows a heredoc
  // marker inside the heredoc redirect, so the command's operator and the rest of its pipeline or list are
  // found there.
  void redirected(TSNode n, int pid, Next trailing, int depth) {
    std::vector<Child>& kids = children(n);
    TSNode body{};
    uint32_t text_end = 0;
    TSNode heredoc_pipeline{}, heredoc_op{}, heredoc_right{};
    for (const Child& c : kids) {
      if (c.field == g.f_body) {
        body = c.node;
        continue;
      }
      if (c.kind == K::heredoc_redirect) {
        std::vector<Child>& hk = children(c.node);
        for (const Child& h : hk) {
          if (h.kind == K::heredoc_body) break;
          if (h.kind == K::pipeline) heredoc_pipeline = h.node;
          else if (h.field == g.f_operator) heredoc_op = h.node;
          else if (h.field == g.f_right) heredoc_right = h.node;
          else if (ts_node_is_null(heredoc_pipeline) && ts_node_is_null(heredoc_op))
            text_end = std::max(text_end, ts_node_end_byte(h.node));
        }
        release();
      } else if (ts_node_is_named(c.node)) {
        text_end = std::max(text_end, ts_node_end_byte(c.node));
      }
    }
    release();
    if (ts_node_is_null(body)) {
      nested(n, depth);
      return;
    }
    Next next = trailing;
    int body_pid = pid;
    uint32_t pb = pipe_begin_, pe = pipe_end_;
    if (!ts_node_is_null(heredoc_pipeline)) {
      body_pid = pipeline_id(pid);
      if (pid < 0) pipe_begin_ = ts_node_start_byte(n), pipe_end_ = ts_node_end_byte(heredoc_pipeline);
      next = Next{"|", 0, 0};
      TSNode bar = ts_node_child(heredoc_pipeline, 0);
      next.begin = ts_node_start_byte(bar), next.end = ts_node_end_byte(bar);
    } else if (!ts_node_is_null(heredoc_op)) {
      next = Next{operator_text(text(heredoc_op)), ts_node_start_byte(heredoc_op), ts_node_end_byte(heredoc_op)};
    }
    walk_with_end(body, body_pid, next, text_end, depth);
    if (!ts_node_is_null(heredoc_pipeline) && !error) sequence(heredoc_pipeline, body_pid, trailing, true, depth);
    pipe_begin_ = pb, pipe_end_ = pe;
    if (!ts_node_is_null(heredoc_right) && !error) walk(heredoc_right, -1, trailing, depth);
    // Substitutions in the redirect targets (`> "$(mktemp)"`) run too; the heredoc body is skipped by nested().
    for (const Child& c : children(n)) {
      if (c.field != g.f_body && ts_node_is_named(c.node) && c.kind != K::heredoc_redirect) walk(c.node, -1, Next{}, depth);
    }
    release();
  }

  void walk_with_end(TSNode n, int pid, Next next, uint32_t text_end, int depth) {
    switch (kind(n)) {
      case K::command: return command(n, pid, next, text_end, depth);
      case K::declaration_command:
      case K::unset_command: return declaration(n, pid, next, text_end, depth);
      case K::variable_assignment:
      case K::variable_assignments: return bare_assignment(n, pid, next, text_end, depth);
      default: return walk(n, pid, next, depth);
    }
  }

  void walk(TSNode n, int pid, Next next, int depth) {
    if (error) return;
    K k = kind(n);
    switch (k) {
      case K::command:
      case K::declaration_command:
      case K::unset_command:
      case K::variable_assignment:
      case K::variable_assignments:
        return walk_with_end(n, pid, next, 0, depth);
      case K::heredoc_body:
      case K::comment:
        return;
      case K::list:
        return list(n, depth, next);
      case K::pipeline: {
        uint32_t pb = pipe_begin_, pe = pipe_end_;
        pipe_begin_ = ts_node_start_byte(n), pipe_end_ = ts_node_end_byte(n);
        sequence(n, next_pipeline++, next, true, depth);
        pipe_begin_ = pb, pipe_end_ = pe;
        return;
      }
      case K::redirected_statement:
        return redirected(n, pid, next, depth);
      case K::negated_command:
        return sequence(n, pid, next, true, depth);
      // Transparent containers: no new level of nesting (their parent already counted one).
      case K::do_group:
      case K::else_clause:
      case K::elif_clause:
      case K::case_item:
      case K::command_name:
      case K::concatenation:
      case K::string:
      case K::word:
        return sequence(n, -1, Next{}, false, depth);
      case K::subshell:
      case K::compound_statement:
        if (too_deep(depth + 1, n)) return;
        return sequence(n, -1, next, true, depth + 1);
      default:
        if (too_deep(depth + 1, n)) return;
        return sequence(n, -1, Next{}, false, depth + 1);
    }
  }
};

}  // namespace

ParseResult parse_shell(std::shared_ptr<const SourceText> src) {
  ParseResult result;
  const std::string& bytes = src->bytes();
  std::unique_ptr<TSTree, TreeDeleter> tree(parse_tree(bytes));
  if (!tree) {
    result.error = ParseError{"parsing took too long", 0, src->span(0, 0)};
    return result;
  }
  TSNode root = ts_tree_root_node(tree.get());

  auto doc = std::make_unique<Document>();
  doc->source = src;
  doc->format = Format::shell;
  doc->index = 0;
  doc->root = doc->make(NodeType::seq, 0, static_cast<uint32_t>(bytes.size()));

  Walker w{*src, *doc, grammar(), doc->root, ts_tree_cursor_new(root)};
  w.sequence(root, -1, Next{}, false, 0);
  ts_tree_cursor_delete(&w.cursor);

  TSNode bad;
  if (first_error(root, &bad)) {
    uint32_t at = ts_node_start_byte(bad);
    std::string msg;
    if (ts_node_is_missing(bad)) {
      msg = std::string("could not parse shell syntax: missing '") + ts_node_type(bad) + "'";
    } else {
      std::string ex = error_excerpt(src->view(at, ts_node_end_byte(bad)));
      msg = ex.empty() ? "could not parse shell syntax at end of input" : "could not parse shell syntax near '" + ex + "'";
    }
    // The syntax error comes first in the file's story even when the walk also hit the depth limit later.
    if (!w.error || at <= w.error->offset) w.error = ParseError{std::move(msg), at, src->span(at, at)};
  }
  result.error = std::move(w.error);
  result.documents.push_back(std::move(doc));
  return result;
}

}  // namespace tollgate
