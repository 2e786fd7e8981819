// The YAML event stream that the document-model builder reads (yaml_builder.h). Two readers produce it: libyaml,
// which reads any YAML, and the fast scanner (yaml_fast_scanner.h), which reads the common block-style subset.
// The events are libyaml's, with byte offsets instead of character marks and views instead of copies.
#pragma once

#include <cstdint>
#include <string_view>

namespace tollgate::yaml {

enum class EventType : uint8_t {
  document_start,
  document_end,
  scalar,
  sequence_start,
  sequence_end,
  mapping_start,
  mapping_end,
  alias,
};

enum class ScalarStyle : uint8_t { plain, single_quoted, double_quoted, literal, folded };

struct Event {
  EventType type = EventType::scalar;
  ScalarStyle style = ScalarStyle::plain;  // scalar
  bool flow = false;                       // sequence_start, mapping_start: written with brackets or braces
  bool implicit = false;                   // document_start, document_end: no `---` / `...` was written
  uint32_t begin = 0, end = 0;             // libyaml's start_mark and end_mark, as byte offsets into the source
  // The views are valid only while the sink handles the event: a reader may decode into a buffer it reuses.
  std::string_view value;   // scalar: the value, unescaped and folded
  std::string_view tag;     // scalar, collection start: the tag as written ("!Ref", "!!str"), empty when none
  std::string_view anchor;  // scalar, collection start: the anchor's name; alias: the name it refers to
};

// Where a reader sends its events. event() returns false to stop the reader (the receiver met an error).
class EventSink {
 public:
  virtual bool event(const Event& e) = 0;

 protected:
  ~EventSink() = default;
};

}  // namespace tollgate::yaml
