// parse_toml: TOML 1.0 into the document model (parsers/toml/toml_parser.cc): every value kind, exact spans,
// tables, dotted keys, arrays of tables, and a located error for each kind of invalid input.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "tests/unit/parser_test_support.h"
#include "tollgate/parsers.h"

namespace tollgate {
ParseResult parse_toml(std::shared_ptr<const SourceText> src);  // also in tollgate/parsers.h once wired in
}

using namespace tollgate;
using namespace tollgate::test;

namespace {

ParseResult parse(const std::string& text) { return parse_toml(SourceText::make("Cargo.toml", text)); }


std::vector<std::string> keys(const Node* n) {
  std::vector<std::string> out;
  for (const Entry& e : n->entries) out.push_back(e.key);
  return out;
}

using V = std::vector<std::string>;

// A node by dotted path of keys and 0-based seq indexes ("bin.1.name"); fails the test when absent.
const Node* get(const Node* n, const std::string& path) {
  size_t b = 0;
  while (n && b <= path.size()) {
    size_t e = path.find('.', b);
    if (e == std::string::npos) e = path.size();
    std::string part = path.substr(b, e - b);
    n = n->is_seq() ? n->at(std::stoul(part)) : n->get(part);
    b = e + 1;
  }
  INFO(path);
  REQUIRE(n);
  return n;
}

void check_error(const ParseResult& r, const std::string& message, uint32_t line, uint32_t col) {
  INFO("expected: " << message);
  REQUIRE(r.error);
  CHECK(r.documents.empty());
  CHECK(r.error->message == message);
  CHECK(r.error->span.line == line);
  CHECK(r.error->span.col == col);
}

}  // namespace

TEST_CASE("toml: one document, a map, format ini", "[toml]") {
  auto r = parse("name = \"tollgate\"\n");
  const Node* root = root_of(r);
  REQUIRE(root->is_map());
  CHECK(r.documents[0]->format == Format::toml);
  CHECK(r.documents[0]->index == 0);
  CHECK(r.documents[0]->kind.empty());
  CHECK(keys(root) == V{"name"});

  for (const char* empty : {"", "\n\n", "# only a comment\n", "  \t", "\xEF\xBB\xBF"}) {
    auto e = parse(empty);
    const Node* er = root_of(e);
    REQUIRE(er);
    CHECK(er->is_map());
    CHECK(er->entries.empty());
  }
}

TEST_CASE("toml: strings of every kind, decoded, their spans inside the quotes", "[toml]") {
  const std::string text =
      "basic = \"ghp_tok\\u00e9n\\t\\\"x\\\"\"\n"   // 1
      "literal = 'C:\\Users\\nodejs'\n"             // 2
      "multi = \"\"\"\n"                            // 3
      "Roses are red\n"                             // 4
      "Violets are blue\"\"\"\n"                    // 5
      "folded = \"\"\"The quick \\\n"               // 6
      "       brown fox.\"\"\"\n"                   // 7
      "raw = '''\n"                                 // 8
      "first\\n line\n"                             // 9
      "'''\n"                                       // 10
      "quotes = \"\"\"Here are two \"\"quotes\"\".\"\"\"\n"  // 11
      "apos = '''It's '' here'''''\n"               // 12
      "esc = \"\\b\\f\\n\\r\\\\\\U0001F600\"\n"     // 13
      "empty = \"\"\n"                              // 14
      "crlf = \"\"\"a\r\nb\"\"\"\n";                // 15
  auto r = parse(text);
  const Node* root = root_of(r);
  check_spans_consistent(*r.documents[0]->source, root);

  const Node* basic = root->get("basic");
  CHECK(basic->is_string());
  CHECK(basic->quoted);
  CHECK(basic->text == "ghp_tok\xC3\xA9n\t\"x\"");
  check_span(basic->span, 1, 10, 1, 31);  // the content as written, escapes included, quotes excluded
  check_span(root->entries[0].key_span, 1, 1, 1, 6);

  CHECK(root->get("literal")->text == "C:\\Users\\nodejs");
  check_span(root->get("literal")->span, 2, 12, 2, 27);

  const Node* multi = root->get("multi");
  CHECK(multi->text == "Roses are red\nViolets are blue");  // the newline after the opening quotes is trimmed
  check_span(multi->span, 4, 1, 5, 17);

  CHECK(root->get("folded")->text == "The quick brown fox.");  // a line-ending backslash folds the line
  check_span(root->get("folded")->span, 6, 13, 7, 18);

  CHECK(root->get("raw")->text == "first\\n line\n");
  check_span(root->get("raw")->span, 9, 1, 10, 1);

  CHECK(root->get("quotes")->text == "Here are two \"\"quotes\"\".");
  CHECK(root->get("apos")->text == "It's '' here''");  // up to two quotes before the closing three are content
  check_span(root->get("apos")->span, 12, 11, 12, 25);

  CHECK(root->get("esc")->text == "\b\f\n\r\\\xF0\x9F\x98\x80");
  CHECK(root->get("empty")->text.empty());
  check_span(root->get("empty")->span, 14, 10, 14, 10);
  CHECK(root->get("crlf")->text == "a\nb");  // CRLF in a multi-line string reads as LF
}

