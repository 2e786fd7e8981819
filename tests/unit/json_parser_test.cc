// parse_json: the document model built by the hand-written JSON parser (docs/document-model.md, "JSON").
#include <catch2/catch.hpp>

#include <string>

#include "tests/unit/parser_test_support.h"
#include "tollgate/parsers.h"

using namespace tollgate;
using namespace tollgate::test;

namespace {

ParseResult parse(const std::string& text) { return parse_json(SourceText::make("t.json", text)); }

void check_error(const ParseResult& r, const std::string& message, uint32_t offset, uint32_t line, uint32_t col) {
  REQUIRE(r.error);
  CHECK(r.documents.empty());
  CHECK(r.error->message == message);
  CHECK(r.error->offset == offset);
  CHECK(r.error->span.line == line);
  CHECK(r.error->span.col == col);
  CHECK(r.error->span.begin == offset);
}

}  // namespace

TEST_CASE("json: objects, arrays and their keys have exact spans", "[json]") {
  const std::string text =
      "{\n"                              // 1
      "  \"name\": \"web\",\n"           // 2
      "  \"ports\": [80, 443],\n"        // 3
      "  \"meta\": {\"a\": {}}\n"        // 4
      "}\n";                             // 5
  auto r = parse(text);
  const Node* root = root_of(r);
  const Document& d = *r.documents[0];
  CHECK(d.format == Format::json);
  CHECK(d.index == 0);
  CHECK(d.kind.empty());
  REQUIRE(root->is_map());
  REQUIRE(root->size() == 3);
  check_span(root->span, 1, 1, 5, 2);
  CHECK(root->span.begin == 0);
  CHECK(root->span.end == 62);

  const Entry& name = root->entries[0];
  CHECK(name.key == "name");
  check_span(name.key_span, 2, 3, 2, 9);  // the key with its quotes
  CHECK(name.key_span.begin == 4);
  CHECK(name.value->is_string());
  CHECK(name.value->text == "web");
  CHECK_FALSE(name.value->quoted);
  check_span(name.value->span, 2, 11, 2, 16);

  const Node* ports = root->get("ports");
  REQUIRE(ports->is_seq());
  check_span(ports->span, 3, 12, 3, 21);
  REQUIRE(ports->size() == 2);
  CHECK(ports->at(1)->type == NodeType::integer);
  CHECK(ports->at(1)->text == "443");
  check_span(ports->at(1)->span, 3, 17, 3, 20);
  check_span(ports->entries[1].key_span, 3, 17, 3, 20);
  CHECK(ports->entries[1].key.empty());

  const Node* meta = root->get("meta");
  check_span(meta->span, 4, 11, 4, 20);
  const Node* a = meta->get("a");
  REQUIRE(a->is_map());
  CHECK(a->size() == 0);
  check_span(a->span, 4, 17, 4, 19);
}

TEST_CASE("json: strings decode every escape", "[json]") {
  auto r = parse(
      R"({"k\"ey\u00e9": "q\" b\\ s\/ \b\f\n\r\t é\u00e9 \u20ac \ud83d\ude00 \ud800x \udc00 \u0000end"})");
  const Node* root = root_of(r);
  REQUIRE(root->size() == 1);
  CHECK(root->entries[0].key == "k\"ey\xC3\xA9");
  check_span(root->entries[0].key_span, 1, 2, 1, 15);
  const std::string want = std::string("q\" b\\ s/ \b\f\n\r\t \xC3\xA9\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80 ") +
                           "\xEF\xBF\xBDx \xEF\xBF\xBD " + std::string(1, '\0') + "end";
  CHECK(root->entries[0].value->text == want);
  CHECK(root_of(parse(R"("")"))->text.empty());
}

