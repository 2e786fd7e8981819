// INI and .properties parser: lenient like the programs that read them, exact spans, escapes decoded.
#include <catch2/catch.hpp>

#include <string>

#include "tollgate/parsers.h"

using namespace tollgate;

namespace {

ParseResult parse_as(const std::string& path, std::string text) {
  return parse_ini(SourceText::make(path, std::move(text)));
}

std::string at(const Span& s) {
  return std::to_string(s.line) + ":" + std::to_string(s.col) + "-" + std::to_string(s.end_line) + ":" +
         std::to_string(s.end_col);
}

const Node* root(const ParseResult& r) { return r.documents.at(0)->root; }

std::vector<std::string> keys(const Node* n) {
  std::vector<std::string> out;
  for (auto& e : n->entries) out.push_back(e.key);
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("ini: sections are nested maps, keys before the first one are at the top", "[ini]") {
  auto r = parse_as("app.ini", "top = 1\n[database]\nhost = db\npassword: s3cret\n\n[api]\ntoken=abc\n");
  REQUIRE_FALSE(r.error);
  REQUIRE(r.documents.size() == 1);
  CHECK(r.documents[0]->format == Format::ini);
  CHECK(keys(root(r)) == V{"top", "database", "api"});
  const Node* db = root(r)->get("database");
  REQUIRE(db);
  CHECK(db->is_map());
  CHECK(keys(db) == V{"host", "password"});
  CHECK(db->get("password")->text == "s3cret");
  CHECK(at(db->get("password")->span) == "4:11-4:17");
  CHECK(at(db->entries[1].key_span) == "4:1-4:9");
  CHECK(at(root(r)->entries[1].key_span) == "2:2-2:10");
  CHECK(root(r)->get("api")->get("token")->text == "abc");
}

TEST_CASE("ini: comments, inline comments after a blank, quotes and CRLF", "[ini]") {
  auto r = parse_as("setup.cfg", "; comment\r\n# also\r\na = x;y ; note\r\nb = \"quoted ; kept\"\r\nc = 'single'\r\nd =\r\n");
  REQUIRE_FALSE(r.error);
  CHECK(keys(root(r)) == V{"a", "b", "c", "d"});
  CHECK(root(r)->get("a")->text == "x;y");
  CHECK(root(r)->get("b")->text == "quoted ; kept");
  CHECK(root(r)->get("b")->quoted);
  CHECK(at(root(r)->get("b")->span) == "4:5-4:20");
  CHECK(root(r)->get("c")->text == "single");
  CHECK(root(r)->get("d")->text.empty());
}

TEST_CASE("ini: what is not a key and a value is skipped, never an error", "[ini]") {
  auto r = parse_as("x.ini", "just words\n[unclosed\n= no key\nk = v\n\xff\xfe\n");
  REQUIRE_FALSE(r.error);
  CHECK(keys(root(r)) == V{"k"});
  auto empty = parse_as("x.ini", "");
  REQUIRE_FALSE(empty.error);
  REQUIRE(root(empty));
  CHECK(root(empty)->entries.empty());
}

TEST_CASE("properties: flat keys, separators, comments and escapes", "[ini]") {
  auto r = parse_as("src/main/resources/application.properties",
                    "# comment\n! also\nspring.datasource.password=Tr0ub4dor\\&3\n"
                    "a:b\nc d\ne = \\u0041\\tz\nkey\\ with\\ blanks = v\nf=\n");
  REQUIRE_FALSE(r.error);
  CHECK(r.documents[0]->format == Format::ini);
  CHECK(keys(root(r)) == V{"spring.datasource.password", "a", "c", "e", "key with blanks", "f"});
  const Node* pw = root(r)->get("spring.datasource.password");
  CHECK(pw->text == "Tr0ub4dor&3");
  CHECK(at(pw->span) == "3:28-3:40");  // the value as written, escape included
  CHECK(root(r)->get("a")->text == "b");
  CHECK(root(r)->get("c")->text == "d");
  CHECK(root(r)->get("e")->text == "A\tz");
  CHECK(root(r)->get("f")->text.empty());
}

TEST_CASE("properties: a line ending in a backslash continues, its next line's leading blanks dropped", "[ini]") {
  auto r = parse_as("app.properties", "list = a,\\\n    b,\\\n    c\nkey = \\\n   9f8e7d\nodd = x\\\\\nnext = y\n");
  REQUIRE_FALSE(r.error);
  CHECK(keys(root(r)) == V{"list", "key", "odd", "next"});
  CHECK(root(r)->get("list")->text == "a,b,c");
  CHECK(at(root(r)->get("list")->span) == "1:8-3:6");
  CHECK(root(r)->get("key")->text == "9f8e7d");
  CHECK(at(root(r)->get("key")->span) == "5:4-5:10");  // starts on the continued line
  CHECK(root(r)->get("odd")->text == "x\\");            // an even number of backslashes does not continue
  CHECK(root(r)->get("next")->text == "y");
}

TEST_CASE("properties: a backslash at the end of the file and a truncated unicode escape are harmless", "[ini]") {
  auto r = parse_as("a.properties", "k = v\\");
  REQUIRE_FALSE(r.error);
  CHECK(root(r)->get("k")->text == "v");
  auto u = parse_as("a.properties", "k = \\u12");
  REQUIRE_FALSE(u.error);
  CHECK(root(u)->get("k"));
}