TEST_CASE("toml: integers, floats, booleans, dates and times", "[toml]") {
  const std::string text =
      "dec = 1_000\nneg = -17\npos = +99\nzero = -0\n"
      "hex = 0xDEAD_beef\noct = 0o755\nbin = 0b1101\n"
      "max = 9223372036854775807\nmin = -9223372036854775808\n"
      "f1 = 3.1415\nf2 = -0.01\nf3 = 5e+22\nf4 = 6.626E-34\nf5 = 224_617.445_991\nf6 = 1e06\n"
      "inf1 = inf\ninf2 = -inf\nnan1 = nan\nnan2 = +nan\n"
      "yes = true\nno = false\n"
      "odt = 1979-05-27T07:32:00Z\nodt2 = 1979-05-27 00:32:00.999999-07:00\n"
      "ldt = 1979-05-27T07:32:00\nld = 1979-05-27\nlt = 00:32:00.5\nleap = 2000-02-29\n";
  auto r = parse(text);
  const Node* root = root_of(r);
  check_spans_consistent(*r.documents[0]->source, root);
  auto is = [&](const char* key, NodeType type, const std::string& value) {
    INFO(key);
    const Node* n = root->get(key);
    REQUIRE(n);
    CHECK(n->type == type);
    CHECK(n->text == value);
  };
  is("dec", NodeType::integer, "1000");
  is("neg", NodeType::integer, "-17");
  is("pos", NodeType::integer, "99");
  is("zero", NodeType::integer, "0");
  is("hex", NodeType::integer, "3735928559");
  is("oct", NodeType::integer, "493");
  is("bin", NodeType::integer, "13");
  is("max", NodeType::integer, "9223372036854775807");
  is("min", NodeType::integer, "-9223372036854775808");
  is("f1", NodeType::floating, "3.1415");
  is("f2", NodeType::floating, "-0.01");
  is("f3", NodeType::floating, "5e+22");
  is("f4", NodeType::floating, "6.626E-34");
  is("f5", NodeType::floating, "224617.445991");  // underscores dropped, the literal kept
  is("f6", NodeType::floating, "1e06");
  is("inf1", NodeType::floating, "inf");
  is("inf2", NodeType::floating, "-inf");
  is("nan1", NodeType::floating, "nan");
  is("nan2", NodeType::floating, "+nan");
  is("yes", NodeType::boolean, "true");
  is("no", NodeType::boolean, "false");
  // Dates and times are strings with their text as written, not quoted.
  is("odt", NodeType::string, "1979-05-27T07:32:00Z");
  is("odt2", NodeType::string, "1979-05-27 00:32:00.999999-07:00");
  is("ldt", NodeType::string, "1979-05-27T07:32:00");
  is("ld", NodeType::string, "1979-05-27");
  is("lt", NodeType::string, "00:32:00.5");
  is("leap", NodeType::string, "2000-02-29");
  CHECK_FALSE(root->get("odt")->quoted);
  check_span(root->get("hex")->span, 5, 7, 5, 18);
  check_span(root->get("odt2")->span, 23, 8, 23, 40);
}