TEST_CASE("json: numbers are ints without fraction or exponent, and keep their literal", "[json]") {
  auto r = parse(R"([0, -0, 42, -17, 1.5, 1e3, 1E3, -2.5e-3, 1.0, 9223372036854775807, -9223372036854775808,
                     9223372036854775808, 123456789012345678901234567890])");
  const Node* root = root_of(r);
  struct Want {
    NodeType type;
    const char* text;
  };
  const Want want[] = {
      {NodeType::integer, "0"},        {NodeType::integer, "-0"},      {NodeType::integer, "42"},
      {NodeType::integer, "-17"},      {NodeType::floating, "1.5"},    {NodeType::floating, "1e3"},
      {NodeType::floating, "1E3"},     {NodeType::floating, "-2.5e-3"}, {NodeType::floating, "1.0"},
      {NodeType::integer, "9223372036854775807"},  {NodeType::integer, "-9223372036854775808"},
      {NodeType::floating, "9223372036854775808"}, {NodeType::floating, "123456789012345678901234567890"},
  };
  REQUIRE(root->size() == std::size(want));
  for (size_t i = 0; i < std::size(want); ++i) {
    INFO("item " << i);
    CHECK(root->at(i)->type == want[i].type);
    CHECK(root->at(i)->text == want[i].text);
  }
  check_span(root->at(7)->span, 1, 33, 1, 40);
}

TEST_CASE("json: true, false and null", "[json]") {
  auto r = parse(R"({"t": true, "f": false, "n": null})");
  const Node* root = root_of(r);
  CHECK(root->get("t")->type == NodeType::boolean);
  CHECK(root->get("t")->text == "true");
  CHECK(root->get("f")->type == NodeType::boolean);
  CHECK(root->get("f")->text == "false");
  CHECK(root->get("n")->type == NodeType::null);
  check_span(root->get("n")->span, 1, 30, 1, 34);
  CHECK(root->get("missing") == nullptr);
}

TEST_CASE("json: a top-level scalar is the root", "[json]") {
  auto r = parse("  \"just a string\"\n");
  const Node* root = root_of(r);
  CHECK(root->text == "just a string");
  check_span(root->span, 1, 3, 1, 18);
}

TEST_CASE("json: comments are skipped", "[json]") {
  const std::string text =
      "// leading\n"
      "/* block */ {\"a\": /* inline */ 1, // trailing\n"
      "  \"b\": [2 /* x */, 3]\n"
      "}\n";
  auto r = parse(text);
  const Node* root = root_of(r);
  REQUIRE(root->size() == 2);
  check_span(root->span, 2, 13, 4, 2);
  CHECK(root->get("a")->text == "1");
  check_span(root->get("a")->span, 2, 32, 2, 33);
  const Node* b = root->get("b");
  REQUIRE(b->size() == 2);
  CHECK(b->at(1)->text == "3");
}

TEST_CASE("json: empty input is one document without a root", "[json]") {
  for (std::string text : {"", " \n\t\r\n", "// nothing\n", "/* nothing */"}) {
    INFO("input: " << text);
    auto r = parse(text);
    REQUIRE(!r.error);
    REQUIRE(r.documents.size() == 1);
    CHECK(r.documents[0]->root == nullptr);
    CHECK(r.documents[0]->format == Format::json);
  }
}

TEST_CASE("json: duplicate keys are kept in order and lookup sees the last", "[json]") {
  auto r = parse(R"({"a": 1, "a": 2})");
  const Node* root = root_of(r);
  REQUIRE(root->size() == 2);
  CHECK(root->entries[0].value->text == "1");
  CHECK(root->get("a")->text == "2");
  check_span(root->entry("a")->key_span, 1, 10, 1, 13);
}

TEST_CASE("json: syntax errors are located where the parser meets the first byte it cannot accept", "[json]") {
  // A trailing comma: the closing brace is where a key was due.
  check_error(parse(R"({"a": 1,})"), "unexpected '}'", 8, 1, 9);
  check_error(parse("[1, 2"), "missing ']'", 5, 1, 6);
  check_error(parse("{\"a\": [1, 2}"), "missing ']'", 11, 1, 12);
  check_error(parse("\"abc"), "missing '\"'", 4, 1, 5);
  check_error(parse("[1,,2]"), "unexpected ',2]'", 3, 1, 4);
  check_error(parse("@"), "unexpected '@'", 0, 1, 1);
  check_error(parse(R"({"a":1}})"), "unexpected '}'", 7, 1, 8);
  check_error(parse(R"({"a": "\x"})"), "unexpected '\\x'", 7, 1, 8);
  check_error(parse("{\n  \"a\": 1,\n  \"b\" 2\n}"), "missing ':'", 18, 3, 7);
  // Two top-level values: the second is unexpected.
  check_error(parse("1 2"), "unexpected '2'", 2, 1, 3);
  check_error(parse("{} []"), "unexpected '[]'", 3, 1, 4);
  // The offending text is cut at 20 bytes and at a line break.
  check_error(parse("[1] abcdefghijklmnopqrstuvwxyz"), "unexpected 'abcdefghijklmnopqrst'", 4, 1, 5);
  // A \u escape needs four hex digits; the grammar checks only the letter.
  check_error(parse(R"({"a": "x\u12"})"), "invalid escape '\\u12'", 8, 1, 9);
  check_error(parse(R"({"a\uZZZZ": 1})"), "invalid escape '\\uZZZZ'", 3, 1, 4);
}

