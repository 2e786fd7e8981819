// parse_yaml: the document model built from libyaml events (docs/document-model.md, "YAML").
#include <catch2/catch.hpp>

#include <string>

#include "tests/unit/parser_test_support.h"
#include "tollgate/parsers.h"

using namespace tollgate;
using namespace tollgate::test;

namespace {

ParseResult parse(const std::string& text) { return parse_yaml(SourceText::make("t.yaml", text)); }

void check_error(const ParseResult& r, const std::string& message, uint32_t offset, uint32_t line, uint32_t col) {
  REQUIRE(r.error);
  CHECK(r.error->message == message);
  CHECK(r.error->offset == offset);
  CHECK(r.error->span.line == line);
  CHECK(r.error->span.col == col);
  CHECK(r.error->span.begin == offset);
  CHECK(r.error->span.end == offset);
}

const Entry& entry(const Node* map, const std::string& key) {
  REQUIRE(map);
  const Entry* e = map->entry(key);
  INFO("key " << key);
  REQUIRE(e);
  return *e;
}

}  // namespace

TEST_CASE("yaml: block map scalars and keys have exact spans", "[yaml]") {
  auto r = parse("name: web\nreplicas: 3\n");
  const Node* root = root_of(r);
  REQUIRE(root->is_map());
  REQUIRE(root->size() == 2);
  check_span(root->span, 1, 1, 2, 12);
  CHECK(root->span.begin == 0);
  CHECK(root->span.end == 21);

  const Entry& name = root->entries[0];
  CHECK(name.key == "name");
  check_span(name.key_span, 1, 1, 1, 5);
  CHECK(name.value->is_string());
  CHECK(name.value->text == "web");
  CHECK_FALSE(name.value->quoted);
  check_span(name.value->span, 1, 7, 1, 10);
  CHECK(name.value->span.begin == 6);
  CHECK(name.value->span.end == 9);

  const Entry& replicas = root->entries[1];
  CHECK(replicas.key == "replicas");
  check_span(replicas.key_span, 2, 1, 2, 9);
  CHECK(replicas.key_span.begin == 10);
  CHECK(replicas.value->type == NodeType::integer);
  CHECK(replicas.value->text == "3");
  check_span(replicas.value->span, 2, 11, 2, 12);

  const Document& d = *r.documents[0];
  CHECK(d.format == Format::yaml);
  CHECK(d.kind.empty());
  CHECK(d.index == 0);
  CHECK(d.path() == "t.yaml");
}

TEST_CASE("yaml: nested block collections end at their last item, not at the next token", "[yaml]") {
  const std::string text =
      "spec:\n"                      // 1
      "  containers:\n"              // 2
      "    - name: app\n"            // 3
      "      image: nginx:1.25\n"    // 4
      "    - name: side\n"           // 5
      "# trailing comment\n"         // 6
      "\n"                           // 7
      "other: x\n";                  // 8
  auto r = parse(text);
  const Node* root = root_of(r);
  check_span(root->span, 1, 1, 8, 9);
  const Node* spec = root->get("spec");
  REQUIRE(spec->is_map());
  check_span(spec->span, 2, 3, 5, 17);
  const Entry& containers = entry(spec, "containers");
  check_span(containers.key_span, 2, 3, 2, 13);
  const Node* seq = containers.value;
  REQUIRE(seq->is_seq());
  REQUIRE(seq->size() == 2);
  check_span(seq->span, 3, 5, 5, 17);
  const Node* first = seq->at(0);
  check_span(first->span, 3, 7, 4, 24);
  check_span(seq->entries[0].key_span, 3, 7, 4, 24);  // an item's key span is its value's span
  CHECK(seq->entries[0].key.empty());
  CHECK(first->get("image")->text == "nginx:1.25");
  check_span(first->get("image")->span, 4, 14, 4, 24);
  check_span(entry(seq->at(1), "name").key_span, 5, 7, 5, 11);
  check_span(seq->at(1)->get("name")->span, 5, 13, 5, 17);
  check_span(entry(root, "other").key_span, 8, 1, 8, 6);
  CHECK(seq->at(2) == nullptr);
}

TEST_CASE("yaml: flow collections span their brackets", "[yaml]") {
  auto r = parse("a: {b: [1, 2], c: \"x\"}\n");
  const Node* a = root_of(r)->get("a");
  REQUIRE(a->is_map());
  check_span(a->span, 1, 4, 1, 23);
  const Node* b = a->get("b");
  REQUIRE(b->is_seq());
  check_span(b->span, 1, 8, 1, 14);
  check_span(b->at(0)->span, 1, 9, 1, 10);
  check_span(b->at(1)->span, 1, 12, 1, 13);
  CHECK(b->at(1)->text == "2");
  check_span(entry(a, "c").key_span, 1, 16, 1, 17);
  check_span(a->get("c")->span, 1, 19, 1, 22);
  CHECK(a->get("c")->quoted);
}