TEST_CASE("toml: tables, dotted keys and inline tables are nested maps", "[toml]") {
  const std::string text =
      "title = \"demo\" # comment\n"     // 1
      "[server.tls]\n"                   // 2
      "password = \"hunter2\"\n"         // 3
      "key.id = 'k1'\n"                  // 4
      "key.alg = \"rsa\"\n"              // 5
      "\n"                               // 6
      "[ database . \"primary db\" ]\n"  // 7
      "inline = { user = \"u\", pass.word = \"p\", nested = { x = 1 } }\n"  // 8
      "ports = [ 8000, 8001 ]\n";        // 9
  auto r = parse(text);
  const Node* root = root_of(r);
  check_spans_consistent(*r.documents[0]->source, root);
  CHECK(keys(root) == V{"title", "server", "database"});
  CHECK(get(root, "server.tls.password")->text == "hunter2");
  check_span(get(root, "server.tls.password")->span, 3, 13, 3, 20);
  CHECK(keys(get(root, "server.tls.key")) == V{"id", "alg"});
  CHECK(get(root, "server.tls.key.alg")->text == "rsa");

  // A table runs from its header to the end of its last value; a dotted key's table from the key after its name.
  const Node* tls = get(root, "server.tls");
  check_span(tls->span, 2, 1, 5, 16);
  check_span(get(root, "server")->entries[0].key_span, 2, 9, 2, 12);
  check_span(root->entries[1].key_span, 2, 2, 2, 8);
  check_span(get(root, "server.tls.key")->span, 4, 5, 5, 16);
  check_span(tls->entries[1].key_span, 4, 1, 4, 4);

  const Node* db = get(root, "database");
  REQUIRE(db->entries.size() == 1);
  CHECK(db->entries[0].key == "primary db");
  check_span(db->entries[0].key_span, 7, 14, 7, 26);  // a quoted key's span includes its quotes
  const Node* in = get(root, "database.primary db.inline");
  CHECK(in->is_map());
  check_span(in->span, 8, 10, 8, 61);
  CHECK(keys(in) == V{"user", "pass", "nested"});
  CHECK(get(in, "pass.word")->text == "p");
  CHECK(get(in, "nested.x")->text == "1");
  const Node* ports = get(root, "database.primary db.ports");
  REQUIRE(ports->is_seq());
  CHECK(ports->size() == 2);
  CHECK(ports->at(1)->text == "8001");
  check_span(ports->span, 9, 9, 9, 23);
  check_span(ports->entries[1].key_span, 9, 17, 9, 21);  // a seq item's key span is its value's span
}

TEST_CASE("toml: arrays of tables are seqs of maps, and headers reach into their last item", "[toml]") {
  const std::string text =
      "[[bin]]\n"                 // 1
      "name = \"a\"\n"            // 2
      "[bin.meta]\n"              // 3
      "x = 1\n"                   // 4
      "[[bin.targets]]\n"         // 5
      "os = \"linux\"\n"          // 6
      "[[bin]]\n"                 // 7
      "name = \"b\"\n"            // 8
      "[[bin.targets]]\n"         // 9
      "os = \"mac\"\n"            // 10
      "[[bin.targets]]\n";        // 11
  auto r = parse(text);
  const Node* root = root_of(r);
  check_spans_consistent(*r.documents[0]->source, root);
  const Node* bin = get(root, "bin");
  REQUIRE(bin->is_seq());
  REQUIRE(bin->size() == 2);
  CHECK(get(root, "bin.0.name")->text == "a");
  CHECK(get(root, "bin.0.meta.x")->text == "1");
  CHECK(get(root, "bin.0.targets.0.os")->text == "linux");
  CHECK(get(root, "bin.1.name")->text == "b");
  CHECK(get(root, "bin.1.targets")->size() == 2);
  CHECK(get(root, "bin.1.targets.0.os")->text == "mac");
  CHECK(get(root, "bin.1.targets.1")->entries.empty());
  // Each item runs from its [[header]] to its section's (and subsections') last value; its key span is its span.
  check_span(bin->entries[0].value->span, 1, 1, 6, 13);
  check_span(bin->entries[0].key_span, 1, 1, 6, 13);
  check_span(bin->entries[1].value->span, 7, 1, 11, 16);
  check_span(bin->span, 1, 1, 11, 16);
  check_span(root->entries[0].key_span, 1, 3, 1, 6);
}

