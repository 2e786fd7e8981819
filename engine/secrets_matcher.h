// The native matcher behind declarative secret rules: one keyword prefilter over every rule (an Aho-Corasick
// automaton, case-insensitive), then each rule's RE2 pattern only on the lines where one of its keywords occurs,
// then the rule's filters (entropy floor, allow patterns, stopwords). No Lua runs per byte.
//
//   SecretMatcher m = SecretMatcher::build(specs, &errors);
//   std::vector<SecretMatch> found;
//   m.scan(file_bytes, &found);
//
// Cost: one pass over the bytes for the prefilter; RE2 runs over a few lines per keyword hit. Immutable once
// built; scan() is const and safe to call from many threads at once.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace re2 {
class RE2;
}

namespace tollgate {

struct SecretSpec {
  std::string id;                       // rule id, for error messages
  std::string pattern;                  // RE2; exactly one capture group: the secret
  std::vector<std::string> keywords;    // at least one; matched case-insensitively, unless keywords_exact
  // Keywords count only as written (case included) and at the start of a word (not after a letter, digit or _):
  // for short token prefixes (`st.`, `API-`, `GOOG`) that occur inside ordinary words.
  bool keywords_exact = false;
  double min_entropy = 0;               // Shannon entropy floor of the secret, bits per character
  std::vector<std::string> allow;       // RE2 patterns; a secret matching one is dropped
  std::vector<std::string> allow_context;  // RE2 patterns; a secret whose line matches one is dropped
  std::vector<std::string> stopwords;   // a secret containing one (case-insensitively) is dropped
  std::string checksum;                 // a checksum the format carries (known_checksum), verified; "" for none
};

// Whether `name` is a checksum a secret rule may ask for: "github-crc32" (GitHub's prefix_ + 30 random base62
// characters + their CRC-32 in 6 base62 characters).
bool known_checksum(std::string_view name);

struct SecretMatch {
  size_t rule = 0;               // index into the specs given to build()
  uint32_t begin = 0, end = 0;   // byte range of the secret (the capture group)
};

// The error compiling spec's patterns gives ("" when they compile, have one capture group and cannot match the
// empty string): what a scan and `rules validate` both check when a custom pack is loaded.
std::string check_secret_spec(const SecretSpec& spec);

class SecretMatcher {
 public:
  enum class Compile : uint8_t {
    now,       // compile every pattern in build(): what `rules validate` and `rules test` want
    on_first_use,  // compile a rule's patterns when its keyword first occurs: what a scan wants
  };
  // Builds the matcher; a spec with no keyword, or (Compile::now) an invalid pattern or not exactly one capture
  // group, is left out and described in *errors as "<id>: <what is wrong>". With on_first_use, such pattern
  // errors surface in errors() after a scan has met the rule's keyword, and the rule reports nothing.
  static SecretMatcher build(const std::vector<SecretSpec>& specs, std::vector<std::string>* errors,
                             Compile when = Compile::now);
  // The same over specs held elsewhere (a scan's loaded rules), without copying them.
  static SecretMatcher build(const std::vector<const SecretSpec*>& specs, std::vector<std::string>* errors,
                             Compile when = Compile::now);

  SecretMatcher();
  SecretMatcher(SecretMatcher&&) noexcept;
  SecretMatcher& operator=(SecretMatcher&&) noexcept;
  ~SecretMatcher();

  bool empty() const;
  // Pattern errors found by lazy compilation so far. Call when no scan() is running.
  std::vector<std::string> errors() const;
  // Appends every match in text, in order of position (ties by rule index), without duplicates.
  void scan(std::string_view text, std::vector<SecretMatch>* out) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Shannon entropy of s in bits per character (0 for an empty string).
double shannon_entropy(std::string_view s);

}  // namespace tollgate
