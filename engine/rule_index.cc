// The built-in pack's index (engine/rule_index.h): LoadedRule to bytes and back.
#include "engine/rule_index.h"

#include <cstring>
#include <unordered_map>

namespace tollgate {

// Defined by the generated source (scripts/index_rules.cc writes it) in the programs linked with it; weak, so that
// a program without it (the index tool itself) reads a null address and loads the pack from its Lua sources.
extern const unsigned char kBuiltinRuleIndex[] __attribute__((weak));
extern const size_t kBuiltinRuleIndexSize __attribute__((weak));
extern const unsigned char kBuiltinBytecode[] __attribute__((weak));
extern const size_t kBuiltinBytecodeSize __attribute__((weak));

namespace {

// Lengths and counts as 4 bytes, little-endian as the machine writes them: the index is read by the binary it was
// built into, never moved between machines.
class Writer {
 public:
  void u32(uint32_t v) { bytes_.append(reinterpret_cast<const char*>(&v), sizeof v); }
  void u8(uint8_t v) { bytes_.push_back(static_cast<char>(v)); }
  void f64(double v) { bytes_.append(reinterpret_cast<const char*>(&v), sizeof v); }
  void str(const std::string& s) {
    u32(static_cast<uint32_t>(s.size()));
    bytes_ += s;
  }
  void list(const std::vector<std::string>& v) {
    u32(static_cast<uint32_t>(v.size()));
    for (const std::string& s : v) str(s);
  }
  std::string take() { return std::move(bytes_); }

 private:
  std::string bytes_;
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  bool ok() const { return ok_; }
  bool done() const { return at_ == in_.size(); }
  uint32_t u32() {
    uint32_t v = 0;
    copy(&v, sizeof v);
    return v;
  }
  uint8_t u8() {
    uint8_t v = 0;
    copy(&v, sizeof v);
    return v;
  }
  double f64() {
    double v = 0;
    copy(&v, sizeof v);
    return v;
  }
  // The next string, as a view into the input (which static data outlives).
  std::string_view view() {
    uint32_t n = u32();
    if (!ok_ || n > in_.size() - at_) return ok_ = false, std::string_view();
    std::string_view v = in_.substr(at_, n);
    at_ += n;
    return v;
  }
  std::string str() { return std::string(view()); }
  std::vector<std::string> list() {
    uint32_t n = u32();
    std::vector<std::string> v;
    v.reserve(std::min<size_t>(n, in_.size() - at_));
    for (uint32_t i = 0; ok_ && i < n; ++i) v.push_back(str());
    return v;
  }
  void skip_list() {
    uint32_t n = u32();
    for (uint32_t i = 0; ok_ && i < n; ++i) view();
  }

 private:
  void copy(void* to, size_t n) {
    if (!ok_ || n > in_.size() - at_) {
      ok_ = false;
      return;
    }
    std::memcpy(to, in_.data() + at_, n);
    at_ += n;
  }
  std::string_view in_;
  size_t at_ = 0;
  bool ok_ = true;
};

constexpr uint32_t kFormat = 3;  // raised whenever the layout below changes

}  // namespace

std::string serialize_rules(const std::vector<LoadedRule>& rules) {
  Writer w;
  w.u32(kFormat);
  w.u32(static_cast<uint32_t>(rules.size()));
  for (const LoadedRule& r : rules) {
    const RuleInfo& i = r.info;
    w.str(i.id);
    w.str(i.title);
    w.u8(static_cast<uint8_t>(i.severity));
    w.list(i.tags);
    w.list(i.applies_to);
    w.u8(static_cast<uint8_t>(i.scope));
    w.str(std::string(i.help.view()));
    w.list(i.references);
    w.str(i.origin);
    w.u8(i.native);
    w.str(r.source.origin);
    w.u8(r.secret.has_value());
    if (r.secret) {
      const SecretSpec& s = *r.secret;
      w.str(s.id);
      w.str(s.pattern);
      w.list(s.keywords);
      w.f64(s.min_entropy);
      w.list(s.allow);
      w.list(s.allow_context);
      w.list(s.stopwords);
      w.str(s.checksum);
      w.u8(s.keywords_exact);
    }
    w.list(r.examples);
    w.list(r.negative_examples);
  }
  return w.take();
}

bool deserialize_rules(std::string_view bytes, const std::function<std::string_view(const std::string&)>& text_of,
                       std::vector<LoadedRule>* out, bool examples, bool static_bytes) {
  Reader r(bytes);
  if (r.u32() != kFormat) return false;
  uint32_t n = r.u32();
  std::vector<LoadedRule> rules;
  for (uint32_t k = 0; r.ok() && k < n; ++k) {
    LoadedRule lr;
    RuleInfo& i = lr.info;
    i.id = r.str();
    i.title = r.str();
    i.severity = static_cast<Severity>(r.u8());
    i.tags = r.list();
    i.applies_to = r.list();
    i.scope = static_cast<RuleScope>(r.u8());
    i.help = static_bytes ? RuleText::of_static(r.view()) : RuleText(r.str());
    i.references = r.list();
    i.origin = r.str();
    i.native = r.u8() != 0;
    lr.source.origin = r.str();
    lr.source.embedded = text_of(lr.source.origin);
    if (r.u8()) {
      SecretSpec s;
      s.id = r.str();
      s.pattern = r.str();
      s.keywords = r.list();
      s.min_entropy = r.f64();
      s.allow = r.list();
      s.allow_context = r.list();
      s.stopwords = r.list();
      s.checksum = r.str();
      s.keywords_exact = r.u8() != 0;
      lr.secret = std::move(s);
    }
    if (examples) {
      lr.examples = r.list();
      lr.negative_examples = r.list();
    } else {
      r.skip_list();
      r.skip_list();
    }
    rules.push_back(std::move(lr));
  }
  if (!r.ok() || !r.done()) return false;
  *out = std::move(rules);
  return true;
}

std::string serialize_chunks(const std::vector<std::pair<std::string, std::string>>& chunks) {
  Writer w;
  w.u32(kFormat);
  w.u32(static_cast<uint32_t>(chunks.size()));
  for (const auto& [origin, bytecode] : chunks) {
    w.str(origin);
    w.str(bytecode);
  }
  return w.take();
}

std::string_view builtin_bytecode(std::string_view origin) {
  // Read once, as views into the program's static data.
  static const auto* chunks = [] {
    auto* m = new std::unordered_map<std::string_view, std::string_view>();
    if (&kBuiltinBytecodeSize == nullptr || kBuiltinBytecode == nullptr) return m;
    Reader r({reinterpret_cast<const char*>(kBuiltinBytecode), kBuiltinBytecodeSize});
    if (r.u32() != kFormat) return m;
    uint32_t n = r.u32();
    for (uint32_t k = 0; r.ok() && k < n; ++k) {
      std::string_view o = r.view();
      std::string_view b = r.view();
      if (r.ok()) m->emplace(o, b);
    }
    return m;
  }();
  auto it = chunks->find(origin);
  return it == chunks->end() ? std::string_view() : it->second;
}

std::string_view builtin_rule_index() {
  if (&kBuiltinRuleIndexSize == nullptr || kBuiltinRuleIndex == nullptr) return {};
  return {reinterpret_cast<const char*>(kBuiltinRuleIndex), kBuiltinRuleIndexSize};
}

}  // namespace tollgate
