// Terraform expression evaluation (terraform_eval.h). The HCL parser keeps a non-literal expression as its
// source text; this reads that text again with a recursive-descent evaluator of HCL's expression syntax. The
// parser has already accepted the text, so a construct this evaluator does not follow is not an error: it makes
// the expression unknown.
#include "models/resource/terraform_eval.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "tollgate/parsers.h"

namespace tollgate::resource {

const Value* Value::field(std::string_view key) const {
  for (auto it = fields.rbegin(); it != fields.rend(); ++it)
    if (it->first == key) return it->second.get();
  return nullptr;
}

ValuePtr make_unknown(std::string_view source_text) {
  auto v = std::make_shared<Value>();
  v->text = source_text;
  return v;
}

namespace {

ValuePtr make_null() {
  auto v = std::make_shared<Value>();
  v->kind = Value::Kind::null;
  return v;
}
ValuePtr make_bool(bool b) {
  auto v = std::make_shared<Value>();
  v->kind = Value::Kind::boolean;
  v->flag = b;
  return v;
}
ValuePtr make_number(double d) {
  auto v = std::make_shared<Value>();
  v->kind = Value::Kind::number;
  v->number = d;
  return v;
}
ValuePtr make_string(std::string s) {
  auto v = std::make_shared<Value>();
  v->kind = Value::Kind::string;
  v->weight = 1 + s.size() / 256;
  v->text = std::move(s);
  return v;
}
// A tuple or object: unknown instead when it would weigh more than kMaxWeight.
ValuePtr tuple_of(std::vector<ValuePtr> items, std::string_view text) {
  size_t w = 1;
  for (const ValuePtr& i : items) w += i->weight;
  if (w > kMaxWeight) return make_unknown(text);
  auto v = std::make_shared<Value>();
  v->kind = Value::Kind::tuple;
  v->items = std::move(items);
  v->weight = w;
  return v;
}
ValuePtr object_of(std::vector<std::pair<std::string, ValuePtr>> fields, std::string_view text) {
  size_t w = 1;
  for (const auto& f : fields) w += f.second->weight;
  if (w > kMaxWeight) return make_unknown(text);
  auto v = std::make_shared<Value>();
  v->kind = Value::Kind::object;
  v->fields = std::move(fields);
  v->weight = w;
  return v;
}

}  // namespace

bool for_each_iterators(const Value& collection, std::vector<ValuePtr>* out) {
  auto add = [&](ValuePtr key, const ValuePtr& value) {
    out->push_back(object_of({{"key", std::move(key)}, {"value", value}}, "each"));
  };
  if (collection.kind == Value::Kind::tuple) {
    for (size_t i = 0; i < collection.items.size(); ++i) add(make_number(static_cast<double>(i)), collection.items[i]);
    return true;
  }
  if (collection.kind == Value::Kind::object) {
    // In the order of the keys, as Terraform iterates a map; of a key written twice, the last counts.
    std::vector<const std::pair<std::string, ValuePtr>*> fields;
    for (const auto& f : collection.fields) fields.push_back(&f);
    std::stable_sort(fields.begin(), fields.end(), [](auto* a, auto* b) { return a->first < b->first; });
    for (size_t i = 0; i < fields.size(); ++i) {
      bool last_of_key = i + 1 == fields.size() || fields[i + 1]->first != fields[i]->first;
      if (last_of_key) add(make_string(fields[i]->first), fields[i]->second);
    }
    return true;
  }
  return false;
}

namespace {

// Terraform's automatic conversions: a string "true"/"false" is a bool where a bool is expected, a numeric string
// a number, and a number or bool a string.
bool as_bool(const Value& v, bool* out) {
  if (v.kind == Value::Kind::boolean) return *out = v.flag, true;
  if (v.kind == Value::Kind::string && (v.text == "true" || v.text == "false")) return *out = v.text == "true", true;
  return false;
}
bool as_number(const Value& v, double* out) {
  if (v.kind == Value::Kind::number) return *out = v.number, true;
  if (v.kind != Value::Kind::string || v.text.empty()) return false;
  char* end = nullptr;
  double d = std::strtod(v.text.c_str(), &end);
  if (end != v.text.c_str() + v.text.size() || !std::isfinite(d)) return false;
  *out = d;
  return true;
}
std::string number_text(double d) {
  if (std::floor(d) == d && std::fabs(d) < 9.0e15) return std::to_string(static_cast<long long>(d));
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.15g", d);
  if (std::strtod(buf, nullptr) != d) std::snprintf(buf, sizeof buf, "%.17g", d);
  return buf;
}
bool as_string(const Value& v, std::string* out) {
  switch (v.kind) {
    case Value::Kind::string: *out = v.text; return true;
    case Value::Kind::number: *out = number_text(v.number); return true;
    case Value::Kind::boolean: *out = v.flag ? "true" : "false"; return true;
    default: return false;
  }
}

bool has_unknown(const Value& v) {
  if (!v.known()) return true;
  for (const ValuePtr& i : v.items)
    if (has_unknown(*i)) return true;
  for (const auto& f : v.fields)
    if (has_unknown(*f.second)) return true;
  return false;
}
bool equal(const Value& a, const Value& b);

}  // namespace

bool same_value(const Value& a, const Value& b) { return !has_unknown(a) && !has_unknown(b) && equal(a, b); }

namespace {

bool equal(const Value& a, const Value& b) {
  if (a.kind != b.kind) return false;
  switch (a.kind) {
    case Value::Kind::null: return true;
    case Value::Kind::boolean: return a.flag == b.flag;
    case Value::Kind::number: return a.number == b.number;
    case Value::Kind::string: return a.text == b.text;
    case Value::Kind::tuple:
      if (a.items.size() != b.items.size()) return false;
      for (size_t i = 0; i < a.items.size(); ++i)
        if (!equal(*a.items[i], *b.items[i])) return false;
      return true;
    case Value::Kind::object:
      if (a.fields.size() != b.fields.size()) return false;
      for (const auto& f : a.fields) {
        const Value* o = b.field(f.first);
        if (!o || !equal(*f.second, *o)) return false;
      }
      return true;
    default: return false;
  }
}

struct Abort {};  // the text goes beyond what this evaluator reads, or too deep: the expression is unknown

class Evaluator {
 public:
  Evaluator(std::string_view text, Scope& scope) : s_(text), scope_(scope) {}