TEST_CASE("yaml: an indentless sequence under a key and empty values", "[yaml]") {
  auto r = parse("a:\nb:\n- \n- x\nc: {d}\n");
  const Node* root = root_of(r);
  const Node* a = root->get("a");
  CHECK(a->type == NodeType::null);
  check_span(a->span, 1, 3, 1, 3);  // just after the colon
  const Node* b = root->get("b");
  REQUIRE(b->is_seq());
  check_span(b->span, 3, 1, 4, 4);
  CHECK(b->at(0)->type == NodeType::null);
  check_span(b->at(0)->span, 3, 2, 3, 2);
  CHECK(b->at(1)->text == "x");
  const Node* c = root->get("c");
  REQUIRE(c->is_map());
  CHECK(c->get("d")->type == NodeType::null);
  check_span(entry(c, "d").key_span, 5, 5, 5, 6);
}

TEST_CASE("yaml: one document per --- part, with ... ends and empty parts", "[yaml]") {
  const std::string text = "a: 1\n---\nb: 2\n...\n---\n# nothing here\n---\nc: 3\n";
  auto src = SourceText::make("multi.yaml", text);
  auto r = parse_yaml(src);
  REQUIRE(!r.error);
  REQUIRE(r.documents.size() == 4);
  for (int i = 0; i < 4; ++i) {
    CHECK(r.documents[i]->index == i);
    CHECK(r.documents[i]->format == Format::yaml);
    CHECK(r.documents[i]->source == src);
  }
  CHECK(r.documents[0]->root->get("a")->text == "1");
  CHECK(r.documents[1]->root->get("b")->text == "2");
  check_span(entry(r.documents[1]->root, "b").key_span, 3, 1, 3, 2);
  CHECK(r.documents[2]->root == nullptr);
  REQUIRE(r.documents[3]->root);
  check_span(r.documents[3]->root->span, 8, 1, 8, 5);
  CHECK(r.documents[3]->root->get("c")->type == NodeType::integer);
}

TEST_CASE("yaml: empty inputs give one document without a root", "[yaml]") {
  for (std::string text : {"", "\n\n", "# only a comment\n", "---\n", "--- \n...\n"}) {
    INFO("input: " << text);
    auto r = parse(text);
    REQUIRE(!r.error);
    REQUIRE(r.documents.size() == 1);
    CHECK(r.documents[0]->root == nullptr);
    CHECK(r.documents[0]->index == 0);
    CHECK(r.documents[0]->arena.size() <= 1);
  }
  // An explicit null is a value, not an empty document.
  auto r = parse("--- ~\n");
  const Node* root = root_of(r);
  REQUIRE(root);
  CHECK(root->type == NodeType::null);
  check_span(root->span, 1, 5, 1, 6);
}

TEST_CASE("yaml: literal and folded block scalars", "[yaml]") {
  const std::string text =
      "lit: |\n"     // 1
      "  line1\n"    // 2
      "  line2\n"    // 3
      "\n"           // 4
      "fold: >\n"    // 5
      "  a\n"        // 6
      "  b\n"        // 7
      "\n"           // 8
      "  c\n"        // 9
      "strip: |-\n"  // 10
      "  x\n"        // 11
      "keep: |+\n"   // 12
      "  y\n"        // 13
      "\n"           // 14
      "end: 1\n";    // 15
  auto r = parse(text);
  const Node* root = root_of(r);
  const Node* lit = root->get("lit");
  CHECK(lit->is_string());
  CHECK(lit->quoted);
  CHECK(lit->text == "line1\nline2\n");
  check_span(lit->span, 1, 6, 3, 8);
  const Node* fold = root->get("fold");
  CHECK(fold->text == "a b\nc\n");
  CHECK(fold->quoted);
  check_span(fold->span, 5, 7, 9, 4);
  CHECK(root->get("strip")->text == "x");
  check_span(root->get("strip")->span, 10, 8, 11, 4);
  CHECK(root->get("keep")->text == "y\n\n");
  check_span(root->get("keep")->span, 12, 7, 13, 4);
  check_span(entry(root, "end").key_span, 15, 1, 15, 4);
  check_span(root->span, 1, 1, 15, 7);
  // A block scalar of digits is still a string.
  auto n = parse("v: |\n  42\n");
  CHECK(root_of(n)->get("v")->type == NodeType::string);
  CHECK(root_of(n)->get("v")->text == "42\n");
}