TEST_CASE("toml: what the specification allows of implicit tables", "[toml]") {
  // A super-table may be defined after its sub-tables, once.
  auto a = parse("[x.y.z.w]\na = 1\n[x]\nb = 2\n");
  const Node* ra = root_of(a);
  CHECK(get(ra, "x.y.z.w.a")->text == "1");
  CHECK(get(ra, "x.b")->text == "2");
  check_span(ra->entries[0].key_span, 3, 2, 3, 3);  // the key moves to where [x] is defined
  // A header may add a sub-table to a table that dotted keys made.
  auto b = parse("[fruit]\napple.color = \"red\"\napple.taste.sweet = true\n[fruit.apple.texture]\nsmooth = true\n");
  const Node* rb = root_of(b);
  CHECK(keys(get(rb, "fruit.apple")) == V{"color", "taste", "texture"});
  // Dotted keys may go through a table that only a sub-table's header made.
  auto c = parse("[a.b.c]\n[a]\nb.d = 1\n");
  CHECK(get(root_of(c), "a.b.d")->text == "1");
  // Bare, basic and literal keys are the same key.
  auto d = parse("a.\"b\".'c' = 1\na . b . d = 2\n");
  CHECK(keys(get(root_of(d), "a.b")) == V{"c", "d"});
  // Numbers and words are bare keys; quoted keys may be empty or hold dots.
  auto e = parse("1234 = 1\n3.14 = 2\ntrue = 3\n\"\" = 4\n\"a.b\" = 5\n");
  const Node* re = root_of(e);
  CHECK(keys(re) == V{"1234", "3", "true", "", "a.b"});
  CHECK(get(re, "3.14")->text == "2");
  // CRLF line ends, comments everywhere, a final line without a newline.
  auto f = parse("a = [ # c\r\n  1, # d\r\n  2, # e\r\n] # f\r\n[t] # g\r\nb = 1");
  const Node* rf = root_of(f);
  CHECK(rf->get("a")->size() == 2);
  CHECK(get(rf, "t.b")->text == "1");
}

TEST_CASE("toml: a table with many keys finds its duplicates", "[toml]") {
  std::string text = "[big]\n";
  for (int k = 0; k < 1000; ++k) text += "key" + std::to_string(k) + " = " + std::to_string(k) + "\n";
  auto ok = parse(text);
  const Node* root = root_of(ok);
  CHECK(get(root, "big")->size() == 1000);
  CHECK(get(root, "big.key999")->text == "999");
  check_error(parse(text + "key500 = 1\n"), "duplicate key 'key500' (first defined at line 502)", 1002, 1);
  check_error(parse(text + "[big]\n"), "[big] defines a table a second time (first defined at line 1)", 1002, 2);
}

TEST_CASE("toml: unterminated strings are located at their opening quote", "[toml]") {
  check_error(parse("a = \"abc\nb = 1\n"), "string not closed by '\"' before the end of the line", 1, 5);
  check_error(parse("a = \"abc"), "string not closed by '\"'", 1, 5);
  check_error(parse("x = 1\na = 'abc\n"), "literal string not closed by \"'\" before the end of the line", 2, 5);
  check_error(parse("a = \"\"\"abc\n\ndef"), "multi-line string not closed by '\"\"\"'", 1, 5);
  check_error(parse("a = '''abc\n"), "multi-line literal string not closed by \"'''\"", 1, 5);
  check_error(parse("a = \"abc\\"), "string not closed by '\"'", 1, 5);
  check_error(parse("\"key = 1\n"), "string not closed by '\"' before the end of the line", 1, 1);
}