  ValuePtr run() {
    try {
      ValuePtr v = expr();
      skip();
      if (p_ < s_.size()) return make_unknown(s_);
      return v;
    } catch (const Abort&) {
      return make_unknown(s_);
    }
  }

 private:
  std::string_view s_;
  size_t p_ = 0;
  Scope& scope_;

  struct Deeper {
    explicit Deeper(Scope& s) : s_(s) {
      if (++s_.depth > kMaxDepth) {
        --s_.depth;
        throw Abort{};
      }
    }
    ~Deeper() { --s_.depth; }
    Scope& s_;
  };

  char cur() const { return p_ < s_.size() ? s_[p_] : '\0'; }
  char peek(size_t k) const { return p_ + k < s_.size() ? s_[p_ + k] : '\0'; }
  std::string_view from(size_t b) const { return s_.substr(b, p_ - b); }

  void skip() {
    for (;;) {
      char c = cur();
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
        ++p_;
      } else if (c == '#' || (c == '/' && peek(1) == '/')) {
        while (p_ < s_.size() && s_[p_] != '\n') ++p_;
      } else if (c == '/' && peek(1) == '*') {
        size_t e = s_.find("*/", p_ + 2);
        if (e == std::string_view::npos) throw Abort{};
        p_ = e + 2;
      } else {
        return;
      }
    }
  }
  void expect(char c) {
    skip();
    if (cur() != c) throw Abort{};
    ++p_;
  }
  static bool id_start(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || static_cast<unsigned char>(c) >= 0x80;
  }
  static bool id_cont(char c) { return id_start(c) || (c >= '0' && c <= '9') || c == '-'; }
  std::string_view ident() {
    size_t b = p_;
    if (!id_start(cur())) throw Abort{};
    for (;;) {
      if (id_cont(cur())) ++p_;
      else if (cur() == ':' && peek(1) == ':' && id_start(peek(2))) p_ += 2;
      else break;
    }
    return s_.substr(b, p_ - b);
  }
  bool keyword(std::string_view kw) {
    skip();
    if (s_.compare(p_, kw.size(), kw) == 0 && !id_cont(p_ + kw.size() < s_.size() ? s_[p_ + kw.size()] : '\0')) {
      p_ += kw.size();
      return true;
    }
    return false;
  }

