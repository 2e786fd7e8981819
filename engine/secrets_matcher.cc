#include "engine/secrets_matcher.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <deque>
#include <mutex>
#include <tuple>

namespace tollgate {

double shannon_entropy(std::string_view s) {
  if (s.empty()) return 0;
  std::array<uint32_t, 256> counts{};
  for (unsigned char c : s) counts[c]++;
  double h = 0, n = static_cast<double>(s.size());
  for (uint32_t c : counts) {
    if (!c) continue;
    double p = c / n;
    h -= p * std::log2(p);
  }
  return h;
}

namespace {

unsigned char lower(unsigned char c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }

// CRC-32 as zlib and Ethernet compute it (reflected polynomial 0xEDB88320).
uint32_t crc32(std::string_view s) {
  static const auto table = [] {
    std::array<uint32_t, 256> t{};
    for (uint32_t i = 0; i < 256; ++i) {
      uint32_t c = i;
      for (int k = 0; k < 8; ++k) c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
      t[i] = c;
    }
    return t;
  }();
  uint32_t c = 0xFFFFFFFFu;
  for (unsigned char b : s) c = table[(c ^ b) & 0xFF] ^ (c >> 8);
  return c ^ 0xFFFFFFFFu;
}

// GitHub's tokens (ghp_, gho_, ghu_, ghs_ and 36 characters): 30 random base62 characters, then the CRC-32 of
// those 30 characters in base62 (0-9, A-Z, a-z), left-padded with '0' to 6 characters. Checked against a real,
// revoked token; GitHub describes the design in "Behind GitHub's new authentication token formats" (2021).
bool github_crc32(std::string_view secret) {
  size_t sep = secret.find('_');
  if (sep == std::string_view::npos || secret.size() < sep + 1 + 7) return false;
  std::string_view body = secret.substr(sep + 1, secret.size() - sep - 1 - 6), check = secret.substr(secret.size() - 6);
  uint64_t value = 0;
  for (char c : check) {
    int d = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'Z' ? c - 'A' + 10 : c >= 'a' && c <= 'z' ? c - 'a' + 36 : -1;
    if (d < 0) return false;
    value = value * 62 + static_cast<uint64_t>(d);
  }
  return value == crc32(body);
}

using ChecksumFn = bool (*)(std::string_view);

// What no real token contains and every placeholder does, checked for every rule (docs/writing-rules.md): a run of
// 8 `x`, 4 `*` or 12 `0`; `example`, `placeholder`, `dummy`, `changeme`, `redacted`, `sample`, `fake`, `lorem`;
// `your` before `api`, `token`, `key` or `secret` (with `_` or `-` between or not).
bool placeholder_value(std::string_view secret) {
  std::string low(secret);
  std::transform(low.begin(), low.end(), low.begin(), [](unsigned char c) { return lower(c); });
  for (std::string_view w : {"xxxxxxxx", "****", "000000000000", "example", "placeholder", "dummy", "changeme",
                             "redacted", "sample", "fake", "lorem"})
    if (low.find(w) != std::string::npos) return true;
  for (size_t at = low.find("your"); at != std::string::npos; at = low.find("your", at + 1)) {
    std::string_view rest = std::string_view(low).substr(at + 4);
    if (!rest.empty() && (rest[0] == '_' || rest[0] == '-')) rest.remove_prefix(1);
    for (std::string_view w : {"api", "token", "key", "secret"})
      if (rest.starts_with(w)) return true;
  }
  return false;
}

bool word_byte(unsigned char c) { return c == '_' || (c >= '0' && c <= '9') || (lower(c) >= 'a' && lower(c) <= 'z'); }

// Whether one of `keywords` ends at text[last], with its case, and does not continue a word.
bool exact_keyword_ends_at(const std::vector<std::string>& keywords, std::string_view text, uint32_t last) {
  for (const std::string& k : keywords) {
    if (k.size() > last + 1) continue;
    size_t start = last + 1 - k.size();
    if (text.compare(start, k.size(), k) == 0 && (start == 0 || !word_byte(static_cast<unsigned char>(text[start - 1]))))
      return true;
  }
  return false;
}

ChecksumFn checksum_named(std::string_view name) {
  if (name == "github-crc32") return github_crc32;
  return nullptr;
}

struct CompiledRule {
  std::string id, pattern_text;
  std::vector<std::string> allow_text, allow_context_text;
  std::vector<std::string> stopwords;  // lower-case
  double min_entropy = 0;
  ChecksumFn checksum = nullptr;
  std::vector<std::string> exact_keywords;  // SecretSpec::keywords_exact: a hit must be one of these, as written
  // A pattern that can span lines (a PEM block) gets a window running on past the keyword's line.
  bool multiline = false;

