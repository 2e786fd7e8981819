// Fuzz target `yaml`: YAML (parsers/yaml): any bytes as a .yaml file.
// Besides the invariants of fuzz/invariants.cc, a differential check: parse_yaml reads a file with the fast
// scanner and falls back to libyaml when the scanner declines it, so its result must equal libyaml's alone
// (the property tests/unit/yaml_fast_test.cc checks on chosen inputs): same documents, errors, node types, text,
// tags, references, spans and sharing.
#include <map>

#include "fuzz/fuzz_target.h"
#include "parsers/yaml/yaml_readers.h"
#include "tollgate/parsers.h"

using namespace tollgate;

namespace {

std::string show(const Span& s) {
  return std::to_string(s.line) + ":" + std::to_string(s.col) + "-" + std::to_string(s.end_line) + ":" +
         std::to_string(s.end_col) + " [" + std::to_string(s.begin) + "," + std::to_string(s.end) + ")";
}

bool same(const Span& a, const Span& b) {
  return a.line == b.line && a.col == b.col && a.end_line == b.end_line && a.end_col == b.end_col &&
         a.begin == b.begin && a.end == b.end;
}

// Walks two node graphs in step; a node met again must map to the node it mapped to before (the same sharing)
// and is not walked again, so aliases stay cheap.
struct Differ {
  std::map<const Node*, const Node*> pairs;

  void compare(const Node* a, const Node* b, const std::string& path) {
    if (!a || !b) {
      TOLLGATE_FUZZ_CHECK(a == b, path + ": one reader has no node");
      return;
    }
    auto [it, fresh] = pairs.emplace(a, b);
    if (!fresh) {
      TOLLGATE_FUZZ_CHECK(it->second == b, path + ": the readers share nodes differently");
      return;
    }
    TOLLGATE_FUZZ_CHECK(a->type == b->type, path + ": type " + node_type_name(a->type) + " vs " + node_type_name(b->type));
    TOLLGATE_FUZZ_CHECK(a->quoted == b->quoted, path + ": quoted differs");
    TOLLGATE_FUZZ_CHECK(a->text == b->text, path + ": text \"" + a->text + "\" vs \"" + b->text + "\"");
    TOLLGATE_FUZZ_CHECK(a->tag == b->tag, path + ": tag " + a->tag + " vs " + b->tag);
    TOLLGATE_FUZZ_CHECK(a->refs == b->refs, path + ": references differ");
    TOLLGATE_FUZZ_CHECK(same(a->span, b->span), path + ": span " + show(a->span) + " vs " + show(b->span));
    TOLLGATE_FUZZ_CHECK(a->entries.size() == b->entries.size(),
                        path + ": " + std::to_string(a->entries.size()) + " vs " + std::to_string(b->entries.size()) +
                            " entries");
    for (size_t i = 0; i < a->entries.size(); ++i) {
      const Entry& x = a->entries[i];
      const Entry& y = b->entries[i];
      const std::string at = path + "/" + (a->is_map() ? x.key : std::to_string(i));
      TOLLGATE_FUZZ_CHECK(x.key == y.key, at + ": key \"" + x.key + "\" vs \"" + y.key + "\"");
      TOLLGATE_FUZZ_CHECK(same(x.key_span, y.key_span), at + ": key span " + show(x.key_span) + " vs " + show(y.key_span));
      compare(x.value, y.value, at);
    }
  }
};

void check_same(const ParseResult& got, const ParseResult& lib) {
  const std::string prefix = "parse_yaml vs libyaml alone: ";
  TOLLGATE_FUZZ_CHECK(got.error.has_value() == lib.error.has_value(),
                      prefix + "error " + (got.error ? got.error->message : "none") + " vs " +
                          (lib.error ? lib.error->message : "none"));
  if (got.error) {
    TOLLGATE_FUZZ_CHECK(got.error->message == lib.error->message,
                        prefix + "error \"" + got.error->message + "\" vs \"" + lib.error->message + "\"");
    TOLLGATE_FUZZ_CHECK(got.error->offset == lib.error->offset,
                        prefix + "error offset " + std::to_string(got.error->offset) + " vs " +
                            std::to_string(lib.error->offset));
  }
  TOLLGATE_FUZZ_CHECK(got.documents.size() == lib.documents.size(),
                      prefix + std::to_string(got.documents.size()) + " vs " + std::to_string(lib.documents.size()) +
                          " documents");
  for (size_t i = 0; i < got.documents.size(); ++i) {
    const Document& x = *got.documents[i];
    const Document& y = *lib.documents[i];
    const std::string at = prefix + "document " + std::to_string(i);
    TOLLGATE_FUZZ_CHECK(x.shares_nodes == y.shares_nodes, at + ": shares_nodes differs");
    Differ().compare(x.root, y.root, at);
  }
}

}  // namespace

TOLLGATE_FUZZ_TARGET(yaml) {
  auto src = SourceText::make("fuzz.yaml", std::string(reinterpret_cast<const char*>(data), size));
  ParseResult result = parse_yaml(src);
  fuzz::check_parse(result, *src, Format::yaml);
  ParseResult lib = yaml::parse_libyaml(src);
  fuzz::check_parse(lib, *src, Format::yaml);
  check_same(result, lib);
  return 0;
}