  ValuePtr expr() {
    Deeper d(scope_);
    skip();
    size_t b = p_;
    ValuePtr c = binary(1);
    size_t save = p_;
    skip();
    if (cur() != '?') {
      p_ = save;
      return c;
    }
    ++p_;
    ValuePtr t = expr();
    expect(':');
    ValuePtr f = expr();
    bool cond;
    if (c->known() && as_bool(*c, &cond)) return cond ? t : f;
    // An unknown condition still gives a known value when both branches agree.
    if (!has_unknown(*t) && !has_unknown(*f) && equal(*t, *f)) return t;
    return make_unknown(from(b));
  }

  // Operator at p_ and its precedence (0: none).
  int op_at(std::string_view* op) const {
    char c = cur(), d = peek(1);
    auto two = [&](int prec) { *op = s_.substr(p_, 2); return prec; };
    auto one = [&](int prec) { *op = s_.substr(p_, 1); return prec; };
    switch (c) {
      case '|': return d == '|' ? two(1) : 0;
      case '&': return d == '&' ? two(2) : 0;
      case '=': return d == '=' ? two(3) : 0;
      case '!': return d == '=' ? two(3) : 0;
      case '<':
      case '>': return d == '=' ? two(4) : one(4);
      case '+':
      case '-': return one(5);
      case '*':
      case '/':
      case '%': return one(6);
      default: return 0;
    }
  }

  ValuePtr binary(int min_prec) {
    size_t b = p_;
    ValuePtr l = unary();
    for (;;) {
      size_t save = p_;
      skip();
      std::string_view op;
      int prec = op_at(&op);
      if (prec == 0 || prec < min_prec) {
        p_ = save;
        return l;
      }
      p_ += op.size();
      Deeper d(scope_);
      ValuePtr r = binary(prec + 1);
      l = apply(op, l, r, from(b));
    }
  }

  ValuePtr apply(std::string_view op, const ValuePtr& l, const ValuePtr& r, std::string_view text) {
    bool lb, rb;
    if (op == "&&" || op == "||") {
      bool is_and = op == "&&";
      // false && x is false, true || x is true, whatever x is.
      if (l->known() && as_bool(*l, &lb) && lb != is_and) return make_bool(lb);
      if (r->known() && as_bool(*r, &rb) && rb != is_and) return make_bool(rb);
      if (l->known() && r->known() && as_bool(*l, &lb) && as_bool(*r, &rb)) return make_bool(is_and ? lb && rb : lb || rb);
      return make_unknown(text);
    }
    if (has_unknown(*l) || has_unknown(*r)) return make_unknown(text);
    if (op == "==" || op == "!=") return make_bool(equal(*l, *r) == (op == "=="));
    double a, c;
    if (!as_number(*l, &a) || !as_number(*r, &c)) return make_unknown(text);
    if (op == "<") return make_bool(a < c);
    if (op == ">") return make_bool(a > c);
    if (op == "<=") return make_bool(a <= c);
    if (op == ">=") return make_bool(a >= c);
    if (op == "+") return make_number(a + c);
    if (op == "-") return make_number(a - c);
    if (op == "*") return make_number(a * c);
    if (c == 0) return make_unknown(text);
    if (op == "/") return make_number(a / c);
    return make_number(std::fmod(a, c));
  }

  ValuePtr unary() {
    skip();
    char c = cur();
    if (c != '-' && c != '!') return postfix();
    Deeper d(scope_);
    size_t b = p_;
    ++p_;
    ValuePtr v = unary();
    if (c == '-') {
      double n;
      if (v->known() && as_number(*v, &n)) return make_number(-n);
    } else {
      bool f;
      if (v->known() && as_bool(*v, &f)) return make_bool(!f);
    }
    return make_unknown(from(b));
  }

