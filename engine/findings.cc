#include "engine/findings.h"

#include <openssl/evp.h>

#include <algorithm>
#include <memory>
#include <string>
#include <thread>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "engine/suggest.h"

namespace tollgate {

std::string sha256_hex(std::string_view data) {
  // Fetched once and a context per thread: EVP_Digest with EVP_sha256() looks the algorithm up and builds a
  // context on every call, which cost 13,000 instructions per fingerprint for 32 bytes of input.
  static EVP_MD* const sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
  thread_local std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  if (!sha256 || !ctx || !EVP_DigestInit_ex2(ctx.get(), sha256, nullptr) ||
      !EVP_DigestUpdate(ctx.get(), data.data(), data.size()) || !EVP_DigestFinal_ex(ctx.get(), md, &len))
    EVP_Digest(data.data(), data.size(), md, &len, EVP_sha256(), nullptr);
  static const char* hex = "0123456789abcdef";
  std::string out;
  out.reserve(len * 2);
  for (unsigned i = 0; i < len; ++i) {
    out.push_back(hex[md[i] >> 4]);
    out.push_back(hex[md[i] & 15]);
  }
  return out;
}

std::string mask_secret(std::string_view secret) {
  // Enough of a prefix to recognise the token type (ghp_, AKIA, xoxb-), never enough to guess the rest.
  size_t keep = std::min<size_t>(4, secret.size() / 4);
  // Never cut a UTF-8 character in two: the report must stay valid UTF-8.
  while (keep > 0 && keep < secret.size() && (static_cast<unsigned char>(secret[keep]) & 0xC0) == 0x80) --keep;
  return std::string(secret.substr(0, keep)) + "****";
}

namespace {

void replace_all(std::string* s, std::string_view from, std::string_view to) {
  if (from.empty()) return;
  for (size_t pos = s->find(from); pos != std::string::npos; pos = s->find(from, pos + to.size()))
    s->replace(pos, from.size(), to);
}

// Masks every line of a (possibly multi-line) secret wherever it appears in text.
void mask_in(std::string* text, std::string_view secret) {
  if (secret.empty()) return;
  replace_all(text, secret, mask_secret(secret));
  if (secret.find('\n') == std::string_view::npos) return;
  size_t start = 0;
  while (start < secret.size()) {
    size_t nl = secret.find('\n', start);
    std::string_view piece = secret.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
    while (!piece.empty() && (piece.back() == '\r' || piece.back() == ' ')) piece.remove_suffix(1);
    if (piece.size() >= 4) replace_all(text, piece, mask_secret(piece));
    if (nl == std::string_view::npos) break;
    start = nl + 1;
  }
}

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

}  // namespace

Finding make_finding(const RuleHit& hit, const RuleInfo& rule, bool show_secrets) {
  Finding f;
  f.rule_id = rule.id;
  f.severity = hit.severity.value_or(rule.severity);
  f.message = hit.message;
  f.location.path = hit.doc->path();
  f.location.span = hit.span;
  f.related = hit.related;
  const SourceText& src = *hit.doc->source;
  f.snippet = std::string(src.line(hit.span.line));
  if (hit.secret) {
    f.secret_range = std::make_pair(hit.span.begin, hit.span.end);
    // The content key of a secret is its hash: the same secret moved elsewhere in the file is the same finding.
    f.content_key = "secret:" + sha256_hex(*hit.secret);
    if (!show_secrets) {
      mask_in(&f.snippet, *hit.secret);
      mask_in(&f.message, *hit.secret);
    }
  } else {
    f.content_key = "node:" + f.message + "\n" + collapse_space(hit.content_key);
  }
  return f;
}

Finding secret_finding(const SourceText& src, const RuleInfo& rule, uint32_t begin, uint32_t end, bool show_secrets) {
  Finding f;
  f.rule_id = rule.id;
  f.severity = rule.severity;
  f.message = rule.title + " in plain text";
  f.location.path = src.path();
  f.location.span = src.span(begin, end);
  f.snippet = std::string(src.line(f.location.span.line));
  std::string_view secret = src.view(begin, end);
  f.secret_range = std::make_pair(begin, end);
  f.content_key = "secret:" + sha256_hex(secret);
  if (!show_secrets) mask_in(&f.snippet, secret);
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
  f.snippet = std::string(src.line(err.span.line));
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

void assign_fingerprints(std::vector<Finding>* findings) {
  std::vector<Finding*> order;
  order.reserve(findings->size());
  for (Finding& f : *findings) order.push_back(&f);
  std::stable_sort(order.begin(), order.end(), [](const Finding* a, const Finding* b) {
    return std::tie(a->location.path, a->location.span.line, a->location.span.col) <
           std::tie(b->location.path, b->location.span.line, b->location.span.col);
  });
  std::unordered_map<std::string, int> seen;
  seen.reserve(order.size());
  std::vector<std::string> identities(order.size());
  for (size_t i = 0; i < order.size(); ++i) {
    const Finding* f = order[i];
    std::string& identity = identities[i];
    identity.assign(f->rule_id);
    identity.push_back('\0');
    identity += f->location.path;
    identity.push_back('\0');
    identity += f->content_key;
    int occurrence = seen[identity]++;
    identity.push_back('\0');
    identity += std::to_string(occurrence);
  }
  // The hashes are independent: with many findings, a second thread takes half (this ran after the scan's
  // workers, alone, for 60 ms on 26,000 findings).
  auto hash_range = [&](size_t from, size_t to) {
    for (size_t i = from; i < to; ++i) order[i]->fingerprint = sha256_hex(identities[i]);
  };
  size_t half = order.size() / 2;
  if (order.size() < 2000 || std::thread::hardware_concurrency() < 2) {
    hash_range(0, order.size());
    return;
  }
  std::thread second(hash_range, half, order.size());
  hash_range(0, half);
  second.join();
}

}  // namespace tollgate