TEST_CASE("toml: bad escapes", "[toml]") {
  check_error(parse("a = \"x\\qy\"\n"), "invalid escape '\\q'", 1, 7);
  check_error(parse("a = \"\\x41\"\n"), "invalid escape '\\x'", 1, 6);
  check_error(parse("a = \"\\u12\"\n"), "invalid escape '\\u12\"': \\u takes 4 hexadecimal digits", 1, 6);
  check_error(parse("a = \"\\uD800\"\n"), "invalid escape '\\uD800': not a Unicode scalar value", 1, 6);
  check_error(parse("a = \"\\U00110000\"\n"), "invalid escape '\\U00110000': not a Unicode scalar value", 1, 6);
  check_error(parse("a = \"\"\"x \\ y\"\"\"\n"), "invalid escape '\\ '", 1, 10);  // a backslash not ending its line
  check_error(parse("a = '''\n'''''''\n"), "too many quotes: at most two can precede the closing \"'''\"", 2, 1);
}

TEST_CASE("toml: a key or table defined twice", "[toml]") {
  check_error(parse("name = 1\nother = 2\nname = 3\n"), "duplicate key 'name' (first defined at line 1)", 3, 1);
  check_error(parse("a = 1\n\"a\" = 2\n"), "duplicate key '\"a\"' (first defined at line 1)", 2, 1);
  check_error(parse("[t]\nx.y = 1\nx.y = 2\n"), "duplicate key 'x.y' (first defined at line 2)", 3, 3);
  check_error(parse("a = { b = 1, b = 2 }\n"), "duplicate key 'b' (first defined at line 1)", 1, 14);
  check_error(parse("[a]\nx = 1\n[b]\n[a]\n"), "[a] defines a table a second time (first defined at line 1)", 4, 2);
  check_error(parse("[a]\n[a.b]\n[ a ]\n"), "[a] defines a table a second time (first defined at line 1)", 3, 3);
  // Tables made by dotted keys cannot be reopened by a header, nor by dotted keys of another table.
  check_error(parse("[fruit]\napple.color = \"red\"\n[fruit.apple]\n"),
              "[fruit.apple] defines a table a second time (first defined at line 2)", 3, 8);
  check_error(parse("a.b = 1\n[x]\n[a]\n"), "[a] defines a table a second time (first defined at line 1)", 3, 2);
  check_error(parse("[a.b.c]\nz = 9\n[a]\nb.c.t = 1\n"),
              "dotted key 'b.c' would add to a table defined by a header (defined at line 1)", 4, 3);
  // Inline tables and static arrays are complete once written.
  check_error(parse("a = { b = 1 }\na.c = 2\n"), "dotted key 'a' would add to an inline table (defined at line 1)", 2, 1);
  check_error(parse("a = { b = 1 }\n[a.c]\n"), "'a' is an inline table; a header cannot add to it (defined at line 1)", 2, 2);
  check_error(parse("a = {}\n[a]\n"), "[a] is already defined as an inline table (first defined at line 1)", 2, 2);
  check_error(parse("a = []\n[[a]]\n"), "[[a]] would append to a static array (first defined at line 1)", 2, 3);
  check_error(parse("a = [{}]\n[a.b]\n"), "'a' is a static array; a header cannot add to it (defined at line 1)", 2, 2);
  // Tables, arrays of tables and values do not turn into one another.
  check_error(parse("[a]\n[[a]]\n"), "[[a]] would redefine a table as an array of tables (first defined at line 1)", 2, 3);
  check_error(parse("[[a]]\n[a]\n"), "[a] is already an array (first defined at line 1)", 2, 2);
  check_error(parse("a = 1\n[a]\n"), "[a] is already a value (first defined at line 1)", 2, 2);
  check_error(parse("a = 1\n[a.b]\n"), "'a' is a value, not a table; a header cannot add to it (defined at line 1)", 2, 2);
  check_error(parse("a = 1\na.b = 2\n"), "dotted key 'a' would add to a value, not a table (defined at line 1)", 2, 1);
}

