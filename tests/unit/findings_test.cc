// From rule hits to findings: masking, inline suppressions, fingerprints.
#include <catch2/catch.hpp>

#include "engine/findings.h"

using namespace tollgate;

namespace {

RuleInfo rule(const std::string& id, Severity s = Severity::high) {
  RuleInfo r;
  r.id = id;
  r.severity = s;
  r.tags = {id.substr(0, id.find('.'))};
  return r;
}

struct Fixture {
  Document doc;
  explicit Fixture(const std::string& text) { doc.source = SourceText::make("cfg/app.env", text); }
  RuleHit hit(uint32_t begin, uint32_t end, std::string message, std::optional<std::string> secret = {}) {
    RuleHit h;
    h.doc = &doc;
    h.span = doc.source->span(begin, end);
    h.message = std::move(message);
    h.secret = std::move(secret);
    h.content_key = std::string(doc.source->view(begin, end));
    return h;
  }
};

}  // namespace

TEST_CASE("findings: a secret keeps a short prefix and never more than a quarter of itself") {
  CHECK(mask_secret("ghp_Zq8Lr2Xw7Pm4Kd9Tb3Vn6Hj1Fs5Gc0Ay2EeQ") == "ghp_****");
  CHECK(mask_secret("hunter2pass") == "hu****");
  CHECK(mask_secret("abc") == "****");
  CHECK(mask_secret("") == "****");
  // Four bytes are kept when they end on a character boundary, fewer when they would split a character.
  CHECK(mask_secret("\xE2\x80\xA6" "abcdefghijklmn") == "\xE2\x80\xA6" "a****");
  CHECK(mask_secret("ab\xE2\x80\xA6" "cdefghijklmnop") == "ab****");
}

TEST_CASE("findings: the secret is masked in the snippet and in the message unless shown") {
  std::string token = "ghp_Zq8Lr2Xw7Pm4Kd9Tb3Vn6Hj1Fs5Gc0Ay2EeQ";
  Fixture fx("A=1\nTOKEN=" + token + " # twice: " + token + "\n");
  RuleHit h = fx.hit(10, 10 + token.size(), "token " + token + " is hardcoded", token);
  Finding f = make_finding(h, rule("secrets.test"));
  mask_finding(&f, std::vector<std::string>{token}, /*show_secrets=*/false);
  CHECK(f.snippet == "TOKEN=ghp_**** # twice: ghp_****");
  CHECK(f.message == "token ghp_**** is hardcoded");
  CHECK(f.location.span.line == 2);
  CHECK(f.location.span.col == 7);
  REQUIRE(f.secret_range);
  CHECK(f.secret_range->first == 10);
  Finding shown = make_finding(h, rule("secrets.test"));
  mask_finding(&shown, std::vector<std::string>{token}, /*show_secrets=*/true);
  CHECK(shown.snippet.find(token) != std::string::npos);
  // The identity is the secret's hash, so the same secret elsewhere is the same finding.
  CHECK(f.content_key == "secret:" + sha256_hex(token));
}

TEST_CASE("findings: every line of a multi-line secret is masked") {
  std::string key = "-----BEGIN TEST KEY-----\nMIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu\n-----END TEST KEY-----";
  Fixture fx("key: |\n" + key + "\n");
  Finding f = make_finding(fx.hit(7, 7 + key.size(), "private key", key), rule("secrets.test"));
  mask_finding(&f, std::vector<std::string>{key}, false);
  CHECK(f.snippet.find("MIIBOgIBAAJB") == std::string::npos);
  CHECK(f.snippet == "----****");  // the BEGIN line is a piece of the secret too
}

namespace {

// A well-formed GitHub classic PAT (ghp_ + 36 alphanumerics) made by the test, so that no token-shaped literal
// is committed once more: a fixed linear congruential sequence over the alphanumerics.
std::string fake_token() {
  static const char* kAlnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  uint32_t x = 20261008;
  std::string t = "ghp_";
  for (int i = 0; i < 36; ++i) {
    x = x * 1664525u + 1013904223u;
    t += kAlnum[(x >> 16) % 62];
  }
  return t;
}

// The GitHub classic PAT rule's pattern, as the built-in pack gives it.
SecretMatcher github_matcher() {
  SecretSpec s;
  s.id = "secrets.github-classic-pat";
  s.pattern = R"(\b(ghp_[A-Za-z0-9]{36})\b)";
  s.keywords = {"ghp_"};
  std::vector<std::string> errors;
  return SecretMatcher::build({s}, &errors);
}

}  // namespace