TEST_CASE("yaml: quoted scalars decode escapes and stay strings", "[yaml]") {
  auto r = parse("d: \"tab\\tnl\\nuni\\u00e9 \\x41 \\U0001F600 \\\"q\\\"\"\ns: 'it''s'\ny: \"yes\"\nn: '42'\ne: \"\"\n");
  const Node* root = root_of(r);
  const Node* d = root->get("d");
  CHECK(d->text == "tab\tnl\nuni\xC3\xA9 A \xF0\x9F\x98\x80 \"q\"");
  CHECK(d->quoted);
  check_span(d->span, 1, 4, 1, 46);
  const Node* s = root->get("s");
  CHECK(s->text == "it's");
  check_span(s->span, 2, 4, 2, 11);
  CHECK(root->get("y")->type == NodeType::string);
  CHECK(root->get("y")->text == "yes");
  CHECK(root->get("n")->type == NodeType::string);
  CHECK(root->get("n")->text == "42");
  const Node* e = root->get("e");
  CHECK(e->type == NodeType::string);
  CHECK(e->text.empty());
  check_span(e->span, 5, 4, 5, 6);
}

TEST_CASE("yaml: plain scalars follow the YAML 1.2 core schema", "[yaml]") {
  struct Case {
    const char* in;
    NodeType type;
    const char* text;
  };
  const Case cases[] = {
      {"null", NodeType::null, "null"},
      {"Null", NodeType::null, "null"},
      {"NULL", NodeType::null, "null"},
      {"~", NodeType::null, "null"},
      {"nULL", NodeType::string, "nULL"},
      {"true", NodeType::boolean, "true"},
      {"True", NodeType::boolean, "true"},
      {"TRUE", NodeType::boolean, "true"},
      {"tRuE", NodeType::boolean, "true"},
      {"False", NodeType::boolean, "false"},
      {"false", NodeType::boolean, "false"},
      {"yes", NodeType::string, "yes"},
      {"No", NodeType::string, "No"},
      {"on", NodeType::string, "on"},
      {"off", NodeType::string, "off"},
      {"y", NodeType::string, "y"},
      {"0", NodeType::integer, "0"},
      {"-17", NodeType::integer, "-17"},
      {"+5", NodeType::integer, "5"},
      {"007", NodeType::integer, "7"},
      {"-0", NodeType::integer, "0"},
      {"0x1F", NodeType::integer, "31"},
      {"0x1f", NodeType::integer, "31"},
      {"0o17", NodeType::integer, "15"},
      {"0o18", NodeType::string, "0o18"},
      {"0xZZ", NodeType::string, "0xZZ"},
      {"0b101", NodeType::string, "0b101"},
      {"1_000", NodeType::string, "1_000"},
      {"9223372036854775807", NodeType::integer, "9223372036854775807"},
      {"-9223372036854775808", NodeType::integer, "-9223372036854775808"},
      {"9223372036854775808", NodeType::floating, "9223372036854775808"},
      {"0x7FFFFFFFFFFFFFFF", NodeType::integer, "9223372036854775807"},
      {"0x8000000000000000", NodeType::string, "0x8000000000000000"},
      {"1.5", NodeType::floating, "1.5"},
      {"1e3", NodeType::floating, "1e3"},
      {"-1.5E-3", NodeType::floating, "-1.5E-3"},
      {".5", NodeType::floating, ".5"},
      {"1.", NodeType::floating, "1."},
      {"+2.5e+10", NodeType::floating, "+2.5e+10"},
      {".inf", NodeType::floating, ".inf"},
      {"-.inf", NodeType::floating, "-.inf"},
      {"+.Inf", NodeType::floating, ".inf"},
      {".INF", NodeType::floating, ".inf"},
      {".nan", NodeType::floating, ".nan"},
      {".NaN", NodeType::floating, ".nan"},
      {"-.nan", NodeType::string, "-.nan"},
      {"inf", NodeType::string, "inf"},
      {"nan", NodeType::string, "nan"},
      {"1e", NodeType::string, "1e"},
      {"e3", NodeType::string, "e3"},
      {".", NodeType::string, "."},
      {"1.2.3", NodeType::string, "1.2.3"},
      {"12:30", NodeType::string, "12:30"},
      {"-x", NodeType::string, "-x"},
      {"truee", NodeType::string, "truee"},
      {"nginx", NodeType::string, "nginx"},
  };
  for (const Case& c : cases) {
    INFO("value: " << c.in);
    auto r = parse(std::string("v: ") + c.in + "\n");
    const Node* v = root_of(r)->get("v");
    REQUIRE(v);
    CHECK(v->type == c.type);
    CHECK(v->text == c.text);
    CHECK_FALSE(v->quoted);
    CHECK(v->tag.empty());
    check_span(v->span, 1, 4, 1, 4 + static_cast<uint32_t>(std::string(c.in).size()));
  }
  // Keys keep the text as written: typing is for values.
  auto r = parse("0x1F: a\ntrue: b\n~: c\n");
  const Node* root = root_of(r);
  REQUIRE(root->size() == 3);
  CHECK(root->entries[0].key == "0x1F");
  CHECK(root->entries[1].key == "true");
  CHECK(root->entries[2].key == "~");
}

