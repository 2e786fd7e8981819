// secrets.generic-literal-assignment and secrets.weak-default-credential in source code, read from its syntax tree:
// a string literal assigned to, passed as, or keyed by a secret-like name. The grammars are tree-sitter's, from npm
// (package.json): Python, JavaScript, TypeScript and TSX, Go, Java, C#, Ruby, PHP and PowerShell. Other code
// (Groovy, Kotlin, Rust, ...) and files too large to parse are read line by line (generic_text_secrets.cc).
//
// The tree settles what the line reader can only guess: a literal is a string node with no interpolation in it,
// and a reference is not a string at all. `os.environ["API_KEY"]`, `process.env.TOKEN`, `System.getenv("X")`,
// `vault.read("secret/db")` and `config.get("password")` hold strings, but in a call's arguments or a subscript,
// never in the value place of a secret-named binding, so they are not findings. Comments and docstrings hold no
// string nodes at all.
//
// One walk over the tree in document order, keeping the path of ancestors (a node's parent is a stack slot, not a
// search from the root). For each string node the walk climbs through wrappers (parentheses, Go's
// `literal_element`, PowerShell's one-child expression chain, an argument without a name) to the node that says
// what the string is:
//   - a binding (assignment, declaration, key/value pair, keyword or named argument, field, default parameter):
//     the string is in its value place, and its name is the binding's name (`self.db_password`, `$this->secret`,
//     `cfg["token"]` and `@api_key` name `db_password`, `secret`, `token`, `api_key`);
//   - an argument of a call: a setter or builder (`setPassword("x")`, `.withApiKey("x")`, Ruby's `password "x"`),
//     a keyed setter (`setProperty("db.password", "x")`, `os.Setenv("TOKEN", "x")`, `define('DB_PASSWORD', 'x')`,
//     `set :password, "x"`), or a library call that takes a password by position (`HTTPBasicAuth("u", "x")`,
//     `new NetworkCredential("u", "x")`, `DriverManager.getConnection(url, "u", "x")`).
// Each value found is judged as the config walk judges one (engine/generic_secrets.h).
#include <array>
#include <chrono>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <tree_sitter/api.h>

#include "engine/generic_secrets.h"
#include "parsers/text_util.h"

extern "C" {
const TSLanguage* tree_sitter_python(void);
const TSLanguage* tree_sitter_javascript(void);
const TSLanguage* tree_sitter_typescript(void);
const TSLanguage* tree_sitter_tsx(void);
const TSLanguage* tree_sitter_go(void);
const TSLanguage* tree_sitter_java(void);
const TSLanguage* tree_sitter_c_sharp(void);
const TSLanguage* tree_sitter_ruby(void);
const TSLanguage* tree_sitter_php(void);
const TSLanguage* tree_sitter_powershell(void);
}

