// JSON written inside a Terraform attribute: `jsonencode(...)` (an expression to the HCL parser), a JSON heredoc,
// or a quoted JSON string, as IAM policies and ECS container definitions are. Shared by the workload model (ECS
// container definitions) and the resource model (IAM policies).
#pragma once

#include <string>

#include "tollgate/models.h"
#include "tollgate/parsers.h"

namespace tollgate {

// Holds the parse a read value's nodes belong to: keep it alive while the nodes are used.
struct EmbeddedJson {
  std::string bytes;
  ParseResult result;
};

// The value of a Terraform attribute `v` of `doc` that holds JSON, as nodes: `jsonencode(<expr>)` and heredocs are
// parsed again in place, from the file's own bytes with everything else blanked out, so every value keeps its exact
// line and column; interpolations (`${var.x}`) and HCL expressions stay unknown (expr). A quoted string (or a plan's
// string value) is parsed from its decoded text, every value located at the string. nullptr when `v` is not one of
// these or does not parse.
const Node* read_embedded_json(const Document& doc, const Node* v, EmbeddedJson* out);

}  // namespace tollgate