  // Steps after a value: .attr, .0, [index]; a splat makes the rest unknown.
  ValuePtr steps(ValuePtr v, size_t b) {
    for (;;) {
      size_t save = p_;
      skip();
      char c = cur();
      if (c == '.' && peek(1) != '.') {
        ++p_;
        if (cur() == '*') {
          ++p_;
          v = make_unknown(from(b));
        } else if (cur() >= '0' && cur() <= '9') {
          size_t nb = p_;
          while (cur() >= '0' && cur() <= '9') ++p_;
          v = index(v, make_number(std::stod(std::string(s_.substr(nb, p_ - nb)))), from(b));
        } else {
          std::string_view name = ident();
          v = index(v, make_string(std::string(name)), from(b));
        }
      } else if (c == '[') {
        ++p_;
        skip();
        if (cur() == '*') {
          ++p_;
          expect(']');
          v = make_unknown(from(b));
          continue;
        }
        ValuePtr k = expr();
        expect(']');
        v = index(v, k, from(b));
      } else {
        p_ = save;
        return v;
      }
    }
  }

  ValuePtr index(const ValuePtr& v, const ValuePtr& k, std::string_view text) {
    if (!v->known() || !k->known()) return make_unknown(text);
    if (v->kind == Value::Kind::object) {
      std::string key;
      if (as_string(*k, &key))
        for (auto it = v->fields.rbegin(); it != v->fields.rend(); ++it)
          if (it->first == key) return it->second;
      // A missing key is an error to Terraform (which try() may catch): unknown here.
      return make_unknown(text);
    }
    if (v->kind == Value::Kind::tuple) {
      double n;
      if (!as_number(*k, &n) || n < 0 || n >= static_cast<double>(v->items.size()) || std::floor(n) != n)
        return make_unknown(text);
      return v->items[static_cast<size_t>(n)];
    }
    return make_unknown(text);
  }

  ValuePtr postfix() {
    skip();
    size_t b = p_;
    ValuePtr v = primary();
    return steps(std::move(v), b);
  }

  ValuePtr primary() {
    char c = cur();
    size_t b = p_;
    if (c >= '0' && c <= '9') return number();
    if (c == '"') return quoted();
    if (c == '<' && peek(1) == '<') return heredoc();
    if (c == '(') {
      ++p_;
      ValuePtr v = expr();
      expect(')');
      return v;
    }
    if (c == '[') return tuple();
    if (c == '{') return object();
    if (!id_start(c)) throw Abort{};
    std::string_view name = ident();
    if (name == "true" || name == "false") return make_bool(name == "true");
    if (name == "null") return make_null();
    size_t save = p_;
    skip();
    if (cur() == '(') return call(name, b);
    p_ = save;
    if ((name == "var" || name == "local") && cur() == '.' && id_start(peek(1))) {
      ++p_;
      std::string_view attr = ident();
      ValuePtr v = name == "var" ? scope_.variable(attr) : scope_.local(attr);
      return v ? v : make_unknown(from(b));
    }
    for (auto it = scope_.iterators.rbegin(); it != scope_.iterators.rend(); ++it)
      if (it->first == name) return steps(it->second, b);
    // Another resource, a data source, a module, count/each, path.*, terraform.workspace, self: known at apply.
    steps(make_unknown(name), b);
    return make_unknown(from(b));
  }

  ValuePtr number() {
    size_t b = p_;
    while (std::isdigit(static_cast<unsigned char>(cur()))) ++p_;
    if (cur() == '.' && std::isdigit(static_cast<unsigned char>(peek(1)))) {
      ++p_;
      while (std::isdigit(static_cast<unsigned char>(cur()))) ++p_;
    }
    if (cur() == 'e' || cur() == 'E') {
      size_t save = p_;
      ++p_;
      if (cur() == '+' || cur() == '-') ++p_;
      if (!std::isdigit(static_cast<unsigned char>(cur()))) p_ = save;
      while (std::isdigit(static_cast<unsigned char>(cur()))) ++p_;
    }
    return make_number(std::strtod(std::string(from(b)).c_str(), nullptr));
  }