TEST_CASE("toml: bad numbers, booleans, dates and bare words", "[toml]") {
  check_error(parse("a = 012\n"), "invalid number '012': leading zero", 1, 5);
  check_error(parse("a = 1__000\n"), "invalid number '1__000'", 1, 5);
  check_error(parse("a = 1_\n"), "invalid number '1_'", 1, 5);
  check_error(parse("a = 9223372036854775808\n"), "invalid number '9223372036854775808': out of the 64-bit integer range", 1, 5);
  check_error(parse("a = 0x8000000000000000\n"), "invalid number '0x8000000000000000': out of the 64-bit integer range", 1, 5);
  check_error(parse("a = +0x10\n"), "invalid number '+0x10': a hexadecimal, octal or binary integer takes no sign", 1, 5);
  check_error(parse("a = 0X10\n"), "invalid number '0X10'", 1, 5);
  check_error(parse("a = 0o8\n"), "invalid number '0o8'", 1, 5);
  check_error(parse("a = 1.\n"), "invalid number '1.'", 1, 5);
  check_error(parse("a = 1e\n"), "invalid number '1e'", 1, 5);
  check_error(parse("a = 1.5.2\n"), "invalid number '1.5.2'", 1, 5);
  check_error(parse("a = .5\n"), "invalid value '.5' (a string needs quotes)", 1, 5);
  check_error(parse("a = True\n"), "invalid value 'True' (a string needs quotes)", 1, 5);
  check_error(parse("password = hunter2\n"), "invalid value 'hunter2' (a string needs quotes)", 1, 12);
  check_error(parse("a = 1979-02-29\n"), "invalid date or time '1979-02-29'", 1, 5);
  check_error(parse("a = 1979-05-27T25:00:00Z\n"), "invalid date or time '1979-05-27T25:00:00Z'", 1, 5);
  check_error(parse("a = 07:32\n"), "invalid date or time '07:32'", 1, 5);
}

TEST_CASE("toml: syntax errors", "[toml]") {
  check_error(parse("a = 1 b = 2\n"), "expected the end of the line after the value, found 'b = 2'", 1, 7);
  check_error(parse("a =\n"), "expected a value, found the end of the line", 1, 4);
  check_error(parse("a\n"), "expected '=' after the key, found the end of the line", 1, 2);
  check_error(parse("= 1\n"), "expected a key, found '= 1'", 1, 1);
  check_error(parse("a. = 1\n"), "expected a key after '.', found '= 1'", 1, 4);
  check_error(parse("[a\n"), "expected ']' to close the table header, found the end of the line", 1, 3);
  check_error(parse("[[a]\n"), "expected ']]' to close the array of tables header, found ']'", 1, 4);
  check_error(parse("[a] x = 1\n"), "expected the end of the line after the table header, found 'x = 1'", 1, 5);
  check_error(parse("a = [1 2]\n"), "expected ',' or ']' in the array, found '2]'", 1, 8);
  check_error(parse("a = [1,\n2,\n"), "array not closed by ']'", 1, 5);
  check_error(parse("a = [,]\n"), "expected a value, found ',]'", 1, 6);
  check_error(parse("a = { b = 1, }\n"), "trailing comma in an inline table", 1, 12);
  check_error(parse("a = { b = 1\n}\n"), "an inline table must be on one line (missing '}'?)", 1, 12);
  check_error(parse("a = { b = 1"), "inline table not closed by '}'", 1, 5);
  check_error(parse("a = { b = 1 c = 2 }\n"), "expected ',' or '}' in the inline table, found 'c = 2 }'", 1, 13);
  check_error(parse("\"\"\"a\"\"\" = 1\n"), "a multi-line string cannot be a key", 1, 1);
  check_error(parse("a = 1\rb = 2\n"), "carriage return not followed by a line feed", 1, 6);
  check_error(parse("a = 1\n\x0c"), "expected a key, found '\\x0C'", 2, 1);
}