TEST_CASE("yaml: tags are kept as written and decide the type of plain scalars", "[yaml]") {
  auto r = parse(
      "a: !!str 42\n"
      "b: !!int \"7\"\n"
      "c: !custom 5\n"
      "d: !!float 1\n"
      "e: !!map {x: 1}\n"
      "f: !vault |\n"
      "  secret\n"
      "g: !!int abc\n"
      "h: !!bool TRUE\n");
  const Node* root = root_of(r);
  const Node* a = root->get("a");
  CHECK(a->type == NodeType::string);
  CHECK(a->text == "42");
  CHECK(a->tag == "!!str");
  check_span(a->span, 1, 4, 1, 12);  // the span covers the tag
  CHECK(root->get("b")->type == NodeType::string);
  CHECK(root->get("b")->tag == "!!int");
  CHECK(root->get("b")->quoted);
  CHECK(root->get("c")->type == NodeType::string);
  CHECK(root->get("c")->tag == "!custom");
  CHECK(root->get("d")->type == NodeType::floating);
  CHECK(root->get("d")->text == "1");
  const Node* e = root->get("e");
  CHECK(e->is_map());
  CHECK(e->tag == "!!map");
  check_span(e->span, 5, 4, 5, 16);
  CHECK(root->get("f")->text == "secret\n");
  CHECK(root->get("f")->tag == "!vault");
  CHECK(root->get("g")->type == NodeType::string);
  CHECK(root->get("g")->text == "abc");
  CHECK(root->get("h")->type == NodeType::boolean);
  CHECK(root->get("h")->text == "true");
}

TEST_CASE("yaml: an alias is the anchored node itself", "[yaml]") {
  auto r = parse(
      "base: &b\n"           // 1
      "  cpu: 1\n"           // 2
      "one: *b\n"            // 3
      "list: [*b, &s str]\n" // 4
      "again: *s\n"          // 5
      "*s : keyed\n");       // 6
  const Node* root = root_of(r);
  const Node* base = root->get("base");
  REQUIRE(base->is_map());
  check_span(base->span, 1, 7, 2, 9);  // from the anchor to the last value
  CHECK(root->get("one") == base);
  const Node* list = root->get("list");
  CHECK(list->at(0) == base);
  check_span(list->entries[0].key_span, 4, 8, 4, 10);  // where the alias was written
  const Node* s = list->at(1);
  CHECK(s->text == "str");
  CHECK(root->get("again") == s);
  const Entry& keyed = root->entries.back();
  CHECK(keyed.key == "str");
  check_span(keyed.key_span, 6, 1, 6, 3);
  CHECK(keyed.value->text == "keyed");
  // Shared, not copied: base's two nodes plus the strings and the list.
  CHECK(r.documents[0]->arena.size() == 6);
}

TEST_CASE("yaml: a redefined anchor refers to the latest definition", "[yaml]") {
  auto r = parse("a: &x 1\nb: &x 2\nc: *x\n");
  const Node* root = root_of(r);
  CHECK(root->get("c") == root->get("b"));
  CHECK(root->get("c")->text == "2");
}

TEST_CASE("yaml: bad aliases are located errors", "[yaml]") {
  check_error(parse("a: *nope\n"), "alias *nope refers to an unknown anchor", 3, 1, 4);
  check_error(parse("a: &x [1, *x]\n"), "alias *x refers to a node that contains it", 10, 1, 11);
  check_error(parse("a: &m\n  b:\n    c: *m\n"), "alias *m refers to a node that contains it", 18, 3, 8);
  // Anchors do not cross documents.
  auto r = parse("a: &x 1\n---\nb: *x\n");
  REQUIRE(r.documents.size() == 1);
  check_error(r, "alias *x refers to an unknown anchor", 15, 3, 4);
}

