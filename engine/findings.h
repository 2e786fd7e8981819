// Turning rule hits into findings: snippets, masking of secrets, inline suppressions, fingerprints.
// Shared by the scan and by `rules test`.
//
// A finding is made with the text the source has (make_finding, secret_finding, parse_error_finding), then
// masked once by mask_findings with every secret on its lines, whichever rule reported it: a secret on a line
// that a Dockerfile or CI rule reports must not reach a report because that rule knows nothing of secrets.
#pragma once

#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "engine/rules.h"
#include "engine/secrets_matcher.h"
#include "tollgate/document.h"
#include "tollgate/finding.h"

namespace tollgate {

// The finding for one hit: its snippet and content key as the source has them (mask_findings masks them).
Finding make_finding(const RuleHit& hit, const RuleInfo& rule);
// The finding for a match of a declarative secret rule at bytes [begin, end) of src.
Finding secret_finding(const SourceText& src, const RuleInfo& rule, uint32_t begin, uint32_t end);

// A finding on the whole of 1-based line `line` of src (its text is the content key).
Finding line_finding(const SourceText& src, const RuleInfo& rule, uint32_t line, std::string message);

// The `config.parse-error` finding for a file that could not be parsed.
Finding parse_error_finding(const SourceText& src, Format format, const ParseError& err, Severity severity);

// A secret shown as a short prefix and asterisks: "ghp_****". The prefix never exceeds a quarter of the value.
std::string mask_secret(std::string_view secret);

// Byte ranges [first, second) of a text.
using ByteRanges = std::vector<std::pair<size_t, size_t>>;

// text with every occurrence of each secret masked (mask_secret; a multi-line secret line by line, overlapping
// occurrences as one). With `visible` (the masked line), also every run of 8 or more bytes that is a piece of a
// secret, such as a parser's 20-byte excerpt of a token ("unexpected 'ghp_Zq8L...'"), unless `visible` shows
// that run anyway (a key name the value contains) or the run reads as a word ("production"); a piece keeps no
// character unless it starts where its secret does. `runs` receives the masked ranges of text.
std::string mask_text(std::string_view text, std::span<const std::string> secrets, const std::string* visible = nullptr,
                      ByteRanges* runs = nullptr);

// The one masking step, for every finding whatever made it. Masks `secrets` (the secrets of the finding's lines
// and of its messages) in the content key always, so that the fingerprint is the same with and without
// --show-secrets and carries no secret; and, unless show_secrets, in the snippet (recording Finding::masked for
// the caret), the message and the related locations' messages. The message and key lose any sizeable piece of
// a secret too (see mask_text). Call it once per finding: it expects the source's text.
void mask_finding(Finding* f, std::span<const std::string> secrets, bool show_secrets);

// Where the secrets of one file are, for masking its findings: what the secret rules found (every match of the
// scan's secret patterns, applicable to the file's kind or not, and each value a rule reported as a secret) and
// what the detectors that run whatever the selection find (every loaded secret pattern, the generic key/value
// check), so that masking does not depend on which rules run.
class FileSecrets {
 public:
  explicit FileSecrets(std::shared_ptr<const SourceText> src);
  const SourceText& source() const { return *src_; }
  // A secret at bytes [begin, end) of the file. `value` is the text to mask when it is not those bytes (a
  // rule's `secret` inside the node it reported at).
  void add(uint32_t begin, uint32_t end, std::string_view value = {});
  // Adds every match of `every` (the patterns of all secret rules) over the file, the first time only.
  void scan_once(const SecretMatcher& every);
  // The scan's own pass had every pattern, and its matches were added: scan_once has nothing left to do.
  void set_scanned() { scanned_ = true; }
  // The secrets touching lines [first, last], each once (appended to out).
  void values_on(uint32_t first, uint32_t last, std::vector<std::string>* out) const;
  // The part inside bytes [lo, hi) of each secret that crosses lo or hi, each once (appended to out): what a
  // snippet cut to that window shows of a secret it does not hold whole.
  void pieces_cut_by(uint32_t lo, uint32_t hi, std::vector<std::string>* out) const;

 private:
  struct Known {
    uint32_t begin = 0, end = 0;
    std::string value;
  };
  void sort_once() const;
  std::shared_ptr<const SourceText> src_;
  // Sorted by begin when read; secrets within one line apart from the few that span lines (a PEM block), so that
  // a line's secrets are found by binary search.
  mutable std::vector<Known> one_line_, multi_line_;
  mutable bool sorted_ = true;
  bool scanned_ = false;
};

// The FileSecrets of the files whose documents a scan keeps for repository rules.
using SecretIndex = std::unordered_map<const SourceText*, FileSecrets>;

// Masks findings reported in the file of `secrets`: each with the secrets on its lines [line, end_line], on its
// related locations' lines (in this file, or through `other_file` in another), and those `every` finds in its
// messages. Scans the file with `every` first if that was not done. The one entry point every path uses.
void mask_findings(FileSecrets* secrets, std::span<Finding> findings, const SecretMatcher& every, bool show_secrets,
                   const std::function<FileSecrets*(const std::string& path)>& other_file = nullptr);

// `tollgate:ignore[<id>, <id>] <reason>` comments of one file. A comment covers findings on its own line and
// on the line after it. A comment without a reason covers nothing and yields a warning.
struct Suppression {
  uint32_t line = 0;
  std::vector<std::string> ids;  // rule ids, id prefixes (see rule_id_matches) or "*" for every rule
  std::string reason;
};
std::vector<Suppression> find_suppressions(const SourceText& src, std::vector<Notification>* warnings);
// A warning for each id of `sups` that names none of `known_ids` (every loaded rule, selected or not): such a
// comment silences nothing, most often because of a typo.
void warn_unknown_suppression_ids(const std::vector<Suppression>& sups, const std::vector<std::string>& known_ids,
                                  const std::string& path, std::vector<Notification>* warnings);
// Marks the findings of one file that a suppression covers.
void apply_suppressions(const std::vector<Suppression>& sups, std::span<Finding> findings);

// One problem, one finding: of the findings with the same rule, place, message and commit, the first is kept
// (at the highest severity among them) and the others are dropped. A rule reaches one node twice when YAML
// aliases share it: a job defined with an anchor and aliased by a second job reports each step of both.
void drop_repeated_findings(std::vector<Finding>* findings);

// Sets Finding::fingerprint on every finding: SHA-256 over rule id, path, content key and the finding's
// occurrence among identical ones (in line order), never the line itself.
void assign_fingerprints(std::vector<Finding>* findings);
// Each finding's path as a rank among the findings' distinct paths (equal paths, equal ranks; the order of the
// ranks is the order of the paths): sorting by path compares two integers instead of two strings, a thousand
// findings of one file being the common case.
std::vector<uint32_t> path_ranks(const std::vector<Finding>& findings);

std::string sha256_hex(std::string_view data);
// Lower-case hex of n bytes.
std::string hex_of(const unsigned char* bytes, size_t n);

}  // namespace tollgate