TEST_CASE("findings: another rule's finding on a secret's line is masked, its content key always") {
  const std::string token = fake_token();
  Fixture fx("FROM alpine:latest # " + token + "\nRUN true\n");
  RuleHit h = fx.hit(5, 18, "base image 'alpine:latest' " + token, std::nullopt);
  h.content_key = "alpine:latest # " + token;  // a node whose text holds the token
  SecretMatcher none;
  auto masked = [&](bool show) {
    FileSecrets found(fx.doc.source);
    found.add(21, static_cast<uint32_t>(21 + token.size()));  // what the secret rule found
    std::vector<Finding> f{make_finding(h, rule("supply-chain.unpinned-image"))};
    mask_findings(&found, f, none, show);
    return f[0];
  };
  Finding f = masked(false);
  CHECK(f.snippet == "FROM alpine:latest # ghp_****");
  CHECK(f.message == "base image 'alpine:latest' ghp_****");
  CHECK(f.content_key.find(token) == std::string::npos);
  CHECK(f.content_key.find(token.substr(4, 12)) == std::string::npos);
  Finding shown = masked(true);
  CHECK(shown.snippet.find(token) != std::string::npos);
  CHECK(shown.message.find(token) != std::string::npos);
  // The fingerprint must not change with --show-secrets.
  CHECK(shown.content_key == f.content_key);
  // A line without the secret is left alone.
  FileSecrets found(fx.doc.source);
  found.add(21, static_cast<uint32_t>(21 + token.size()));
  std::vector<Finding> other{make_finding(fx.hit(fx.doc.source->line_start(2), fx.doc.source->line_start(2) + 3, "run"),
                                          rule("readiness.x"))};
  mask_findings(&found, other, none, false);
  CHECK(other[0].snippet == "RUN true");
  CHECK(other[0].masked.empty());
}

TEST_CASE("findings: the secret patterns find a secret no secret rule reported, in the line and in messages") {
  const std::string token = fake_token();
  Fixture fx("script:\n  - curl -H \"Authorization: token " + token + "\" https://api.github.com || true\n");
  uint32_t line2 = fx.doc.source->line_start(2);
  std::vector<Finding> f{make_finding(fx.hit(line2 + 4, line2 + 10, "'|| true' hides any failure of 'curl'"), rule("readiness.silent-failure")),
                         make_finding(fx.hit(line2 + 4, line2 + 10, "quoted from elsewhere: " + token + "."), rule("drift.x"))};
  Location rel;
  rel.path = "other/file.yaml";
  rel.span.line = 3;
  rel.message = "the other value " + token;
  f[1].related.push_back(rel);
  FileSecrets found(fx.doc.source);  // the secret rules did not run (--select readiness)
  mask_findings(&found, f, github_matcher(), false);
  CHECK(f[0].snippet == "  - curl -H \"Authorization: token ghp_****\" https://api.github.com || true");
  CHECK(f[1].message == "quoted from elsewhere: ghp_****.");
  CHECK(f[1].related[0].message == "the other value ghp_****");
}

TEST_CASE("findings: a piece of a secret in a message is masked, a word the line shows anyway is not") {
  const std::string token = fake_token();
  const std::vector<std::string> secrets{token, "db-password-Zq81"};
  std::string line = "{\"b\": " + token + "} db_password: db-password-Zq81";
  std::string visible = mask_text(line, secrets);
  CHECK(visible == "{\"b\": ghp_****} db_password: db-p****");
  // A parser quotes 20 bytes from where it stopped: a prefix of the token, or a piece from its middle.
  CHECK(mask_text("unexpected '" + token.substr(0, 20) + "'", secrets, &visible) == "unexpected 'ghp_****'");
  CHECK(mask_text("unexpected '" + token.substr(9, 20) + "'", secrets, &visible) == "unexpected '****'");
  // "password" is part of the value but also of the key name, which the masked line shows.
  CHECK(mask_text("'db_password' is assigned a secret", secrets, &visible) == "'db_password' is assigned a secret");
  // A piece that reads as a word is left too: a rule's title shares "production" with a Braintree token.
  const std::vector<std::string> braintree{"access_token$production$" + token.substr(4, 16)};
  std::string braintree_line = mask_text("token: \"" + braintree[0] + "\"", braintree);
  CHECK(mask_text("PayPal Braintree production access token", braintree, &braintree_line) ==
        "PayPal Braintree production access token");
  // A long text (a node's text in a content key) takes the table path: the same result.
  std::string padding(3000, '.');
  CHECK(mask_text(padding + "'" + token.substr(9, 20) + "'" + padding, secrets, &visible) ==
        padding + "'****'" + padding);
  // Pieces shorter than 8 bytes are left: they would hide ordinary words.
  CHECK(mask_text("x " + token.substr(10, 7) + " y", secrets, &visible) == "x " + token.substr(10, 7) + " y");
  // Without `visible`, only whole secrets.
  CHECK(mask_text("'" + token.substr(0, 20) + "'", secrets) == "'" + token.substr(0, 20) + "'");
}