  // A quoted template: literal parts decoded, interpolations evaluated; a directive (%{ if }, %{ for }) makes
  // the whole string unknown.
  ValuePtr quoted() {
    size_t b = p_;
    ++p_;
    std::string out;
    bool known = true;
    for (;;) {
      if (p_ >= s_.size()) throw Abort{};
      char c = s_[p_];
      if (c == '"') {
        ++p_;
        break;
      }
      if (c == '\\') {
        char e = peek(1);
        p_ += 2;
        switch (e) {
          case 'n': out.push_back('\n'); break;
          case 'r': out.push_back('\r'); break;
          case 't': out.push_back('\t'); break;
          case '"': out.push_back('"'); break;
          case '\\': out.push_back('\\'); break;
          default: known = false; break;  // \u escapes: rare in the values a control reads
        }
        continue;
      }
      if ((c == '$' || c == '%') && peek(1) == c && peek(2) == '{') {
        out.push_back(c);
        out.push_back('{');
        p_ += 3;
        continue;
      }
      if (c == '$' && peek(1) == '{') {
        p_ += 2;
        skip_strip();
        ValuePtr v = expr();
        skip_strip();
        expect('}');
        std::string part;
        if (v->known() && as_string(*v, &part)) out += part;
        else known = false;
        continue;
      }
      if (c == '%' && peek(1) == '{') {
        p_ += 2;
        directive();
        known = false;
        continue;
      }
      out.push_back(c);
      ++p_;
    }
    if (!known) return make_unknown(from(b));
    if (out.size() / 256 > kMaxWeight) return make_unknown(from(b));
    return make_string(std::move(out));
  }
  // The `~` of ${~ x ~}.
  void skip_strip() {
    skip();
    if (cur() == '~') ++p_;
    skip();
  }
  // %{ if x }, %{ else }, %{ endif }, %{ for a, b in x }, %{ endfor }: read past, to its `}`.
  void directive() {
    skip_strip();
    std::string_view kw = ident();
    if (kw == "if") {
      expr();
    } else if (kw == "for") {
      for_header();
    }
    skip_strip();
    expect('}');
  }

  // <<ID / <<-ID: unknown (a heredoc with interpolation); read to its closing line.
  ValuePtr heredoc() {
    size_t b = p_;
    p_ += 2;
    if (cur() == '-') ++p_;
    std::string_view id = ident();
    size_t nl = s_.find('\n', p_);
    if (nl == std::string_view::npos) throw Abort{};
    p_ = nl + 1;
    while (p_ < s_.size()) {
      size_t e = s_.find('\n', p_);
      size_t end = e == std::string_view::npos ? s_.size() : e;
      std::string_view line = s_.substr(p_, end - p_);
      size_t ws = line.find_first_not_of(" \t");
      std::string_view t = ws == std::string_view::npos ? std::string_view() : line.substr(ws);
      if (!t.empty() && t.back() == '\r') t.remove_suffix(1);
      if (t == id) {
        p_ = end;
        return make_unknown(from(b));
      }
      if (e == std::string_view::npos) break;
      p_ = e + 1;
    }
    throw Abort{};
  }

  bool for_intro() {
    size_t save = p_;
    if (keyword("for")) {
      skip();
      if (id_start(cur())) return true;
    }
    p_ = save;
    return false;
  }
  // `k, v in COLLECTION` after a `for` keyword (in a for expression and in a %{ for } directive): read.
  void for_header() {
    skip();
    ident();
    skip();
    if (cur() == ',') {
      ++p_;
      skip();
      ident();
    }
    if (!keyword("in")) throw Abort{};
    expr();
  }

  // The rest of a for expression after `for`: read, unknown (its variables are unknown here).
  ValuePtr for_rest(size_t b, char closer) {
    for_header();
    expect(':');
    expr();
    skip();
    if (cur() == '=' && peek(1) == '>') {
      p_ += 2;
      expr();
      skip();
      if (cur() == '.' && peek(1) == '.' && peek(2) == '.') p_ += 3;
    }
    if (keyword("if")) expr();
    expect(closer);
    return make_unknown(from(b));
  }

  ValuePtr tuple() {
    size_t b = p_;
    ++p_;
    if (for_intro()) return for_rest(b, ']');
    std::vector<ValuePtr> items;
    for (;;) {
      skip();
      if (cur() == ']') {
        ++p_;
        break;
      }
      items.push_back(expr());
      skip();
      if (cur() == ',') ++p_;
      else if (cur() != ']') throw Abort{};
    }
    return tuple_of(std::move(items), from(b));
  }

