// Terraform expressions evaluated as far as the files allow (docs/document-model.md, "Resource"): literals,
// string templates, conditionals, operators, `var.*` and `local.*`, and a few pure functions. Anything that
// depends on what only `terraform apply` knows (another resource's attributes, data sources, module outputs,
// `count.index`, files) is unknown, carrying the source text of the smallest expression that is.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tollgate/document.h"

namespace tollgate::resource {

struct Value;
using ValuePtr = std::shared_ptr<const Value>;

struct Value {
  enum class Kind : uint8_t { unknown, null, boolean, number, string, tuple, object };
  Kind kind = Kind::unknown;
  bool flag = false;   // boolean
  double number = 0;   // number
  std::string text;    // string: its value; unknown: the source expression
  std::vector<ValuePtr> items;                          // tuple
  std::vector<std::pair<std::string, ValuePtr>> fields; // object, keys in order
  // What the value costs (nodes, and string bytes / 256): values past kMaxWeight become unknown, so that a chain
  // of locals that doubles a string at each step stays small.
  size_t weight = 1;

  bool known() const { return kind != Kind::unknown; }
  const Value* field(std::string_view key) const;
};

inline constexpr size_t kMaxWeight = 20000;

ValuePtr make_unknown(std::string_view source_text);
// The iterator objects a `dynamic` block's content reads for each element of its `for_each` collection:
// `{ key, value }`, the key being a tuple element's index or an object's key. False when it is not a collection.
bool for_each_iterators(const Value& collection, std::vector<ValuePtr>* out);
// Deep equality of two values; false when either holds an unknown part.
bool same_value(const Value& a, const Value& b);

// Where `var.NAME` and `local.NAME` come from. Both return nullptr when the name is not declared.
class Scope {
 public:
  virtual ~Scope() = default;
  virtual ValuePtr variable(std::string_view name) = 0;
  virtual ValuePtr local(std::string_view name) = 0;
  // The iterators of the `dynamic` blocks being expanded, innermost last: `ingress.value` reads the binding
  // named `ingress` (an object of `key` and `value`). Other names are unknown.
  std::vector<std::pair<std::string, ValuePtr>> iterators;
  // Shared by every evaluation under one scope, nested ones (a local evaluated on first use) included: it bounds
  // the recursion of the whole evaluation, however the locals chain.
  int depth = 0;
};

// The value of an expression's source text (an HCL `expr` node's text).
ValuePtr evaluate(std::string_view text, Scope& scope);
// The value of a parsed node: scalars as they are, maps and seqs element by element, expr nodes evaluated.
// `json_templates`: strings are templates (Terraform's JSON syntax writes `"${var.x}"` as a string).
ValuePtr value_of(const Node* n, Scope& scope, bool json_templates);

}  // namespace tollgate::resource
