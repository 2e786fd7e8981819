#include "engine/findings.h"

// SHA256_Init/Update/Final, which OpenSSL 3 marks deprecated: the EVP interface (and the one-shot SHA256(), now
// built on it) fetches the algorithm from a provider, which loads the library's configuration and providers on
// first use (a millisecond of every pre-commit run) and linked 16,700 more relocations into the program. The
// digest is the same code.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/sha.h>

#include <algorithm>
#include <memory>
#include <string>
#include <thread>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "engine/suggest.h"

namespace tollgate {

std::string hex_of(const unsigned char* bytes, size_t n) {
  static const char* hex = "0123456789abcdef";
  std::string out;
  out.reserve(n * 2);
  for (size_t i = 0; i < n; ++i) {
    out.push_back(hex[bytes[i] >> 4]);
    out.push_back(hex[bytes[i] & 15]);
  }
  return out;
}

std::string sha256_hex(std::string_view data) {
  unsigned char md[SHA256_DIGEST_LENGTH];
  SHA256_CTX ctx;
  SHA256_Init(&ctx);
  SHA256_Update(&ctx, data.data(), data.size());
  SHA256_Final(md, &ctx);
  return hex_of(md, SHA256_DIGEST_LENGTH);
}

std::string mask_secret(std::string_view secret) {
  // Enough of a prefix to recognise the token type (ghp_, AKIA, xoxb-), never enough to guess the rest.
  size_t keep = std::min<size_t>(4, secret.size() / 4);
  // Never cut a UTF-8 character in two: the report must stay valid UTF-8.
  while (keep > 0 && keep < secret.size() && (static_cast<unsigned char>(secret[keep]) & 0xC0) == 0x80) --keep;
  return std::string(secret.substr(0, keep)) + "****";
}

namespace {

std::string collapse_space(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

// Code points as SourceText counts them for columns: every byte that is not a UTF-8 continuation byte.
uint32_t code_points(std::string_view s) {
  uint32_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// A line longer than this is shown as a window around the finding: a minified file's one line of megabytes would
// otherwise be copied into every finding on it and printed whole.
constexpr uint32_t kSnippetMaxBytes = 1024;
constexpr uint32_t kSnippetBefore = 160;     // bytes of context kept before the location
constexpr uint32_t kSnippetSpanMax = 2048;   // bytes of the location itself the window grows to hold

// The bytes [lo, hi) of line `line` that a finding starting at byte `begin` shows.
std::pair<uint32_t, uint32_t> snippet_bounds(const SourceText& src, uint32_t line, uint32_t begin, uint32_t end) {
  std::string_view text = src.line(line);
  uint32_t ls = src.line_start(line), le = ls + static_cast<uint32_t>(text.size());
  if (text.size() <= kSnippetMaxBytes) return {ls, le};
  begin = std::clamp(begin, ls, le);
  end = std::clamp(end, begin, le);
  uint32_t lo = begin - std::min(begin - ls, kSnippetBefore);
  uint32_t hi = std::min(le, std::max(lo + kSnippetMaxBytes, std::min(end, begin + kSnippetSpanMax)));
  const std::string& b = src.bytes();
  auto continuation = [&](uint32_t i) { return i < b.size() && (static_cast<unsigned char>(b[i]) & 0xC0) == 0x80; };
  while (lo < begin && continuation(lo)) ++lo;  // not inside a character
  while (hi > lo && hi < le && continuation(hi)) --hi;
  return {lo, hi};
}

// The snippet of a finding at span `sp`: its line, or a window of it (see kSnippetMaxBytes).
std::string snippet_of(const SourceText& src, const Span& sp, uint32_t* col) {
  *col = 1;
  if (sp.line == 0 || sp.line > src.line_count()) return "";
  auto [lo, hi] = snippet_bounds(src, sp.line, sp.begin, sp.end);
  uint32_t ls = src.line_start(sp.line);
  std::string out;
  if (lo > ls) {
    *col = 1 + code_points(src.view(ls, lo));
    out = "\u2026";
  }
  out.append(src.view(lo, hi));
  if (hi < ls + src.line(sp.line).size()) out.append("\u2026");
  return out;
}

// What to look for in a text: a secret as a whole and, when it spans lines, each of its lines (a snippet holds
// one line of a PEM block). Lines shorter than 4 bytes are left: "==" would mask every "==" of the line.
std::vector<std::string_view> needles_of(std::span<const std::string> secrets) {
  std::vector<std::string_view> out;
  for (const std::string& secret : secrets) {
    if (secret.empty()) continue;
    out.push_back(secret);
    if (secret.find('\n') == std::string::npos) continue;
    std::string_view rest = secret;
    while (!rest.empty()) {
      size_t nl = rest.find('\n');
      std::string_view piece = rest.substr(0, nl);
      while (!piece.empty() && (piece.back() == '\r' || piece.back() == ' ')) piece.remove_suffix(1);
      while (!piece.empty() && piece.front() == ' ') piece.remove_prefix(1);
      if (piece.size() >= 4) out.push_back(piece);
      if (nl == std::string_view::npos) break;
      rest.remove_prefix(nl + 1);
    }
  }
  return out;
}

// A stretch of text to mask: [begin, end).
struct Cut {
  size_t begin = 0, end = 0;
  bool keeps_prefix = true;  // a whole secret, or a piece that starts where its secret does: mask_secret; else "****"
};

constexpr size_t kMinFragment = 8;

// Letters of one case, or a capital then lower case ("production", "PASSWORD", "Password"): what a piece of a
// random token almost never is (8 lower-case letters out of 62 characters: one time in a thousand).
bool reads_as_word(std::string_view s) {
  auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
  auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  if (s.empty()) return false;
  if (std::all_of(s.begin(), s.end(), upper)) return true;
  return (lower(s[0]) || upper(s[0])) && std::all_of(s.begin() + 1, s.end(), lower);
}

// The runs of kMinFragment or more bytes of text that are a piece of `secret` (whole occurrences are found
// before): where an 8-byte window of the text occurs in the secret, the match grows both ways. Short texts and
// secrets (a message, a token) are searched directly; a large pair (a node's text in a content key, a PEM block)
// through a table of the secret's windows, so that the cost stays about linear in the text.
void find_fragments(std::string_view text, std::string_view secret, const std::string& visible, std::vector<Cut>* out) {
  if (secret.size() <= kMinFragment || text.size() < kMinFragment) return;
  std::unordered_map<std::string_view, std::vector<uint32_t>> windows;
  bool direct = text.size() * secret.size() <= (1u << 16);
  if (!direct)
    for (size_t j = 0; j + kMinFragment <= secret.size(); ++j)
      windows[secret.substr(j, kMinFragment)].push_back(static_cast<uint32_t>(j));
  std::vector<uint32_t> found;
  for (size_t i = 0; i + kMinFragment <= text.size();) {
    std::string_view window = text.substr(i, kMinFragment);
    found.clear();
    if (direct) {
      for (size_t j = secret.find(window); j != std::string_view::npos; j = secret.find(window, j + 1))
        found.push_back(static_cast<uint32_t>(j));
    } else if (auto it = windows.find(window); it != windows.end()) {
      found = it->second;
    }
    if (found.empty()) {
      ++i;
      continue;
    }
    size_t best_begin = i, best_end = i;
    bool at_start = false;
    for (uint32_t j : found) {
      size_t b = i, sb = j;
      while (b > 0 && sb > 0 && text[b - 1] == secret[sb - 1]) --b, --sb;
      size_t e = i + kMinFragment, se = j + kMinFragment;
      while (e < text.size() && se < secret.size() && text[e] == secret[se]) ++e, ++se;
      if (e - b > best_end - best_begin) best_begin = b, best_end = e, at_start = sb == 0;
    }
    std::string_view run = text.substr(best_begin, best_end - best_begin);
    // Left alone: a run the masked line shows anyway (a key name inside the value), and a run that reads as a
    // word, which rule titles and messages share with secrets (Braintree's `access_token$production$...` and the
    // title "PayPal Braintree production access token").
    if (visible.find(run) == std::string::npos && !reads_as_word(run)) out->push_back({best_begin, best_end, at_start});
    i = best_end;
  }
}

}  // namespace

std::string mask_text(std::string_view text, std::span<const std::string> secrets, const std::string* visible,
                      ByteRanges* runs) {
  if (runs) runs->clear();
  std::vector<std::string_view> needles = needles_of(secrets);
  std::vector<Cut> cuts;
  for (std::string_view n : needles)
    for (size_t pos = text.find(n); pos != std::string_view::npos; pos = text.find(n, pos + 1))
      cuts.push_back({pos, pos + n.size(), true});
  if (visible)
    for (std::string_view n : needles) find_fragments(text, n, *visible, &cuts);
  if (cuts.empty()) return std::string(text);
  // Overlapping cuts become one, which keeps the first one's kind.
  std::sort(cuts.begin(), cuts.end(), [](const Cut& a, const Cut& b) {
    return std::tie(a.begin, b.end, b.keeps_prefix) < std::tie(b.begin, a.end, a.keeps_prefix);
  });
  std::vector<Cut> merged;
  for (const Cut& c : cuts) {
    if (!merged.empty() && c.begin < merged.back().end) {
      merged.back().end = std::max(merged.back().end, c.end);
      continue;
    }
    merged.push_back(c);
  }
  std::string out;
  out.reserve(text.size());
  size_t at = 0;
  for (const Cut& c : merged) {
    out.append(text.substr(at, c.begin - at));
    // A piece from the middle of a secret keeps nothing: its first characters are ones no mask of the secret shows.
    out += c.keeps_prefix ? mask_secret(text.substr(c.begin, c.end - c.begin)) : "****";
    if (runs) runs->emplace_back(c.begin, c.end);
    at = c.end;
  }
  out.append(text.substr(at));
  return out;
}

void mask_finding(Finding* f, std::span<const std::string> secrets, bool show_secrets) {
  if (secrets.empty()) return;
  ByteRanges runs;
  // The snippet is the source's line: secrets are whole there, and what it shows once masked may be shown by the
  // other texts too.
  std::string snippet = mask_text(f->snippet, secrets, nullptr, &runs);
  // The content key holds the message and the node's text: it must carry no secret and must not depend on
  // --show-secrets, or the fingerprint would change with the flag.
  if (f->content_key.rfind("secret:", 0) != 0) f->content_key = mask_text(f->content_key, secrets, &snippet);
  if (show_secrets) return;
  f->message = mask_text(f->message, secrets, &snippet);
  for (Location& rel : f->related) rel.message = mask_text(rel.message, secrets, &snippet);
  // Where each mask sits on the first line, in source columns, so that a caret goes under the masked text (a
  // window's snippet starts at source column snippet_col, after a one-column "…").
  std::string_view raw = f->snippet;
  size_t first_line_end = raw.find('\n');
  uint32_t to_source = f->snippet_col > 1 ? f->snippet_col - 2 : 0;
  f->masked.clear();
  for (const auto& [b, e] : runs) {
    if (b >= first_line_end) break;
    std::string_view hidden = raw.substr(b, e - b);
    f->masked.push_back({1 + code_points(raw.substr(0, b)) + to_source, code_points(hidden),
                         code_points(mask_secret(hidden))});
  }
  f->snippet = std::move(snippet);
}

FileSecrets::FileSecrets(std::shared_ptr<const SourceText> src) : src_(std::move(src)) {}

void FileSecrets::add(uint32_t begin, uint32_t end, std::string_view value) {
  end = std::min<uint32_t>(end, static_cast<uint32_t>(src_->bytes().size()));
  if (begin >= end) return;
  std::string_view bytes = src_->view(begin, end);
  if (value.empty()) value = bytes;
  bool multi = bytes.find('\n') != std::string_view::npos;
  auto& known = multi ? multi_line_ : one_line_;
  known.push_back({begin, end, std::string(value)});
  // A value the file writes with escapes (`pass\&word` in a .properties file, "\u0041" in JSON) is masked as
  // written too: the snippet shows the file's bytes, not the decoded value.
  if (bytes.find(value) == std::string_view::npos) known.push_back({begin, end, std::string(bytes)});
  if (!multi) sorted_ = false;
}

void FileSecrets::scan_once(const SecretMatcher& every) {
  if (scanned_) return;
  scanned_ = true;
  if (every.empty()) return;
  std::vector<SecretMatch> matches;
  every.scan(src_->bytes(), &matches);
  for (const SecretMatch& m : matches) add(m.begin, m.end);
}

void FileSecrets::sort_once() const {
  if (sorted_) return;
  std::sort(one_line_.begin(), one_line_.end(),
            [](const Known& a, const Known& b) { return std::tie(a.begin, a.end) < std::tie(b.begin, b.end); });
  sorted_ = true;
}

void FileSecrets::values_on(uint32_t first, uint32_t last, std::vector<std::string>* out) const {
  if (one_line_.empty() && multi_line_.empty()) return;
  sort_once();
  last = std::max(first, last);
  uint32_t from = src_->line_start(first);
  uint32_t to = last < src_->line_count() ? src_->line_start(last + 1) : static_cast<uint32_t>(src_->bytes().size());
  auto keep = [&](const std::string& v) {
    if (std::find(out->begin(), out->end(), v) == out->end()) out->push_back(v);
  };
  // `from` is a line start, so a one-line secret touching [from, to) starts there: a binary search finds them all.
  auto it = std::lower_bound(one_line_.begin(), one_line_.end(), from,
                             [](const Known& k, uint32_t b) { return k.begin < b; });
  for (; it != one_line_.end() && it->begin < to; ++it) keep(it->value);
  for (const Known& k : multi_line_)
    if (k.begin < to && k.end > from) keep(k.value);
}

void FileSecrets::pieces_cut_by(uint32_t lo, uint32_t hi, std::vector<std::string>* out) const {
  auto cut = [&](const Known& k) {
    if (k.begin >= hi || k.end <= lo || (k.begin >= lo && k.end <= hi)) return;  // outside, or whole inside
    uint32_t b = std::max(k.begin, lo), e = std::min(k.end, hi);
    std::string piece(src_->view(b, e));
    if (std::find(out->begin(), out->end(), piece) == out->end()) out->push_back(std::move(piece));
  };
  // A one-line secret crossing the window starts on the window's line, at or after the line's start.
  sort_once();
  uint32_t line_start = src_->line_start(src_->span(lo, lo).line);
  auto it = std::lower_bound(one_line_.begin(), one_line_.end(), line_start,
                             [](const Known& k, uint32_t b) { return k.begin < b; });
  for (; it != one_line_.end() && it->begin < hi; ++it) cut(*it);
  for (const Known& k : multi_line_) cut(k);
}

void mask_findings(FileSecrets* secrets, std::span<Finding> findings, const SecretMatcher& every, bool show_secrets,
                   const std::function<FileSecrets*(const std::string& path)>& other_file) {
  if (findings.empty()) return;
  secrets->scan_once(every);
  std::vector<std::string> values;
  std::vector<SecretMatch> in_text;
  // A message may quote a value from no line of this file (a repository rule comparing two files).
  auto scan_text = [&](const std::string& text) {
    if (text.empty() || every.empty()) return;
    in_text.clear();
    every.scan(text, &in_text);
    for (const SecretMatch& m : in_text) {
      std::string v = text.substr(m.begin, m.end - m.begin);
      if (std::find(values.begin(), values.end(), v) == values.end()) values.push_back(std::move(v));
    }
  };
  for (Finding& f : findings) {
    values.clear();
    const Span& sp = f.location.span;
    if (sp.line > 0) secrets->values_on(sp.line, sp.end_line, &values);
    // A snippet cut to a window can hold part of a secret: masked as a value of its own, since the whole value
    // is not there to be found.
    if (sp.line > 0 && sp.line <= secrets->source().line_count() &&
        secrets->source().line(sp.line).size() > kSnippetMaxBytes) {
      auto [lo, hi] = snippet_bounds(secrets->source(), sp.line, sp.begin, sp.end);
      secrets->pieces_cut_by(lo, hi, &values);
    }
    for (const Location& rel : f.related) {
      if (rel.span.line == 0) continue;
      FileSecrets* there = rel.path == secrets->source().path() ? secrets : other_file ? other_file(rel.path) : nullptr;
      if (!there) continue;
      there->scan_once(every);
      there->values_on(rel.span.line, rel.span.end_line, &values);
    }
    scan_text(f.message);
    for (const Location& rel : f.related) scan_text(rel.message);
    mask_finding(&f, values, show_secrets);
  }
}

Finding make_finding(const RuleHit& hit, const RuleInfo& rule) {
  Finding f;
  f.rule_id = rule.id;
  f.severity = hit.severity.value_or(rule.severity);
  f.message = hit.message;
  f.location.span = hit.span;
  f.related = hit.related;
  if (!hit.doc) {
    // A place with no document (a folder or file the repository should have): no snippet to show.
    f.location.path = hit.path;
    f.content_key = "path:" + f.message + "\n" + hit.path;
    return f;
  }
  f.location.path = hit.doc->path();
  const SourceText& src = *hit.doc->source;
  f.snippet = snippet_of(src, hit.span, &f.snippet_col);
  if (hit.secret) {
    f.secret_range = std::make_pair(hit.span.begin, hit.span.end);
    // The content key of a secret is its hash: the same secret moved elsewhere in the file is the same finding.
    f.content_key = "secret:" + sha256_hex(*hit.secret);
  } else {
    f.content_key = "node:" + f.message + "\n" + collapse_space(hit.content_key);
  }
  return f;
}

Finding secret_finding(const SourceText& src, const RuleInfo& rule, uint32_t begin, uint32_t end) {
  Finding f;
  f.rule_id = rule.id;
  f.severity = rule.severity;
  f.message = rule.title + " in plain text";
  f.location.path = src.path();
  f.location.span = src.span(begin, end);
  f.snippet = snippet_of(src, f.location.span, &f.snippet_col);
  f.secret_range = std::make_pair(begin, end);
  f.content_key = "secret:" + sha256_hex(src.view(begin, end));
  return f;
}

Finding line_finding(const SourceText& src, const RuleInfo& rule, uint32_t line, std::string message) {
  Finding f;
  f.rule_id = rule.id;
  f.severity = rule.severity;
  f.message = std::move(message);
  f.location.path = src.path();
  line = std::clamp<uint32_t>(line, 1, std::max<uint32_t>(1, src.visible_line_count()));
  std::string_view text = src.line(line);
  uint32_t begin = src.line_start(line);
  f.location.span = src.span(begin, begin + static_cast<uint32_t>(text.size()));
  f.snippet = snippet_of(src, f.location.span, &f.snippet_col);
  f.content_key = "node:" + f.message + "\n" + collapse_space(text);
  return f;
}

Finding parse_error_finding(const SourceText& src, Format format, const ParseError& err, Severity severity) {
  Finding f;
  f.rule_id = "config.parse-error";
  f.severity = severity;
  std::string what = format_name(format);
  if (what == "hcl" || what == "json" || what == "yaml") std::transform(what.begin(), what.end(), what.begin(), ::toupper);
  f.message = "could not parse " + what + ": " + err.message;
  f.location.path = src.path();
  f.location.span = err.span;
  f.snippet = snippet_of(src, err.span, &f.snippet_col);
  f.content_key = "parse:" + err.message;
  return f;
}

std::vector<Suppression> find_suppressions(const SourceText& src, std::vector<Notification>* warnings) {
  static constexpr std::string_view kMarker = "tollgate:ignore[";
  std::vector<Suppression> out;
  const std::string& b = src.bytes();
  for (size_t pos = b.find(kMarker); pos != std::string::npos; pos = b.find(kMarker, pos + 1)) {
    uint32_t line, col;
    src.locate(static_cast<uint32_t>(pos), &line, &col);
    std::string_view rest = src.line(line);
    rest.remove_prefix(std::min(rest.size(), pos - src.line_start(line) + kMarker.size()));
    size_t close = rest.find(']');
    Suppression s;
    s.line = line;
    if (close != std::string_view::npos) {
      std::string_view ids = rest.substr(0, close);
      while (!ids.empty()) {
        size_t comma = ids.find(',');
        std::string_view id = ids.substr(0, comma);
        while (!id.empty() && id.front() == ' ') id.remove_prefix(1);
        while (!id.empty() && id.back() == ' ') id.remove_suffix(1);
        if (!id.empty()) s.ids.emplace_back(id);
        if (comma == std::string_view::npos) break;
        ids.remove_prefix(comma + 1);
      }
      std::string_view reason = rest.substr(close + 1);
      // A reason ends where the comment does (`-->`, `*/`) and must say something.
      for (std::string_view end : {"-->", "*/"}) {
        size_t e = reason.find(end);
        if (e != std::string_view::npos) reason = reason.substr(0, e);
      }
      s.reason = collapse_space(reason);
    }
    if (s.ids.empty() || s.reason.empty()) {
      Notification n;
      n.level = Notification::Level::warning;
      n.path = src.path();
      n.line = line;
      n.message = close == std::string_view::npos || s.ids.empty()
                      ? "malformed suppression: expected tollgate:ignore[<rule-id>] <reason>"
                      : "suppression without a reason is ignored: write tollgate:ignore[<rule-id>] <reason>";
      warnings->push_back(std::move(n));
      continue;
    }
    out.push_back(std::move(s));
  }
  return out;
}

void warn_unknown_suppression_ids(const std::vector<Suppression>& sups, const std::vector<std::string>& known_ids,
                                  const std::string& path, std::vector<Notification>* warnings) {
  for (const Suppression& s : sups)
    for (const std::string& id : s.ids) {
      if (id == "*" || std::any_of(known_ids.begin(), known_ids.end(),
                                   [&](const std::string& k) { return rule_id_matches(k, id); }))
        continue;
      std::string hint = nearest_word(id, known_ids);
      Notification n;
      n.level = Notification::Level::warning;
      n.path = path;
      n.line = s.line;
      n.message = "suppression names '" + id + "', which matches no rule id or id prefix, so it silences nothing" +
                  (hint.empty() ? std::string(" (see `tollgate rules list`)") : " (did you mean '" + hint + "'?)");
      warnings->push_back(std::move(n));
    }
}

void apply_suppressions(const std::vector<Suppression>& sups, std::span<Finding> findings) {
  // By line, so that a file with many findings and many comments costs no more than its size.
  std::unordered_map<uint32_t, std::vector<const Suppression*>> by_line;
  for (const Suppression& s : sups) by_line[s.line].push_back(&s);
  for (Finding& f : findings) {
    uint32_t line = f.location.span.line;
    for (uint32_t at : {line - 1, line}) {  // a comment covers its own line and the next; the first in the file wins
      auto it = by_line.find(at);
      if (it == by_line.end() || f.suppressed) continue;
      for (const Suppression* s : it->second) {
        if (std::none_of(s->ids.begin(), s->ids.end(), [&](const std::string& id) { return id == "*" || rule_id_matches(f.rule_id, id); }))
          continue;
        f.suppressed = true;
        f.suppression_reason = s->reason;
        break;
      }
    }
  }
}

std::vector<uint32_t> path_ranks(const std::vector<Finding>& findings) {
  std::unordered_map<std::string_view, uint32_t> rank;
  for (const Finding& f : findings) rank.emplace(f.location.path, 0);
  std::vector<std::string_view> paths;
  paths.reserve(rank.size());
  for (const auto& [path, unused] : rank) paths.push_back(path);
  std::sort(paths.begin(), paths.end());
  for (uint32_t i = 0; i < paths.size(); ++i) rank[paths[i]] = i;
  std::vector<uint32_t> out;
  out.reserve(findings.size());
  for (const Finding& f : findings) out.push_back(rank[f.location.path]);
  return out;
}

void drop_repeated_findings(std::vector<Finding>* findings) {
  // Sorted by place, then by what else makes a finding the same: repeats end up side by side. Strings are
  // compared only between findings at one place, and the stable sort keeps the first of them first.
  std::vector<uint32_t> path_rank = path_ranks(*findings);
  std::vector<uint32_t> order(findings->size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  auto key = [&](uint32_t i) {
    const Finding& f = (*findings)[i];
    const Span& s = f.location.span;
    return std::tie(path_rank[i], s.line, s.col, s.end_line, s.end_col, s.begin, s.end, f.rule_id, f.message,
                    f.provenance.commit);
  };
  std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return key(a) < key(b); });
  std::vector<bool> drop(findings->size(), false);
  for (size_t i = 1, kept = 0; i < order.size(); ++i) {
    if (key(order[i]) != key(order[kept])) {
      kept = i;
      continue;
    }
    Finding& first = (*findings)[order[kept]];
    first.severity = std::max(first.severity, (*findings)[order[i]].severity);
    drop[order[i]] = true;
  }
  size_t keep = 0;
  for (size_t i = 0; i < findings->size(); ++i) {
    if (drop[i]) continue;
    if (keep != i) (*findings)[keep] = std::move((*findings)[i]);
    ++keep;
  }
  findings->resize(keep);
}

void assign_fingerprints(std::vector<Finding>* findings) {
  std::vector<uint32_t> path_rank = path_ranks(*findings);
  std::vector<uint32_t> index(findings->size());
  for (uint32_t i = 0; i < index.size(); ++i) index[i] = i;
  std::stable_sort(index.begin(), index.end(), [&](uint32_t a, uint32_t b) {
    const Span& x = (*findings)[a].location.span;
    const Span& y = (*findings)[b].location.span;
    return std::tie(path_rank[a], x.line, x.col) < std::tie(path_rank[b], y.line, y.col);
  });
  auto at = [&](size_t i) -> Finding& { return (*findings)[index[i]]; };  // in line order
  // Each finding's identity, then its occurrence among identical ones: counted with views of the identities,
  // which are completed (and may move) only once every one has been counted.
  std::vector<std::string> identities(index.size());
  for (size_t i = 0; i < index.size(); ++i) {
    const Finding* f = &at(i);
    std::string& identity = identities[i];
    identity.reserve(f->rule_id.size() + f->location.path.size() + f->content_key.size() + 8);
    identity.assign(f->rule_id);
    identity.push_back('\0');
    identity += f->location.path;
    identity.push_back('\0');
    identity += f->content_key;
  }
  std::vector<int> occurrence(index.size());
  {
    std::unordered_map<std::string_view, int> seen;
    seen.reserve(index.size());
    for (size_t i = 0; i < index.size(); ++i) occurrence[i] = seen[identities[i]]++;
  }
  for (size_t i = 0; i < index.size(); ++i) {
    identities[i].push_back('\0');
    identities[i] += std::to_string(occurrence[i]);
  }
  // The hashes are independent: with many findings, a second thread takes half (this ran after the scan's
  // workers, alone, for 60 ms on 26,000 findings).
  auto hash_range = [&](size_t from, size_t to) {
    for (size_t i = from; i < to; ++i) at(i).fingerprint = sha256_hex(identities[i]);
  };
  size_t half = index.size() / 2;
  if (index.size() < 2000 || std::thread::hardware_concurrency() < 2) {
    hash_range(0, index.size());
    return;
  }
  std::thread second(hash_range, half, index.size());
  hash_range(0, half);
  second.join();
}

}  // namespace tollgate
