// The document model's shared pieces: line index, code-point columns, node lookup, reference extraction.
#include <catch2/catch.hpp>

#include <chrono>

#include "tollgate/document.h"

using namespace tollgate;

TEST_CASE("lines end at LF, CRLF and a lone CR") {
  auto t = SourceText::make("f", "a\nbb\r\nccc\rdddd");
  REQUIRE(t->line_count() == 4);
  CHECK(t->line(1) == "a");
  CHECK(t->line(2) == "bb");
  CHECK(t->line(3) == "ccc");
  CHECK(t->line(4) == "dddd");
  CHECK(t->line(5).empty());
  CHECK(t->line_start(3) == 6);
}

TEST_CASE("columns count code points, 1-based, and spans end one past the last character") {
  // "é" is 2 bytes, "€" 3 bytes, "😀" 4 bytes.
  auto t = SourceText::make("f", "x: é€😀z\nnext");
  uint32_t line, col;
  t->locate(3, &line, &col);
  CHECK((line == 1 && col == 4));
  t->locate(12, &line, &col);  // 'z' after 3+2+3+4 bytes
  CHECK((line == 1 && col == 7));
  Span s = t->span(3, 13);
  CHECK(s.line == 1);
  CHECK(s.col == 4);
  CHECK(s.end_line == 1);
  CHECK(s.end_col == 8);
  CHECK(t->offset_of(1, 7) == 12);
  CHECK(t->offset_of(2, 1) == 14);
}

TEST_CASE("columns stay exact on long lines across the internal block boundaries") {
  std::string line;
  for (int i = 0; i < 2000; ++i) line += (i % 3 == 0) ? "é" : "a";
  auto t = SourceText::make("f", "first\n" + line);
  // Compare every offset of the long line with a direct count of the code points before it.
  for (uint32_t off = 6; off <= t->bytes().size(); ++off) {
    uint32_t l, c, direct = 0;
    for (uint32_t i = 6; i < off; ++i) direct += (static_cast<unsigned char>(t->bytes()[i]) & 0xC0) != 0x80;
    t->locate(off, &l, &c);
    REQUIRE(l == 2);
    REQUIRE(c == direct + 1);
  }
}

TEST_CASE("invalid UTF-8 still gives monotonic columns") {
  auto t = SourceText::make("f", std::string("\xff\xfe" "ab\x80" "c"));
  uint32_t l, c, prev = 0;
  for (uint32_t off = 0; off <= 6; ++off) {
    t->locate(off, &l, &c);
    CHECK(c >= prev);
    prev = c;
  }
}

TEST_CASE("map lookup returns the last of duplicate keys and seq indexing is bounded") {
  Document d;
  d.source = SourceText::make("f", "a: 1\na: 2\n");
  Node* root = d.make(NodeType::map, 0, 10);
  Node* one = d.make(NodeType::integer, 3, 4);
  one->text = "1";
  Node* two = d.make(NodeType::integer, 8, 9);
  two->text = "2";
  root->entries.push_back({"a", d.source->span(0, 1), one});
  root->entries.push_back({"a", d.source->span(5, 6), two});
  CHECK(root->get("a") == two);
  CHECK(root->get("b") == nullptr);
  CHECK(root->at(0) == nullptr);
  CHECK(one->get("a") == nullptr);
}

TEST_CASE("string references: CI, shell, template and HCL forms") {
  using V = std::vector<std::string>;
  CHECK(string_references("plain literal").empty());
  CHECK(string_references("${{ secrets.DEPLOY_TOKEN }}") == V{"secrets.DEPLOY_TOKEN"});
  CHECK(string_references("{{ .Values.db.password }}") == V{".Values.db.password"});
  CHECK(string_references("{{- .Values.x -}}") == V{".Values.x"});
  CHECK(string_references("$DB_PASS and ${API_KEY:-x} and $DB_PASS") == V{"$DB_PASS", "${API_KEY}"});
  CHECK(string_references("${var.region}-${local.name}") == V{"var.region", "local.name"});
  CHECK(string_references("cost: $$5") .empty());
  CHECK(string_references("price $5").empty());
  CHECK(string_references("unclosed ${{ x").empty());
}

TEST_CASE("string references: the variable syntaxes of other CI and deploy tools") {
  using V = std::vector<std::string>;
  // Azure Pipelines macros and runtime expressions (and a shell's command substitution)
  CHECK(string_references("$(DbPassword)") == V{"$(DbPassword)"});
  CHECK(string_references("Bearer-$(Api.Token)") == V{"$(Api.Token)"});
  CHECK(string_references("$[variables.secret]") == V{"$[variables.secret]"});
  CHECK(string_references("$$(escaped)").empty());
  // Octopus and the Replace Tokens task
  CHECK(string_references("#{Octopus.Action[Deploy].Output.Password}") == V{"#{Octopus.Action[Deploy].Output.Password}"});
  CHECK(string_references("x#{DbPassword}#") == V{"#{DbPassword}"});
  // Concourse
  CHECK(string_references("((db-password))") == V{"((db-password))"});
  CHECK(string_references("((vault:secret/db.password))-x") == V{"((vault:secret/db.password))"});
  CHECK(string_references("((not a var))").empty());
  // ERB / EJS, Python
  CHECK(string_references("<%= ENV['DB_PASSWORD'] %>") == V{"<%= ENV['DB_PASSWORD'] %>"});
  CHECK(string_references("x%(password)s") == V{"%(password)s"});
  CHECK(string_references("%(password)").empty());  // no conversion letter: not a format
  CHECK(string_references("100%(ok)!").empty());
  // unclosed, empty or too long: literal text
  CHECK(string_references("$(").empty());
  CHECK(string_references("#{}").empty());
  CHECK(string_references("<% %>").empty());
  CHECK(string_references("$(" + std::string(600, 'a') + ")").empty());
}

TEST_CASE("string references: many openings without an end cost linear time") {
  std::string hostile;
  for (int i = 0; i < 50000; ++i) hostile += "((#{<%$($[%(";
  auto t0 = std::chrono::steady_clock::now();
  CHECK(string_references(hostile).empty());
  CHECK(std::chrono::steady_clock::now() - t0 < std::chrono::seconds(3));
}

TEST_CASE("document: a node costs at most 104 bytes", "[document][memory]") {
  // Every parser makes one per value, so a hostile file's cost is counted in nodes (issue 9): refs and tag,
  // which few nodes have, are a pointer each instead of a vector and a string (144 bytes before).
  CHECK(sizeof(Node) <= 104);
  Node n;
  CHECK(n.refs.empty());
  CHECK(n.tag.empty());
  n.refs = {"var.a", "local.b"};
  n.refs.emplace_back("var.c");
  CHECK(n.refs == std::vector<std::string>{"var.a", "local.b", "var.c"});
  Node copy = n;
  CHECK(copy.refs.size() == 3);
  n.refs.clear();
  CHECK(copy.refs[2] == "var.c");
  n.tag = std::string("!Ref");
  CHECK(n.tag == "!Ref");
  CHECK(std::string("tag ") + n.tag == "tag !Ref");
  n.tag.assign("");
  CHECK(n.tag.empty());
}