  // Compiled on first use: a pre-commit run on a few files should not pay for 200 regexes it never tries.
  std::once_flag once;
  std::unique_ptr<RE2> pattern;
  std::vector<std::unique_ptr<RE2>> allow, allow_context;
  std::string error;  // set when the rule's patterns do not compile; the rule then reports nothing

  void compile() {
    std::call_once(once, [this] {
      RE2::Options opts;
      opts.set_log_errors(false);
      auto p = std::make_unique<RE2>(pattern_text, opts);
      if (!p->ok()) {
        error = id + ": invalid pattern: " + p->error();
        return;
      }
      if (p->NumberOfCapturingGroups() != 1) {
        error = id + ": the pattern must have exactly one capture group (the secret), it has " +
                std::to_string(p->NumberOfCapturingGroups());
        return;
      }
      if (RE2::PartialMatch("", *p)) {
        error = id + ": the pattern matches the empty string, so it would match everywhere; a secret has a length";
        return;
      }
      std::vector<std::unique_ptr<RE2>> a;
      for (const auto& t : allow_text) {
        a.push_back(std::make_unique<RE2>(t, opts));
        if (!a.back()->ok()) {
          error = id + ": invalid allow pattern '" + t + "': " + a.back()->error();
          return;
        }
      }
      std::vector<std::unique_ptr<RE2>> c;
      for (const auto& t : allow_context_text) {
        c.push_back(std::make_unique<RE2>(t, opts));
        if (!c.back()->ok()) {
          error = id + ": invalid allow_context pattern '" + t + "': " + c.back()->error();
          return;
        }
      }
      allow = std::move(a);
      allow_context = std::move(c);
      pattern = std::move(p);
    });
  }
};

// How far past its keyword's line a multi-line pattern may reach.
constexpr uint32_t kMultilineReach = 64 * 1024;
// How far before its keyword's line a multi-line pattern may start.
constexpr uint32_t kMultilineLookBack = 512;

}  // namespace

struct SecretMatcher::Impl {
  std::vector<std::unique_ptr<CompiledRule>> rules;
  std::vector<size_t> rule_ids;  // compiled index -> index in the specs given to build()
  // Aho-Corasick automaton over lower-cased bytes, with every transition filled in (a DFA): one table lookup per
  // input byte. Bytes are folded into classes first (the bytes that occur in no keyword are one class, and upper
  // case is its lower case), so that a state is a row of a few dozen classes: a thousand states x 256 int32 was
  // a 1 MiB table that missed the cache on most bytes, and building it took most of a pre-commit run's 20 ms.
  std::vector<std::vector<uint32_t>> outputs;  // per state: compiled rules whose keyword ends here
  std::vector<uint32_t> min_keyword_len;       // per state with outputs: shortest keyword ending here
  std::array<uint8_t, 256> byte_class{};
  uint32_t classes = 1;
  // next[state * classes + class]: the next state's row offset (state * classes), kAccepting set when that
  // state has outputs, so that one load per byte says both where to go and whether to stop.
  static constexpr uint32_t kAccepting = 1u << 31;
  std::vector<uint32_t> next = {0};

