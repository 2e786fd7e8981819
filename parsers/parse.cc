// Dispatch from a format to its parser, and the text "parser" (a Document with no tree).
#include "tollgate/parsers.h"

namespace tollgate {

ParseResult parse_text(std::shared_ptr<const SourceText> src) {
  ParseResult result;
  auto doc = std::make_unique<Document>();
  doc->source = std::move(src);
  doc->format = Format::text;
  result.documents.push_back(std::move(doc));
  return result;
}

namespace {

ParseResult parse_format(Format format, std::shared_ptr<const SourceText> src) {
  switch (format) {
    case Format::hcl: return parse_hcl(std::move(src));
    case Format::yaml: return parse_yaml(std::move(src));
    case Format::json: return parse_json(std::move(src));
    case Format::dockerfile: return parse_dockerfile(std::move(src));
    case Format::dotenv: return parse_dotenv(std::move(src));
    case Format::shell: return parse_shell(std::move(src));
    case Format::groovy: return parse_groovy(std::move(src));
    case Format::ini: return parse_ini(std::move(src));
    case Format::toml: return parse_toml(std::move(src));
    case Format::text: return parse_text(std::move(src));
  }
  return parse_text(std::move(src));
}

// Sets this thread's node budget for one parse, and restores the one before (a deferred tree parsed while
// another parse runs).
class NodeBudget {
 public:
  explicit NodeBudget(size_t nodes) : left_(nodes), saved_(node_budget) { node_budget = &left_; }
  ~NodeBudget() { node_budget = saved_; }
  NodeBudget(const NodeBudget&) = delete;
  NodeBudget& operator=(const NodeBudget&) = delete;

 private:
  size_t left_;
  size_t* saved_;
};

}  // namespace

ParseResult parse(Format format, std::shared_ptr<const SourceText> src) {
  try {
    NodeBudget budget(kMaxNodesPerFile);
    return parse_format(format, src);
  } catch (const NodeLimitReached&) {
    // What was built is gone with the parser's stack; the file is still read as lines (secrets, text rules).
    ParseResult r = parse_text(src);
    r.error = ParseError{"more than " + std::to_string(kMaxNodesPerFile) + " values in one file, the limit; read as text",
                         0, src->span(0, 0)};
    return r;
  }
}

const Node* Document::tree() const {
  if (!deferred) return root;
  if (!parsed_later_) {
    ParseResult r = parse(format, source);
    parsed_later_ = r.documents.empty() ? std::make_unique<Document>() : std::move(r.documents.front());
  }
  return parsed_later_->root;
}

}  // namespace tollgate