namespace tollgate::generic_secrets {

namespace {

enum class Lang : uint8_t { python, javascript, typescript, tsx, go, java, csharp, ruby, php, powershell, count };

const TSLanguage* language_of(Lang l) {
  switch (l) {
    case Lang::python: return tree_sitter_python();
    case Lang::javascript: return tree_sitter_javascript();
    case Lang::typescript: return tree_sitter_typescript();
    case Lang::tsx: return tree_sitter_tsx();
    case Lang::go: return tree_sitter_go();
    case Lang::java: return tree_sitter_java();
    case Lang::csharp: return tree_sitter_c_sharp();
    case Lang::ruby: return tree_sitter_ruby();
    case Lang::php: return tree_sitter_php();
    case Lang::powershell: return tree_sitter_powershell();
    case Lang::count: break;
  }
  return nullptr;
}

bool language_for_path(std::string_view path, Lang* out) {
  size_t dot = path.rfind('.');
  if (dot == std::string_view::npos || path.find('/', dot) != std::string_view::npos) return false;
  static const std::unordered_map<std::string, Lang> kExt = {
      {"py", Lang::python},      {"pyi", Lang::python},     {"js", Lang::javascript}, {"jsx", Lang::javascript},
      {"mjs", Lang::javascript}, {"cjs", Lang::javascript}, {"ts", Lang::typescript}, {"mts", Lang::typescript},
      {"cts", Lang::typescript}, {"tsx", Lang::tsx},        {"go", Lang::go},         {"java", Lang::java},
      {"cs", Lang::csharp},      {"rb", Lang::ruby},        {"php", Lang::php},       {"ps1", Lang::powershell},
      {"psm1", Lang::powershell}};
  auto it = kExt.find(ascii_lower(path.substr(dot + 1)));
  if (it == kExt.end()) return false;
  *out = it->second;
  return true;
}

// What a node type is to this reader. The names are the grammars' own (node-types.json of each package); one table
// serves every language, since no name means two different things across them.
enum class Role : uint8_t {
  other,
  string,       // a string literal (its content is checked for interpolation)
  content,      // what a literal string holds besides its text: fragments, escapes, delimiters
  binding,      // a name and a value: assignment, declaration, pair, keyword argument, field
  wrapper,      // passes its only named child through: parentheses, Go's literal_element, PowerShell's chain
  list,         // a list of values matched by position to a list of names (`a, b = "x", "y"`)
  argument,     // C# and PHP: a named argument (a binding) or a positional one (a wrapper)
  tuple,        // Python's tuple: requests' `auth=("user", "x")`
  arguments,    // a call's argument list
  call,         // a call, a method invocation, an object creation
  by_line,      // read line by line: a part the parser could not read, a comment (a commented-out credential
                // is still one)
};

const std::unordered_map<std::string_view, Role>& role_names() {
  static const std::unordered_map<std::string_view, Role> k = {
      // Strings.
      {"string", Role::string}, {"template_string", Role::string}, {"interpreted_string_literal", Role::string},
      {"raw_string_literal", Role::string}, {"string_literal", Role::string}, {"verbatim_string_literal", Role::string},
      {"encapsed_string", Role::string},
      {"string_content", Role::content}, {"string_fragment", Role::content}, {"escape_sequence", Role::content},
      {"string_start", Role::content}, {"string_end", Role::content}, {"interpreted_string_literal_content", Role::content},
      {"raw_string_literal_content", Role::content}, {"string_literal_content", Role::content},
      {"expandable_string_literal", Role::content}, {"verbatim_string_characters", Role::content},
      // Bindings. Python, JavaScript/TypeScript, Go, Java, C#, Ruby, PHP, PowerShell.
      {"assignment", Role::binding}, {"keyword_argument", Role::binding}, {"pair", Role::binding},
      {"default_parameter", Role::binding}, {"typed_default_parameter", Role::binding},
      {"variable_declarator", Role::binding}, {"assignment_expression", Role::binding},
      {"field_definition", Role::binding}, {"public_field_definition", Role::binding},
      {"enum_assignment", Role::binding}, {"assignment_pattern", Role::binding},
      {"required_parameter", Role::binding}, {"optional_parameter", Role::binding},
      {"const_spec", Role::binding}, {"var_spec", Role::binding}, {"short_var_declaration", Role::binding},
      {"assignment_statement", Role::binding}, {"keyed_element", Role::binding},
      {"element_value_pair", Role::binding}, {"property_declaration", Role::binding},
      {"anonymous_object_creation_expression", Role::binding}, {"operator_assignment", Role::binding},
      {"array_element_initializer", Role::binding}, {"const_element", Role::binding},
      {"property_element", Role::binding}, {"hash_entry", Role::binding}, {"argument", Role::argument},
      // Wrappers (only when they hold a single named child).
      {"parenthesized_expression", Role::wrapper}, {"literal_element", Role::wrapper},
      {"equals_value_clause", Role::wrapper}, {"unary_expression", Role::wrapper},
      {"array_literal_expression", Role::wrapper}, {"range_expression", Role::wrapper},
      {"format_expression", Role::wrapper}, {"multiplicative_expression", Role::wrapper},
      {"additive_expression", Role::wrapper}, {"comparison_expression", Role::wrapper},
      {"bitwise_expression", Role::wrapper}, {"logical_expression", Role::wrapper},
      {"pipeline_chain", Role::wrapper}, {"pipeline", Role::wrapper}, {"attribute_argument", Role::wrapper},
      // Lists of values and of names.
      {"expression_list", Role::list}, {"pattern_list", Role::list}, {"tuple", Role::tuple},
      // Calls.
      {"argument_list", Role::arguments}, {"arguments", Role::arguments},
      {"call", Role::call}, {"call_expression", Role::call}, {"method_invocation", Role::call},
      {"object_creation_expression", Role::call}, {"invocation_expression", Role::call},
      {"new_expression", Role::call}, {"function_call_expression", Role::call},
      {"member_call_expression", Role::call}, {"scoped_call_expression", Role::call},
      {"ERROR", Role::by_line}, {"comment", Role::by_line}, {"line_comment", Role::by_line},
      {"block_comment", Role::by_line},
  };
  return k;
}

// A grammar's symbols and fields, looked up once: comparing ids beats comparing type names for every node.
struct Grammar {
  const TSLanguage* lang = nullptr;
  std::vector<Role> roles;  // symbol id -> role
  TSFieldId f_left = 0, f_right = 0, f_name = 0, f_value = 0, f_key = 0, f_property = 0, f_pattern = 0,
            f_default_value = 0, f_function = 0, f_method = 0, f_type = 0, f_constructor = 0;

