// Groovy parser for Jenkinsfiles: hand-written recursive descent over the Groovy that pipelines are written in,
// shaped as docs/document-model.md ("Groovy / Jenkinsfile") says. tree-sitter-groovy 0.1.2 left error nodes in
// 9 of the 14 real-world Jenkinsfiles that Groovy 2.4 itself accepts (empty maps `[:]`, GStrings nested in
// GStrings, trailing commas, `def (a, b) = ...`, command expressions with named arguments), so one error could
// cover a whole pipeline.
//
// What is read: statements separated by newlines or `;`; method calls with and without parentheses (Groovy's
// command expressions `sh 'make'`, `input message: 'x'`), named arguments, trailing closures (on the same line or
// the next, as Groovy 2 allows), closures with parameters; declarations (`def`, modifiers, typed), methods,
// classes and enums; if/else, for, while, switch, try/catch/finally, return, throw, assert, labels;
// expressions with Groovy's operators (ternary, elvis, safe navigation, spread, ranges, regex, `as`, `in`,
// `instanceof`, casts); list and map literals; numbers; every kind of string: '...', "..." (GString with `${}`
// and `$name.path`), '''...''', """...""", /slashy/ and $/dollar slashy/$; comments, `\` line continuations,
// a `#!` first line, `import`, `package` and annotations (`@Library('lib') _`).
//
// Only calls, statements and literal values keep their structure; any other expression is an `expr` node with
// its source text and the names it refers to (so a call inside `a && fileExists('x')` is not a node of its own).
// The first syntax error stops the parse: it is the ParseError, and what was read before it stays in the tree.
#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "parsers/text_util.h"
#include "tollgate/parsers.h"

namespace tollgate {

namespace {

bool ident_start(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$' || c >= 0x80; }
bool ident_char(unsigned char c) { return ident_start(c) || (c >= '0' && c <= '9'); }
bool digit(unsigned char c) { return c >= '0' && c <= '9'; }
bool hex_digit(unsigned char c) { return digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

bool one_of(std::string_view w, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), w) != set.end();
}

bool keyword(std::string_view w) {
  return one_of(w, {"as", "assert", "break", "case", "catch", "class", "continue", "def", "default", "do", "else",
                    "enum", "extends", "false", "finally", "for", "if", "implements", "import", "in", "instanceof",
                    "interface", "new", "null", "package", "return", "super", "switch", "this", "throw", "throws",
                    "trait", "true", "try", "while"});
}

bool modifier(std::string_view w) {
  return one_of(w, {"def", "final", "static", "private", "public", "protected", "abstract", "synchronized",
                    "transient", "volatile", "native", "strictfp"});
}

bool builtin_type(std::string_view w) {
  return one_of(w, {"void", "boolean", "byte", "char", "short", "int", "long", "float", "double"});
}

// Binary operators by precedence (higher binds tighter), longest spelling first within the table's scan.
struct BinOp {
  std::string_view op;
  int prec;
};
constexpr BinOp kBinOps[] = {
    {"<=>", 6}, {"===", 6}, {"!==", 6}, {"==~", 8}, {"..<", 10}, {">>>", 9}, {"||", 1}, {"&&", 2},
    {"==", 6},  {"!=", 6},  {"<=", 7},  {">=", 7},  {"=~", 8},   {"<<", 9},  {">>", 9}, {"..", 10},
    {"**", 13}, {"|", 3},   {"^", 4},   {"&", 5},   {"<", 7},    {">", 7},   {"+", 11}, {"-", 11},
    {"*", 12},  {"/", 12},  {"%", 12},
};
constexpr std::string_view kAssignOps[] = {">>>=", "**=", "<<=", ">>=", "+=", "-=", "*=", "/=", "%=",
                                           "&=",   "|=",  "^=",  "="};

// A parsed expression and what it is, for the statement and call shapes.
struct Val {
  enum Kind : uint8_t { other, path, call, literal } kind = other;
  Node* n = nullptr;
};

class Parser {
 public:
  Parser(const SourceText& src, Document& doc) : src_(src), s_(src.bytes()), doc_(doc) {}

  void file(Node* root) {
    if (s_.compare(0, 3, "\xEF\xBB\xBF") == 0) p_ = 3;
    if (s_.compare(p_, 2, "#!") == 0)
      while (p_ < s_.size() && s_[p_] != '\n') ++p_;
    statements(root, Stop::file);
  }

  std::optional<ParseError> error;

 private:
  enum class Stop { file, brace, switch_case };

  const SourceText& src_;
  const std::string& s_;
  Document& doc_;
  uint32_t p_ = 0;
  int depth_ = 0;
  bool paren_ = false;  // inside ( ) or [ ]: newlines are plain whitespace
  std::string_view class_name_;  // the class whose members are being read: `Name(...) { }` is its constructor

  // ---- errors and nesting ----

  bool failed() const { return error.has_value(); }

  void fail(std::string message, uint32_t at) {
    if (error) return;
    at = std::min<uint32_t>(at, static_cast<uint32_t>(s_.size()));
    error = ParseError{std::move(message), at, src_.span(at, at)};
  }

  void unexpected() {
    if (p_ >= s_.size()) return fail("unexpected end of file", p_);
    size_t e = p_ + 1;
    if (ident_char(static_cast<unsigned char>(s_[p_])))
      while (e < s_.size() && ident_char(static_cast<unsigned char>(s_[e]))) ++e;
    fail("unexpected '" + error_excerpt(std::string_view(s_).substr(p_, e - p_)) + "'", p_);
  }

  struct Level {
    Parser& p;
    explicit Level(Parser& parser) : p(parser) {
      if (++p.depth_ > kMaxDepth) p.fail("nesting deeper than " + std::to_string(kMaxDepth) + " levels", p.p_);
    }
    ~Level() { --p.depth_; }
  };

  struct ParenMode {
    Parser& p;
    bool saved;
    ParenMode(Parser& parser, bool on) : p(parser), saved(parser.paren_) { p.paren_ = on; }
    ~ParenMode() { p.paren_ = saved; }
  };

  // ---- characters ----

  char at(size_t i) const { return i < s_.size() ? s_[i] : '\0'; }
  char cur() const { return at(p_); }
  bool eof() const { return p_ >= s_.size(); }
  bool starts(std::string_view t) const { return s_.compare(p_, t.size(), t) == 0; }
  bool starts_at(size_t i, std::string_view t) const { return i <= s_.size() && s_.compare(i, t.size(), t) == 0; }

  // Skips blanks, comments and `\` line continuations from i; newlines too when `newlines`. Returns the new index.
  size_t skip_from(size_t i, bool newlines) const {
    for (;;) {
      char c = at(i);
      if (c == ' ' || c == '\t' || c == '\f' || c == '\r') {
        ++i;
      } else if (c == '\n' && newlines) {
        ++i;
      } else if (c == '\\' && (at(i + 1) == '\n' || (at(i + 1) == '\r' && at(i + 2) == '\n'))) {
        i += at(i + 1) == '\n' ? 2 : 3;
      } else if (c == '/' && at(i + 1) == '/') {
        while (i < s_.size() && s_[i] != '\n') ++i;
      } else if (c == '/' && at(i + 1) == '*') {
        size_t close = s_.find("*/", i + 2);
        if (close == std::string::npos) return i;  // the caller reports it where it stands
        i = close + 2;
      } else {
        return i;
      }
    }
  }
  void space() {
    p_ = static_cast<uint32_t>(skip_from(p_, paren_));
    if (starts("/*")) fail("unterminated comment", p_);
  }
  void space_nl() {
    p_ = static_cast<uint32_t>(skip_from(p_, true));
    if (starts("/*")) fail("unterminated comment", p_);
  }

  bool accept(char c) {
    space();
    if (cur() != c) return false;
    ++p_;
    return true;
  }
  void expect(char c) {
    space();
    if (cur() == c) ++p_;
    else unexpected();
  }

