#include <catch2/catch.hpp>

#include <string>

#include "engine/secrets_matcher.h"

using namespace tollgate;

namespace {

std::vector<std::string> found(const SecretMatcher& m, std::string_view text) {
  std::vector<SecretMatch> out;
  m.scan(text, &out);
  std::vector<std::string> s;
  for (const auto& x : out) s.push_back(std::to_string(x.rule) + ":" + std::string(text.substr(x.begin, x.end - x.begin)));
  return s;
}

SecretSpec spec(std::string id, std::string pattern, std::vector<std::string> keywords) {
  SecretSpec s;
  s.id = std::move(id);
  s.pattern = std::move(pattern);
  s.keywords = std::move(keywords);
  return s;
}

}  // namespace

TEST_CASE("entropy is Shannon's, in bits per character") {
  CHECK(shannon_entropy("") == 0.0);
  CHECK(shannon_entropy("aaaa") == 0.0);
  CHECK(shannon_entropy("abab") == Approx(1.0));
  CHECK(shannon_entropy("abcd") == Approx(2.0));
  CHECK(shannon_entropy("0123456789abcdef") == Approx(4.0));
}

TEST_CASE("the prefilter runs a pattern only where its keyword occurs, case-insensitively") {
  std::vector<std::string> errors;
  auto m = SecretMatcher::build({spec("a", R"(\b(tok_[a-z0-9]{8})\b)", {"TOK_"}),
                                 spec("b", R"(key=([A-Z]{6}))", {"key="})},
                                &errors);
  REQUIRE(errors.empty());
  CHECK(found(m, "x tok_abcd1234 y\nkey=ABCDEF\n") == std::vector<std::string>{"0:tok_abcd1234", "1:ABCDEF"});
  // The keyword is required: the same shape without it is never tried.
  auto m2 = SecretMatcher::build({spec("c", R"(([A-Z]{6}))", {"secret"})}, &errors);
  CHECK(found(m2, "ABCDEF\n").empty());
  CHECK(found(m2, "Secret: ABCDEF\n") == std::vector<std::string>{"0:ABCDEF"});
  // Keyword on one line does not make another line's match count for a single-line pattern.
  CHECK(found(m2, "secret\nABCDEF\n").empty());
}

TEST_CASE("several matches on a line and on many lines are all reported once, in order") {
  std::vector<std::string> errors;
  auto m = SecretMatcher::build({spec("a", R"((tok_[0-9]{4}))", {"tok_"})}, &errors);
  CHECK(found(m, "tok_1111 tok_2222\nnothing\ntok_3333\n") ==
        std::vector<std::string>{"0:tok_1111", "0:tok_2222", "0:tok_3333"});
}

TEST_CASE("keywords that are suffixes of other keywords still fire") {
  std::vector<std::string> errors;
  auto m = SecretMatcher::build({spec("long", R"((github_[a-z]{4}))", {"github_"}),
                                 spec("short", R"((hub_[a-z]{4}))", {"hub_"})},
                                &errors);
  CHECK(found(m, "github_abcd") == std::vector<std::string>{"0:github_abcd", "1:hub_abcd"});
}

TEST_CASE("filters: entropy floor, allow patterns and stopwords") {
  std::vector<std::string> errors;
  SecretSpec s = spec("a", R"(key=([A-Za-z0-9]{12}))", {"key="});
  s.min_entropy = 3.0;
  s.allow = {"(?i)example"};
  s.stopwords = {"dummy"};
  auto m = SecretMatcher::build({s}, &errors);
  REQUIRE(errors.empty());
  CHECK(found(m, "key=aaaaaaaaaaaa").empty());            // entropy 0
  CHECK(found(m, "key=xEXAMPLEx1Zq").empty());            // allowed
  CHECK(found(m, "key=aDUMMYbq9Zx1").empty());            // stopword, any case
  CHECK(found(m, "key=q8Zr2Lm4Xw7P") == std::vector<std::string>{"0:q8Zr2Lm4Xw7P"});
}

TEST_CASE("multi-line patterns reach past the keyword's line") {
  std::vector<std::string> errors;
  auto m = SecretMatcher::build(
      {spec("pem", R"((-----BEGIN TEST KEY-----[\s\S]{8,1000}?-----END TEST KEY-----))", {"BEGIN TEST KEY"})}, &errors);
  REQUIRE(errors.empty());
  std::string pem = "-----BEGIN TEST KEY-----\nMIIabcdefgh\n-----END TEST KEY-----";
  CHECK(found(m, "x\n" + pem + "\ny\n") == std::vector<std::string>{"0:" + pem});
}

TEST_CASE("bad specs are named and left out, the rest still work") {
  std::vector<std::string> errors;
  auto m = SecretMatcher::build({spec("bad-re", "(unclosed", {"x"}), spec("two-groups", "(a)(b)", {"a"}),
                                 spec("no-group", "abc", {"a"}), spec("no-keyword", "(abc)", {}),
                                 spec("good", "(abc)", {"abc"})},
                                &errors);
  REQUIRE(errors.size() == 4);
  CHECK(errors[0].rfind("bad-re: invalid pattern: ", 0) == 0);
  CHECK(errors[1] == "two-groups: the pattern must have exactly one capture group (the secret), it has 2");
  CHECK(errors[2] == "no-group: the pattern must have exactly one capture group (the secret), it has 0");
  CHECK(errors[3] == "no-keyword: needs at least one non-empty keyword");
  std::vector<SecretMatch> out;
  m.scan("abc", &out);
  REQUIRE(out.size() == 1);
  CHECK(out[0].rule == 4);
}