TEST_CASE("yaml: merge keys add the keys the map does not set", "[yaml]") {
  auto r = parse(
      "base: &b {x: 1, y: 2}\n"  // 1
      "extra: &e {y: 3, w: 4}\n" // 2
      "m:\n"                     // 3
      "  y: 9\n"                 // 4
      "  <<: *b\n"               // 5
      "  z: 3\n"                 // 6
      "  x: 8\n"                 // 7
      "n:\n"                     // 8
      "  <<: [*e, *b]\n"         // 9
      "o: {<<: {k: v}, j: 1}\n"  // 10
      "p: {<<: scalar}\n"        // 11
      "q: {\"<<\": *b}\n");      // 12
  const Node* root = root_of(r);
  const Node* m = root->get("m");
  REQUIRE(m->size() == 3);  // y, z, x: every merged key is set explicitly
  CHECK(m->entries[0].key == "y");
  CHECK(m->entries[1].key == "z");
  CHECK(m->entries[2].key == "x");
  CHECK(m->get("x")->text == "8");
  CHECK(m->get("y")->text == "9");
  check_span(m->span, 4, 3, 7, 7);

  const Node* n = root->get("n");
  REQUIRE(n->size() == 3);
  CHECK(n->entries[0].key == "y");
  CHECK(n->get("y")->text == "3");  // the first map listed wins
  CHECK(n->entries[1].key == "w");
  CHECK(n->entries[2].key == "x");
  CHECK(n->get("x") == root->get("base")->get("x"));  // merged values are shared
  check_span(n->entries[2].key_span, 1, 11, 1, 12);    // a merged key keeps the span where it was written

  const Node* o = root->get("o");
  REQUIRE(o->size() == 2);
  CHECK(o->entries[0].key == "k");
  CHECK(o->entries[1].key == "j");
  // A scalar cannot be merged, and a quoted "<<" is an ordinary key.
  CHECK(root->get("p")->get("<<")->text == "scalar");
  CHECK(root->get("q")->get("<<") == root->get("base"));
}

TEST_CASE("yaml: a merge into a map that sets keys before and after keeps source order", "[yaml]") {
  auto r = parse("b: &b {k1: 1, k2: 2}\nm: {a: 0, <<: *b, c: 3}\n");
  const Node* m = root_of(r)->get("m");
  REQUIRE(m->size() == 4);
  CHECK(m->entries[0].key == "a");
  CHECK(m->entries[1].key == "k1");
  CHECK(m->entries[2].key == "k2");
  CHECK(m->entries[3].key == "c");
}

TEST_CASE("yaml: CloudFormation short tags become their long form", "[yaml]") {
  const std::string text =
      "a: !Ref Bucket\n"                                      // 1
      "b: !GetAtt Role.Arn\n"                                 // 2
      "c: !Sub\n"                                             // 3
      "  \"${AWS::Region}-x\"\n"                              // 4
      "d: !If [IsProd, !Ref A, !Ref \"AWS::NoValue\"]\n"      // 5
      "e: &j !Join\n"                                         // 6
      "  - \",\"\n"                                           // 7
      "  - [x, y]\n"                                          // 8
      "f: !Condition IsProd\n"                                // 9
      "g: !Base64 abc\n"                                      // 10
      "h: !Unknown thing\n"                                   // 11
      "i: *j\n";                                              // 12
  auto r = parse(text);
  const Node* root = root_of(r);

  const Node* a = root->get("a");
  REQUIRE(a->is_map());
  REQUIRE(a->size() == 1);
  CHECK(a->entries[0].key == "Ref");
  check_span(a->span, 1, 4, 1, 15);
  check_span(a->entries[0].key_span, 1, 4, 1, 8);
  CHECK(a->get("Ref")->text == "Bucket");
  check_span(a->get("Ref")->span, 1, 9, 1, 15);
  CHECK(a->tag.empty());
  CHECK(a->get("Ref")->tag.empty());

  CHECK(root->get("b")->get("Fn::GetAtt")->text == "Role.Arn");
  check_span(entry(root->get("b"), "Fn::GetAtt").key_span, 2, 4, 2, 11);

  const Node* c = root->get("c");
  check_span(c->span, 3, 4, 4, 21);
  check_span(entry(c, "Fn::Sub").key_span, 3, 4, 3, 8);
  CHECK(c->get("Fn::Sub")->text == "${AWS::Region}-x");
  CHECK(c->get("Fn::Sub")->quoted);
  check_span(c->get("Fn::Sub")->span, 4, 3, 4, 21);

  const Node* d = root->get("d");
  check_span(d->span, 5, 4, 5, 45);
  const Node* cond = d->get("Fn::If");
  REQUIRE(cond->is_seq());
  REQUIRE(cond->size() == 3);
  check_span(cond->span, 5, 8, 5, 45);
  CHECK(cond->at(0)->text == "IsProd");
  CHECK(cond->at(1)->get("Ref")->text == "A");
  check_span(cond->at(1)->span, 5, 17, 5, 23);
  CHECK(cond->at(2)->get("Ref")->text == "AWS::NoValue");

  const Node* e = root->get("e");
  check_span(e->span, 6, 4, 8, 11);
  check_span(entry(e, "Fn::Join").key_span, 6, 7, 6, 12);  // the tag, after the anchor
  const Node* join = e->get("Fn::Join");
  REQUIRE(join->is_seq());
  check_span(join->span, 7, 3, 8, 11);
  CHECK(join->at(0)->text == ",");
  CHECK(join->at(1)->at(1)->text == "y");
  CHECK(root->get("i") == e);  // the anchor names the long-form map

  CHECK(root->get("f")->get("Condition")->text == "IsProd");
  CHECK(root->get("g")->get("Fn::Base64")->text == "abc");
  const Node* h = root->get("h");
  CHECK(h->is_string());
  CHECK(h->tag == "!Unknown");
  CHECK(h->text == "thing");
}

