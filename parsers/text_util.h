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

// An input value quoted in a message (an image name, an action reference, a command): at most max_bytes of
// valid UTF-8 with control bytes and invalid bytes written as \xNN, and "…" where it was cut. A value from a
// scanned file can be any length; a message that quotes it whole is unreadable and, past ctx:report's limit,
// not a message at all.
std::string message_excerpt(std::string_view s, size_t max_bytes);

// s cut to at most max_bytes at a UTF-8 character boundary, with "…" in place of what was cut (within the
// max_bytes). s unchanged when it fits.
std::string cut_utf8(std::string_view s, size_t max_bytes);

// s with ASCII A-Z lowered (names, keywords, paths; other bytes unchanged).
std::string ascii_lower(std::string_view s);

// A '/'-separated path's folder ("" for a file at the root) and its last part: "k8s/base/app.yaml" gives
// "k8s/base" and "app.yaml". Views into path.
std::string_view path_folder(std::string_view path);
std::string_view path_name(std::string_view path);

// Standard base64 (RFC 4648 §4) into *out, padding optional; false on any other character.
bool decode_base64(std::string_view in, std::string* out);

}  // namespace tollgate