TEST_CASE("findings: masked runs place the caret under the mask, in code points") {
  const std::string token = fake_token();
  // "é" and "ü" are two bytes, one column each.
  std::string text = "k: \xC3\xA9 " + token + " \xC3\xBC " + token + " end\n";
  Fixture fx(text);
  uint32_t first = static_cast<uint32_t>(text.find("ghp_"));
  uint32_t second = static_cast<uint32_t>(text.rfind("ghp_"));
  FileSecrets found(fx.doc.source);
  found.add(first, static_cast<uint32_t>(first + token.size()));
  std::vector<Finding> f{make_finding(fx.hit(second, second + static_cast<uint32_t>(token.size()), "t", token), rule("secrets.test")),
                         make_finding(fx.hit(0, static_cast<uint32_t>(text.size() - 1), "whole line"), rule("config.x"))};
  mask_findings(&found, f, SecretMatcher(), false);
  CHECK(f[0].snippet == "k: \xC3\xA9 ghp_**** \xC3\xBC ghp_**** end");
  REQUIRE(f[0].masked.size() == 2);
  CHECK(f[0].masked[0].col == 6);
  CHECK(f[0].masked[0].width == 40);
  CHECK(f[0].masked[0].masked_width == 8);
  CHECK(f[0].masked[1].col == 49);
  // The secret's span (columns 49 to 89) becomes the second mask's columns: 17 to 25 (exclusive).
  CHECK(f[0].location.span.col == 49);
  CHECK(snippet_column(f[0], f[0].location.span.col, false) == 17);
  CHECK(snippet_column(f[0], f[0].location.span.end_col, true) == 25);
  // Inside a mask: its start, or for an end column its end; past the masks: moved by both.
  CHECK(snippet_column(f[0], 20, false) == 6);
  CHECK(snippet_column(f[0], 20, true) == 14);
  CHECK(snippet_column(f[0], 90, false) == 26);
  CHECK(snippet_column(f[0], 3, false) == 3);
  // The other rule's span covers the line: it ends where the masked line does.
  CHECK(snippet_column(f[1], f[1].location.span.end_col, true) == 29);
}

TEST_CASE("findings: suppressions need ids and a reason, and cover their line and the next") {
  auto src = SourceText::make("a.yaml",
                              "# tollgate:ignore[secrets.test, gates] rotated in 2026-10\n"  // line 1
                              "token: x\n"                                                    // line 2
                              "other: y  # tollgate:ignore[config.x]\n"                       // line 3: no reason
                              "# tollgate:ignore[] why\n"                                     // line 4: no id
                              "last: z # tollgate:ignore[secrets] kept for the fixture -->\n");  // line 5
  std::vector<Notification> warnings;
  auto sups = find_suppressions(*src, &warnings);
  REQUIRE(sups.size() == 2);
  CHECK(sups[0].line == 1);
  CHECK(sups[0].ids == std::vector<std::string>{"secrets.test", "gates"});
  CHECK(sups[0].reason == "rotated in 2026-10");
  CHECK(sups[1].reason == "kept for the fixture");
  REQUIRE(warnings.size() == 2);
  CHECK(warnings[0].line == 3);
  CHECK(warnings[0].message == "suppression without a reason is ignored: write tollgate:ignore[<rule-id>] <reason>");
  CHECK(warnings[1].line == 4);
  CHECK(warnings[1].message == "malformed suppression: expected tollgate:ignore[<rule-id>] <reason>");

  auto finding_at = [](const std::string& id, uint32_t line) {
    Finding f;
    f.rule_id = id;
    f.location.span.line = line;
    return f;
  };
  std::vector<Finding> fs = {finding_at("secrets.test", 2), finding_at("gates.deploy", 1), finding_at("config.x", 3),
                             finding_at("secrets.test", 3), finding_at("secrets.other", 5),
                             finding_at("secretsx.other", 5)};
  apply_suppressions(sups, fs);
  CHECK(fs[0].suppressed);                 // the line after the comment
  CHECK(fs[0].suppression_reason == "rotated in 2026-10");
  CHECK(fs[1].suppressed);                 // a family covers its rules
  CHECK_FALSE(fs[2].suppressed);           // no reason, no suppression
  CHECK_FALSE(fs[3].suppressed);           // two lines below
  CHECK(fs[4].suppressed);                 // the comment's own line
  CHECK_FALSE(fs[5].suppressed);           // "secrets" is not a prefix of "secretsx"
}