  std::string_view word_at(size_t i) const {
    if (!ident_start(static_cast<unsigned char>(at(i)))) return {};
    size_t e = i + 1;
    while (e < s_.size() && ident_char(static_cast<unsigned char>(s_[e]))) ++e;
    return std::string_view(s_).substr(i, e - i);
  }
  std::string_view word() const { return word_at(p_); }
  bool at_word(std::string_view w) const { return word() == w; }

  // ---- nodes ----

  Node* make(NodeType t, uint32_t b, uint32_t e) { return doc_.make(t, b, e); }
  Node* str(std::string text, uint32_t b, uint32_t e) {
    Node* n = make(NodeType::string, b, e);
    n->text = std::move(text);
    return n;
  }
  Node* seq(uint32_t b) { return make(NodeType::seq, b, b); }
  Node* map(uint32_t b) { return make(NodeType::map, b, b); }
  void close(Node* n, uint32_t e) { n->span = src_.span(n->span.begin, std::max(e, n->span.begin)); }
  // A call's args or named: from its first item (or key) to its last value; where the call's name ends when empty.
  void fit(Node* list) {
    if (list->entries.empty()) return;
    list->span = src_.span(list->entries.front().key_span.begin, list->entries.back().value->span.end);
  }
  static void add(Node* m, const char* key, Node* v) { m->entries.push_back(Entry{key, v->span, v}); }
  static void push(Node* s, Node* v) { s->entries.push_back(Entry{std::string(), v->span, v}); }

  static void add_ref(std::vector<std::string>* out, std::string_view r) {
    if (!r.empty() && std::find(out->begin(), out->end(), r) == out->end()) out->emplace_back(r);
  }

  // The names a value refers to, from its own refs and those of everything inside it.
  static void collect_refs(const Node* n, std::vector<std::string>* out) {
    std::vector<const Node*> todo{n};
    while (!todo.empty()) {
      const Node* x = todo.back();
      todo.pop_back();
      for (const std::string& r : x->refs) add_ref(out, r);
      for (auto it = x->entries.rbegin(); it != x->entries.rend(); ++it) todo.push_back(it->value);
    }
  }

  // An expression node over [b, e) that refers to what the given parts refer to.
  Node* expr(uint32_t b, uint32_t e, std::initializer_list<const Node*> parts) {
    Node* n = make(NodeType::expr, b, e);
    n->text.assign(src_.view(b, e));
    std::vector<std::string> refs;
    for (const Node* part : parts)
      if (part) collect_refs(part, &refs);
    n->refs = std::move(refs);
    return n;
  }

  // ---- statements ----

  // Statements until the end of the file, a `}` (left for the caller), or a `case`/`default` label.
  void statements(Node* out, Stop stop) {
    for (;;) {
      space_nl();
      while (!failed() && cur() == ';') {
        ++p_;
        space_nl();
      }
      if (failed()) return;
      if (eof()) return;
      if (cur() == '}') {
        if (stop == Stop::file) unexpected();
        return;
      }
      if (stop == Stop::switch_case && (at_word("case") || at_word("default"))) return;
      if (cur() == '@' && !starts_at(p_ + 1, "interface")) {
        push(out, annotation());
        continue;  // the annotated statement follows, on this line or the next
      }
      uint32_t before = p_;
      statement(out);
      if (failed()) return;
      if (p_ == before) return unexpected();
      // A statement ends at a newline, `;`, `}` or the end of the file.
      ParenMode plain(*this, false);
      space();
      if (failed()) return;
      if (!eof() && cur() != '\n' && cur() != ';' && cur() != '}') return unexpected();
    }
  }

  // `{ statements }` as the body of a control statement, or a single statement in its place.
  Node* body() {
    Level level(*this);
    ParenMode plain(*this, false);
    space_nl();
    uint32_t b = p_;
    Node* out = seq(b);
    if (failed()) return out;
    if (cur() == '{') {
      ++p_;
      statements(out, Stop::brace);
      if (!failed()) {
        if (cur() == '}') ++p_;
        else fail("'{' at line " + std::to_string(src_.span(b, b).line) + " is never closed", p_);
      }
    } else if (!eof() && cur() != ';') {
      statement(out);
    }
    close(out, p_);
    return out;
  }

  void statement(Node* out) {
    if (failed()) return;
    // `label:` before a statement (not `a ? b : c`, not a map key: those are not statements); labels are not kept
    for (std::string_view l = word(); !l.empty() && !keyword(l); l = word()) {
      size_t q = skip_from(p_ + l.size(), false);
      if (at(q) != ':' || at(q + 1) == ':') break;
      p_ = static_cast<uint32_t>(q + 1);
      space_nl();
    }
    std::string_view w = word();
    uint32_t b = p_;
    if (w == "import" || w == "package") return push(out, import_statement(w));
    if (w == "if") return push(out, if_statement());
    if (w == "for") return push(out, for_statement());
    if (w == "while") return push(out, while_statement());
    if (w == "try") return push(out, try_statement());
    if (w == "switch") return push(out, switch_statement());
    if (w == "return" || w == "throw" || w == "assert") return push(out, keyword_statement(w));
    if (w == "break" || w == "continue") {
      p_ += static_cast<uint32_t>(w.size());
      space();
      if (ident_start(static_cast<unsigned char>(cur())) && !keyword(word())) p_ += static_cast<uint32_t>(word().size());
      Node* m = map(b);
      add(m, "stmt", str(std::string(w), b, b + static_cast<uint32_t>(w.size())));
      close(m, p_);
      return push(out, m);
    }
    if (w == "class" || w == "interface" || w == "trait" || w == "enum") return push(out, class_statement());
    if (declaration_start()) return declaration(out);
    if (!class_name_.empty() && w == class_name_ && at(skip_from(p_ + w.size(), false)) == '(') {  // a constructor
      p_ += static_cast<uint32_t>(w.size());
      uint32_t ne = p_;
      space();
      return push(out, method(b, str("", b, b), b, ne));
    }
    push(out, expression_statement());
  }

  Node* import_statement(std::string_view w) {
    uint32_t b = p_;
    p_ += static_cast<uint32_t>(w.size());
    space();
    if (at_word("static")) {
      p_ += 6;
      space();
    }
    uint32_t nb = p_;
    while (ident_char(static_cast<unsigned char>(cur())) || cur() == '.' || cur() == '*') ++p_;
    if (p_ == nb) unexpected();
    uint32_t ne = p_;
    space();
    if (at_word("as")) {
      p_ += 2;
      space();
      if (word().empty()) unexpected();
      p_ += static_cast<uint32_t>(word().size());
    }
    Node* m = map(b);
    add(m, "stmt", str(std::string(w), b, b + static_cast<uint32_t>(w.size())));
    add(m, "name", str(std::string(src_.view(nb, ne)), nb, ne));
    close(m, p_);
    return m;
  }

  // `@Name`, `@a.b.Name(args)`: a statement of its own, `{ stmt = "annotation", name, args, named }`.
  Node* annotation() {
    uint32_t b = p_++;
    uint32_t nb = p_;
    while (ident_char(static_cast<unsigned char>(cur())) || (cur() == '.' && ident_start(static_cast<unsigned char>(at(p_ + 1))))) ++p_;
    if (p_ == nb) {
      unexpected();
      return str("", b, b);
    }
    Node* m = map(b);
    add(m, "stmt", str("annotation", b, b + 1));
    add(m, "name", str(std::string(src_.view(nb, p_)), nb, p_));
    Node* args = seq(p_);
    Node* named = map(p_);
    if (cur() == '(') arguments(args, named);
    add(m, "args", args);
    add(m, "named", named);
    close(m, p_);
    return m;
  }

  Node* control(std::string_view kind, uint32_t b) {
    Node* m = map(b);
    add(m, "stmt", str(std::string(kind), b, b + static_cast<uint32_t>(kind.size())));
    p_ += static_cast<uint32_t>(kind.size());
    return m;
  }

  // `( expression )` of if, while, switch.
  Node* condition() {
    expect('(');
    ParenMode parens(*this, true);
    space();
    Node* c = expression().n;
    expect(')');
    return c;
  }