TEST_CASE("binary-ish and empty input is harmless") {
  std::vector<std::string> errors;
  auto m = SecretMatcher::build({spec("a", "(tok_[0-9]+)", {"tok_"})}, &errors);
  CHECK(found(m, "").empty());
  std::string junk(1 << 16, '\xff');
  junk += "tok_42";
  CHECK(found(m, junk) == std::vector<std::string>{"0:tok_42"});
}

TEST_CASE("secrets matcher: a pattern whose matches can be empty finishes and reports only real secrets", "[secrets]") {
  // \b(x*) matches empty at every word start: the window must still move on (it once looped forever).
  std::vector<std::string> errors;
  auto m = SecretMatcher::build({spec("e", R"(\b(x*))", {"a"})}, &errors);
  CHECK(errors.empty());
  std::vector<SecretMatch> out;
  m.scan("a b xx a", &out);
  REQUIRE(out.size() == 1);
  CHECK(out[0].begin == 4);
  CHECK(out[0].end == 6);
  // One that matches the empty string outright is refused, by build and by check_secret_spec alike.
  CHECK(check_secret_spec(spec("z", "(x*)", {"a"})).find("matches the empty string") != std::string::npos);
  CHECK(check_secret_spec(spec("ok", "(x+)", {"a"})).empty());
}

TEST_CASE("secrets matcher: a github-crc32 checksum keeps tokens whose last 6 characters are the CRC-32 of the 30 before", "[secrets]") {
  std::vector<std::string> errors;
  SecretSpec s = spec("gh", R"(\b(ghp_[A-Za-z0-9]{36})\b)", {"ghp_"});
  s.checksum = "github-crc32";
  auto m = SecretMatcher::build({s}, &errors);
  REQUIRE(errors.empty());
  // Synthetic bodies; their checksums were computed with zlib's crc32 and the 0-9A-Za-z alphabet.
  CHECK(found(m, "t=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") ==
        std::vector<std::string>{"0: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"});
  CHECK(found(m, "t=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").size() == 1);  // a checksum padded with '0'
  CHECK(found(m, "t=ghp_8qRtZHjQMhuOzE95B9EgE0VrbBGI0936rLzQ").empty());     // one character off
  CHECK(found(m, "t=ghp_9qRtZHjQMhuOzE95B9EgE0VrbBGI0936rLzq").empty());     // the body changed
  CHECK(found(m, "t=ghp_8qRtZHjQMhuOzE95B9EgE0VrbBGI0936RLZQ").empty());     // the case matters (base62)
  CHECK(known_checksum("github-crc32"));
  CHECK_FALSE(known_checksum("luhn"));
  s.checksum = "luhn";
  auto bad = SecretMatcher::build({s}, &errors);
  CHECK(errors == std::vector<std::string>{"gh: unknown checksum 'luhn'"});
}

TEST_CASE("secrets matcher: exact keywords count only with their case and at the start of a word", "[secrets]") {
  std::vector<std::string> errors;
  SecretSpec s = spec("st", R"((?i)(st\.[0-9a-f]{8}))", {"st."});
  s.keywords_exact = true;
  SecretSpec loose = spec("loose", R"((?i)(st\.[0-9a-f]{8}))", {"st."});
  auto m = SecretMatcher::build({s, loose}, &errors);
  REQUIRE(errors.empty());
  CHECK(found(m, "t=st.0a1b2c3d") == std::vector<std::string>{"0:st.0a1b2c3d", "1:st.0a1b2c3d"});
  // The keyword inside a word does not arm the exact rule, even where its pattern would match.
  CHECK(found(m, "firstst.0a1b2c3d") == std::vector<std::string>{"1:st.0a1b2c3d"});
  CHECK(found(m, "ST.0a1b2c3d") == std::vector<std::string>{"1:ST.0a1b2c3d"});
  // Another occurrence on the line, at a word start, arms it for the line.
  CHECK(found(m, "firstst. st.0a1b2c3d").size() == 2);
}

TEST_CASE("secrets matcher: every rule drops placeholder values without saying so", "[secrets]") {
  std::vector<std::string> errors;
  auto m = SecretMatcher::build({spec("k", R"(key=([A-Za-z0-9_*\-]{12,}))", {"key="})}, &errors);
  REQUIRE(errors.empty());
  CHECK(found(m, "key=q8Zr2Lm4Xw7P") == std::vector<std::string>{"0:q8Zr2Lm4Xw7P"});
  for (const char* v : {"key=xxxxxxxxQ8Zr", "key=Q8Zr****2Lm4", "key=ab000000000000", "key=q8ExampleZr2L",
                        "key=PLACEHOLDER1234", "key=q8Zr2Lm4-Sample", "key=FAKEq8Zr2Lm4X", "key=your_api_key_1",
                        "key=YourToken12345", "key=q8lorem2Lm4Xw"}) {
    INFO(v);
    CHECK(found(m, v).empty());
  }
  CHECK(found(m, "key=yourself9Zq2Lm").size() == 1);  // "your" before anything else is not a placeholder
}