TEST_CASE("findings: fingerprints ignore lines but tell identical findings apart by occurrence") {
  auto make = [](const std::string& path, uint32_t line, const std::string& key) {
    Finding f;
    f.rule_id = "config.x";
    f.location.path = path;
    f.location.span.line = line;
    f.content_key = key;
    return f;
  };
  std::vector<Finding> a = {make("a.yaml", 3, "k"), make("a.yaml", 9, "k"), make("a.yaml", 5, "other")};
  std::vector<Finding> b = {make("a.yaml", 30, "k"), make("a.yaml", 90, "k"), make("a.yaml", 1, "other")};
  assign_fingerprints(&a);
  assign_fingerprints(&b);
  CHECK(a[0].fingerprint.size() == 64);
  CHECK(a[0].fingerprint == b[0].fingerprint);
  CHECK(a[1].fingerprint == b[1].fingerprint);
  CHECK(a[2].fingerprint == b[2].fingerprint);
  CHECK(a[0].fingerprint != a[1].fingerprint);
  std::vector<Finding> other_path = {make("b.yaml", 3, "k")};
  assign_fingerprints(&other_path);
  CHECK(other_path[0].fingerprint != a[0].fingerprint);
}

TEST_CASE("findings: a line past 1 KiB is shown as a window around the location, carets still in place") {
  const std::string token = fake_token();
  std::string before(5000, 'x'), after(5000, 'y');
  Fixture fx(before + " " + token + " " + after + "\n");
  uint32_t at = static_cast<uint32_t>(before.size() + 1);
  FileSecrets found(fx.doc.source);
  found.add(at, at + static_cast<uint32_t>(token.size()));
  std::vector<Finding> f{make_finding(fx.hit(at, at + static_cast<uint32_t>(token.size()), "token", token),
                                      rule("secrets.test"))};
  CHECK(f[0].snippet_col == at + 1 - 160);
  mask_findings(&found, f, SecretMatcher(), false);
  const std::string& s = f[0].snippet;
  CHECK(s.size() < 1100);
  CHECK(s.rfind("\u2026" + std::string(159, 'x') + " ghp_**** yyy", 0) == 0);
  CHECK(s.substr(s.size() - 4) == "y\u2026");
  // The caret goes under the mask: display column 1 (…) + 160 columns of context + 1.
  CHECK(snippet_column(f[0], f[0].location.span.col, false) == 162);
  CHECK(snippet_column(f[0], f[0].location.span.end_col, true) == 162 + 8);
}

TEST_CASE("findings: a secret cut by a window's edge is masked, not shown in part") {
  // A 4,500-byte value that is a secret from byte 9: the window holds 2 KiB of it, the rest is cut.
  std::string value;
  for (int i = 0; i < 1500; ++i) value += "Qw9";
  Fixture fx("PASSWORD=" + value + "\n");
  FileSecrets found(fx.doc.source);
  found.add(9, static_cast<uint32_t>(9 + value.size()));
  std::vector<Finding> f{make_finding(fx.hit(0, 8, "key"), rule("secrets.test"))};
  mask_findings(&found, f, SecretMatcher(), false);
  CHECK(f[0].snippet_col == 1);
  CHECK(f[0].snippet.find("Qw9Qw9Qw9") == std::string::npos);
  CHECK(f[0].snippet.rfind("PASSWORD=Qw9Q****", 0) == 0);
  // Shown on request: the window is the same, unmasked.
  std::vector<Finding> shown{make_finding(fx.hit(0, 8, "key"), rule("secrets.test"))};
  mask_findings(&found, shown, SecretMatcher(), true);
  CHECK(shown[0].snippet.size() == 1024 + 3);
  CHECK(shown[0].snippet.find("Qw9Qw9Qw9") != std::string::npos);
}