  explicit Grammar(Lang l) : lang(language_of(l)) {
    roles.assign(ts_language_symbol_count(lang), Role::other);
    const auto& names = role_names();
    for (TSSymbol s = 0; s < roles.size(); ++s) {
      if (ts_language_symbol_type(lang, s) != TSSymbolTypeRegular) continue;
      if (auto it = names.find(ts_language_symbol_name(lang, s)); it != names.end()) roles[s] = it->second;
    }
    auto field = [&](const char* n) { return ts_language_field_id_for_name(lang, n, std::strlen(n)); };
    f_left = field("left"), f_right = field("right"), f_name = field("name"), f_value = field("value");
    f_key = field("key"), f_property = field("property"), f_pattern = field("pattern");
    f_default_value = field("default_value"), f_function = field("function"), f_method = field("method");
    f_type = field("type"), f_constructor = field("constructor");
  }

  Role role(TSNode n) const {
    TSSymbol s = ts_node_symbol(n);
    return s < roles.size() ? roles[s] : Role::other;
  }
  bool name_field(TSFieldId f) const {
    return f && (f == f_left || f == f_name || f == f_key || f == f_property || f == f_pattern);
  }
  bool value_field(TSFieldId f) const { return f && (f == f_right || f == f_value || f == f_default_value); }
};

const Grammar& grammar(Lang l) {
  static const std::array<std::unique_ptr<Grammar>, static_cast<size_t>(Lang::count)> all = [] {
    std::array<std::unique_ptr<Grammar>, static_cast<size_t>(Lang::count)> a;
    for (size_t i = 0; i < a.size(); ++i) a[i] = std::make_unique<Grammar>(static_cast<Lang>(i));
    return a;
  }();
  return *all[static_cast<size_t>(l)];
}

struct ParserDeleter {
  void operator()(TSParser* p) const { ts_parser_delete(p); }
};
struct TreeDeleter {
  void operator()(TSTree* t) const { ts_tree_delete(t); }
};

struct Deadline {
  std::chrono::steady_clock::time_point at;
};
bool past_deadline(TSParseState* state) {
  return std::chrono::steady_clock::now() > static_cast<Deadline*>(state->payload)->at;
}

// Tree-sitter's error recovery is not provably linear on hostile input: a deadline (2 s plus 2 s per MiB, several
// times what a real file takes) turns a pathological parse into a fallback to the line reader instead of a hang.
std::unique_ptr<TSTree, TreeDeleter> parse(Lang l, std::string_view bytes) {
  thread_local std::array<std::unique_ptr<TSParser, ParserDeleter>, static_cast<size_t>(Lang::count)> parsers;
  auto& p = parsers[static_cast<size_t>(l)];
  if (!p) {
    p.reset(ts_parser_new());
    ts_parser_set_language(p.get(), grammar(l).lang);
  }
  Deadline deadline{std::chrono::steady_clock::now() + std::chrono::seconds(2) +
                    std::chrono::microseconds(bytes.size() * 2)};
  TSParseOptions options{&deadline, past_deadline};
  TSInput input{const_cast<std::string_view*>(&bytes),
                [](void* payload, uint32_t byte, TSPoint, uint32_t* read) -> const char* {
                  auto* s = static_cast<const std::string_view*>(payload);
                  *read = byte < s->size() ? static_cast<uint32_t>(s->size() - byte) : 0;
                  return byte < s->size() ? s->data() + byte : "";
                },
                TSInputEncodingUTF8, nullptr};
  std::unique_ptr<TSTree, TreeDeleter> tree(ts_parser_parse_with_options(p.get(), nullptr, input, options));
  if (!tree) ts_parser_reset(p.get());  // a cancelled parse keeps state for resumption; the next file starts afresh
  return tree;
}

// Library calls that take a credential by position: the index of the password (or secret) argument.
const std::unordered_map<std::string_view, uint32_t>& credential_calls() {
  static const std::unordered_map<std::string_view, uint32_t> k = {
      {"HTTPBasicAuth", 1}, {"HTTPDigestAuth", 1}, {"HTTPProxyAuth", 1}, {"NetworkCredential", 1},
      {"PasswordAuthentication", 1}, {"UsernamePasswordCredentials", 1}, {"BasicAWSCredentials", 1},
      {"BasicAuth", 1}, {"getConnection", 2}, {"PSCredential", 1}};
  return k;
}

// Calls that store a value under a key given before it: `props.setProperty("db.password", "x")`.
bool keyed_setter(std::string_view function) {
  static const std::unordered_set<std::string> k = {"set", "put", "setproperty", "setenv", "putenv",
                                                    "setenvironmentvariable", "setitem", "setdefault", "define",
                                                    "add", "setvalue", "setstring", "store"};
  return k.count(ascii_lower(function)) > 0;
}

// A line holds a word that names a secret (not only "key" in "monkey"), or a call that takes one.
bool names_secret(std::string_view line) {
  if (!may_be_secret_key(line)) return line.find("getConnection") != std::string_view::npos;
  for (size_t i = 0; i < line.size();) {
    while (i < line.size() && !is_alnum(line[i])) ++i;
    size_t b = i;
    while (i < line.size() && (is_alnum(line[i]) || line[i] == '_' || line[i] == '-' || line[i] == '.')) ++i;
    std::string_view word = line.substr(b, i - b);
    if (secret_key(word) || credential_calls().count(word.substr(word.rfind('.') + 1))) return true;
  }
  return line.find("getConnection") != std::string_view::npos;
}

// Whether a file is worth parsing: some line holds a quoted literal that would be judged a secret or a default
// credential, and that line or one of the three before it names a secret (`password`, `apiKey`, `token`, ...)
// or a call that takes one (getConnection, NetworkCredential: their arguments may take a line each). Most code
// fails this and is never parsed: of this machine's Python and JavaScript libraries, 100 files in 2,874.
bool may_hold_literal_secret(std::string_view text) {
  constexpr int kReach = 3;
  int since_named = kReach + 1;
  for (size_t b = 0; b < text.size();) {
    size_t e = text.find('\n', b);
    if (e == std::string_view::npos) e = text.size();
    std::string_view line = text.substr(b, e - b);
    b = e + 1;
    since_named = names_secret(line) ? 0 : since_named + 1;
    if (since_named > kReach || line.size() > kMaxAssignmentLine) continue;
    for (size_t q = line.find_first_of("\"'`"); q != std::string_view::npos; q = line.find_first_of("\"'`", q)) {
      size_t j = q + 1;
      while (j < line.size() && line[j] != line[q]) j += line[j] == '\\' ? 2 : 1;
      if (j >= line.size()) break;
      std::string_view v = line.substr(q + 1, j - q - 1);
      Judged verdict = judge_string(v, "password");
      if (verdict.verdict == Verdict::weak_default || (verdict.verdict == Verdict::secret && !not_a_literal_secret(v)))
        return true;
      q = j + 1;
    }
  }
  return false;
}

class SourceChecker {
 public:
  SourceChecker(const Document& doc, Lang lang, const ReportFn& report)
      : doc_(doc), text_(doc.source->bytes()), lang_(lang), g_(grammar(lang)), report_(report) {}