  // Builds the automaton of (keyword, compiled rule) pairs.
  void build_automaton(const std::vector<std::pair<std::string_view, uint32_t>>& keywords) {
    classes = 1;
    byte_class.fill(0);
    size_t total = 0;
    for (const auto& [kw, rule] : keywords) {
      total += kw.size();
      for (unsigned char c : kw) {
        c = lower(c);
        if (byte_class[c] == 0) byte_class[c] = static_cast<uint8_t>(classes++);
      }
    }
    for (int c = 'A'; c <= 'Z'; ++c) byte_class[c] = byte_class[c + 32];
    // The trie: go[state * classes + class], kNone where it has no edge (class 0 never has one). It is built in
    // `next`'s own buffer and turned into `next` in place: a second table of this size (a megabyte for the
    // built-in pack) was fresh memory that every run, a pre-commit one too, paid for in page faults.
    constexpr uint32_t kNone = UINT32_MAX;
    std::vector<uint32_t>& go = next;
    go.clear();
    go.reserve((total + 1) * classes);
    go.assign(classes, kNone);
    outputs.assign(1, {});
    outputs.reserve(total + 1);  // at most one state per keyword byte
    min_keyword_len.assign(1, UINT32_MAX);
    min_keyword_len.reserve(total + 1);
    for (const auto& [kw, rule] : keywords) {
      uint32_t s = 0;
      for (unsigned char c : kw) {
        size_t at = static_cast<size_t>(s) * classes + byte_class[c];
        if (go[at] == kNone) {
          go[at] = static_cast<uint32_t>(outputs.size());
          go.resize(go.size() + classes, kNone);
          outputs.emplace_back();
          min_keyword_len.push_back(UINT32_MAX);
        }
        s = go[at];
      }
      if (std::find(outputs[s].begin(), outputs[s].end(), rule) == outputs[s].end()) outputs[s].push_back(rule);
      min_keyword_len[s] = std::min<uint32_t>(min_keyword_len[s], static_cast<uint32_t>(kw.size()));
    }
    // Fail links, breadth first, filling every missing edge with the fail state's.
    size_t states = outputs.size();
    std::vector<uint32_t> fail(states, 0);
    std::vector<uint32_t> queue;
    queue.reserve(states);
    for (uint32_t k = 0; k < classes; ++k) {
      uint32_t& t = go[k];
      if (t != kNone) queue.push_back(t);
      else t = 0;
    }
    for (size_t head = 0; head < queue.size(); ++head) {
      uint32_t s = queue[head];
      // A state reports what its fail state reports too: "hub_" inside "github_" still counts.
      for (uint32_t r : outputs[fail[s]])
        if (std::find(outputs[s].begin(), outputs[s].end(), r) == outputs[s].end()) outputs[s].push_back(r);
      min_keyword_len[s] = std::min(min_keyword_len[s], min_keyword_len[fail[s]]);
      for (uint32_t k = 0; k < classes; ++k) {
        uint32_t& t = go[static_cast<size_t>(s) * classes + k];
        uint32_t via_fail = go[static_cast<size_t>(fail[s]) * classes + k];
        if (t != kNone) {
          fail[t] = via_fail;
          queue.push_back(t);
        } else {
          t = via_fail;
        }
      }
    }
    for (uint32_t& to : next) to = to * classes | (outputs[to].empty() ? 0 : kAccepting);
  }