  Node* if_statement() {
    Node* m = control("if", p_);
    add(m, "cond", condition());
    if (failed()) return m;
    add(m, "body", body());
    if (failed()) return m;
    // `else` may follow on the next line
    size_t q = skip_from(p_, true);
    while (at(q) == ';') q = skip_from(q + 1, true);
    if (word_at(q) == "else") {
      p_ = static_cast<uint32_t>(q + 4);
      add(m, "else", body());
    }
    close(m, p_);
    return m;
  }

  // `for (init; cond; update)`, `for (x in xs)`, `for (Type x : xs)`: the header is one `cond` expression.
  Node* for_statement() {
    Node* m = control("for", p_);
    expect('(');
    uint32_t hb = p_;
    std::vector<const Node*> parts;
    {
      ParenMode parens(*this, true);
      for (;;) {
        space();
        if (failed() || cur() == ')') break;
        if (cur() == ';' || cur() == ':' || cur() == ',') {
          ++p_;
          continue;
        }
        if (declaration_start()) skip_declaration_head();
        uint32_t before = p_;
        parts.push_back(expression().n);
        if (p_ == before) {
          unexpected();
          break;
        }
      }
    }
    uint32_t he = p_;
    expect(')');
    if (failed()) return m;
    Node* cond = expr(hb, he, {});
    std::vector<std::string> refs;
    for (const Node* part : parts) collect_refs(part, &refs);
    cond->refs = std::move(refs);
    add(m, "cond", cond);
    add(m, "body", body());
    close(m, p_);
    return m;
  }

  Node* while_statement() {
    Node* m = control("while", p_);
    add(m, "cond", condition());
    if (!failed()) add(m, "body", body());
    close(m, p_);
    return m;
  }

  // try { } catch (A | B e) { } finally { }: `catches` is a seq of `{ types, name, body }`.
  Node* try_statement() {
    Node* m = control("try", p_);
    add(m, "body", body());
    Node* catches = nullptr;
    for (;;) {
      if (failed()) return m;
      size_t q = skip_from(p_, true);
      std::string_view w = word_at(q);
      if (w != "catch" && w != "finally") break;
      p_ = static_cast<uint32_t>(q);
      uint32_t cb = p_;
      p_ += static_cast<uint32_t>(w.size());
      if (w == "finally") {
        add(m, "finally", body());
        break;
      }
      if (!catches) {
        catches = seq(cb);
        add(m, "catches", catches);
      }
      Node* c = map(cb);
      push(catches, c);
      expect('(');
      Node* types = seq(p_);
      std::string name;
      uint32_t name_b = p_, name_e = p_;
      {
        ParenMode parens(*this, true);
        for (;;) {
          space();
          if (failed()) return m;
          if (at_word("final")) {
            p_ += 5;
            continue;
          }
          uint32_t tb = p_;
          if (!type_name()) return m;
          uint32_t te = p_;
          space();
          if (cur() == '|') {
            ++p_;
            push(types, str(std::string(src_.view(tb, te)), tb, te));
            continue;
          }
          if (cur() == ')') {  // `catch (e)`: a name without a type
            name.assign(src_.view(tb, te)), name_b = tb, name_e = te;
            break;
          }
          push(types, str(std::string(src_.view(tb, te)), tb, te));
          name_b = p_;
          name.assign(word());
          if (name.empty() || keyword(name)) return unexpected(), m;
          p_ += static_cast<uint32_t>(name.size());
          name_e = p_;
          break;
        }
      }
      expect(')');
      close(types, p_);
      add(c, "types", types);
      add(c, "name", str(name, name_b, name_e));
      add(c, "body", body());
      close(c, p_);
      close(catches, p_);
    }
    close(m, p_);
    return m;
  }

  // switch (x) { case a: ... default: ... }: `cases` is a seq of `{ value, body }` (no `value` for default).
  Node* switch_statement() {
    Node* m = control("switch", p_);
    add(m, "value", condition());
    space_nl();
    if (failed()) return m;
    uint32_t ob = p_;
    expect('{');
    Node* cases = seq(p_);
    add(m, "cases", cases);
    for (;;) {
      space_nl();
      while (cur() == ';') ++p_, space_nl();
      if (failed()) return m;
      if (cur() == '}') {
        ++p_;
        break;
      }
      if (eof()) {
        fail("'{' at line " + std::to_string(src_.span(ob, ob).line) + " is never closed", p_);
        return m;
      }
      uint32_t cb = p_;
      Node* c = map(cb);
      if (at_word("case")) {
        p_ += 4;
        space();
        ParenMode parens(*this, true);
        add(c, "value", expression().n);
      } else if (at_word("default")) {
        p_ += 7;
      } else {
        unexpected();
        return m;
      }
      expect(':');
      if (failed()) return m;
      Node* b = seq(p_);
      statements(b, Stop::switch_case);
      close(b, p_);
      add(c, "body", b);
      close(c, p_);
      push(cases, c);
    }
    close(cases, p_);
    close(m, p_);
    return m;
  }

  // return / throw / assert, with their value when one is written.
  Node* keyword_statement(std::string_view w) {
    Node* m = control(w, p_);
    space();
    if (!eof() && cur() != '\n' && cur() != ';' && cur() != '}') {
      add(m, "value", expression().n);
      if (w == "assert" && !failed()) {
        space();
        if (cur() == ':' || cur() == ',') {
          ++p_;
          space_nl();
          add(m, "message", expression().n);
        }
      }
    }
    close(m, p_);
    return m;
  }

  // class / interface / trait / enum Name [extends ...] [implements ...] { members }
  Node* class_statement() {
    std::string_view kw = word();
    Node* m = control(kw, p_);
    space();
    uint32_t nb = p_;
    std::string_view name = word();
    if (name.empty()) {
      unexpected();
      return m;
    }
    p_ += static_cast<uint32_t>(name.size());
    add(m, "name", str(std::string(name), nb, p_));
    for (;;) {  // type parameters, extends, implements: not kept
      space_nl();
      if (failed() || eof() || cur() == '{') break;
      if (cur() == '<') {
        skip_generics();
      } else if (cur() == ',' || cur() == '.') {
        ++p_;
      } else if (!word().empty()) {
        p_ += static_cast<uint32_t>(word().size());
      } else {
        unexpected();
        return m;
      }
    }
    uint32_t ob = p_;
    expect('{');
    if (failed()) return m;
    Node* members = seq(p_);
    add(m, "body", members);
    if (kw == "enum") enum_constants(members);
    ParenMode plain(*this, false);
    std::string_view outer = class_name_;
    class_name_ = name;
    statements(members, Stop::brace);
    class_name_ = outer;
    if (failed()) return m;
    if (cur() != '}') {
      fail("'{' at line " + std::to_string(src_.span(ob, ob).line) + " is never closed", p_);
      return m;
    }
    ++p_;
    close(members, p_);
    close(m, p_);
    return m;
  }

  // RED, GREEN('g') ... ; before an enum's members: each constant a call of that name.
  void enum_constants(Node* out) {
    for (;;) {
      space_nl();
      if (failed()) return;
      std::string_view w = word();
      if (w.empty() || keyword(w) || modifier(w)) break;
      uint32_t b = p_;
      p_ += static_cast<uint32_t>(w.size());
      Node* c = call_node(std::string(w), b, p_, nullptr);
      if (cur() == '(') arguments(c->entries[1].value, c->entries[2].value);
      close(c, p_);
      push(out, c);
      space_nl();
      if (cur() != ',') break;
      ++p_;
    }
    space_nl();
    if (cur() == ';') ++p_;
  }

  // ---- declarations ----

  // After a type name: `<...>` type arguments, balanced.
  void skip_generics() {
    int open = 0;
    do {
      char c = cur();
      if (c == '<') ++open;
      else if (c == '>') --open;
      else if (!(ident_char(static_cast<unsigned char>(c)) || c == '.' || c == ',' || c == '?' || c == ' ' ||
                 c == '\t' || c == '[' || c == ']' || c == '&'))
        return unexpected();
      ++p_;
    } while (open > 0 && !eof());
    if (open > 0) unexpected();
  }