  // False when the file could not be parsed in time. Adds the byte ranges to read line by line to *by_line.
  bool run(std::vector<std::pair<uint32_t, uint32_t>>* by_line) {
    auto tree = parse(lang_, text_);
    if (!tree) return false;
    TSTreeCursor c = ts_tree_cursor_new(ts_tree_root_node(tree.get()));
    path_.clear();
    path_.push_back({ts_tree_cursor_current_node(&c), 0});
    for (;;) {
      TSNode n = path_.back().node;
      Role r = g_.role(n);
      bool descend = true;
      if (r == Role::string) {
        check_string();
        descend = false;
      } else if (r == Role::by_line) {
        by_line->push_back({ts_node_start_byte(n), ts_node_end_byte(n)});
        descend = false;
      }
      if (descend && ts_tree_cursor_goto_first_child(&c)) {
        path_.push_back({ts_tree_cursor_current_node(&c), ts_tree_cursor_current_field_id(&c)});
        continue;
      }
      for (;;) {
        if (ts_tree_cursor_goto_next_sibling(&c)) {
          path_.back() = {ts_tree_cursor_current_node(&c), ts_tree_cursor_current_field_id(&c)};
          break;
        }
        if (!ts_tree_cursor_goto_parent(&c)) {
          ts_tree_cursor_delete(&c);
          return true;
        }
        path_.pop_back();
      }
    }
  }

