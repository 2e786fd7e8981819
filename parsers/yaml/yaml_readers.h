// The two readers behind parse_yaml, one at a time, for the differential tests (tests/unit/yaml_fast_test.cc).
// parse_yaml itself runs the fast scanner and falls back to libyaml when the scanner declines the file.
#pragma once

#include <memory>
#include <optional>
#include <string_view>

#include "parsers/yaml/yaml_event.h"
#include "tollgate/document.h"

namespace tollgate::yaml {

// parse_yaml with libyaml only.
ParseResult parse_libyaml(std::shared_ptr<const SourceText> src);

// parse_yaml with the fast scanner only: nullopt when the scanner declined the file.
std::optional<ParseResult> parse_fast(std::shared_ptr<const SourceText> src);

// libyaml's events for text, as the builder receives them; false on a libyaml error or when the sink stops.
bool read_events_libyaml(std::string_view text, EventSink& sink);

}  // namespace tollgate::yaml