TEST_CASE("yaml: duplicate keys are kept in order and lookup sees the last", "[yaml]") {
  auto r = parse("a: 1\na: 2\n");
  const Node* root = root_of(r);
  REQUIRE(root->size() == 2);
  CHECK(root->entries[0].value->text == "1");
  CHECK(root->get("a")->text == "2");
  check_span(root->entry("a")->key_span, 2, 1, 2, 2);
}

TEST_CASE("yaml: complex keys use their source text", "[yaml]") {
  auto r = parse("? [a, b]\n: v\n{[1,2]: x}: 2\n");
  const Node* root = root_of(r);
  REQUIRE(root->size() == 2);
  CHECK(root->entries[0].key == "[a, b]");
  check_span(root->entries[0].key_span, 1, 3, 1, 9);
  CHECK(root->entries[0].value->text == "v");
  CHECK(root->entries[1].key == "{[1,2]: x}");
  check_span(root->entries[1].key_span, 3, 1, 3, 11);
  CHECK(root->entries[1].value->type == NodeType::integer);
}

TEST_CASE("yaml: CRLF line endings", "[yaml]") {
  const std::string text = "a: 1\r\nb:\r\n  - x\r\n  - y\r\nc: |\r\n  l1\r\n  l2\r\nd: z\r\n";
  auto src = SourceText::make("crlf.yaml", text);
  auto r = parse_yaml(src);
  const Node* root = root_of(r);
  check_span(root->get("a")->span, 1, 4, 1, 5);
  const Node* b = root->get("b");
  check_span(b->span, 3, 3, 4, 6);
  check_span(b->at(1)->span, 4, 5, 4, 6);
  CHECK(b->at(1)->span.begin == 21);
  const Node* c = root->get("c");
  CHECK(c->text == "l1\nl2\n");
  check_span(c->span, 5, 4, 7, 5);
  check_span(entry(root, "d").key_span, 8, 1, 8, 2);
  check_spans_consistent(*src, root);
}

TEST_CASE("yaml: columns count code points, offsets count bytes", "[yaml]") {
  const std::string text = "名前: \"värde\"\nκλειδί: ✓ ok\n";
  auto src = SourceText::make("u.yaml", text);
  auto r = parse_yaml(src);
  const Node* root = root_of(r);
  const Entry& name = root->entries[0];
  CHECK(name.key == "名前");
  check_span(name.key_span, 1, 1, 1, 3);
  CHECK(name.key_span.begin == 0);
  CHECK(name.key_span.end == 6);
  check_span(name.value->span, 1, 5, 1, 12);
  CHECK(name.value->span.begin == 8);
  CHECK(name.value->span.end == 16);
  CHECK(name.value->text == "värde");
  const Entry& k = root->entries[1];
  CHECK(k.key == "κλειδί");
  check_span(k.key_span, 2, 1, 2, 7);
  check_span(k.value->span, 2, 9, 2, 13);
  CHECK(k.value->text == "✓ ok");
  check_spans_consistent(*src, root);
}