  // Runs the automaton over bytes [i, n) from *state; returns the first position whose byte leaves it in an
  // accepting state (n when none). Kept out of line: inside scan(), whose hit handling needs many registers,
  // the compiler spilled the loop's variables and each byte cost 17 instructions instead of 6.
  [[gnu::noinline]] uint32_t next_accepting(const unsigned char* bytes, uint32_t i, uint32_t n, uint32_t* state) const {
    const uint32_t* tbl = next.data();
    const uint8_t* cls = byte_class.data();
    uint32_t row = *state * classes;
    for (; i < n; ++i) {
      uint32_t to = tbl[row + cls[bytes[i]]];
      row = to & ~kAccepting;
      if (to & kAccepting) break;
    }
    *state = row / classes;
    return i;
  }
};

SecretMatcher::SecretMatcher() : impl_(std::make_unique<Impl>()) { impl_->build_automaton({}); }
SecretMatcher::SecretMatcher(SecretMatcher&&) noexcept = default;
SecretMatcher& SecretMatcher::operator=(SecretMatcher&&) noexcept = default;
SecretMatcher::~SecretMatcher() = default;

bool SecretMatcher::empty() const { return impl_->rules.empty(); }

std::vector<std::string> SecretMatcher::errors() const {
  std::vector<std::string> out;
  for (const auto& r : impl_->rules)
    if (!r->error.empty()) out.push_back(r->error);
  return out;
}

std::string check_secret_spec(const SecretSpec& spec) {
  CompiledRule r;
  r.id = spec.id;
  r.pattern_text = spec.pattern;
  r.allow_text = spec.allow;
  r.allow_context_text = spec.allow_context;
  r.compile();
  return r.error;
}

SecretMatcher SecretMatcher::build(const std::vector<SecretSpec>& specs, std::vector<std::string>* errors,
                                   Compile when) {
  std::vector<const SecretSpec*> refs;
  refs.reserve(specs.size());
  for (const SecretSpec& s : specs) refs.push_back(&s);
  return build(refs, errors, when);
}

SecretMatcher SecretMatcher::build(const std::vector<const SecretSpec*>& specs, std::vector<std::string>* errors,
                                   Compile when) {
  SecretMatcher m;
  Impl& im = *m.impl_;
  std::vector<std::pair<std::string_view, uint32_t>> keywords;
  for (size_t i = 0; i < specs.size(); ++i) {
    const SecretSpec& s = *specs[i];
    auto r = std::make_unique<CompiledRule>();
    r->id = s.id;
    r->pattern_text = s.pattern;
    r->allow_text = s.allow;
    r->allow_context_text = s.allow_context;
    bool keywords_ok = !s.keywords.empty() &&
                       std::none_of(s.keywords.begin(), s.keywords.end(), [](const std::string& k) { return k.empty(); });
    if (when == Compile::now) {
      r->compile();
      if (!r->error.empty()) {
        errors->push_back(r->error);
        continue;
      }
    }
    if (!keywords_ok) {
      errors->push_back(s.id + ": needs at least one non-empty keyword");
      continue;
    }
    for (std::string w : s.stopwords) {
      std::transform(w.begin(), w.end(), w.begin(), [](unsigned char c) { return lower(c); });
      r->stopwords.push_back(std::move(w));
    }
    r->min_entropy = s.min_entropy;
    if (!s.checksum.empty() && !(r->checksum = checksum_named(s.checksum))) {
      errors->push_back(s.id + ": unknown checksum '" + s.checksum + "'");
      continue;
    }
    if (s.keywords_exact) r->exact_keywords = s.keywords;
    const std::string& p = s.pattern;
    r->multiline = p.find("\\n") != std::string::npos || p.find("\\s") != std::string::npos ||
                   p.find("(?s") != std::string::npos;
    uint32_t idx = static_cast<uint32_t>(im.rules.size());
    im.rules.push_back(std::move(r));
    im.rule_ids.push_back(i);
    for (const auto& k : s.keywords) keywords.emplace_back(k, idx);
  }
  im.build_automaton(keywords);
  return m;
}

void SecretMatcher::scan(std::string_view text, std::vector<SecretMatch>* out) const {
  const Impl& im = *impl_;
  if (im.rules.empty()) return;
  const size_t first_out = out->size();
  // Per rule, where its last window ended: a keyword inside a window already searched adds nothing. Made at the
  // first keyword: most texts have none, and a full scan checks every finding's message (134,000 on the bench
  // corpus), where two vectors of 555 entries per call were most of the work.
  std::vector<uint32_t> searched_to;
  std::vector<bool> searched_any;
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const uint32_t n = static_cast<uint32_t>(text.size());
  uint32_t state = 0;
  for (uint32_t i = 0; (i = im.next_accepting(bytes, i, n, &state)) < n; ++i) {
    if (searched_to.empty()) {
      searched_to.assign(im.rules.size(), 0);
      searched_any.assign(im.rules.size(), false);
    }
    uint32_t kw_start = i + 1 - std::min(i + 1, im.min_keyword_len[state]);
    for (uint32_t r : im.outputs[state]) {
      if (searched_any[r] && kw_start < searched_to[r]) continue;
      CompiledRule& rule = *im.rules[r];
      if (!rule.exact_keywords.empty() && !exact_keyword_ends_at(rule.exact_keywords, text, i)) continue;
      rule.compile();
      if (!rule.pattern) continue;  // its error is in errors()
      uint32_t begin = kw_start;
      while (begin > 0 && text[begin - 1] != '\n') --begin;
      // A multi-line secret may start a few lines above its keyword (a PEM header above Proc-Type).
      if (rule.multiline) {
        uint32_t floor = begin > kMultilineLookBack ? begin - kMultilineLookBack : 0;
        while (begin > floor) {
          --begin;
          while (begin > floor && text[begin - 1] != '\n') --begin;
        }
      }
      if (searched_any[r]) begin = std::max(begin, searched_to[r]);
      uint32_t end = i + 1;
      while (end < n && text[end] != '\n') ++end;
      if (rule.multiline) end = static_cast<uint32_t>(std::min<uint64_t>(n, static_cast<uint64_t>(end) + kMultilineReach));
      searched_any[r] = true;
      searched_to[r] = end;
      re2::StringPiece window(text.data() + begin, end - begin);
      re2::StringPiece secret;
      const char* last_end = nullptr;
      while (RE2::FindAndConsume(&window, *rule.pattern, &secret)) {
        // A match that ends where the previous one did consumed nothing: step over one byte, or the same empty
        // match would be found again forever (a pattern such as \b(x*) matches empty at every word start).
        if (window.data() == last_end) {
          if (window.empty()) break;
          window.remove_prefix(1);
        }
        last_end = window.data();
        if (secret.empty()) continue;
        std::string_view sv(secret.data(), secret.size());
        if (shannon_entropy(sv) < rule.min_entropy) continue;
        // A value whose checksum holds is a real token, whatever letters it happens to contain (a random 36-character
        // token holds "fake" or "lorem" about once in 30,000); other values are judged as placeholders.
        if (rule.checksum ? !rule.checksum(sv) : placeholder_value(sv)) continue;
        if (std::any_of(rule.allow.begin(), rule.allow.end(), [&](const auto& a) { return RE2::PartialMatch(secret, *a); }))
          continue;
        if (!rule.allow_context.empty()) {
          // The line the secret starts on: documentation hosts and the like show there, not in the secret.
          size_t ls = static_cast<size_t>(secret.data() - text.data());
          size_t le = ls;
          while (ls > 0 && text[ls - 1] != '\n') --ls;
          while (le < text.size() && text[le] != '\n') ++le;
          re2::StringPiece line(text.data() + ls, le - ls);
          if (std::any_of(rule.allow_context.begin(), rule.allow_context.end(),
                          [&](const auto& a) { return RE2::PartialMatch(line, *a); }))
            continue;
        }
        if (!rule.stopwords.empty()) {
          std::string low(sv);
          std::transform(low.begin(), low.end(), low.begin(), [](unsigned char c) { return lower(c); });
          if (std::any_of(rule.stopwords.begin(), rule.stopwords.end(),
                          [&](const std::string& w) { return low.find(w) != std::string::npos; }))
            continue;
        }
        uint32_t b = static_cast<uint32_t>(secret.data() - text.data());
        out->push_back({im.rule_ids[r], b, b + static_cast<uint32_t>(secret.size())});
      }
    }
  }
  auto first = out->begin() + static_cast<std::ptrdiff_t>(first_out);
  std::sort(first, out->end(), [](const SecretMatch& a, const SecretMatch& b) {
    return std::tie(a.begin, a.rule, a.end) < std::tie(b.begin, b.rule, b.end);
  });
  out->erase(std::unique(first, out->end(),
                         [](const SecretMatch& a, const SecretMatch& b) { return a.begin == b.begin && a.rule == b.rule; }),
             out->end());
}

bool known_checksum(std::string_view name) { return checksum_named(name) != nullptr; }

}  // namespace tollgate