  // A type at p: `int`, `String`, `java.util.List<String>[]`; false (with an error) when there is none.
  bool type_name() {
    std::string_view w = word();
    if (w.empty() || (keyword(w) && w != "def")) {
      unexpected();
      return false;
    }
    p_ += static_cast<uint32_t>(w.size());
    while (cur() == '.' && ident_start(static_cast<unsigned char>(at(p_ + 1)))) p_ += static_cast<uint32_t>(1 + word_at(p_ + 1).size());
    if (cur() == '<') skip_generics();
    while (cur() == '[' && at(p_ + 1) == ']') p_ += 2;
    return !failed();
  }

  // Where a type would end if one starts at i (0 when none): `Foo`, `a.b.Foo`, `int`, `Foo<X>[]`.
  size_t type_end(size_t i) const {
    std::string_view w = word_at(i);
    if (w.empty() || keyword(w)) return 0;
    bool typed = builtin_type(w) || (w[0] >= 'A' && w[0] <= 'Z');
    i += w.size();
    while (at(i) == '.' && ident_start(static_cast<unsigned char>(at(i + 1)))) {
      w = word_at(i + 1);
      i += 1 + w.size();
      typed = w[0] >= 'A' && w[0] <= 'Z';
    }
    if (!typed) return 0;
    if (at(i) == '<') {
      int open = 0;
      do {
        char c = at(i);
        if (c == '<') ++open;
        else if (c == '>') --open;
        else if (!(ident_char(static_cast<unsigned char>(c)) || c == '.' || c == ',' || c == '?' || c == ' ' || c == '['
                   || c == ']'))
          return 0;
        ++i;
      } while (open > 0 && i < s_.size());
      if (open > 0) return 0;
    }
    while (at(i) == '[' && at(i + 1) == ']') i += 2;
    return i;
  }

  // Groovy's own test: modifiers (def, final, ...), or a type (a built-in, or a name starting upper-case)
  // followed by a name, start a declaration; `echo msg` is a call.
  bool declaration_start() const {
    size_t i = p_;
    bool mods = false;
    while (modifier(word_at(i))) {
      i = skip_from(i + word_at(i).size(), false);
      mods = true;
    }
    if (mods && (at(i) == '(' || at(i) == '"' || at(i) == '\'')) return true;  // def (a, b) = ...; def "name"()
    size_t t = type_end(i);
    if (t) {
      size_t n = skip_from(t, false);
      std::string_view name = word_at(n);
      if (!name.empty() && !keyword(name)) return true;
    }
    if (!mods) return false;
    std::string_view name = word_at(i);
    return !name.empty() && !keyword(name);
  }

  // Consumes the modifiers and type of a declaration; returns the type as written ("def" when only modifiers).
  std::string skip_declaration_head(uint32_t* end = nullptr) {
    std::string type;
    if (end) *end = p_;
    while (modifier(word())) {
      if (word() == "def") type = "def";
      p_ += static_cast<uint32_t>(word().size());
      if (end) *end = p_;
      space();
    }
    size_t t = type_end(p_);
    if (t) {
      size_t n = skip_from(t, false);
      std::string_view name = word_at(n);
      if (!name.empty() && !keyword(name)) {
        type.assign(src_.view(p_, static_cast<uint32_t>(t)));
        if (end) *end = static_cast<uint32_t>(t);
        p_ = static_cast<uint32_t>(n);
      }
    }
    return type.empty() ? "def" : type;
  }

  // `def x = 1`, `String a, b = 'x'`, `final def (a, b) = list`: one `{ stmt = "assign", type, target, value }`
  // per declared name. `def name(params) { }`: a `{ stmt = "method", name, params, body }`.
  void declaration(Node* out) {
    uint32_t b = p_, type_e = p_;
    std::string type = skip_declaration_head(&type_e);
    uint32_t type_b = b;
    for (;;) {
      space();
      if (failed()) return;
      uint32_t nb = p_;
      if (cur() == '(') {  // def (a, b) = value
        ParenMode parens(*this, true);
        ++p_;
        for (;;) {
          space();
          if (failed()) return;
          if (cur() == ')') break;
          if (cur() == ',') {
            ++p_;
            continue;
          }
          size_t t = type_end(p_);
          if (t && !word_at(skip_from(t, true)).empty()) p_ = static_cast<uint32_t>(skip_from(t, true));
          if (word().empty()) return unexpected();
          p_ += static_cast<uint32_t>(word().size());
        }
        ++p_;
      } else if (cur() == '"' || cur() == '\'') {  // def "method name"() { }
        string_literal();
      } else {
        std::string_view name = word();
        if (name.empty() || keyword(name)) return unexpected();
        p_ += static_cast<uint32_t>(name.size());
      }
      uint32_t ne = p_;
      space();
      if (cur() == '(' && s_[nb] != '(') return push(out, method(b, str(type, type_b, type_e), nb, ne));
      Node* m = map(b);
      add(m, "stmt", str("assign", b, b));
      add(m, "type", str(type, type_b, type_e));
      add(m, "target", str(std::string(src_.view(nb, ne)), nb, ne));
      if (cur() == '=' && at(p_ + 1) != '=') {
        ++p_;
        space_nl();
        add(m, "value", assigned_value());
      }
      close(m, p_);
      push(out, m);
      space();
      if (cur() != ',' || failed()) return;
      ++p_;
      space_nl();
      b = p_;
    }
  }

  Node* method(uint32_t b, Node* type, uint32_t nb, uint32_t ne) {
    Node* m = map(b);
    add(m, "stmt", str("method", b, b));
    std::string name(src_.view(nb, ne));
    if (!name.empty() && (name[0] == '"' || name[0] == '\'')) name = name.substr(1, name.size() - 2);
    add(m, "name", str(name, nb, ne));
    add(m, "type", type);
    Node* params = seq(p_);
    add(m, "params", params);
    expect('(');
    parameters(params, ')');
    expect(')');
    close(params, p_);
    space_nl();
    if (at_word("throws")) {
      p_ += 6;
      for (;;) {
        space();
        if (!type_name()) return m;
        space();
        if (cur() != ',') break;
        ++p_;
      }
      space_nl();
    }
    if (cur() == '{') {
      uint32_t ob = p_++;
      Node* body_seq = seq(p_);
      add(m, "body", body_seq);
      ParenMode plain(*this, false);
      statements(body_seq, Stop::brace);
      if (failed()) return m;
      if (cur() != '}') {
        fail("'{' at line " + std::to_string(src_.span(ob, ob).line) + " is never closed", p_);
        return m;
      }
      ++p_;
      close(body_seq, p_);
    }
    close(m, p_);
    return m;
  }

  // Parameters of a method or closure, up to `end` (')' or the closure's '->'): their names, in order.
  void parameters(Node* out, char end) {
    ParenMode parens(*this, true);
    for (;;) {
      space();
      if (failed() || eof()) return;
      if (end == ')' ? cur() == ')' : starts("->")) return;
      if (cur() == ',') {
        ++p_;
        continue;
      }
      if (cur() == '@') {
        annotation();  // not kept on a parameter
        continue;
      }
      while (modifier(word()) && !word_at(skip_from(p_ + word().size(), true)).empty()) {
        p_ += static_cast<uint32_t>(word().size());
        space();
      }
      size_t t = type_end(p_);
      if (t) {
        size_t n = skip_from(t, true);
        if (at(n) == '.' && at(n + 1) == '.' && at(n + 2) == '.') n = skip_from(n + 3, true);  // varargs
        if (!word_at(n).empty() && !keyword(word_at(n))) p_ = static_cast<uint32_t>(n);
      }
      std::string_view name = word();
      if (name.empty() || keyword(name)) return unexpected();
      uint32_t nb = p_;
      p_ += static_cast<uint32_t>(name.size());
      push(out, str(std::string(name), nb, p_));
      space();
      if (cur() == '=') {
        ++p_;
        space();
        expression();
      }
    }
  }