TEST_CASE("toml: invalid UTF-8 and control characters are located errors", "[toml]") {
  check_error(parse("a = \"ok\"\nb = \"bad \xFF byte\"\n"), "invalid UTF-8 in a string", 2, 10);
  check_error(parse("b = 'x\xC3'\n"), "invalid UTF-8 in a string", 1, 7);             // truncated sequence
  check_error(parse("b = \"\xED\xA0\x80\"\n"), "invalid UTF-8 in a string", 1, 6);    // a surrogate
  check_error(parse("b = \"\xC0\xAF\"\n"), "invalid UTF-8 in a string", 1, 6);        // overlong
  check_error(parse("b = '''\n\xF4\x90\x80\x80'''\n"), "invalid UTF-8 in a string", 2, 1);  // above U+10FFFF
  check_error(parse("# caf\xE9\n"), "invalid UTF-8 in a comment", 1, 6);
  check_error(parse("a = \"nul\x01\"\n"), "control character U+0001 in a string: write it as an escape", 1, 9);
  check_error(parse("a = 'del\x7F'\n"), "control character U+007F in a literal string", 1, 9);
  check_error(parse("# bell \x07\n"), "control character U+0007 in a comment", 1, 8);
  // Valid UTF-8 is fine, and columns count code points.
  auto r = parse("# caf\xC3\xA9\n\xC3\xA9 = 1\n");
  CHECK(r.error);
  auto ok = parse("name = \"caf\xC3\xA9 \xF0\x9F\x98\x80\" # \xE2\x82\xAC\n\"\xC3\xA9t\xC3\xA9\" = 'x'\n");
  const Node* root = root_of(ok);
  CHECK(root->get("name")->text == "caf\xC3\xA9 \xF0\x9F\x98\x80");
  check_span(root->get("name")->span, 1, 9, 1, 15);
  CHECK(root->entries[1].key == "\xC3\xA9t\xC3\xA9");
  check_span(root->get("\xC3\xA9t\xC3\xA9")->span, 2, 10, 2, 11);
}

TEST_CASE("toml: deep nesting is an error, not a crash", "[toml]") {
  const std::string limit = std::to_string(kMaxDepth);
  check_error(parse("a = " + std::string(10000, '[') + std::string(10000, ']') + "\n"),
              "nesting deeper than " + limit + " levels", 1, 4 + kMaxDepth);
  std::string inl;
  for (int k = 0; k < 10000; ++k) inl += "{b=";
  check_error(parse("a = " + inl + "1" + std::string(10000, '}') + "\n"), "nesting deeper than " + limit + " levels", 1,
              2 + 3 * kMaxDepth);
  std::string dotted = "a";
  for (int k = 0; k < 10000; ++k) dotted += ".a";
  auto h = parse("[" + dotted + "]\n");
  REQUIRE(h.error);
  CHECK(h.error->message == "nesting deeper than " + limit + " levels");
  auto k = parse(dotted + " = 1\n");
  REQUIRE(k.error);
  CHECK(k.error->message == "nesting deeper than " + limit + " levels");
  check_error(parse(std::string(10000, '[')), "expected a key, found '" + std::string(20, '[') + "'", 1, 3);
  // Up to the limit is fine: the root and 255 nested arrays.
  auto ok = parse("a = " + std::string(kMaxDepth - 1, '[') + std::string(kMaxDepth - 1, ']') + "\n");
  root_of(ok);
}

TEST_CASE("toml: every prefix of a valid file parses or fails cleanly", "[toml]") {
  const std::string text =
      "# comment\n[package]\nname = \"x\"\nversion = \"0.1.0\"\nauthors = [\"A <a@b.c>\", 'B']\n"
      "[dependencies]\nserde = { version = \"1.0\", features = [\"derive\"] }\n"
      "[[bin]]\nname = \"\"\"multi\nline\"\"\"\npath = '''src/main.rs'''\nwhen = 1979-05-27T07:32:00Z\n"
      "n = 0x1F\nf = -1.5e3\n";
  REQUIRE_FALSE(parse(text).error);
  for (size_t n = 0; n < text.size(); ++n) {
    auto r = parse(text.substr(0, n));
    if (r.error) {
      CHECK(r.documents.empty());
      CHECK(r.error->span.line >= 1);
      CHECK(r.error->offset <= n);
    } else {
      REQUIRE(r.documents.size() == 1);
      check_spans_consistent(*r.documents[0]->source, r.documents[0]->root);
    }
  }
}

TEST_CASE("toml: the node budget of parse() reaches the TOML parser", "[toml]") {
  // parse() sets a budget and reads a file that passes it as text; the parser lets NodeLimitReached through.
  size_t budget = 50;
  node_budget = &budget;
  std::string text = "a = [";
  for (int k = 0; k < 100; ++k) text += "1, ";
  text += "]\n";
  CHECK_THROWS_AS(parse(text), NodeLimitReached);
  node_budget = nullptr;
  CHECK_FALSE(parse(text).error);
}