TEST_CASE("json: error text shows invalid bytes as hex and columns count code points", "[json]") {
  check_error(parse("{\"é\": \xFF\xFE}"), "unexpected '\\xFF\\xFE}'", 7, 1, 7);
  check_error(parse("[\"ü\", @]"), "unexpected '@]'", 7, 1, 7);
  check_error(parse("[\"ü\", @\n]"), "unexpected '@'", 7, 1, 7);
}

TEST_CASE("json: invalid UTF-8 inside strings is kept, not fatal", "[json]") {
  auto r = parse("{\"k\xFF\": \"v\xFE\"}");
  const Node* root = root_of(r);
  REQUIRE(root->size() == 1);
  CHECK(root->entries[0].key == "k\xFF");
  CHECK(root->entries[0].value->text == "v\xFE");
  check_span(root->entries[0].value->span, 1, 8, 1, 12);
}

TEST_CASE("json: CRLF line endings and non-ASCII columns", "[json]") {
  const std::string text = "{\r\n  \"名前\": \"värde\",\r\n  \"b\": [\"✓\", 2]\r\n}\r\n";
  auto src = SourceText::make("u.json", text);
  auto r = parse_json(src);
  const Node* root = root_of(r);
  const Entry& name = root->entries[0];
  CHECK(name.key == "名前");
  check_span(name.key_span, 2, 3, 2, 7);
  CHECK(name.key_span.begin == 5);
  CHECK(name.key_span.end == 13);
  check_span(name.value->span, 2, 9, 2, 16);
  CHECK(name.value->text == "värde");
  check_span(root->get("b")->at(1)->span, 3, 14, 3, 15);
  check_span(root->span, 1, 1, 4, 2);
  check_spans_consistent(*src, root);
}

TEST_CASE("json: nesting deeper than 256 levels is an error, not a crash", "[json]") {
  check_error(parse(std::string(300, '[') + std::string(300, ']')), "nesting deeper than 256 levels", 256, 1, 257);
  std::string objects;
  for (int i = 0; i < 300; ++i) objects += "{\"k\":";
  objects += "1" + std::string(300, '}');
  check_error(parse(objects), "nesting deeper than 256 levels", 256 * 5, 1, 1281);

  auto ok = parse(std::string(256, '[') + std::string(256, ']'));
  REQUIRE(!ok.error);
  const Node* n = ok.documents[0]->root;
  int depth = 0;
  while (n && n->is_seq()) {
    ++depth;
    n = n->at(0);
  }
  CHECK(depth == 256);

  // Unbalanced and very deep: the depth limit is met first, without recursion.
  check_error(parse(std::string(100000, '[')), "nesting deeper than 256 levels", 256, 1, 257);
}

TEST_CASE("json: a minified file on one long line", "[json]") {
  std::string text = "[";
  for (int i = 0; i < 50000; ++i) text += (i ? "," : "") + std::string("{\"k\":\"v") + std::to_string(i) + "\"}";
  text += "]";
  auto r = parse(text);
  const Node* root = root_of(r);
  REQUIRE(root->size() == 50000);
  const Node* last = root->at(49999)->get("k");
  CHECK(last->text == "v49999");
  CHECK(last->span.end_col == text.size() - 1);
}

TEST_CASE("json: garbage input ends with an error", "[json]") {
  std::string text;
  uint32_t x = 12345;
  for (int i = 0; i < 200000; ++i) {
    x = x * 1103515245 + 12345;
    text.push_back(static_cast<char>(x >> 24));
  }
  auto r = parse(text);
  REQUIRE(r.error);
  CHECK(r.documents.empty());
  CHECK(r.error->message.rfind("unexpected ", 0) == 0);
}