  ValuePtr object() {
    size_t b = p_;
    ++p_;
    if (for_intro()) return for_rest(b, '}');
    std::vector<std::pair<std::string, ValuePtr>> fields;
    bool known_keys = true;
    for (;;) {
      skip();
      if (cur() == '}') {
        ++p_;
        break;
      }
      // A bare identifier key is its name; any other key is an expression.
      std::string key;
      size_t kb = p_;
      bool bare = false;
      if (id_start(cur())) {
        std::string_view name = ident();
        skip();
        if ((cur() == '=' && peek(1) != '=') || cur() == ':') {
          key = name;
          bare = true;
        } else {
          p_ = kb;
        }
      }
      if (!bare) {
        ValuePtr k = expr();
        if (!k->known() || !as_string(*k, &key)) known_keys = false;
      }
      skip();
      if (cur() != '=' && cur() != ':') throw Abort{};
      ++p_;
      ValuePtr v = expr();
      bool replaced = false;
      for (auto& f : fields)
        if (f.first == key) f.second = v, replaced = true;
      if (!replaced) fields.emplace_back(std::move(key), v);
      skip();
      if (cur() == ',') ++p_;
    }
    if (!known_keys) return make_unknown(from(b));
    return object_of(std::move(fields), from(b));
  }

  ValuePtr call(std::string_view name, size_t b) {
    ++p_;  // (
    std::vector<ValuePtr> args;
    bool expand = false;
    for (;;) {
      skip();
      if (cur() == ')') {
        ++p_;
        break;
      }
      args.push_back(expr());
      skip();
      if (cur() == '.' && peek(1) == '.' && peek(2) == '.') {
        p_ += 3;
        expand = true;
        skip();
      }
      if (cur() == ',') ++p_;
      else if (cur() != ')') throw Abort{};
    }
    std::string_view text = from(b);
    if (expand) return make_unknown(text);
    return function(name, args, text);
  }

  static ValuePtr function(std::string_view name, const std::vector<ValuePtr>& a, std::string_view text) {
    auto unknown = [&] { return make_unknown(text); };
    auto all_known = [&] {
      for (const ValuePtr& v : a)
        if (has_unknown(*v)) return false;
      return true;
    };
    std::string s;
    if (name == "lower" || name == "upper") {
      if (a.size() != 1 || !a[0]->known() || !as_string(*a[0], &s)) return unknown();
      for (char& c : s) c = static_cast<char>(name == "lower" ? std::tolower(static_cast<unsigned char>(c)) : std::toupper(static_cast<unsigned char>(c)));
      return make_string(std::move(s));
    }
    if (name == "tostring") {
      if (a.size() != 1 || !a[0]->known()) return unknown();
      if (a[0]->kind == Value::Kind::null) return a[0];
      return as_string(*a[0], &s) ? make_string(std::move(s)) : unknown();
    }
    if (name == "tonumber") {
      double d;
      if (a.size() != 1 || !a[0]->known() || !as_number(*a[0], &d)) return unknown();
      return make_number(d);
    }
    if (name == "tobool") {
      bool f;
      if (a.size() != 1 || !a[0]->known() || !as_bool(*a[0], &f)) return unknown();
      return make_bool(f);
    }
    if (name == "tolist" || name == "toset" || name == "tomap") {
      return a.size() == 1 ? a[0] : unknown();
    }
    if (name == "format") {
      if (a.empty() || !all_known() || !as_string(*a[0], &s)) return unknown();
      std::string out;
      size_t next = 1;
      for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '%') {
          out.push_back(s[i]);
          continue;
        }
        char verb = i + 1 < s.size() ? s[i + 1] : '\0';
        ++i;
        if (verb == '%') {
          out.push_back('%');
          continue;
        }
        std::string part;
        if ((verb != 's' && verb != 'd' && verb != 'v') || next >= a.size() || !as_string(*a[next++], &part))
          return unknown();
        out += part;
      }
      return make_string(std::move(out));
    }
    if (name == "join") {
      if (a.size() < 2 || !all_known() || !as_string(*a[0], &s)) return unknown();
      std::string out;
      bool first = true;
      for (size_t i = 1; i < a.size(); ++i) {
        if (a[i]->kind != Value::Kind::tuple) return unknown();
        for (const ValuePtr& item : a[i]->items) {
          std::string part;
          if (!as_string(*item, &part)) return unknown();
          if (!first) out += s;
          out += part;
          first = false;
        }
      }
      return make_string(std::move(out));
    }
    if (name == "concat") {
      std::vector<ValuePtr> items;
      for (const ValuePtr& v : a) {
        if (v->kind != Value::Kind::tuple) return unknown();
        items.insert(items.end(), v->items.begin(), v->items.end());
      }
      return tuple_of(std::move(items), text);
    }
    if (name == "merge") {
      std::vector<std::pair<std::string, ValuePtr>> fields;
      for (const ValuePtr& v : a) {
        if (v->kind == Value::Kind::null) continue;
        if (v->kind != Value::Kind::object) return unknown();
        for (const auto& f : v->fields) {
          bool replaced = false;
          for (auto& have : fields)
            if (have.first == f.first) have.second = f.second, replaced = true;
          if (!replaced) fields.push_back(f);
        }
      }
      return object_of(std::move(fields), text);
    }
    if (name == "lookup") {
      if (a.size() < 2 || a.size() > 3 || !a[0]->known() || !a[1]->known()) return unknown();
      if (a[0]->kind != Value::Kind::object || !as_string(*a[1], &s)) return unknown();
      for (const auto& f : a[0]->fields)
        if (f.first == s) return f.second;
      return a.size() == 3 ? a[2] : unknown();
    }
    if (name == "coalesce") {
      for (const ValuePtr& v : a) {
        if (!v->known()) return unknown();
        if (v->kind == Value::Kind::null || (v->kind == Value::Kind::string && v->text.empty())) continue;
        return v;
      }
      return unknown();
    }
    if (name == "length") {
      if (a.size() != 1 || !a[0]->known()) return unknown();
      if (a[0]->kind == Value::Kind::tuple) return make_number(static_cast<double>(a[0]->items.size()));
      if (a[0]->kind == Value::Kind::object) return make_number(static_cast<double>(a[0]->fields.size()));
      return unknown();  // a string's length counts grapheme clusters
    }
    if (name == "contains") {
      if (a.size() != 2 || !all_known() || a[0]->kind != Value::Kind::tuple) return unknown();
      for (const ValuePtr& v : a[0]->items)
        if (equal(*v, *a[1])) return make_bool(true);
      return make_bool(false);
    }
    if (name == "min" || name == "max") {
      if (a.empty()) return unknown();
      double best = 0;
      for (size_t i = 0; i < a.size(); ++i) {
        double d;
        if (!a[i]->known() || !as_number(*a[i], &d)) return unknown();
        if (i == 0 || (name == "min" ? d < best : d > best)) best = d;
      }
      return make_number(best);
    }
    return unknown();
  }
};

}  // namespace