TEST_CASE("yaml: a UTF-8 byte order mark is skipped", "[yaml]") {
  auto src = SourceText::make("bom.yaml", "\xEF\xBB\xBF" "a: 1\nb: 2\n");
  auto r = parse_yaml(src);
  const Node* root = root_of(r);
  REQUIRE(root->size() == 2);
  CHECK(root->entries[0].key_span.begin == 3);
  CHECK(root->entries[0].key_span.end == 4);
  check_span(entry(root, "b").key_span, 2, 1, 2, 2);
  check_spans_consistent(*src, root);
}

TEST_CASE("yaml: malformed input is an error at libyaml's location", "[yaml]") {
  check_error(parse("a: \"abc\n"), "found unexpected end of stream (while scanning a quoted scalar at line 1, column 4)",
              8, 2, 1);
  check_error(parse("a: b: c\n"), "mapping values are not allowed in this context", 4, 1, 5);
  check_error(parse("a: 1\n b: 2\n"), "mapping values are not allowed in this context", 7, 2, 3);
  check_error(parse("a:\n\tb: 1\n"),
              "found character that cannot start any token (while scanning for the next token at line 2, column 1)", 3,
              2, 1);
  check_error(parse("key: [a, b\nc: d\n"),
              "did not find expected ',' or ']' (while parsing a flow sequence at line 1, column 6)", 12, 2, 2);
  // Locations after non-ASCII text are still byte offsets and code-point columns.
  check_error(parse("é: \"x\n"), "found unexpected end of stream (while scanning a quoted scalar at line 1, column 4)",
              7, 2, 1);
  check_error(parse("ü: [1, 2\n"),
              "did not find expected ',' or ']' (while parsing a flow sequence at line 1, column 4)", 10, 2, 1);
}

TEST_CASE("yaml: documents completed before an error are kept", "[yaml]") {
  auto r = parse("a: 1\n---\nb: 2\n---\nc: [1, 2\n");
  REQUIRE(r.documents.size() == 2);
  CHECK(r.documents[0]->root->get("a")->text == "1");
  CHECK(r.documents[1]->root->get("b")->text == "2");
  CHECK(r.documents[1]->index == 1);
  check_error(r, "did not find expected ',' or ']' (while parsing a flow sequence at line 5, column 4)", 27, 6, 1);
}

TEST_CASE("yaml: invalid UTF-8 and control characters are located errors", "[yaml]") {
  auto r = parse("a: 1\n---\nb: \xFF\n");
  REQUIRE(r.documents.size() == 1);
  CHECK(r.documents[0]->root->get("a")->text == "1");
  check_error(r, "invalid UTF-8", 12, 3, 4);

  // The bad byte is inside a quoted string: still the bad byte, not libyaml's complaint about the cut.
  auto q = parse("a: \"x\xC3(\"\n");
  CHECK(q.documents.empty());
  check_error(q, "invalid UTF-8", 5, 1, 6);

  check_error(parse("a: b\xE2\x82\n"), "invalid UTF-8", 4, 1, 5);           // truncated sequence
  check_error(parse("a: \xC0\xAF\n"), "invalid UTF-8", 3, 1, 4);            // overlong
  check_error(parse("a: \xED\xA0\x80\n"), "invalid UTF-8", 3, 1, 4);        // surrogate
  check_error(parse(std::string("a: \"x\0y\"\n", 9)), "control characters are not allowed", 5, 1, 6);
  check_error(parse("a: \x7F\n"), "control characters are not allowed", 3, 1, 4);
  check_error(parse("\xFF\xFE" "a\0:\0"), "UTF-16 is not supported; save the file as UTF-8", 0, 1, 1);

  // Far past libyaml's 16 KiB read-ahead, and a document closed with `...` before the bad byte is complete.
  std::string big = "a: 1\n...\n---\n";
  for (int i = 0; i < 3000; ++i) big += "k" + std::to_string(i) + ": value\n";
  size_t bad_at = big.size() + 4;
  big += "zz: \xFF\n";
  auto b = parse(big);
  REQUIRE(b.documents.size() == 1);
  CHECK(b.documents[0]->root->get("a")->text == "1");
  REQUIRE(b.error);
  CHECK(b.error->message == "invalid UTF-8");
  CHECK(b.error->offset == bad_at);
  CHECK(b.error->span.line == 3004);
  CHECK(b.error->span.col == 5);
}