TEST_CASE("json: spans agree with SourceText across a Terraform-plan-like file", "[json]") {
  const std::string text = R"({
  "format_version": "1.2",
  "resource_changes": [
    {"address": "aws_s3_bucket.logs", "change": {"actions": ["create"], "after": {"acl": "private", "tags": null}}},
    {"address": "aws_iam_role.r", "change": {"actions": ["update"], "after": {"max": 3.5e2, "n": -1}}}
  ]
})";
  auto src = SourceText::make("plan.json", text);
  auto r = parse_json(src);
  const Node* root = root_of(r);
  check_spans_consistent(*src, root);
  const Node* after = root->get("resource_changes")->at(1)->get("change")->get("after");
  CHECK(after->get("max")->type == NodeType::floating);
  CHECK(after->get("n")->type == NodeType::integer);
  check_span(after->get("n")->span, 5, 98, 5, 100);
}

TEST_CASE("json: errors name what is missing or quote what is unexpected", "[json]") {
  check_error(parse("[1 2]"), "missing ','", 3, 1, 4);
  check_error(parse(R"({"a": 1 "b": 2})"), "missing ','", 8, 1, 9);
  check_error(parse("[1, 2,]"), "unexpected ']'", 6, 1, 7);
  check_error(parse(R"({"a":)"), "unexpected end of input", 5, 1, 6);
  check_error(parse(R"({"a")"), "missing ':'", 4, 1, 5);
  check_error(parse("{"), "missing '}'", 1, 1, 2);
  check_error(parse("["), "missing ']'", 1, 1, 2);
  check_error(parse("[1 / 2]"), "unexpected '/ 2]'", 3, 1, 4);
  check_error(parse("{\"a\": 1}\n{\"b\": 2}"), "unexpected '{\"b\": 2}'", 9, 2, 1);
  // A bad literal is quoted from its first byte.
  check_error(parse("[tru]"), "unexpected 'tru]'", 1, 1, 2);
  check_error(parse("[nulls]"), "unexpected 'nulls]'", 1, 1, 2);
  check_error(parse("[01]"), "unexpected '01]'", 1, 1, 2);
  check_error(parse("[1.2.3]"), "unexpected '1.2.3]'", 1, 1, 2);
  check_error(parse("[-]"), "unexpected '-]'", 1, 1, 2);
  check_error(parse("[1e]"), "unexpected '1e]'", 1, 1, 2);
  // A string ends on its line, and a block comment must be closed.
  check_error(parse("{\"a\": \"x\ny\"}"), "missing '\"'", 8, 1, 9);
  check_error(parse("{\"a\": \"x\r\ny\"}"), "missing '\"'", 8, 1, 9);
  check_error(parse("[1] /* open"), "missing '*/'", 11, 1, 12);
  check_error(parse(R"(["a\)"), "missing '\"'", 4, 1, 5);
  check_error(parse(R"(["\é"])"), "unexpected '\\é'", 2, 1, 3);
}

TEST_CASE("json: exponents with a sign, bare fractions, a byte order mark and comments anywhere", "[json]") {
  auto r = parse("[1e+3, 1., 2.5E-1, -0.0e0]");
  const Node* root = root_of(r);
  REQUIRE(root->size() == 4);
  for (size_t i = 0; i < root->size(); ++i) CHECK(root->at(i)->type == NodeType::floating);
  CHECK(root->at(0)->text == "1e+3");
  CHECK(root->at(1)->text == "1.");

  auto bom = parse("\xEF\xBB\xBF{\"a\": 1}");
  const Node* b = root_of(bom);
  CHECK(b->get("a")->text == "1");
  CHECK(b->get("a")->span.begin == 9);
  auto bom_only = parse("\xEF\xBB\xBF\n");
  CHECK(root_of(bom_only) == nullptr);

  auto c = parse("{/*a*/\"k\"/*b*/:/*c*/[/*d*/1/*e*/,//f\n2]/*g*/}//h");
  const Node* croot = root_of(c);
  const Entry& k = croot->entries.at(0);
  CHECK(k.key == "k");
  check_span(k.key_span, 1, 7, 1, 10);
  REQUIRE(k.value->size() == 2);
  CHECK(k.value->at(1)->text == "2");
  check_span(k.value->span, 1, 21, 2, 3);
}