ValuePtr evaluate(std::string_view text, Scope& scope) { return Evaluator(text, scope).run(); }

ValuePtr value_of(const Node* n, Scope& scope, bool json_templates) {
  if (!n) return make_null();
  switch (n->type) {
    case NodeType::null: return make_null();
    case NodeType::boolean: return make_bool(n->text == "true");
    case NodeType::integer:
    case NodeType::floating: return make_number(std::strtod(n->text.c_str(), nullptr));
    case NodeType::string:
      if (json_templates && n->text.find("${") != std::string::npos) {
        // Terraform JSON: the string is a template; quote it so the evaluator reads it as one.
        std::string quoted = "\"";
        for (char c : n->text) {
          if (c == '"') quoted += "\\\"";
          else if (c == '\\') quoted += "\\\\";
          else if (c == '\n') quoted += "\\n";
          else quoted.push_back(c);
        }
        quoted.push_back('"');
        ValuePtr v = evaluate(quoted, scope);
        return v->known() ? v : make_unknown(n->text);
      }
      return make_string(n->text);
    case NodeType::expr: return evaluate(n->text, scope);
    case NodeType::seq: {
      if (++scope.depth > kMaxDepth) {
        --scope.depth;
        return make_unknown("[...]");
      }
      std::vector<ValuePtr> items;
      for (const Entry& e : n->entries) items.push_back(value_of(e.value, scope, json_templates));
      --scope.depth;
      return tuple_of(std::move(items), "[...]");
    }
    case NodeType::map: {
      if (++scope.depth > kMaxDepth) {
        --scope.depth;
        return make_unknown("{...}");
      }
      std::vector<std::pair<std::string, ValuePtr>> fields;
      for (const Entry& e : n->entries) fields.emplace_back(e.key, value_of(e.value, scope, json_templates));
      --scope.depth;
      return object_of(std::move(fields), "{...}");
    }
  }
  return make_unknown(n->text);
}

}  // namespace tollgate::resource
