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
  Finding f = make_finding(h, rule("secrets.test"), /*show_secrets=*/false);
  CHECK(f.snippet == "TOKEN=ghp_**** # twice: ghp_****");
  CHECK(f.message == "token ghp_**** is hardcoded");
  CHECK(f.location.span.line == 2);
  CHECK(f.location.span.col == 7);
  REQUIRE(f.secret_range);
  CHECK(f.secret_range->first == 10);
  Finding shown = make_finding(h, rule("secrets.test"), /*show_secrets=*/true);
  CHECK(shown.snippet.find(token) != std::string::npos);
  // The identity is the secret's hash, so the same secret elsewhere is the same finding.
  CHECK(f.content_key == "secret:" + sha256_hex(token));
}

TEST_CASE("findings: every line of a multi-line secret is masked") {
  std::string key = "-----BEGIN TEST KEY-----\nMIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu\n-----END TEST KEY-----";
  Fixture fx("key: |\n" + key + "\n");
  Finding f = make_finding(fx.hit(7, 7 + key.size(), "private key", key), rule("secrets.test"), false);
  CHECK(f.snippet.find("MIIBOgIBAAJB") == std::string::npos);
  CHECK(f.snippet == "----****");  // the BEGIN line is a piece of the secret too
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
