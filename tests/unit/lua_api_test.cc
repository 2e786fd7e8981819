// The rule API of docs/writing-rules.md against a Document built by hand: proxies, the tg library, ctx:report.
// Checks inside the rule use eq(), which fails the call with what differed; the C++ side checks the hits.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "engine/findings.h"
#include "engine/rules.h"

using namespace tollgate;

namespace {

const char* kYaml =
    "apiVersion: apps/v1\n"
    "kind: Deployment\n"
    "metadata:\n"
    "  name: web\n"
    "  labels:\n"
    "    app.kubernetes.io/name: web\n"
    "spec:\n"
    "  replicas: 3\n"
    "  ratio: 0.5\n"
    "  enabled: true\n"
    "  nothing: null\n"
    "  region: var.region\n"
    "  template:\n"
    "    spec:\n"
    "      containers:\n"
    "        - name: app\n"
    "          image: \"nginx:${TAG}\"\n"
    "      initContainers:\n"
    "        - name: init\n"
    "          image: busybox\n";

// Builds nodes in source order; each needle is searched from where the previous one ended.
struct Builder {
  Document* doc;
  size_t cursor = 0;

  std::pair<uint32_t, uint32_t> find(const std::string& needle) {
    size_t at = doc->source->bytes().find(needle, cursor);
    REQUIRE(at != std::string::npos);
    cursor = at + needle.size();
    return {static_cast<uint32_t>(at), static_cast<uint32_t>(cursor)};
  }
  Node* container(NodeType t) { return doc->make(t, 0, 0); }
  Node* scalar(NodeType t, const std::string& source, const std::string& text) {
    auto [b, e] = find(source);
    Node* n = doc->make(t, b, e);
    n->text = text;
    return n;
  }
  // Adds key k to map; make_value runs after the key is found, so its needles come later in the source.
  template <typename F>
  Node* add(Node* map, const std::string& k, F make_value) {
    auto [b, e] = find(k + ":");
    Node* v = make_value();
    map->entries.push_back({k, doc->source->span(b, e - 1), v});
    return v;
  }
  Node* item(Node* seq, Node* v) {
    seq->entries.push_back({"", v->span, v});
    return v;
  }
  // A container's span runs from its first key (or item) to the end of its last value.
  void close(Node* n) {
    uint32_t b = n->entries.front().key_span.begin;
    uint32_t e = n->entries.back().value->span.end;
    n->span = doc->source->span(b, e);
  }
};

std::unique_ptr<Document> make_doc() {
  auto doc = std::make_unique<Document>();
  doc->source = SourceText::make("deploy/web.yaml", kYaml);
  doc->format = Format::yaml;
  doc->kind = "kubernetes";
  doc->index = 0;
  Builder b{doc.get()};
  Node* root = b.container(NodeType::map);
  b.add(root, "apiVersion", [&] { return b.scalar(NodeType::string, "apps/v1", "apps/v1"); });
  b.add(root, "kind", [&] { return b.scalar(NodeType::string, "Deployment", "Deployment"); });
  Node* meta = b.add(root, "metadata", [&] { return b.container(NodeType::map); });
  b.add(meta, "name", [&] { return b.scalar(NodeType::string, "web", "web"); });
  Node* labels = b.add(meta, "labels", [&] { return b.container(NodeType::map); });
  b.add(labels, "app.kubernetes.io/name", [&] { return b.scalar(NodeType::string, "web", "web"); });
  b.close(labels);
  b.close(meta);
  Node* spec = b.add(root, "spec", [&] { return b.container(NodeType::map); });
  b.add(spec, "replicas", [&] { return b.scalar(NodeType::integer, "3", "3"); });
  b.add(spec, "ratio", [&] { return b.scalar(NodeType::floating, "0.5", "0.5"); });
  b.add(spec, "enabled", [&] { return b.scalar(NodeType::boolean, "true", "true"); });
  b.add(spec, "nothing", [&] { return b.scalar(NodeType::null, "null", "null"); });
  Node* region = b.add(spec, "region", [&] { return b.scalar(NodeType::expr, "var.region", "var.region"); });
  region->refs = {"var.region"};
  Node* tmpl = b.add(spec, "template", [&] { return b.container(NodeType::map); });
  Node* pod = b.add(tmpl, "spec", [&] { return b.container(NodeType::map); });
  Node* containers = b.add(pod, "containers", [&] { return b.container(NodeType::seq); });
  Node* c1 = b.item(containers, b.container(NodeType::map));
  b.add(c1, "name", [&] { return b.scalar(NodeType::string, "app", "app"); });
  b.add(c1, "image", [&] { return b.scalar(NodeType::string, "\"nginx:${TAG}\"", "nginx:${TAG}"); });
  b.close(c1);
  containers->entries[0].key_span = c1->span;
  b.close(containers);
  Node* inits = b.add(pod, "initContainers", [&] { return b.container(NodeType::seq); });
  Node* i1 = b.item(inits, b.container(NodeType::map));
  b.add(i1, "name", [&] { return b.scalar(NodeType::string, "init", "init"); });
  b.add(i1, "image", [&] { return b.scalar(NodeType::string, "busybox", "busybox"); });
  b.close(i1);
  inits->entries[0].key_span = i1->span;
  b.close(inits);
  b.close(pod);
  b.close(tmpl);
  b.close(spec);
  b.close(root);
  doc->root = root;
  return doc;
}

const char* kPrelude =
    "local function eq(a, b, what) if a ~= b then error((what or '?') .. ': expected ' .. tostring(b) .. ', got ' "
    ".. tostring(a), 2) end end\n"
    "local function fails(f, msg) local ok, e = pcall(f) if ok then error('no error, expected: ' .. msg, 2) end\n"
    "  if not tostring(e):find(msg, 1, true) then error('wrong error: ' .. tostring(e) .. ' expected: ' .. msg, 2) "
    "end end\n";

struct Result {
  bool ok;
  std::string error;
  std::vector<RuleHit> hits;
};

RuleSource rule_file(const std::string& body, const std::string& scope = "document") {
  std::string text = std::string(kPrelude) +
                     "return { id = \"config.api\", title = \"T\", severity = \"low\", tags = { \"config\" },\n"
                     "  applies_to = { \"*\" }, help = \"h\", scope = \"" + scope + "\",\n"
                     "  check = function(doc, ctx)\n" + body + "\n  end }\n";
  return {"rules/config/api.lua", text, ""};
}

Result run(const std::string& body, const Document& doc) {
  std::vector<Notification> errors;
  auto rules = load_rules({rule_file(body)}, SandboxLimits{}, &errors);
  for (auto& e : errors) FAIL(e.message);
  REQUIRE(rules.size() == 1);
  LuaRuntime rt(rules, SandboxLimits{});
  Result r;
  r.ok = rt.run_document_rule(0, doc, &r.hits, &r.error);
  return r;
}

// Runs body and expects it to pass (every eq holds).
void passes(const std::string& body) {
  auto doc = make_doc();
  Result r = run(body, *doc);
  INFO(body);
  CHECK(r.error == "");
  CHECK(r.ok);
}

}  // namespace

