// Small text helpers shared by the hand-written parsers.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace tollgate {

// Appends code point cp as UTF-8.
void append_utf8(std::string* out, uint32_t cp);

// The offending text for a parse error message: at most 20 bytes, cut at a line break, and valid UTF-8 (messages
// go into JSON and SARIF reports): control bytes and bytes of invalid UTF-8 are written as \xNN.
std::string error_excerpt(std::string_view s);

}  // namespace tollgate