  // ---- expression statements and calls ----

  // A call statement is the call itself; an assignment `{ stmt = "assign", target, value }` (and `op` when it is
  // not `=`); anything else `{ stmt = "expr", value }`.
  Node* expression_statement() {
    uint32_t b = p_;
    Val v = command_or_expression();
    if (failed() || v.kind == Val::call) return v.n;
    space();
    for (std::string_view op : kAssignOps) {
      if (!starts(op) || (op == "=" && at(p_ + 1) == '=') || (op == "=" && at(p_ + 1) == '~')) continue;
      uint32_t te = v.n->span.end;
      p_ += static_cast<uint32_t>(op.size());
      space_nl();
      Node* m = map(b);
      add(m, "stmt", str("assign", b, b));
      add(m, "target", str(std::string(src_.view(b, te)), b, te));
      if (op != "=") add(m, "op", str(std::string(op), te, te));
      add(m, "value", assigned_value());
      close(m, p_);
      return m;
    }
    Node* m = map(b);
    add(m, "stmt", str("expr", b, b));
    add(m, "value", v.n);
    close(m, p_);
    return m;
  }

  // Groovy's command expression at the start of a statement: `sh 'make'`, `agent any`, `input message: 'x'`,
  // `docker.withRegistry url, creds`: a name or dotted name, a blank, then arguments without parentheses.
  // Otherwise the statement is an ordinary expression (before `=`, which is handled by the caller).
  Val command_or_expression() {
    uint32_t b = p_;
    size_t i = p_;
    std::string_view w = word_at(i);
    if (!w.empty() && (!keyword(w) || w == "this")) {
      i += w.size();
      while (at(i) == '.' && ident_start(static_cast<unsigned char>(at(i + 1)))) i += 1 + word_at(i + 1).size();
      size_t a = skip_from(i, false);
      if (a > i && command_argument_start(a)) {
        uint32_t ne = static_cast<uint32_t>(i);
        p_ = static_cast<uint32_t>(a);
        Node* c = call_node(std::string(src_.view(b, ne)), b, ne, nullptr);
        command_arguments(c);
        Val v{Val::call, c};
        // A command chain: `a x b y` is a(x).b(y)
        for (;;) {
          ParenMode plain(*this, false);
          space();
          std::string_view next = word();
          if (failed() || next.empty() || keyword(next)) break;
          size_t after = skip_from(p_ + next.size(), false);
          uint32_t nb = p_;
          p_ += static_cast<uint32_t>(next.size());
          Node* link = call_node(std::string(next), nb, p_, v.n);
          close(link, p_);
          if (command_argument_start(after) && after > p_) {
            p_ = static_cast<uint32_t>(after);
            command_arguments(link);
          }
          link->span = src_.span(b, std::max<uint32_t>(p_, link->span.end));
          v.n = link;
        }
        return v;
      }
    }
    return expression_val();
  }

  bool command_argument_start(size_t a) const {
    char c = at(a);
    if (c == '\'' || c == '"' || digit(static_cast<unsigned char>(c))) return true;
    if (c == '$' && at(a + 1) == '/') return true;
    std::string_view w = word_at(a);
    if (w.empty()) return false;
    return !(w == "in" || w == "as" || w == "instanceof");
  }

  // Arguments of a command expression: comma-separated, each named or positional, up to the end of the line.
  void command_arguments(Node* call) {
    Node* args = call->entries[1].value;
    Node* named = call->entries[2].value;
    ParenMode plain(*this, false);
    for (;;) {
      argument(args, named);
      space();
      if (failed() || cur() != ',') break;
      ++p_;
      space_nl();
    }
    fit(args);
    fit(named);
    close(call, p_);
  }

  // One argument: `name: value`, `'name': value` or `(expr): value` is named; `*list` spreads; else positional.
  void argument(Node* args, Node* named) {
    space();
    uint32_t kb = p_;
    std::string key;
    uint32_t ke = 0;
    if (std::string_view w = word(); !w.empty()) {
      size_t q = skip_from(p_ + w.size(), paren_);
      if (at(q) == ':' && at(q + 1) != ':') key.assign(w), ke = p_ + static_cast<uint32_t>(w.size()), p_ = static_cast<uint32_t>(q + 1);
    } else if (cur() == '\'' || cur() == '"') {
      uint32_t save = p_;
      Node* k = string_literal();
      size_t q = skip_from(p_, paren_);
      if (!failed() && at(q) == ':' && at(q + 1) != ':' && k->refs.empty()) {
        key = k->text, ke = p_, p_ = static_cast<uint32_t>(q + 1);
      } else {
        p_ = save;
      }
    }
    if (cur() == '*' && at(p_ + 1) == ':') {  // *:map spreads named arguments
      p_ += 2;
      space_nl();
      expression();
      return;
    }
    if (ke) {
      space_nl();
      Node* v = expression().n;
      named->entries.push_back(Entry{key, src_.span(kb, ke), v});
      return;
    }
    if (cur() == '*') {
      ++p_;
      space();
    }
    push(args, expression().n);
  }

  // `(args)` after a callee: positional and named arguments, newlines allowed.
  void arguments(Node* args, Node* named) {
    ++p_;  // '('
    ParenMode parens(*this, true);
    for (;;) {
      space();
      if (failed()) return;
      if (cur() == ')') {
        ++p_;
        break;
      }
      if (eof()) return unexpected();
      uint32_t before = p_;
      argument(args, named);
      if (failed()) return;
      space();
      if (cur() == ',') ++p_;
      else if (cur() != ')') return unexpected();
      if (p_ == before) return unexpected();
    }
    fit(args);
    fit(named);
  }

  // A call map `{ call, args, named }` (entries 0..2 in that order), with `target` when the receiver is not a
  // plain name.
  Node* call_node(std::string name, uint32_t b, uint32_t ne, Node* target) {
    Node* c = map(target ? target->span.begin : b);
    uint32_t nb = target ? b : c->span.begin;
    add(c, "call", str(std::move(name), nb, ne));
    add(c, "args", seq(ne));
    add(c, "named", map(ne));
    if (target) add(c, "target", target);
    return c;
  }

  // `{ params -> statements }` after a call: its body (and params) go into the call map. A second closure is
  // an argument.
  void attach_closure(Node* call) {
    if (call->get("body")) {
      Node* args = call->entries[1].value;
      push(args, closure());
      fit(args);
    } else {
      Node* cl = closure();
      for (Entry& e : cl->entries) call->entries.push_back(e);
    }
    close(call, p_);
  }

  // A closure value: `{ body }` and `{ params, body }` when it declares parameters.
  Node* closure() {
    Level level(*this);
    ParenMode plain(*this, false);
    uint32_t ob = p_++;
    Node* m = map(ob);
    if (failed()) return m;
    if (closure_has_params()) {
      Node* params = seq(p_);
      parameters(params, '-');
      if (failed()) return m;
      p_ += 2;
      close(params, p_);
      add(m, "params", params);
    }
    Node* out = seq(p_);
    add(m, "body", out);
    statements(out, Stop::brace);
    if (failed()) return m;
    if (cur() != '}') {
      fail("'{' at line " + std::to_string(src_.span(ob, ob).line) + " is never closed", p_);
      return m;
    }
    close(out, p_);
    ++p_;
    close(m, p_);
    return m;
  }

  // Whether `->` follows a parameter list (names, types, commas, simple defaults) right after a closure's `{`.
  bool closure_has_params() const {
    size_t i = skip_from(p_, true);
    for (int n = 0; n < 64; ++n) {
      if (starts_at(i, "->")) return true;
      char c = at(i);
      if (ident_char(static_cast<unsigned char>(c)) || c == ',' || c == '.' || c == '<' || c == '>' || c == '[' ||
          c == ']' || c == '?' || c == '=') {
        std::string_view w = word_at(i);
        i = skip_from(i + (w.empty() ? 1 : w.size()), true);
      } else {
        return false;
      }
    }
    return false;
  }

  // ---- expressions ----

