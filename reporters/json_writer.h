// A streaming JSON writer for the JSON and SARIF reports (internal to reporters/). It writes exactly what
// nlohmann::ordered_json's dump(2, ' ', false, error_handler_t::replace) wrote for the same tree, so reports did
// not change, at a fraction of the cost: building an ordered_json (a linear key search per field) and
// dumping it (a UTF-8 decoder per byte) cost 50,000 instructions per JSON finding and 110,000 per SARIF result.
//
//   JsonWriter w;
//   w.begin_object();
//   w.key("version"); w.value(1);
//   w.key("findings"); w.begin_array(); ... w.end_array();
//   w.end_object();
//   std::string text = w.take();
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace tollgate::reporting {

class JsonWriter {
 public:
  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }

  // In an object: the next member's key; its value follows.
  void key(std::string_view k) {
    element();
    string(k);
    out_ += ": ";
    after_key_ = true;
  }

  void value(std::string_view s) {
    element();
    string(s);
  }
  void value(const char* s) { value(std::string_view(s)); }
  void value(const std::string& s) { value(std::string_view(s)); }
  void value(bool b) {
    element();
    out_ += b ? "true" : "false";
  }
  void value(int64_t n) {
    element();
    out_ += std::to_string(n);
  }
  void value(uint64_t n) {
    element();
    out_ += std::to_string(n);
  }
  void value(int n) { value(static_cast<int64_t>(n)); }
  void value(unsigned n) { value(static_cast<uint64_t>(n)); }

  // A value built as an nlohmann tree (for parts of a report written once, not per finding), indented to fit.
  void value(const nlohmann::ordered_json& j) {
    element();
    std::string text = j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    // Strings in JSON text hold no raw line break, so every '\n' is a line of the layout.
    std::string pad(2 * open_.size(), ' ');
    for (char c : text) {
      out_ += c;
      if (c == '\n') out_ += pad;
    }
  }

  // key + value in one call, for the common case.
  template <typename T>
  void member(std::string_view k, const T& v) {
    key(k);
    value(v);
  }

  std::string take() { return std::move(out_); }

 private:
  // Where a value starts: after its key, or on a new line of its array.
  void element() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (!open_.empty()) {
      out_ += open_.back() ? ",\n" : "\n";
      open_.back() = true;
      out_.append(2 * open_.size(), ' ');
    }
  }

  void open(char c) {
    element();
    out_ += c;
    open_.push_back(false);
  }

  void close(char c) {
    bool had_children = open_.back();
    open_.pop_back();
    if (had_children) {
      out_ += '\n';
      out_.append(2 * open_.size(), ' ');
    }
    out_ += c;
  }

  void string(std::string_view s) {
    // Plain ASCII is escaped here; anything else goes through nlohmann's own escaping (UTF-8 checks, U+FFFD for
    // malformed bytes), so both agree byte for byte.
    for (char c : s) {
      if (static_cast<unsigned char>(c) >= 0x80) {
        out_ += nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        return;
      }
    }
    out_ += '"';
    size_t run = 0;  // start of the bytes that need no escape, appended in one go
    for (size_t i = 0; i < s.size(); ++i) {
      char c = s[i];
      if (c != '"' && c != '\\' && static_cast<unsigned char>(c) >= 0x20) continue;
      out_.append(s.data() + run, i - run);
      run = i + 1;
      switch (c) {
        case '"': out_ += "\\\""; break;
        case '\\': out_ += "\\\\"; break;
        case '\b': out_ += "\\b"; break;
        case '\f': out_ += "\\f"; break;
        case '\n': out_ += "\\n"; break;
        case '\r': out_ += "\\r"; break;
        case '\t': out_ += "\\t"; break;
        default: {
          static const char* hex = "0123456789abcdef";
          const char esc[] = {'\\', 'u', '0', '0', hex[(c >> 4) & 0xF], hex[c & 0xF]};
          out_.append(esc, sizeof esc);
        }
      }
    }
    out_.append(s.data() + run, s.size() - run);
    out_ += '"';
  }

  std::string out_;
  std::vector<bool> open_;  // per open container: has it a child yet
  bool after_key_ = false;
};

}  // namespace tollgate::reporting