TEST_CASE("yaml: nesting deeper than 256 levels is an error, not a crash", "[yaml]") {
  std::string flow(300, '[');
  flow += std::string(300, ']');
  check_error(parse(flow), "nesting deeper than 256 levels", 256, 1, 257);

  std::string ok = std::string(256, '[') + std::string(256, ']');
  auto r = parse(ok);
  REQUIRE(!r.error);
  const Node* n = r.documents[0]->root;
  int depth = 0;
  while (n && n->is_seq()) {
    ++depth;
    n = n->at(0);
  }
  CHECK(depth == 256);

  std::string block;
  for (int i = 0; i < 300; ++i) block += std::string(i * 2, ' ') + "k:\n";
  auto b = parse(block);
  REQUIRE(b.error);
  CHECK(b.error->message == "nesting deeper than 256 levels");
  CHECK(b.error->span.line == 257);
  CHECK(b.error->span.col == 513);

  // Far deeper than any limit: bounded work, same error.
  auto huge = parse(std::string(200000, '[') + "\n");
  check_error(huge, "nesting deeper than 256 levels", 256, 1, 257);
}

TEST_CASE("yaml: a billion-laughs document parses in linear memory", "[yaml]") {
  std::string text = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
  for (char c = 'b'; c <= 'i'; ++c) {
    text += std::string(1, c) + ": &" + c + " [";
    for (int k = 0; k < 9; ++k) text += std::string(k ? "," : "") + "*" + static_cast<char>(c - 1);
    text += "]\n";
  }
  auto r = parse(text);
  const Node* root = root_of(r);
  REQUIRE(root->size() == 9);
  const Node* i = root->get("i");
  REQUIRE(i->size() == 9);
  CHECK(i->at(8) == root->get("h"));
  CHECK(i->at(0)->at(0) == root->get("g"));
  // 9 strings + 9 sequences + 1 root: nothing is expanded (9^9 strings would be).
  CHECK(r.documents[0]->arena.size() == 19);
}

TEST_CASE("yaml: merge-key expansion is capped per document", "[yaml]") {
  std::string text = "base: &b {";
  for (int k = 0; k < 1000; ++k) text += (k ? ", k" : "k") + std::to_string(k) + ": 1";
  text += "}\n";
  for (int m = 0; m < 99; ++m) text += "m" + std::to_string(m) + ": {<<: *b}\n";
  auto ok = parse(text);  // 99 000 merged entries: under the cap
  REQUIRE(!ok.error);
  CHECK(ok.documents[0]->root->get("m98")->size() == 1000);
  CHECK(ok.documents[0]->root->get("m98")->get("k999")->text == "1");

  // m99 reaches 100 000 exactly; m100 goes past it, and the error is at its `<<`.
  uint32_t m100_merge = static_cast<uint32_t>(text.size() + std::string("m99: {<<: *b}\nm100: {").size());
  text += "m99: {<<: *b}\nm100: {<<: *b}\n";
  auto r = parse(text);
  REQUIRE(r.error);
  CHECK(r.documents.empty());
  check_error(r, "merge keys add more than 100000 entries to one document", m100_merge, 102, 8);
}

TEST_CASE("yaml: a long single-line flow document", "[yaml]") {
  std::string text = "[";
  for (int i = 0; i < 200000; ++i) text += (i ? ", " : "") + std::string("item") + std::to_string(i);
  text += "]\n";
  auto r = parse(text);
  const Node* root = root_of(r);
  REQUIRE(root->size() == 200000);
  const Node* last = root->at(199999);
  CHECK(last->text == "item199999");
  CHECK(last->span.line == 1);
  CHECK(last->span.col == text.size() - 11);
}

TEST_CASE("yaml: spans agree with SourceText across a mixed document", "[yaml]") {
  const std::string text =
      "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web # comment\n  labels: {app: web, tier: \"front\"}\n"
      "spec:\n  template:\n    spec:\n      containers:\n      - name: app\n        args: [\"--port\", 8080]\n"
      "        env:\n          - name: PASSWORD\n            value: >-\n              hunter2\n              again\n"
      "        ports:\n        - containerPort: 80\n";
  auto src = SourceText::make("dep.yaml", text);
  auto r = parse_yaml(src);
  const Node* root = root_of(r);
  check_spans_consistent(*src, root);
  const Node* c = root->get("spec")->get("template")->get("spec")->get("containers")->at(0);
  CHECK(c->get("env")->at(0)->get("value")->text == "hunter2 again");
  check_span(c->get("env")->at(0)->get("value")->span, 14, 20, 16, 20);
  check_span(c->get("args")->at(1)->span, 11, 26, 11, 30);
  check_span(c->span, 10, 9, 18, 28);
  check_span(root->get("metadata")->get("name")->span, 4, 9, 4, 12);
}