 private:
  struct Step {
    TSNode node;
    TSFieldId field;  // the node's field in its parent
  };

  std::string_view text(TSNode n) const {
    return std::string_view(text_).substr(ts_node_start_byte(n), ts_node_end_byte(n) - ts_node_start_byte(n));
  }

  // A literal's content as bytes of the file: between its opening and closing quotes (a prefix such as r, b, @
  // or f is before the opening one; """ and ''' count as one delimiter). False for strings that interpolate
  // (`f"{x}"`, `` `${x}` ``, `"#{x}"`, `"$x"`) or have no quotes (heredocs, %q()).
  bool literal(TSNode s, uint32_t* b, uint32_t* e) const {
    for (uint32_t i = 0, n = ts_node_named_child_count(s); i < n; ++i) {
      TSNode ch = ts_node_named_child(s, i);
      if (g_.role(ch) != Role::content) return false;
      for (uint32_t j = 0, m = ts_node_named_child_count(ch); j < m; ++j)  // PowerShell: "..." holds `$var`
        if (g_.role(ts_node_named_child(ch, j)) != Role::content) return false;
    }
    std::string_view t = text(s);
    size_t q = t.find_first_of("\"'`");
    if (q == std::string_view::npos || t.size() < q + 2 || t.back() != t[q]) return false;
    size_t run = t.compare(q, 3, std::string(3, t[q])) == 0 && t.size() >= q + 6 ? 3 : 1;
    *b = ts_node_start_byte(s) + static_cast<uint32_t>(q + run);
    *e = ts_node_end_byte(s) - static_cast<uint32_t>(run);
    return *e >= *b;
  }

  // The literal content of a string node, or the name of a symbol (`:password`): what a key argument says.
  std::string_view key_text(TSNode n) const {
    uint32_t b, e;
    if (g_.role(n) == Role::string && literal(n, &b, &e)) return std::string_view(text_).substr(b, e - b);
    std::string_view t = text(n);
    if (t.starts_with(':') && t.size() > 1) return last_name(t);
    return {};
  }