TEST_CASE("api: document fields and lines", "[lua][api]") {
  passes(R"~(
    eq(doc.path, "deploy/web.yaml", "path")
    eq(doc.kind, "kubernetes", "kind")
    eq(doc.format, "yaml", "format")
    eq(doc.index, 0, "index")
    eq(tostring(doc), "document deploy/web.yaml", "tostring")
    eq(doc.nope, nil, "unknown field")
    eq(doc:line(2), "kind: Deployment", "line 2")
    eq(doc:line(20), "          image: busybox", "last line")
    eq(doc:line(21), nil, "past the end")
    eq(doc:line(0), nil, "line 0")
    local n, last = 0, nil
    for i, text in doc:lines() do n = i last = text end
    eq(n, 20, "line count")
    eq(last, "          image: busybox", "last text")
    fails(function() doc.path = "x" end, "attempt to modify a read-only document node")
    fails(function() doc:line("x") end, "number expected, got string")
  )~");
}

TEST_CASE("api: map and seq proxies index, count and iterate in source order", "[lua][api]") {
  passes(R"~(
    local root = doc.root
    eq(tg.type(root), "map", "root type")
    eq(root.kind, "Deployment", "string scalar")
    eq(root.metadata.labels["app.kubernetes.io/name"], "web", "dotted key")
    local spec = root.spec
    eq(spec.replicas, 3, "int") eq(math.type(spec.replicas), "integer", "int is an integer")
    eq(spec.ratio, 0.5, "float") eq(math.type(spec.ratio), "float", "float is a float")
    eq(spec.enabled, true, "bool")
    eq(spec.nothing, nil, "null")
    eq(spec.missing, nil, "missing key")
    eq(root[1], nil, "integer key on a map")
    local cs = spec.template.spec.containers
    eq(tg.type(cs), "seq", "seq type")
    eq(#cs, 1, "seq length")
    eq(#root, 4, "map length")
    eq(cs[1].name, "app", "seq item")
    eq(cs[0], nil, "index 0") eq(cs[2], nil, "past the end") eq(cs.name, nil, "string key on a seq")
    local keys = {}
    for k, v in pairs(root) do keys[#keys + 1] = k end
    eq(table.concat(keys, ","), "apiVersion,kind,metadata,spec", "pairs order")
    local sk = {}
    for k, v in pairs(spec) do sk[#sk + 1] = k .. "=" .. tg.type(v) end
    eq(table.concat(sk, ","), "replicas=int,ratio=float,enabled=bool,nothing=null,region=expr,template=map", "pairs values")
    local n = 0
    for i, c in ipairs(cs) do n = n + i eq(c.name, "app", "ipairs item") end
    eq(n, 1, "ipairs count")
    for i, c in pairs(cs) do eq(i, 1, "pairs over seq index") end
    eq(root.spec == doc.root.spec, true, "same node compares equal")
    eq(root.spec == root.metadata, false, "different nodes differ")
    eq(tostring(root.metadata), "map at deploy/web.yaml:4:3", "tostring of a map")
    fails(function() root.kind = "x" end, "attempt to modify a read-only document node")
    fails(function() cs[1] = 1 end, "attempt to modify a read-only document node")
  )~");
}

TEST_CASE("api: expressions are expr proxies with their source text and references", "[lua][api]") {
  passes(R"~(
    local e = doc.root.spec.region
    eq(tg.type(e), "expr", "type")
    eq(tostring(e), "var.region", "tostring")
    eq(tg.text(e), "var.region", "text")
    eq(tg.is_literal(e), false, "not literal")
    local refs = tg.refs(e)
    eq(#refs, 1, "one ref") eq(refs[1], "var.region", "the ref")
  )~");
}

TEST_CASE("api: tg.type of every kind of value", "[lua][api]") {
  passes(R"~(
    eq(tg.type(nil), "null") eq(tg.type(true), "bool") eq(tg.type(1), "int") eq(tg.type(1.5), "float")
    eq(tg.type("s"), "string") eq(tg.type(doc.root), "map") eq(tg.type(doc), "document") eq(tg.type({}), "table")
    fails(function() tg.type() end, "bad argument #1 to 'type' (value expected)")
  )~");
}

TEST_CASE("api: tg.get follows dotted paths, indexes and quoted keys", "[lua][api]") {
  passes(R"~(
    local root = doc.root
    eq(tg.get(root, "spec.template.spec.containers[1].image"), "nginx:${TAG}", "deep path")
    eq(tg.get(root, 'metadata.labels["app.kubernetes.io/name"]'), "web", "double-quoted key")
    eq(tg.get(root, "metadata.labels['app.kubernetes.io/name']"), "web", "single-quoted key")
    eq(tg.get(root, "spec.replicas"), 3, "int")
    eq(tg.get(root, "spec.template.spec.containers[2].image"), nil, "missing index")
    eq(tg.get(root, "spec.replicas.x"), nil, "through a scalar")
    eq(tg.get(root, "nope.deeper"), nil, "missing key")
    eq(tg.get(root, ""), root, "empty path")
    eq(tg.get(root.spec.template.spec.containers, "[1].name"), "app", "leading index")
    eq(tg.get(nil, "a.b"), nil, "nil node")
    eq(tg.get("str", "a"), nil, "scalar node")
    fails(function() tg.get(root, "a..b") end, 'tg.get: malformed path "a..b" at character 3: empty key')
    fails(function() tg.get(root, "a[x]") end, 'tg.get: malformed path "a[x]" at character 2: expected a number or a quoted key inside [ ]')
    fails(function() tg.get(root, 'a["x') end, 'at character 2: unterminated quoted key')
    fails(function() tg.get(doc, "spec") end, "bad argument #1 to 'get' (node expected, got document)")
    fails(function() tg.get(root) end, "bad argument #2 to 'get' (string expected, got no value)")
  )~");
}

TEST_CASE("api: tg.span and tg.key_span give 1-based spans", "[lua][api]") {
  passes(R"~(
    local root = doc.root
    local s = tg.span(root.spec, "replicas")
    eq(s.line, 8, "line") eq(s.col, 13, "col") eq(s.end_line, 8, "end_line") eq(s.end_col, 14, "end_col")
    local k = tg.key_span(root.spec, "replicas")
    eq(k.line, 8, "key line") eq(k.col, 3, "key col") eq(k.end_col, 11, "key end_col")
    local m = tg.span(root.metadata)
    eq(m.line, 4, "map line") eq(m.col, 3, "map col") eq(m.end_line, 6, "map end_line")
    local c = tg.span(root.spec.template.spec.containers, 1)
    eq(c.line, 16, "seq item line")
    eq(tg.span(root.spec, "missing"), nil, "missing key")
    eq(tg.key_span(root.spec, "missing"), nil, "missing key span")
    fails(function() tg.span("x") end, "bad argument #1 to 'span' (node expected, got string)")
    fails(function() tg.span(root.spec, 1) end, "bad argument #2 to 'span' (string key expected for a map, got number)")
    fails(function() tg.key_span(root.spec.template.spec.containers, 1) end, "bad argument #1 to 'key_span' (map expected, got seq)")
    fails(function() tg.key_span(root.spec) end, "bad argument #2 to 'key_span' (string expected, got no value)")
  )~");
}

TEST_CASE("api: tg.is_literal, tg.refs and tg.text", "[lua][api]") {
  passes(R"~(
    local img = tg.get(doc.root, "spec.template.spec.containers[1].image")
    eq(tg.is_literal(img), false, "template string")
    eq(tg.is_literal("plain"), true, "plain string")
    eq(tg.is_literal("${{ secrets.TOKEN }}"), false, "github expression")
    eq(tg.is_literal(3), true, "number")
    eq(tg.is_literal(doc.root), true, "map")
    local r = tg.refs("${A} and $B and ${{ secrets.C }}")
    eq(#r, 3, "three refs") eq(r[1], "${A}", "brace var") eq(r[2], "$B", "bare var") eq(r[3], "secrets.C", "gha")
    eq(#tg.refs("literal"), 0, "no refs") eq(#tg.refs(doc.root), 0, "map has no refs")
    eq(tg.text(doc.root.metadata.labels), "app.kubernetes.io/name: web", "map text")
    eq(tg.text(5), "5", "number text")
    fails(function() tg.text(nil) end, "bad argument #1 to 'text' (node expected, got nil)")
    fails(function() tg.refs({}) end, "bad argument #1 to 'refs' (node expected, got table)")
    fails(function() tg.is_literal(doc) end, "bad argument #1 to 'is_literal' (node expected, got document)")
  )~");
}

TEST_CASE("api: tg.each iterates seqs, a single value once, nil never", "[lua][api]") {
  passes(R"~(
    local names = {}
    for c, i in tg.each(doc.root.spec.template.spec.containers) do names[#names + 1] = i .. ":" .. c.name end
    eq(table.concat(names, ","), "1:app", "seq")
    local n = 0
    for v, i in tg.each(doc.root.metadata) do n = n + 1 eq(v, doc.root.metadata, "the value itself") eq(i, 1, "index") end
    eq(n, 1, "single value once")
    for v in tg.each(nil) do error("nil iterates nothing") end
    local s = 0
    for v in tg.each("x") do s = s + 1 eq(v, "x", "scalar") end
    eq(s, 1, "scalar once")
  )~");
}

TEST_CASE("api: tg.walk visits depth-first in source order and can skip children", "[lua][api]") {
  passes(R"~(
    local seen = {}
    tg.walk(doc.root.metadata, function(v, parent, key, path) seen[#seen + 1] = path .. "=" .. tg.type(v) end)
    eq(table.concat(seen, " "), 'name=string labels=map labels["app.kubernetes.io/name"]=string', "paths")
    local all = {}
    tg.walk(doc.root, function(v, parent, key, path)
      all[#all + 1] = path
      if key == "metadata" or key == "spec" and parent == doc.root then return false end
    end)
    eq(table.concat(all, " "), "apiVersion kind metadata spec", "skipped children")
    local deep = {}
    tg.walk(doc.root.spec.template, function(v, parent, key, path)
      if type(key) == "number" then deep[#deep + 1] = path .. ":" .. tostring(parent == doc.root.spec.template.spec.containers or parent == doc.root.spec.template.spec.initContainers) end
    end)
    eq(table.concat(deep, " "), "spec.containers[1]:true spec.initContainers[1]:true", "seq keys and parents")
    fails(function() tg.walk(doc.root) end, "bad argument #2 to 'walk' (function expected, got no value)")
    fails(function() tg.walk(doc.root, function() error("inner") end) end, "inner")
  )~");
}

TEST_CASE("api: tg.re compiles RE2, matches, finds with captures, reports errors", "[lua][api]") {
  passes(R"~(
    local r = tg.re("(\\w+)=(\\d+)?")
    eq(r:match("key=42"), true, "match") eq(r:match("==="), false, "no match")
    local s, e, k, v = r:find("  abc=12 ")
    eq(s, 3, "start") eq(e, 8, "end") eq(k, "abc", "capture 1") eq(v, "12", "capture 2")
    local s2, e2, k2, v2 = r:find("x= y")
    eq(s2, 1, "start 2") eq(e2, 2, "end 2") eq(k2, "x", "capture") eq(v2, nil, "unmatched group is nil")
    eq(r:find("nothing here"), nil, "no find")
    eq(select(1, r:find("a=1 b=2", 4)), 5, "init")
    eq(tg.re("(\\w+)=(\\d+)?") ~= nil, true, "cached compile")
    eq(tostring(tg.re("a+")), "regex /a+/", "tostring")
    fails(function() tg.re("(abc") end, "tg.re: missing ): (abc")
    fails(function() tg.re(1) end, "bad argument #1 to 're' (string expected, got number)")
    fails(function() r.match("x") end, "bad argument #1 to 'match' (regex expected, got string; call it as r:match(s))")
    fails(function() r:find({}) end, "bad argument #1 to 'find' (string expected, got table)")
  )~");
}

TEST_CASE("api: tg.excerpt quotes a value readably, cut at a character boundary", "[lua][api]") {
  passes(R"~(
    eq(tg.excerpt("nginx:latest"), "nginx:latest", "short value unchanged")
    eq(tg.excerpt(string.rep("a", 5000)), string.rep("a", 97) .. "\u{2026}", "cut to 100 bytes with an ellipsis")
    eq(#tg.excerpt(string.rep("a", 5000)), 100, "100 bytes")
    eq(tg.excerpt(string.rep("\u{e9}", 10), 8), "\u{e9}\u{e9}\u{2026}", "never half a character")
    eq(tg.excerpt(string.rep("b", 8), 8), "bbbbbbbb", "exactly max bytes is not cut")
    eq(tg.excerpt("a\nb\0c\255"), "a\\x0Ab\\x00c\\xFF", "control and invalid bytes escaped")
    fails(function() tg.excerpt("x", 3) end, "bad argument #2 to 'excerpt' (must be between 8 and 4096)")
    fails(function() tg.excerpt({}) end, "bad argument #1 to 'excerpt' (string expected, got table)")
  )~");
}

TEST_CASE("api: tg.k8s finds the pod spec and every container", "[lua][api]") {
  passes(R"~(
    local ps = tg.k8s.pod_spec(doc.root)
    eq(ps, doc.root.spec.template.spec, "pod spec of a Deployment")
    eq(tg.k8s.pod_spec(doc.root.metadata), nil, "no kind")
    eq(tg.k8s.pod_spec(nil), nil, "nil")
    local cs = tg.k8s.containers(doc.root)
    eq(#cs, 2, "two containers")
    eq(cs[1].node.name, "app", "first") eq(cs[1].init, false, "not init")
    eq(cs[2].node.name, "init", "second") eq(cs[2].init, true, "init container")
    eq(#tg.k8s.containers(ps), 2, "from a pod spec")
    fails(function() tg.k8s.containers("x") end, "bad argument #1 to 'containers' (node expected, got string)")
    tg.log("visible", "on", "stderr", 1)
  )~");
}

TEST_CASE("api: ctx.rule and read-only ctx.options", "[lua][api]") {
  passes(R"~(
    eq(ctx.rule, "config.api", "rule id")
    eq(type(ctx.options), "table", "options table")
    eq(next(ctx.options), nil, "empty")
    fails(function() ctx.options.x = 1 end, "attempt to modify read-only table 'ctx.options'")
    fails(function() ctx.rule = "x" end, "attempt to modify a read-only document node")
  )~");
}

TEST_CASE("api: ctx:report at a node, a key, a key's name and a line", "[lua][api]") {
  auto doc = make_doc();
  Result r = run(R"~(
    ctx:report{ at = doc.root.metadata, message = "at a map" }
    ctx:report{ at = doc.root.spec, key = "replicas", message = "at a value", severity = "critical" }
    ctx:report{ at = doc.root.spec, key = "replicas", on = "key", message = "at a key" }
    ctx:report{ at = { line = 2, col = 7 }, message = "at a line" }
    ctx:report{ at = doc.root.spec.template.spec.containers, key = 1, message = "at an item" }
    ctx:report{ at = doc.root.spec, key = "region", message = "at an expr",
                related = { { at = doc.root.metadata, key = "name", message = "the name" }, { at = doc.root.spec } } }
    local img = tg.get(doc.root, "spec.template.spec.containers[1]")
    ctx:report{ at = img, key = "image", message = "hardcoded image tag", secret = "nginx" }
  )~", *doc);
  CHECK(r.error == "");
  REQUIRE(r.hits.size() == 7);
  const RuleHit& map = r.hits[0];
  CHECK(map.rule == 0);
  CHECK(map.doc == doc.get());
  CHECK(map.message == "at a map");
  CHECK(map.span.line == 4);
  CHECK(map.span.col == 3);
  CHECK(map.span.end_line == 6);
  CHECK(map.content_key == "name: web\n  labels:\n    app.kubernetes.io/name: web");
  CHECK_FALSE(map.severity.has_value());

  const RuleHit& value = r.hits[1];
  CHECK(value.span.line == 8);
  CHECK(value.span.col == 13);
  CHECK(value.content_key == "3");
  REQUIRE(value.severity.has_value());
  CHECK(*value.severity == Severity::critical);

  const RuleHit& key = r.hits[2];
  CHECK(key.span.line == 8);
  CHECK(key.span.col == 3);
  CHECK(key.span.end_col == 11);
  CHECK(key.content_key == "replicas");

  const RuleHit& line = r.hits[3];
  CHECK(line.span.line == 2);
  CHECK(line.span.col == 7);
  CHECK(line.span.end_col == 17);
  CHECK(line.content_key == "kind: Deployment");

  const RuleHit& item = r.hits[4];
  CHECK(item.span.line == 16);
  CHECK(item.span.col == 11);

  const RuleHit& expr = r.hits[5];
  CHECK(expr.content_key == "var.region");
  REQUIRE(expr.related.size() == 2);
  CHECK(expr.related[0].path == "deploy/web.yaml");
  CHECK(expr.related[0].span.line == 4);
  CHECK(expr.related[0].span.col == 9);
  CHECK(expr.related[0].message == "the name");
  CHECK(expr.related[1].span.line == 8);
  CHECK(expr.related[1].message == "");

  const RuleHit& secret = r.hits[6];
  REQUIRE(secret.secret.has_value());
  CHECK(*secret.secret == "nginx");
  CHECK(secret.content_key == "\"nginx:${TAG}\"");
}

TEST_CASE("api: ctx:report rejects malformed reports with clear errors", "[lua][api]") {
  passes(R"~(
    local spec = doc.root.spec
    fails(function() ctx:report{ at = spec } end, "ctx:report: field 'message' must be a non-empty string (got nil)")
    fails(function() ctx:report{ at = spec, message = "" } end, "ctx:report: field 'message' must be a non-empty string (got string)")
    fails(function() ctx:report{ at = spec, message = "m", severity = "urgent" } end,
          'ctx:report: field \'severity\' must be one of critical, high, medium, low, info (got "urgent")')
    fails(function() ctx:report{ at = spec, message = "m", mesage = "typo" } end, "ctx:report: unknown field 'mesage'")
    fails(function() ctx:report{ at = spec.replicas, message = "m" } end,
          "ctx:report: field 'at' must be a node or a {line=, col=} (or, in repository scope, {path=, line=}) table (got number; to point at a scalar")
    fails(function() ctx:report{ message = "m" } end, "ctx:report: field 'at' must be a node or a {line=, col=} (or, in repository scope, {path=, line=}) table (got nil")
    fails(function() ctx:report{ at = spec, key = "nope", message = "m" } end, "ctx:report: key nope not found in the map given as 'at'")
    fails(function() ctx:report{ at = spec, key = 1, message = "m" } end, "ctx:report: field 'key' must be a string for a map (got number)")
    fails(function() ctx:report{ at = spec, on = "key", message = "m" } end, 'ctx:report: on = "key" needs a \'key\'')
    fails(function() ctx:report{ at = spec, key = "replicas", on = "name", message = "m" } end, "ctx:report: field 'on' must be \"key\" or \"value\"")
    fails(function() ctx:report{ at = { line = 0 }, message = "m" } end, "ctx:report: field 'at' must have an integer 'line' of at least 1 (got number)")
    fails(function() ctx:report{ at = { line = 99 }, message = "m" } end, "ctx:report: line 99 is past the end of deploy/web.yaml (20 lines)")
    fails(function() ctx:report{ at = spec, message = "token abc123", secret = "abc123" } end, "ctx:report: the message must not include the secret value")
    fails(function() ctx:report{ at = spec, message = "m", secret = 5 } end, "ctx:report: field 'secret' must be a non-empty string (got number)")
    fails(function() ctx:report{ at = spec, message = "m", related = { { at = "x" } } } end, "ctx:report: related[1]: field 'at' must be a node")
    fails(function() ctx:report{ at = spec, message = "m", related = "x" } end, "ctx:report: field 'related' must be a list")
    fails(function() ctx.report{ at = spec, message = "m" } end, "ctx:report must be called with ':'")
    fails(function() ctx:report("m") end, "ctx:report expects a table (got string)")
  )~");
}

TEST_CASE("api: repository scope sees every document", "[lua][api]") {
  auto a = make_doc();
  auto b = make_doc();
  b->kind = "generic-yaml";
  std::vector<const Document*> docs{a.get(), b.get()};
  std::vector<Notification> errors;
  auto rules = load_rules({rule_file(R"~(
    local repo = doc
    eq(#repo.documents, 2, "all documents")
    eq(repo.documents[2].kind, "generic-yaml", "second")
    eq(#repo:documents("kubernetes"), 1, "by kind (method)")
    eq(#repo.documents("generic-yaml"), 1, "by kind (function)")
    eq(#repo:documents("terraform"), 0, "none")
    for _, d in ipairs(repo.documents) do ctx:report{ at = d.root, key = "kind", message = "kind of " .. d.kind } end
  )~", "repository")}, SandboxLimits{}, &errors);
  REQUIRE(errors.empty());
  LuaRuntime rt(rules, SandboxLimits{});
  std::vector<RuleHit> hits;
  std::string error;
  CHECK(rt.run_repository_rule(0, docs, &hits, &error));
  CHECK(error == "");
  REQUIRE(hits.size() == 2);
  CHECK(hits[0].doc == a.get());
  CHECK(hits[1].doc == b.get());
  CHECK(hits[1].message == "kind of generic-yaml");
  // A {line=, col=} location has no document to belong to in repository scope.
  auto rules2 = load_rules({rule_file("ctx:report{ at = { line = 1 }, message = 'm' }", "repository")}, SandboxLimits{}, &errors);
  LuaRuntime rt2(rules2, SandboxLimits{});
  CHECK_FALSE(rt2.run_repository_rule(0, docs, &hits, &error));
  CHECK(error == "rule config.api: rules/config/api.lua:7: ctx:report: a {line=, col=} location needs a document; in "
                 "repository scope pass a node as 'at', or a 'path'");
}

TEST_CASE("api: repository scope reports at a path, in a document of the scan or at a place without one", "[lua][api]") {
  auto a = make_doc();
  std::vector<const Document*> docs{a.get()};
  std::vector<Notification> errors;
  auto rules = load_rules({rule_file(R"~(
    ctx:report{ at = { path = "deploy/web.yaml", line = 2 }, message = "a line of a document" }
    ctx:report{ at = { path = "deploy/web.yaml" }, message = "the document as a whole" }
    ctx:report{ at = { path = "deploy/web.yaml", line = 0 }, message = "line 0: the whole too" }
    ctx:report{ at = { path = "infra/runbooks/" }, message = "a folder that should exist" }
    ctx:report{ at = { path = "docs/dr.png", line = 3 }, message = "a file the rule did not get" }
  )~", "repository")}, SandboxLimits{}, &errors);
  REQUIRE(errors.empty());
  LuaRuntime rt(rules, SandboxLimits{});
  std::vector<RuleHit> hits;
  std::string error;
  REQUIRE(rt.run_repository_rule(0, docs, &hits, &error));
  REQUIRE(hits.size() == 5);
  CHECK(hits[0].doc == a.get());
  CHECK(hits[0].span.line == 2);
  for (size_t i : {1, 2, 3}) {
    CHECK(hits[i].doc == nullptr);
    CHECK(hits[i].span.line == 0);
  }
  CHECK(hits[1].path == "deploy/web.yaml");
  CHECK(hits[3].path == "infra/runbooks/");
  CHECK((hits[4].doc == nullptr && hits[4].path == "docs/dr.png" && hits[4].span.line == 3));
  Finding f = make_finding(hits[3], rules[0].info);
  CHECK(f.location.path == "infra/runbooks/");
  CHECK(f.location.span.line == 0);
  CHECK(f.snippet.empty());
  // A path is for repository rules, and must be a one-line string.
  for (const char* body : {"ctx:report{ at = { path = '' }, message = 'm' }", "ctx:report{ at = { path = 'a\\nb' }, message = 'm' }",
                           "ctx:report{ at = { path = 3 }, message = 'm' }"}) {
    auto bad = load_rules({rule_file(body, "repository")}, SandboxLimits{}, &errors);
    LuaRuntime rt2(bad, SandboxLimits{});
    INFO(body);
    CHECK_FALSE(rt2.run_repository_rule(0, docs, &hits, &error));
    CHECK(error.find("field 'path' must be a non-empty one-line string") != std::string::npos);
  }
  Result r = run("ctx:report{ at = { path = 'x.yaml', line = 1 }, message = 'm' }", *a);
  CHECK_FALSE(r.ok);
  CHECK(r.error.find("a {path=} location is for repository rules") != std::string::npos);
}

TEST_CASE("api: a document without a tree has a nil root and still has lines", "[lua][api]") {
  Document doc;
  doc.source = SourceText::make("notes.txt", "pipeline {\n}\n");
  doc.kind = "text";
  Result r = run(R"~(
    eq(doc.root, nil, "no root")
    eq(doc.format, "text", "text format")
    eq(doc:line(1), "pipeline {", "line 1")
    ctx:report{ at = { line = 2 }, message = "closing brace" }
    ctx:report{ at = doc, message = "whole document" }
  )~", doc);
  CHECK(r.error == "");
  REQUIRE(r.hits.size() == 2);
  CHECK(r.hits[0].span.line == 2);
  CHECK(r.hits[0].span.col == 1);
  CHECK(r.hits[0].content_key == "}");
  CHECK(r.hits[1].span.line == 1);
  CHECK(r.hits[1].content_key == "pipeline {");
}