  Val expression_val() {
    Level level(*this);
    if (failed()) return Val{Val::other, str("", p_, p_)};
    return ternary();
  }
  Val expression() { return assignment_tail(expression_val()); }

  // The value of an assignment or declaration: a command expression is allowed there (`def x = tool name: 'jdk'`).
  Node* assigned_value() {
    Val v = command_or_expression();
    return v.kind == Val::call ? v.n : assignment_tail(v).n;
  }

  Val assignment_tail(Val v) {
    space();
    // An assignment inside an expression (`if ((m = x =~ y))`, `a = b = c`): one expr node.
    for (std::string_view op : kAssignOps) {
      if (failed() || !starts(op) || (op == "=" && (at(p_ + 1) == '=' || at(p_ + 1) == '~'))) continue;
      uint32_t b = v.n->span.begin;
      p_ += static_cast<uint32_t>(op.size());
      space_nl();
      Val rhs = expression();
      return Val{Val::other, expr(b, rhs.n->span.end, {v.n, rhs.n})};
    }
    return v;
  }

  Val ternary() {
    Val c = binary(1);
    if (failed()) return c;
    space();
    if (starts("?:")) {
      p_ += 2;
      space_nl();
      Val e = expression_val();
      return Val{Val::other, expr(c.n->span.begin, e.n->span.end, {c.n, e.n})};
    }
    if (cur() == '?' && at(p_ + 1) != '.' && at(p_ + 1) != '[') {
      ++p_;
      space_nl();
      Val t = expression_val();
      if (failed()) return t;
      space_nl();
      if (cur() != ':') return unexpected(), t;
      ++p_;
      space_nl();
      Val f = expression_val();
      return Val{Val::other, expr(c.n->span.begin, f.n->span.end, {c.n, t.n, f.n})};
    }
    return c;
  }

  // The binary operator at p with at least min_prec, or none (op empty).
  BinOp binary_op(int min_prec) const {
    std::string_view w = word();
    if (w == "in" || w == "instanceof") return min_prec <= 7 ? BinOp{w, 7} : BinOp{};
    if (w == "as") return min_prec <= 7 ? BinOp{w, 7} : BinOp{};
    if (cur() == '!' && (word_at(p_ + 1) == "in" || word_at(p_ + 1) == "instanceof"))
      return min_prec <= 7 ? BinOp{std::string_view(s_).substr(p_, 1 + word_at(p_ + 1).size()), 7} : BinOp{};
    for (const BinOp& op : kBinOps) {
      if (!starts(op.op)) continue;
      // `x = y`, `x += y` and friends are assignments, `a ->` a closure arrow, `*.`/`..`-less forms postfix.
      size_t after = p_ + op.op.size();
      if (at(after) == '=' && op.op != "==" && op.op != "!=" && op.op != "<=" && op.op != ">=" && op.op != "<=>" &&
          op.op != "===" && op.op != "!==")
        return {};
      if (op.op == "-" && at(after) == '>') return {};
      if (op.op == "*" && at(after) == '.') return {};
      if ((op.op == "+" || op.op == "-") && at(after) == op.op[0]) return {};  // x++ is postfix
      return op.prec >= min_prec ? op : BinOp{};
    }
    return {};
  }

  Val binary(int min_prec) {
    Val lhs = unary();
    for (;;) {
      if (failed()) return lhs;
      space();
      BinOp op = binary_op(min_prec);
      if (op.op.empty()) return lhs;
      p_ += static_cast<uint32_t>(op.op.size());
      space_nl();
      Node* rhs;
      if (op.op == "as" || op.op == "instanceof" || op.op == "!instanceof") {
        uint32_t tb = p_;
        type_name();
        rhs = expr(tb, p_, {});
      } else {
        // ** is right-associative (its chain nests); the others left.
        if (op.op == "**") {
          Level level(*this);
          rhs = binary(op.prec).n;
        } else {
          rhs = binary(op.prec + 1).n;
        }
      }
      lhs = Val{Val::other, expr(lhs.n->span.begin, rhs->span.end, {lhs.n, rhs})};
    }
  }

  Val unary() {
    uint32_t b = p_;
    int ops = 0;
    for (;;) {
      if (starts("++") || starts("--")) p_ += 2;
      else if (cur() == '!' || cur() == '~' || cur() == '-' || cur() == '+') ++p_;
      else break;
      ++ops;
      space();
    }
    // A cast `(Type) value`: a type alone in parentheses, then an operand on the same line.
    if (cur() == '(') {
      size_t t = type_end(skip_from(p_ + 1, true));
      size_t close_at = t ? skip_from(t, true) : 0;
      if (t && at(close_at) == ')') {
        size_t v = skip_from(close_at + 1, false);
        char c = at(v);
        if (ident_start(static_cast<unsigned char>(c)) || digit(static_cast<unsigned char>(c)) || c == '\'' || c == '"' ||
            c == '(' || c == '[') {
          std::string_view w = word_at(v);
          if (w.empty() || !(w == "in" || w == "as" || w == "instanceof")) {
            Level level(*this);
            p_ = static_cast<uint32_t>(v);
            Val operand = unary();
            return Val{Val::other, expr(b, operand.n->span.end, {operand.n})};
          }
        }
      }
    }
    Val v = postfix(primary());
    if (ops == 0) return v;
    // -1 is a number, not an expression
    if (ops == 1 && s_[b] == '-' && v.kind == Val::literal && v.n->span.begin == skip_from(b + 1, false) &&
        (v.n->type == NodeType::integer || v.n->type == NodeType::floating) && v.n->text[0] != '-') {
      v.n->text.insert(0, "-");
      v.n->span = src_.span(b, v.n->span.end);
      return v;
    }
    return Val{Val::other, expr(b, v.n->span.end, {v.n})};
  }

  // Where a `.name` continuation starts on a later line (`sh(...)\n  .trim()`), or 0.
  size_t continuation_dot() const {
    size_t q = skip_from(p_, true);
    if (q == p_) return 0;
    bool dot = (at(q) == '.' && at(q + 1) != '.') || starts_at(q, "?.") || starts_at(q, "*.");
    return dot ? q : 0;
  }

  Val postfix(Val v) {
    for (;;) {
      if (failed()) return v;
      space();
      if (!paren_ && (cur() == '\n' || cur() == '\r')) {
        size_t q = continuation_dot();
        if (q) p_ = static_cast<uint32_t>(q);
      }
      uint32_t b = v.n->span.begin;
      bool dot = cur() == '.' && at(p_ + 1) != '.';
      if (dot || starts("?.") || starts("*.")) {
        bool plain = dot;
        p_ += dot ? 1 : 2;
        if (cur() == '@' || cur() == '&') ++p_, plain = false;  // .@field, .&method
        space_nl();
        uint32_t nb = p_;
        std::string name;
        if (cur() == '\'' || cur() == '"') {
          name = string_literal()->text;
        } else if (!word().empty()) {
          name.assign(word());
          p_ += static_cast<uint32_t>(name.size());
        } else if (cur() == '(' ) {  // closure.(args)
          name = "call";
        } else {
          unexpected();
          return v;
        }
        uint32_t ne = p_;
        space();
        if (cur() == '(' || cur() == '{') {
          Node* c = v.kind == Val::path && plain ? call_node(std::string(src_.view(b, ne)), b, ne, nullptr)
                                                  : call_node(name, nb, ne, v.n);
          v = Val{Val::call, c};
          continue_call(c);
        } else if (v.kind == Val::path && plain) {
          Node* n = expr(b, ne, {});
          n->refs = {n->text};
          v = Val{Val::path, n};
        } else {
          v = Val{Val::other, expr(b, ne, {v.n})};
        }
        continue;
      }
      if (cur() == '(' && v.kind != Val::literal) {  // a name called with a space before '(' (`println (x)`)
        Node* c = v.kind == Val::path ? call_node(v.n->text, b, v.n->span.end, nullptr)
                                      : call_node("call", v.n->span.end, v.n->span.end, v.n);
        v = Val{Val::call, c};
        continue_call(c);
        continue;
      }
      if (v.kind == Val::path && !paren_ && cur() == '\n' && at(skip_from(p_, true)) == '{')
        p_ = static_cast<uint32_t>(skip_from(p_, true));  // `pipeline\n{`: Groovy 2 takes the closure as its argument
      if (cur() == '{' && v.kind == Val::path) {
        Node* c = call_node(v.n->text, b, v.n->span.end, nullptr);
        v = Val{Val::call, c};
        attach_closure(c);
        continue;
      }
      if (cur() == '[' && v.n->span.end == p_ ) {
        Node* index;
        {
          ParenMode parens(*this, true);
          ++p_;
          Node* args = seq(p_);
          for (;;) {
            space();
            if (failed() || cur() == ']') break;
            if (cur() == ',') {
              ++p_;
              continue;
            }
            uint32_t before = p_;
            push(args, expression().n);
            if (p_ == before) return unexpected(), v;
          }
          if (failed()) return v;
          ++p_;
          index = args;
        }
        std::vector<const Node*> parts{v.n, index};
        Node* n = expr(b, p_, {});
        std::vector<std::string> refs;
        for (const Node* part : parts) collect_refs(part, &refs);
        n->refs = std::move(refs);
        v = Val{Val::other, n};
        continue;
      }
      if ((starts("++") || starts("--")) && v.n->span.end == p_) {
        p_ += 2;
        v = Val{Val::other, expr(b, p_, {v.n})};
        continue;
      }
      return v;
    }
  }