  void check_string() {
    uint32_t vb, ve;
    if (!literal(path_.back().node, &vb, &ve) || ve - vb < 4) return;
    // Climb through wrappers to the node that says what the string is, keeping its position in a list of values.
    size_t at = path_.size() - 1;
    int32_t index = -1;
    for (; at > 0; --at) {
      TSNode parent = path_[at - 1].node;
      Role r = g_.role(parent);
      if (r == Role::argument && !has_field(parent, g_.f_name)) continue;  // positional: the list says the rest
      if (r == Role::wrapper && ts_node_named_child_count(parent) == 1) continue;
      if (r != Role::list || index >= 0) break;
      index = named_index(parent, path_[at].node);
    }
    if (at == 0) return;
    TSNode holder = path_[at].node, parent = path_[at - 1].node;
    switch (g_.role(parent)) {
      case Role::binding:
      case Role::argument: return check_binding(parent, holder, path_[at].field, index, vb, ve);
      case Role::arguments:
        if (at >= 2 && g_.role(path_[at - 2].node) == Role::call) check_call(path_[at - 2].node, parent, holder, vb, ve);
        return;
      case Role::tuple:
        // requests' `auth=("user", "x")`: the second of two strings is the password.
        if (at >= 2 && ts_node_named_child_count(parent) == 2 && named_index(parent, holder) == 1 &&
            g_.role(path_[at - 2].node) == Role::binding && path_[at - 1].field == g_.f_value &&
            binding_name(path_[at - 2].node, parent, -1) == "auth")
          report_value(vb, ve, "password", Given::in_call, "auth");
        return;
      default: return;
    }
  }

  static bool has_field(TSNode n, TSFieldId f) { return f && !ts_node_is_null(ts_node_child_by_field_id(n, f)); }

  // The position of `child` among the named children of `parent`, and their number, comments left out.
  int32_t named_index(TSNode parent, TSNode child) const {
    int32_t at = 0;
    for (uint32_t i = 0, n = ts_node_named_child_count(parent); i < n; ++i) {
      TSNode c = ts_node_named_child(parent, i);
      if (ts_node_eq(c, child)) return at;
      at += g_.role(c) != Role::by_line;
    }
    return -1;
  }
  std::vector<TSNode> named_children(TSNode parent) const {
    std::vector<TSNode> out;
    for (uint32_t i = 0, n = ts_node_named_child_count(parent); i < n; ++i)
      if (TSNode c = ts_node_named_child(parent, i); g_.role(c) != Role::by_line) out.push_back(c);
    return out;
  }

  // The name a binding gives the value `holder` (at `index` of a list of values, or -1): its name field (several
  // in Go's `var a, b = ...`, one list in `a, b = ...`), or in bindings without name fields the named node just
  // before the value: C#'s `new { Token = "x" }`, PHP's `'password' => 'x'` and `const X = 'x'`, PowerShell's
  // `$x = "y"` and `@{ Password = "y" }`. Empty when there is none.
  std::string_view binding_name(TSNode binding, TSNode holder, int32_t index) const {
    std::vector<TSNode> names;
    TSNode before{};
    TSTreeCursor c = ts_tree_cursor_new(binding);
    for (bool more = ts_tree_cursor_goto_first_child(&c); more; more = ts_tree_cursor_goto_next_sibling(&c)) {
      TSNode ch = ts_tree_cursor_current_node(&c);
      if (ts_node_eq(ch, holder)) break;
      if (g_.name_field(ts_tree_cursor_current_field_id(&c))) names.push_back(ch);
      if (ts_node_is_named(ch) && g_.role(ch) != Role::by_line && !std::string_view(ts_node_type(ch)).ends_with("operator"))
        before = ch;
    }
    ts_tree_cursor_delete(&c);
    if (names.size() == 1 && g_.role(names[0]) == Role::list) names = named_children(names[0]);
    TSNode name = before;
    if (!names.empty()) {
      if (index >= 0 && static_cast<size_t>(index) < names.size()) name = names[static_cast<size_t>(index)];
      else if (names.size() == 1 && index <= 0) name = names[0];
      else return {};
    }
    if (ts_node_is_null(name)) return {};
    return g_.role(name) == Role::string ? key_text(name) : last_name(text(name));
  }

  // The string (through `holder`, its outermost wrapper, in field `field`) is in a binding: it counts only in the
  // value place, never as the key of a pair or the type of a declaration.
  void check_binding(TSNode binding, TSNode holder, TSFieldId field, int32_t index, uint32_t vb, uint32_t ve) {
    if (field && !g_.value_field(field)) return;
    std::string_view name = binding_name(binding, holder, index);
    report_value(vb, ve, name, Given::assigned, std::string(name));
  }

