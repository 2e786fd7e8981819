// The document model built from YAML events (yaml_event.h), whichever reader sends them: libyaml or the fast
// scanner. All of docs/document-model.md "YAML" is decided here: the typing of plain scalars, spans, anchors
// and aliases, merge keys, CloudFormation short tags, empty documents.
#pragma once

#include <memory>
#include <string>

#include "parsers/yaml/yaml_event.h"
#include "tollgate/document.h"

namespace tollgate::yaml {

// One file's documents, built as its events arrive. Not copyable; one Builder per parse.
class Builder final : public EventSink {
 public:
  explicit Builder(std::shared_ptr<const SourceText> src);
  ~Builder();
  Builder(const Builder&) = delete;
  Builder& operator=(const Builder&) = delete;

  // False once the event made an error (an unknown alias, nesting too deep, too many merged keys).
  bool event(const Event& e) override;
  // Records a reader's error at a byte offset; returns false.
  bool fail(std::string message, uint32_t offset);
  // The documents completed so far and the error, if any.
  ParseResult& result();
  // Whether the last completed document ended without `...`.
  bool last_end_implicit() const;
  // The result, with one empty document for a stream that had none and no error.
  ParseResult finish();

 private:
  struct State;
  std::unique_ptr<State> s_;
};

}  // namespace tollgate::yaml