  // After a callee: `(args)` and any closures, the first on the same line or the next.
  void continue_call(Node* c) {
    if (cur() == '(') arguments(c->entries[1].value, c->entries[2].value);
    close(c, p_);
    for (;;) {
      if (failed()) return;
      size_t q = skip_from(p_, paren_);
      if (at(q) != '{') {
        // Groovy 2 takes a closure on the line after a call as its argument: `stage('x')\n{`.
        size_t nl = skip_from(p_, true);
        if (paren_ || at(nl) != '{' || c->get("body")) return;
        q = nl;
      }
      p_ = static_cast<uint32_t>(q);
      attach_closure(c);
    }
  }

  Val primary() {
    space();
    uint32_t b = p_;
    if (failed()) return Val{Val::other, str("", b, b)};
    char c = cur();
    if (c == '\'' || c == '"' || (c == '$' && at(p_ + 1) == '/') || c == '/') return Val{Val::literal, string_literal()};
    if (digit(static_cast<unsigned char>(c)) || (c == '.' && digit(static_cast<unsigned char>(at(p_ + 1)))))
      return Val{Val::literal, number()};
    if (c == '(') {
      ParenMode parens(*this, true);
      ++p_;
      space();
      Val inner = expression();
      expect(')');
      if (failed()) return inner;
      return Val{Val::other, expr(b, p_, {inner.n})};
    }
    if (c == '[') return Val{Val::literal, list_or_map()};
    if (c == '{') return Val{Val::other, closure()};
    std::string_view w = word();
    if (w.empty()) {
      unexpected();
      return Val{Val::other, str("", b, b)};
    }
    if (w == "true" || w == "false") {
      p_ += static_cast<uint32_t>(w.size());
      Node* n = make(NodeType::boolean, b, p_);
      n->text.assign(w);
      return Val{Val::literal, n};
    }
    if (w == "null") {
      p_ += 4;
      Node* n = make(NodeType::null, b, p_);
      n->text = "null";
      return Val{Val::literal, n};
    }
    if (w == "new") return Val{Val::other, new_expression()};
    if (keyword(w) && w != "this" && w != "super") {
      unexpected();
      return Val{Val::other, str("", b, b)};
    }
    p_ += static_cast<uint32_t>(w.size());
    Node* n = expr(b, p_, {});
    n->refs = {n->text};
    return Val{Val::path, n};
  }

  // new Type(args) [{ closure / anonymous class }], new Type[n], new int[] {1, 2}: an expr with the refs of its
  // arguments.
  Node* new_expression() {
    uint32_t b = p_;
    p_ += 3;
    space();
    if (!type_name()) return str("", b, b);
    Node* args = seq(p_);
    Node* named = map(p_);
    space();
    if (cur() == '(') arguments(args, named);
    while (!failed() && cur() == '[') {
      ParenMode parens(*this, true);
      ++p_;
      space();
      if (cur() != ']') push(args, expression().n);
      expect(']');
    }
    if (!failed() && skip_from(p_, false) < s_.size() && at(skip_from(p_, false)) == '{') {
      p_ = static_cast<uint32_t>(skip_from(p_, false));
      push(args, closure());
    }
    return expr(b, p_, {args, named});
  }

  // [a, b] is a seq; [k: v, 'x': y, (expr): z] and [:] a map (a computed key keeps its source text as the key).
  Node* list_or_map() {
    ParenMode parens(*this, true);
    uint32_t b = p_++;
    space();
    if (cur() == ':' && at(skip_from(p_ + 1, true)) == ']') {
      p_ = static_cast<uint32_t>(skip_from(p_ + 1, true) + 1);
      return make(NodeType::map, b, p_);
    }
    Node* out = nullptr;
    auto result = [&] { return out ? out : make(NodeType::seq, b, p_); };
    for (;;) {
      space();
      if (failed()) return result();
      if (cur() == ']') {
        ++p_;
        break;
      }
      if (eof()) return unexpected(), result();
      uint32_t kb = p_, ke = p_;
      std::string key;
      bool keyed = false;
      if (cur() == '*' && at(p_ + 1) == ':') {  // *:other spreads a map into this one
        p_ += 2;
        space();
        expression();
        if (!out) out = map(b);
      } else {
        // A key: a word, a string or (expr) followed by ':'.
        Node* k = nullptr;
        if (std::string_view w = word(); !w.empty() && at(skip_from(p_ + w.size(), true)) == ':' &&
                                         at(skip_from(p_ + w.size(), true) + 1) != ':') {
          key.assign(w);
          keyed = true;
          p_ += static_cast<uint32_t>(w.size());
          ke = p_;
        } else {
          k = expression().n;
          ke = k->span.end;
        }
        space();
        if (failed()) return result();
        if (keyed || (cur() == ':' && at(p_ + 1) != ':')) {
          if (!keyed) key = k->type != NodeType::expr && k->is_scalar() ? k->text : std::string(src_.view(kb, ke));
          if (!out) out = map(b);
          if (!out->is_map()) return fail("a list cannot mix map entries", kb), out;
          ++p_;  // ':'
          space();
          Node* v = expression().n;
          out->entries.push_back(Entry{key, src_.span(kb, ke), v});
        } else {
          if (!out) out = seq(b);
          if (!out->is_seq()) return fail("a map cannot mix list items", kb), out;
          push(out, k);
        }
      }
      space();
      if (failed()) return result();
      if (cur() == ',') ++p_;
      else if (cur() != ']') return unexpected(), result();
    }
    out = result();
    close(out, p_);
    return out;
  }

  // ---- literals ----