  void check_call(TSNode call, TSNode args, TSNode holder, uint32_t vb, uint32_t ve) {
    TSNode fn{};
    for (TSFieldId f : {g_.f_function, g_.f_name, g_.f_method, g_.f_type, g_.f_constructor}) {
      if (!f) continue;
      fn = ts_node_child_by_field_id(call, f);
      if (!ts_node_is_null(fn)) break;
    }
    if (ts_node_is_null(fn)) return;
    std::string_view function = last_name(text(fn));
    std::vector<TSNode> list = named_children(args);
    size_t index = 0;
    while (index < list.size() && !ts_node_eq(list[index], holder)) ++index;
    if (function.empty() || index == list.size()) return;
    if (auto it = credential_calls().find(function); it != credential_calls().end()) {
      // The arguments before the password are literals too (a URL, the first of getConnection's, may be anything).
      bool literals = true;
      for (size_t i = function == "getConnection" ? 1 : 0; i < index; ++i)
        literals = literals && g_.role(unwrap(list[i])) == Role::string;
      if (index == it->second && literals) report_value(vb, ve, "password", Given::in_call, std::string(function));
      return;
    }
    const size_t nargs = list.size();
    if (nargs == 2 && index == 1 && keyed_setter(function)) {
      std::string_view key = key_text(unwrap(list[0]));
      if (!key.empty() && secret_key(key)) report_value(vb, ve, key, Given::assigned, std::string(key));
      return;
    }
    if (nargs != 1) return;
    // A setter or builder: `setPassword("x")`, `.withApiKey("x")`, `.password("x")`, Ruby's `password "x"`.
    if (std::string_view property = secret_setter(function); !property.empty())
      report_value(vb, ve, property, Given::assigned, std::string(property));
  }

  // A C# or PHP positional argument wraps its expression.
  TSNode unwrap(TSNode n) const {
    while (ts_node_named_child_count(n) == 1 && (g_.role(n) == Role::wrapper || g_.role(n) == Role::argument))
      n = ts_node_named_child(n, 0);
    return n;
  }

  void report_value(uint32_t vb, uint32_t ve, std::string_view name, Given how, const std::string& label) {
    if (name.empty() || !secret_key(name)) return;
    std::string_view v = std::string_view(text_).substr(vb, ve - vb);
    if (v.find('\n') != std::string_view::npos) return;
    // Minified and generated code: no person wrote that line as an assignment (as the line reader decides).
    size_t lb = text_.rfind('\n', vb), le = text_.find('\n', ve);
    lb = lb == std::string::npos ? 0 : lb + 1;
    if ((le == std::string::npos ? text_.size() : le) - lb > kMaxAssignmentLine) return;
    Judged j = judge_code_literal(v, name);
    if (j.verdict != Verdict::none) report_(doc_.source->span(vb, ve), j, label, how);
  }

  const Document& doc_;
  const std::string& text_;
  Lang lang_;
  const Grammar& g_;
  const ReportFn& report_;
  std::vector<Step> path_;
};

}  // namespace

bool check_source_code(const Document& doc, const ReportFn& report) {
  // Larger files are generated or bundled (corepack.cjs, 944 KiB; pygments' builtin tables): the line reader's
  // limits suit them better than a parse, which would cost more than the rest of their scan.
  constexpr size_t kMaxParse = 256 << 10;
  Lang lang;
  const std::string& text = doc.source->bytes();
  if (!language_for_path(doc.path(), &lang) || text.size() > kMaxParse) return false;
  if (under_tests(doc.path())) return true;
  std::vector<std::pair<uint32_t, uint32_t>> by_line;
  if (may_hold_literal_secret(text)) {
    if (!SourceChecker(doc, lang, report).run(&by_line)) return false;
  }
  // The line reader still reads command lines and headers written into strings (`"-p", "S3cret"`,
  // `"Authorization: Bearer ..."`), and the assignments in comments and in what the parser could not read.
  check_text_lines(doc, report, &by_line);
  return true;
}

}  // namespace tollgate::generic_secrets
