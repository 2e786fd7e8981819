// dotenv parser: docker compose's env-file conventions, exact spans, located errors.
#include <catch2/catch.hpp>

#include <string>

#include "tollgate/parsers.h"

using namespace tollgate;

namespace {

ParseResult env(std::string text) { return parse_dotenv(SourceText::make(".env", std::move(text))); }

std::string at(const Span& s) {
  return std::to_string(s.line) + ":" + std::to_string(s.col) + "-" + std::to_string(s.end_line) + ":" +
         std::to_string(s.end_col);
}

const Node* root(const ParseResult& r) { return r.documents.at(0)->root; }

std::string val(const ParseResult& r, std::string_view key) {
  const Node* v = root(r)->get(key);
  return v ? v->text : std::string("<missing>");
}

std::vector<std::string> keys(const ParseResult& r) {
  std::vector<std::string> out;
  for (auto& e : root(r)->entries) out.push_back(e.key);
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("dotenv: a map of names to string values with exact spans", "[dotenv]") {
  auto r = env("A=1\nB_2=two words\n");
  REQUIRE_FALSE(r.error);
  REQUIRE(r.documents.size() == 1);
  CHECK(r.documents[0]->format == Format::dotenv);
  REQUIRE(root(r)->is_map());
  CHECK(keys(r) == V{"A", "B_2"});
  CHECK(root(r)->get("A")->is_string());
  CHECK(val(r, "A") == "1");
  CHECK(at(root(r)->entries[0].key_span) == "1:1-1:2");
  CHECK(at(root(r)->get("A")->span) == "1:3-1:4");
  CHECK(val(r, "B_2") == "two words");
  CHECK(at(root(r)->entries[1].key_span) == "2:1-2:4");
  CHECK(at(root(r)->get("B_2")->span) == "2:5-2:14");
  CHECK(root(r)->get("B_2")->span.begin == 8);
  CHECK(root(r)->get("B_2")->span.end == 17);
}

TEST_CASE("dotenv: export prefixes are skipped", "[dotenv]") {
  auto r = env("export TOKEN=abc\nexport\tB=2\nexport=3\n");
  REQUIRE_FALSE(r.error);
  CHECK(keys(r) == V{"TOKEN", "B", "export"});
  CHECK(at(root(r)->entries[0].key_span) == "1:8-1:13");
  CHECK(at(root(r)->get("TOKEN")->span) == "1:14-1:17");
  CHECK(val(r, "export") == "3");
}

TEST_CASE("dotenv: comments", "[dotenv]") {
  auto r = env("# full line\n  # indented\nA=b # trailing\nB=b#kept\nC=b\t# after a tab\nD=\"x # y\" # z\nE=' # '\n");
  REQUIRE_FALSE(r.error);
  CHECK(keys(r) == V{"A", "B", "C", "D", "E"});
  CHECK(val(r, "A") == "b");
  CHECK(at(root(r)->get("A")->span) == "3:3-3:4");
  CHECK(val(r, "B") == "b#kept");
  CHECK(val(r, "C") == "b");
  CHECK(val(r, "D") == "x # y");
  CHECK(val(r, "E") == " # ");
}

TEST_CASE("dotenv: unquoted values lose surrounding blanks", "[dotenv]") {
  auto r = env("A=1   \nB = 2\n  C=  3 4  \n");
  REQUIRE_FALSE(r.error);
  CHECK(val(r, "A") == "1");
  CHECK(at(root(r)->get("A")->span) == "1:3-1:4");
  CHECK(val(r, "B") == "2");
  CHECK(at(root(r)->get("B")->span) == "2:5-2:6");
  CHECK(val(r, "C") == "3 4");
  CHECK(at(root(r)->entries[2].key_span) == "3:3-3:4");
  CHECK(at(root(r)->get("C")->span) == "3:7-3:10");
}

TEST_CASE("dotenv: single quotes are literal", "[dotenv]") {
  auto r = env("A='x\\ny $Z \"q\"'\n");
  REQUIRE_FALSE(r.error);
  CHECK(val(r, "A") == "x\\ny $Z \"q\"");
  CHECK(at(root(r)->get("A")->span) == "1:3-1:16");  // quotes included
  CHECK(root(r)->get("A")->quoted);
}

TEST_CASE("dotenv: double quotes decode escapes", "[dotenv]") {
  auto r = env("A=\"a\\nb\\tc\\\"d\\\"\\\\e\\qf\\r\"\n");
  REQUIRE_FALSE(r.error);
  CHECK(val(r, "A") == "a\nb\tc\"d\"\\e\\qf\r");
  CHECK(at(root(r)->get("A")->span) == "1:3-1:25");
}

TEST_CASE("dotenv: quoted values may span lines", "[dotenv]") {
  auto r = env("KEY=\"-----BEGIN KEY-----\nabc\n-----END KEY-----\"\nNEXT='a\nb'\nLAST=1\n");
  REQUIRE_FALSE(r.error);
  CHECK(keys(r) == V{"KEY", "NEXT", "LAST"});
  CHECK(val(r, "KEY") == "-----BEGIN KEY-----\nabc\n-----END KEY-----");
  CHECK(at(root(r)->get("KEY")->span) == "1:5-3:19");
  CHECK(val(r, "NEXT") == "a\nb");
  CHECK(at(root(r)->get("NEXT")->span) == "4:6-5:3");
  CHECK(val(r, "LAST") == "1");
  CHECK(at(root(r)->entries[2].key_span) == "6:1-6:5");
}

TEST_CASE("dotenv: CRLF files", "[dotenv]") {
  auto r = env("A=1\r\nB=\"x\r\ny\"\r\nC=3\r\n");
  REQUIRE_FALSE(r.error);
  CHECK(val(r, "A") == "1");
  CHECK(val(r, "B") == "x\ny");
  CHECK(val(r, "C") == "3");
  CHECK(at(root(r)->entries[2].key_span) == "4:1-4:2");
}

TEST_CASE("dotenv: empty values", "[dotenv]") {
  auto r = env("A=\nB=\"\"\nC=''\nD=   # nothing\n");
  REQUIRE_FALSE(r.error);
  CHECK(keys(r) == V{"A", "B", "C", "D"});
  for (auto k : {"A", "B", "C", "D"}) {
    REQUIRE(root(r)->get(k)->is_string());
    CHECK(val(r, k) == "");
  }
  CHECK(at(root(r)->get("A")->span) == "1:3-1:3");
  CHECK(at(root(r)->get("B")->span) == "2:3-2:5");
  CHECK(at(root(r)->get("D")->span) == "4:6-4:6");
}

TEST_CASE("dotenv: names may hold dots and dashes, and of duplicates the last wins", "[dotenv]") {
  auto r = env("app.name-x=1\nA=first\nA=second\n");
  REQUIRE_FALSE(r.error);
  CHECK(keys(r) == V{"app.name-x", "A", "A"});
  CHECK(val(r, "A") == "second");
}

TEST_CASE("dotenv: columns count code points", "[dotenv]") {
  auto r = env("A=\xC3\xA9t\xC3\xA9 B\n");
  REQUIRE_FALSE(r.error);
  CHECK(val(r, "A") == "\xC3\xA9t\xC3\xA9 B");
  CHECK(at(root(r)->get("A")->span) == "1:3-1:8");
}

TEST_CASE("dotenv: a line that is not an assignment is an error at the line and parsing goes on", "[dotenv]") {
  auto r = env("A=1\nnot an assignment\n  B\nC=3\n");
  REQUIRE(r.error);
  CHECK(r.error->message == "expected NAME=value");
  CHECK(r.error->offset == 4);
  CHECK(at(r.error->span) == "2:1-2:1");
  CHECK(keys(r) == V{"A", "C"});

  auto r2 = env("A=1\n  B\n");
  REQUIRE(r2.error);
  CHECK(at(r2.error->span) == "2:3-2:3");

  for (const char* bad : {"=x\n", "1A=x\n", "export\n", "A:1\n"}) {
    auto r3 = env(bad);
    REQUIRE(r3.error);
    CHECK(r3.error->message == "expected NAME=value");
    CHECK(at(r3.error->span) == "1:1-1:1");
    CHECK(root(r3)->size() == 0);
  }
}

TEST_CASE("dotenv: unterminated and trailing-text quotes are errors", "[dotenv]") {
  auto r = env("A=1\nB=\"abc\nC=2\n");
  REQUIRE(r.error);
  CHECK(r.error->message == "unterminated quoted value");
  CHECK(at(r.error->span) == "2:3-2:3");
  CHECK(keys(r) == V{"A"});

  auto r2 = env("A=\"x\"y\nB='z' w\nC=3\n");
  REQUIRE(r2.error);
  CHECK(r2.error->message == "unexpected text after quoted value");
  CHECK(at(r2.error->span) == "1:6-1:6");
  CHECK(keys(r2) == V{"C"});
}

TEST_CASE("dotenv: bad input never crashes", "[dotenv]") {
  SECTION("empty") {
    auto r = env("");
    REQUIRE_FALSE(r.error);
    REQUIRE(r.documents.size() == 1);
    CHECK(root(r)->is_map());
    CHECK(root(r)->size() == 0);
  }
  SECTION("invalid UTF-8 and a huge value") {
    std::string big = "A=\xFF\xFE" + std::string(1 << 20, 'x') + "\nB=\"\xC3";
    auto r = env(big);
    REQUIRE(r.error);
    CHECK(r.error->message == "unterminated quoted value");
    CHECK(val(r, "A").size() == (1u << 20) + 2);
  }
  SECTION("a backslash at the very end of a double-quoted value") {
    auto r = env("A=\"\\");
    REQUIRE(r.error);
    CHECK(r.error->message == "unterminated quoted value");
  }
  SECTION("a byte-order mark") {
    auto r = env("\xEF\xBB\xBFK=v\n");
    REQUIRE_FALSE(r.error);
    CHECK(keys(r) == V{"K"});
  }
}

TEST_CASE("dotenv: parse() dispatches to the dotenv parser", "[dotenv]") {
  auto r = parse(Format::dotenv, SourceText::make(".env", "A=1\n"));
  REQUIRE(r.documents.size() == 1);
  CHECK(r.documents[0]->format == Format::dotenv);
  CHECK(r.documents[0]->root->get("A")->text == "1");
}