  // 42, 0x1F, 1_000L and 0b101 are ints (in decimal), 1.5, 1e3, 2f floats; a value past 64 bits stays as written.
  Node* number() {
    uint32_t b = p_;
    std::string digits;
    int base = 10;
    bool is_float = false;
    if (cur() == '0' && (at(p_ + 1) == 'x' || at(p_ + 1) == 'X')) base = 16, p_ += 2;
    else if (cur() == '0' && (at(p_ + 1) == 'b' || at(p_ + 1) == 'B')) base = 2, p_ += 2;
    auto take = [&](bool hex) {
      while (!eof() && ((hex ? hex_digit(static_cast<unsigned char>(cur())) : digit(static_cast<unsigned char>(cur()))) || cur() == '_')) {
        if (cur() != '_') digits.push_back(cur());
        ++p_;
      }
    };
    take(base == 16);
    if (base == 10 && cur() == '.' && digit(static_cast<unsigned char>(at(p_ + 1)))) {
      is_float = true;
      digits.push_back('.');
      ++p_;
      take(false);
    }
    if (base == 10 && (cur() == 'e' || cur() == 'E') &&
        (digit(static_cast<unsigned char>(at(p_ + 1))) || ((at(p_ + 1) == '-' || at(p_ + 1) == '+') && digit(static_cast<unsigned char>(at(p_ + 2)))))) {
      is_float = true;
      digits.push_back('e');
      ++p_;
      if (cur() == '-' || cur() == '+') digits.push_back(cur()), ++p_;
      take(false);
    }
    char suffix = cur();
    if (std::strchr("lLgGiIdDfF", suffix) && suffix) {
      ++p_;
      if (suffix == 'd' || suffix == 'D' || suffix == 'f' || suffix == 'F') is_float = true;
    }
    if (ident_char(static_cast<unsigned char>(cur()))) {
      unexpected();
      return str("", b, b);
    }
    if (digits.empty() || (is_float && base != 10)) {
      fail("malformed number", b);
      return str("", b, b);
    }
    if (is_float) {
      Node* n = make(NodeType::floating, b, p_);
      n->text = digits;
      return n;
    }
    if (base == 10 && digits.size() > 1 && digits[0] == '0') base = 8;
    unsigned __int128 value = 0;
    for (char d : digits) {
      unsigned v = digit(static_cast<unsigned char>(d)) ? d - '0' : (d | 0x20) - 'a' + 10;
      if (v >= static_cast<unsigned>(base)) {
        fail("malformed number", b);
        return str("", b, b);
      }
      value = value * base + v;
      if (value > static_cast<unsigned __int128>(INT64_MAX)) return expr(b, p_, {});
    }
    Node* n = make(NodeType::integer, b, p_);
    n->text = std::to_string(static_cast<int64_t>(value));
    return n;
  }

  // Any Groovy string at p. Its text is the value with escapes decoded; a GString's `${expr}` and `$name.path`
  // stay as written, and `refs` lists what they refer to. '...' and '''...''' have no interpolation.
  Node* string_literal() {
    uint32_t b = p_;
    enum class Q { single, double_, single3, double3, slashy, dollar_slashy } q;
    if (starts("'''")) q = Q::single3, p_ += 3;
    else if (starts("\"\"\"")) q = Q::double3, p_ += 3;
    else if (cur() == '\'') q = Q::single, ++p_;
    else if (cur() == '"') q = Q::double_, ++p_;
    else if (starts("$/")) q = Q::dollar_slashy, p_ += 2;
    else q = Q::slashy, ++p_;
    bool interpolates = q != Q::single && q != Q::single3;
    bool multiline = q != Q::single && q != Q::double_;
    std::string text;
    std::vector<std::string> refs;
    for (;;) {
      if (eof()) {
        fail("unterminated string", b);
        return str(std::move(text), b, p_);
      }
      char c = cur();
      // the closing delimiter
      if ((q == Q::single && c == '\'') || (q == Q::double_ && c == '"') || (q == Q::slashy && c == '/')) {
        ++p_;
        break;
      }
      if ((q == Q::single3 && starts("'''")) || (q == Q::double3 && starts("\"\"\""))) {
        p_ += 3;
        break;
      }
      if (q == Q::dollar_slashy && starts("/$")) {
        p_ += 2;
        break;
      }
      if (c == '\n' && !multiline) {
        fail("unterminated string", b);
        return str(std::move(text), b, p_);
      }
      if (q == Q::dollar_slashy && c == '$' && (at(p_ + 1) == '$' || at(p_ + 1) == '/')) {
        text.push_back(at(p_ + 1));
        p_ += 2;
        continue;
      }
      if (interpolates && c == '$' && (at(p_ + 1) == '{' || ident_start(static_cast<unsigned char>(at(p_ + 1)))) && at(p_ + 1) != '$') {
        interpolation(&text, &refs);
        if (failed()) return str(std::move(text), b, p_);
        continue;
      }
      if (c == '\\') {
        if (q == Q::slashy) {
          if (at(p_ + 1) == '/') text.push_back('/'), p_ += 2;
          else if (at(p_ + 1) == '\n') p_ += 2;
          else text.push_back('\\'), ++p_;
          continue;
        }
        if (q == Q::dollar_slashy) {
          text.push_back('\\');
          ++p_;
          continue;
        }
        escape(&text);
        continue;
      }
      text.push_back(c);
      ++p_;
    }
    Node* n = str(std::move(text), b, p_);
    n->refs = std::move(refs);
    return n;
  }

  // A backslash escape in a quoted string; an unknown one keeps its backslash.
  void escape(std::string* text) {
    char e = at(p_ + 1);
    p_ += 2;
    switch (e) {
      case 'n': text->push_back('\n'); return;
      case 't': text->push_back('\t'); return;
      case 'r': text->push_back('\r'); return;
      case 'b': text->push_back('\b'); return;
      case 'f': text->push_back('\f'); return;
      case '\n': return;  // a line continuation inside the string
      case '\r':
        if (cur() == '\n') ++p_;
        return;
      case 'u': {
        uint32_t cp = 0;
        int n = 0;
        while (cur() == 'u') ++p_;
        for (; n < 4 && hex_digit(static_cast<unsigned char>(cur())); ++n, ++p_)
          cp = cp * 16 + (digit(static_cast<unsigned char>(cur())) ? cur() - '0' : (cur() | 0x20) - 'a' + 10);
        if (n < 4) return fail("malformed \\u escape", p_);
        append_utf8(text, cp);
        return;
      }
      default:
        if (e >= '0' && e <= '7') {
          int v = e - '0';
          for (int n = 0; n < 2 && cur() >= '0' && cur() <= '7' && v * 8 + (cur() - '0') < 256; ++n, ++p_) v = v * 8 + (cur() - '0');
          append_utf8(text, static_cast<uint32_t>(v));
          return;
        }
        if (e == '\\' || e == '\'' || e == '"' || e == '$' || e == '/') {
          text->push_back(e);
          return;
        }
        if (e == '\0' && p_ > s_.size()) {
          p_ = static_cast<uint32_t>(s_.size());
          return;
        }
        text->push_back('\\');
        --p_;  // the escaped character is read as itself
    }
  }

  // `${ expr }` or `$name.path` in a GString: written into text as in the source, its names into refs.
  void interpolation(std::string* text, std::vector<std::string>* refs) {
    uint32_t b = p_;
    if (at(p_ + 1) == '{') {
      Level level(*this);
      ParenMode parens(*this, true);
      p_ += 2;
      space();
      if (cur() != '}') {
        if (closure_has_params()) {  // "${-> x}": a lazy value
          Node* ignored = seq(p_);
          parameters(ignored, '-');
          p_ += 2;
          space();
        }
        while (!failed() && cur() != '}') {
          uint32_t before = p_;
          Val c = command_or_expression();  // "${tool 'jdk'}" is a command expression
          Node* v = c.kind == Val::call ? c.n : assignment_tail(c).n;
          collect_refs(v, refs);
          space();
          while (cur() == ';') ++p_, space();
          if (p_ == before) return unexpected();
        }
      }
      if (failed()) return;
      ++p_;
    } else {
      ++p_;
      p_ += static_cast<uint32_t>(word().size());
      while (cur() == '.' && ident_start(static_cast<unsigned char>(at(p_ + 1))) && at(p_ + 1) != '$')
        p_ += static_cast<uint32_t>(1 + word_at(p_ + 1).size());
      add_ref(refs, src_.view(b + 1, p_));
    }
    text->append(src_.view(b, p_));
  }
};

}  // namespace

ParseResult parse_groovy(std::shared_ptr<const SourceText> src) {
  ParseResult result;
  auto doc = std::make_unique<Document>();
  doc->source = src;
  doc->format = Format::groovy;
  doc->root = doc->make(NodeType::seq, 0, static_cast<uint32_t>(src->bytes().size()));
  Parser parser(*src, *doc);
  parser.file(doc->root);
  result.error = std::move(parser.error);
  result.documents.push_back(std::move(doc));
  return result;
}

}  // namespace tollgate
