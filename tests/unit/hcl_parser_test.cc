// parse_hcl: the Terraform-JSON shape of docs/document-model.md ("HCL"), spans, references and errors.
#include <catch2/catch.hpp>

#include <string>

#include "tollgate/parsers.h"

using namespace tollgate;

namespace {

ParseResult hcl(std::string text, std::string path = "main.tf") {
  return parse_hcl(SourceText::make(std::move(path), std::move(text)));
}

// The one document of a successful parse.
const Document& doc_of(const ParseResult& r) {
  INFO((r.error ? r.error->message : std::string("no error")));
  REQUIRE_FALSE(r.error);
  REQUIRE(r.documents.size() == 1);
  return *r.documents[0];
}

std::string span_str(const Span& s) {
  return std::to_string(s.line) + ":" + std::to_string(s.col) + "-" + std::to_string(s.end_line) + ":" +
         std::to_string(s.end_col);
}

const Node* path(const Node* n, std::initializer_list<const char*> keys) {
  for (const char* k : keys) {
    REQUIRE(n);
    n = n->get(k);
  }
  REQUIRE(n);
  return n;
}

std::vector<std::string> refs(const Node* n) { return n->refs; }

}  // namespace

TEST_CASE("hcl: a resource nests under type and name, with exact spans", "[hcl]") {
  auto r = hcl(
      "resource \"aws_s3_bucket\" \"logs\" {\n"
      "  bucket = \"my-logs\"\n"
      "  acl    = \"private\"\n"
      "}\n");
  const Document& d = doc_of(r);
  CHECK(d.format == Format::hcl);
  CHECK(d.index == 0);
  CHECK(span_str(d.root->span) == "1:1-5:1");
  const Entry* res = d.root->entry("resource");
  REQUIRE(res);
  CHECK(span_str(res->key_span) == "1:1-1:9");
  const Entry* type = res->value->entry("aws_s3_bucket");
  REQUIRE(type);
  CHECK(span_str(type->key_span) == "1:10-1:25");
  const Entry* name = type->value->entry("logs");
  REQUIRE(name);
  CHECK(span_str(name->key_span) == "1:26-1:32");
  const Node* body = name->value;
  CHECK(body->is_map());
  // The body spans the whole block, keyword to closing brace.
  CHECK(span_str(body->span) == "1:1-4:2");
  CHECK(body->span.begin == 0);
  CHECK(body->span.end == 77);
  REQUIRE(body->size() == 2);
  CHECK(body->entries[0].key == "bucket");
  CHECK(span_str(body->entries[0].key_span) == "2:3-2:9");
  const Node* bucket = body->get("bucket");
  CHECK(bucket->is_string());
  CHECK(bucket->text == "my-logs");
  CHECK_FALSE(bucket->quoted);
  CHECK(span_str(bucket->span) == "2:12-2:21");
  CHECK(body->entries[1].key == "acl");
  CHECK(body->get("acl")->text == "private");
}

TEST_CASE("hcl: every Terraform block kind lands where Terraform JSON puts it", "[hcl]") {
  auto r = hcl(
      "terraform {\n"
      "  required_version = \">= 1.5\"\n"
      "  backend \"s3\" {\n"
      "    bucket = \"state\"\n"
      "  }\n"
      "}\n"
      "variable \"region\" {\n"
      "  type    = string\n"
      "  default = \"eu-west-1\"\n"
      "}\n"
      "data \"aws_ami\" \"ubuntu\" {}\n"
      "module \"net\" {\n"
      "  source = \"./modules/net\"\n"
      "}\n"
      "output \"id\" {\n"
      "  value = module.net.vpc_id\n"
      "}\n"
      "provider \"aws\" {\n"
      "  region = var.region\n"
      "}\n");
  const Document& d = doc_of(r);
  CHECK(path(d.root, {"terraform", "required_version"})->text == ">= 1.5");
  CHECK(path(d.root, {"terraform", "backend", "s3", "bucket"})->text == "state");
  const Node* type = path(d.root, {"variable", "region", "type"});
  CHECK(type->type == NodeType::expr);
  CHECK(type->text == "string");
  CHECK(path(d.root, {"variable", "region", "default"})->text == "eu-west-1");
  const Node* ami = path(d.root, {"data", "aws_ami", "ubuntu"});
  CHECK(ami->is_map());
  CHECK(ami->size() == 0);
  CHECK(span_str(ami->span) == "11:1-11:27");
  CHECK(path(d.root, {"module", "net", "source"})->text == "./modules/net");
  const Node* out = path(d.root, {"output", "id", "value"});
  CHECK(out->type == NodeType::expr);
  CHECK(refs(out) == std::vector<std::string>{"module.net.vpc_id"});
  CHECK(refs(path(d.root, {"provider", "aws", "region"})) == std::vector<std::string>{"var.region"});
  std::vector<std::string> keys;
  for (const Entry& e : d.root->entries) keys.push_back(e.key);
  CHECK(keys == std::vector<std::string>{"terraform", "variable", "data", "module", "output", "provider"});
}

TEST_CASE("hcl: identifier labels are keys like quoted ones", "[hcl]") {
  auto r = hcl("resource aws_instance web {\n  ami = \"ami-1\"\n}\n");
  const Document& d = doc_of(r);
  const Entry* e = path(d.root, {"resource", "aws_instance"})->entry("web");
  REQUIRE(e);
  CHECK(span_str(e->key_span) == "1:23-1:26");
  CHECK(e->value->get("ami")->text == "ami-1");
}

TEST_CASE("hcl: several resources of one type share the type map", "[hcl]") {
  auto r = hcl(
      "resource \"aws_instance\" \"a\" {}\n"
      "resource \"aws_instance\" \"b\" {}\n"
      "resource \"aws_s3_bucket\" \"c\" {}\n");
  const Document& d = doc_of(r);
  const Node* res = d.root->get("resource");
  REQUIRE(res->size() == 2);
  const Node* inst = res->get("aws_instance");
  REQUIRE(inst->size() == 2);
  CHECK(inst->entries[0].key == "a");
  CHECK(inst->entries[1].key == "b");
  CHECK(span_str(inst->entries[1].value->span) == "2:1-2:31");
  CHECK(res->get("aws_s3_bucket")->get("c"));
}

TEST_CASE("hcl: locals blocks merge into one map", "[hcl]") {
  auto r = hcl(
      "locals {\n"
      "  a = 1\n"
      "}\n"
      "locals {\n"
      "  b = \"two\"\n"
      "}\n");
  const Document& d = doc_of(r);
  REQUIRE(d.root->size() == 1);
  const Entry* loc = d.root->entry("locals");
  CHECK(span_str(loc->key_span) == "1:1-1:7");
  const Node* l = loc->value;
  REQUIRE(l->is_map());
  REQUIRE(l->size() == 2);
  CHECK(l->get("a")->type == NodeType::integer);
  CHECK(l->get("a")->text == "1");
  CHECK(l->get("b")->text == "two");
  CHECK(span_str(l->entries[1].key_span) == "5:3-5:4");
}

TEST_CASE("hcl: nested blocks are a map once and a seq when repeated", "[hcl]") {
  auto r = hcl(
      "resource \"aws_security_group\" \"web\" {\n"
      "  ingress {\n"
      "    from_port   = 443\n"
      "    cidr_blocks = [\"0.0.0.0/0\"]\n"
      "  }\n"
      "  ingress {\n"
      "    from_port = 22\n"
      "  }\n"
      "  egress {\n"
      "    from_port = 0\n"
      "  }\n"
      "  lifecycle {\n"
      "    ignore_changes = all\n"
      "  }\n"
      "}\n");
  const Document& d = doc_of(r);
  const Node* sg = path(d.root, {"resource", "aws_security_group", "web"});
  const Entry* ing = sg->entry("ingress");
  REQUIRE(ing);
  CHECK(span_str(ing->key_span) == "2:3-2:10");
  REQUIRE(ing->value->is_seq());
  REQUIRE(ing->value->size() == 2);
  CHECK(span_str(ing->value->at(0)->span) == "2:3-5:4");
  CHECK(span_str(ing->value->at(1)->span) == "6:3-8:4");
  CHECK(span_str(ing->value->entries[1].key_span) == "6:3-8:4");
  CHECK(ing->value->at(0)->get("from_port")->text == "443");
  CHECK(ing->value->at(0)->get("cidr_blocks")->at(0)->text == "0.0.0.0/0");
  CHECK(ing->value->at(1)->get("from_port")->text == "22");
  const Node* eg = sg->get("egress");
  REQUIRE(eg->is_map());
  CHECK(eg->get("from_port")->text == "0");
  const Node* ic = path(sg, {"lifecycle", "ignore_changes"});
  CHECK(ic->type == NodeType::expr);
  CHECK(ic->text == "all");
  CHECK(span_str(ic->span) == "13:22-13:25");
  CHECK(sg->entries.size() == 3);
}

TEST_CASE("hcl: two blocks on the same path make a seq of bodies", "[hcl]") {
  auto r = hcl(
      "provider \"aws\" {\n"
      "  region = \"us-east-1\"\n"
      "}\n"
      "provider \"aws\" {\n"
      "  alias  = \"west\"\n"
      "  region = \"us-west-2\"\n"
      "}\n"
      "provider \"aws\" {\n"
      "  alias = \"eu\"\n"
      "}\n");
  const Document& d = doc_of(r);
  const Entry* aws = d.root->get("provider")->entry("aws");
  REQUIRE(aws);
  CHECK(span_str(aws->key_span) == "1:10-1:15");
  REQUIRE(aws->value->is_seq());
  REQUIRE(aws->value->size() == 3);
  CHECK(aws->value->at(0)->get("region")->text == "us-east-1");
  CHECK(aws->value->at(1)->get("alias")->text == "west");
  CHECK(aws->value->at(2)->get("alias")->text == "eu");
  CHECK(span_str(aws->value->at(2)->span) == "8:1-10:2");
}

TEST_CASE("hcl: dynamic blocks nest under dynamic and their label", "[hcl]") {
  auto r = hcl(
      "resource \"aws_security_group\" \"sg\" {\n"
      "  dynamic \"ingress\" {\n"
      "    for_each = var.rules\n"
      "    content {\n"
      "      from_port = ingress.value.port\n"
      "    }\n"
      "  }\n"
      "}\n");
  const Document& d = doc_of(r);
  const Node* dyn = path(d.root, {"resource", "aws_security_group", "sg", "dynamic", "ingress"});
  CHECK(refs(dyn->get("for_each")) == std::vector<std::string>{"var.rules"});
  const Node* port = path(dyn, {"content", "from_port"});
  CHECK(port->type == NodeType::expr);
  CHECK(refs(port) == std::vector<std::string>{"ingress.value.port"});
  CHECK(span_str(d.root->get("resource")->get("aws_security_group")->get("sg")->entry("dynamic")->key_span) ==
        "2:3-2:10");
}

TEST_CASE("hcl: literal scalars are typed", "[hcl]") {
  auto r = hcl(
      "i = 42\n"
      "n = -7\n"
      "f = 3.25\n"
      "e = 1.5e3\n"
      "t = true\n"
      "b = false\n"
      "z = null\n"
      "s = \"\"\n");
  const Document& d = doc_of(r);
  const Node* root = d.root;
  CHECK(root->get("i")->type == NodeType::integer);
  CHECK(root->get("i")->text == "42");
  CHECK(root->get("n")->type == NodeType::integer);
  CHECK(root->get("n")->text == "-7");
  CHECK(span_str(root->get("n")->span) == "2:5-2:7");
  CHECK(root->get("f")->type == NodeType::floating);
  CHECK(root->get("f")->text == "3.25");
  CHECK(root->get("e")->type == NodeType::floating);
  CHECK(root->get("e")->text == "1.5e3");
  CHECK(root->get("t")->type == NodeType::boolean);
  CHECK(root->get("t")->text == "true");
  CHECK(root->get("b")->text == "false");
  CHECK(root->get("z")->type == NodeType::null);
  CHECK(span_str(root->get("z")->span) == "7:5-7:9");
  CHECK(root->get("s")->is_string());
  CHECK(root->get("s")->text == "");
}

TEST_CASE("hcl: quoted string escapes are decoded", "[hcl]") {
  auto r = hcl("s = \"a\\nb\\t\\\"q\\\" \\\\ \\u00e9 \\U0001F600 $${lit} %%{dir}\"\n");
  const Document& d = doc_of(r);
  const Node* s = d.root->get("s");
  REQUIRE(s->is_string());
  CHECK(s->text == "a\nb\t\"q\" \\ \xC3\xA9 \xF0\x9F\x98\x80 ${lit} %{dir}");
  CHECK(s->refs.empty());
}

TEST_CASE("hcl: tuples and objects become seqs and maps, with expr elements inside", "[hcl]") {
  auto r = hcl(
      "tags = {\n"
      "  Name    = \"web\"\n"
      "  \"Owner\" = var.owner\n"
      "  Cost: 12\n"
      "}\n"
      "list = [1, \"two\", [3.5], { a = true }]\n");
  const Document& d = doc_of(r);
  const Node* tags = d.root->get("tags");
  REQUIRE(tags->is_map());
  CHECK(span_str(tags->span) == "1:8-5:2");
  REQUIRE(tags->size() == 3);
  CHECK(tags->entries[0].key == "Name");
  CHECK(span_str(tags->entries[0].key_span) == "2:3-2:7");
  CHECK(tags->entries[1].key == "Owner");
  CHECK(span_str(tags->entries[1].key_span) == "3:3-3:10");
  const Node* owner = tags->get("Owner");
  CHECK(owner->type == NodeType::expr);
  CHECK(owner->text == "var.owner");
  CHECK(refs(owner) == std::vector<std::string>{"var.owner"});
  CHECK(span_str(owner->span) == "3:13-3:22");
  CHECK(tags->get("Cost")->text == "12");
  const Node* list = d.root->get("list");
  REQUIRE(list->is_seq());
  REQUIRE(list->size() == 4);
  CHECK(list->at(0)->type == NodeType::integer);
  CHECK(list->at(1)->text == "two");
  CHECK(span_str(list->entries[1].key_span) == "6:12-6:17");
  CHECK(list->at(2)->at(0)->type == NodeType::floating);
  CHECK(list->at(3)->get("a")->type == NodeType::boolean);
}

TEST_CASE("hcl: an object with a computed key is one expression", "[hcl]") {
  auto r = hcl("m = { (var.k) = 1, \"${local.p}x\" = 2 }\n");
  const Document& d = doc_of(r);
  const Node* m = d.root->get("m");
  CHECK(m->type == NodeType::expr);
  CHECK(m->text == "{ (var.k) = 1, \"${local.p}x\" = 2 }");
  CHECK(refs(m) == std::vector<std::string>{"var.k", "local.p"});
}

TEST_CASE("hcl: templates with interpolation are expressions with their refs", "[hcl]") {
  auto r = hcl(
      "name = \"${var.prefix}-app-${terraform.workspace}\"\n"
      "cond = \"%{ if var.on }yes%{ endif }\"\n");
  const Document& d = doc_of(r);
  const Node* name = d.root->get("name");
  CHECK(name->type == NodeType::expr);
  CHECK(name->text == "\"${var.prefix}-app-${terraform.workspace}\"");
  CHECK(span_str(name->span) == "1:8-1:50");
  CHECK(refs(name) == std::vector<std::string>{"var.prefix", "terraform.workspace"});
  CHECK(refs(d.root->get("cond")) == std::vector<std::string>{"var.on"});
}

TEST_CASE("hcl: references are traversals as written, de-duplicated, in order", "[hcl]") {
  auto r = hcl(
      "a = aws_instance.web[0].id\n"
      "b = aws_instance.web[*].private_ip\n"
      "c = data.aws_ami.ubuntu.id\n"
      "d = aws_s3_bucket.logs.arn\n"
      "e = each.value\n"
      "f = \"${count.index}-${count.index}\"\n"
      "g = var.list[count.index]\n"
      "h = merge(local.tags, { Name = var.name }, local.tags)\n"
      "i = length(aws_instance.web.*.id) > 0 ? module.a.x : null\n"
      "j = !var.enabled\n");
  const Document& d = doc_of(r);
  auto R = [&](const char* k) { return refs(d.root->get(k)); };
  using V = std::vector<std::string>;
  CHECK(R("a") == V{"aws_instance.web[0].id"});
  CHECK(R("b") == V{"aws_instance.web[*].private_ip"});
  CHECK(R("c") == V{"data.aws_ami.ubuntu.id"});
  CHECK(R("d") == V{"aws_s3_bucket.logs.arn"});
  CHECK(R("e") == V{"each.value"});
  CHECK(R("f") == V{"count.index"});
  CHECK(R("g") == V{"var.list[count.index]", "count.index"});
  CHECK(R("h") == V{"local.tags", "var.name"});
  CHECK(R("i") == V{"aws_instance.web.*.id", "module.a.x"});
  CHECK(R("j") == V{"var.enabled"});
  CHECK(d.root->get("h")->type == NodeType::expr);
  CHECK(d.root->get("h")->text == "merge(local.tags, { Name = var.name }, local.tags)");
}

TEST_CASE("hcl: for-expression variables are not references", "[hcl]") {
  auto r = hcl(
      "ids  = [for k, v in aws_instance.web : v.id if k != var.skip]\n"
      "m    = { for s in var.subnets : s.name => s.cidr... }\n"
      "t    = \"%{ for x in local.xs }${x}-${var.sep}%{ endfor }\"\n"
      "out  = [for s in var.a : [for t in s.items : t]]\n");
  const Document& d = doc_of(r);
  using V = std::vector<std::string>;
  CHECK(refs(d.root->get("ids")) == V{"aws_instance.web", "var.skip"});
  CHECK(refs(d.root->get("m")) == V{"var.subnets"});
  CHECK(refs(d.root->get("t")) == V{"local.xs", "var.sep"});
  CHECK(refs(d.root->get("out")) == V{"var.a"});
  CHECK(d.root->get("ids")->text == "[for k, v in aws_instance.web : v.id if k != var.skip]");
}

TEST_CASE("hcl: heredocs", "[hcl]") {
  auto r = hcl(
      "resource \"x\" \"y\" {\n"
      "  policy = <<EOT\n"
      "{\n"
      "  \"a\": \"$${b}\"\n"
      "}\n"
      "EOT\n"
      "  script = <<-EOF\n"
      "    #!/bin/sh\n"
      "\n"
      "      echo hi\n"
      "    EOF\n"
      "  tpl = <<-EOT\n"
      "    name=${var.name}\n"
      "  EOT\n"
      "  empty = <<EOT\n"
      "EOT\n"
      "}\n");
  const Document& d = doc_of(r);
  const Node* y = path(d.root, {"resource", "x", "y"});
  const Node* policy = y->get("policy");
  REQUIRE(policy->is_string());
  CHECK(policy->quoted);
  CHECK(policy->text == "{\n  \"a\": \"${b}\"\n}\n");
  CHECK(span_str(policy->span) == "2:12-6:4");
  const Node* script = y->get("script");
  REQUIRE(script->is_string());
  CHECK(script->quoted);
  CHECK(script->text == "#!/bin/sh\n\n  echo hi\n");
  const Node* tpl = y->get("tpl");
  CHECK(tpl->type == NodeType::expr);
  CHECK(refs(tpl) == std::vector<std::string>{"var.name"});
  CHECK(tpl->text == "<<-EOT\n    name=${var.name}\n  EOT");
  CHECK(y->get("empty")->is_string());
  CHECK(y->get("empty")->text == "");
}

TEST_CASE("hcl: function calls, conditionals and splats are expressions", "[hcl]") {
  auto r = hcl(
      "count  = var.create ? 1 : 0\n"
      "cidr   = cidrsubnet(module.vpc.cidr, 8, count.index)\n"
      "ips    = aws_instance.web[*].private_ip\n"
      "secret = file(\"${path.module}/key.pem\")\n");
  const Document& d = doc_of(r);
  const Node* c = d.root->get("count");
  CHECK(c->type == NodeType::expr);
  CHECK(c->text == "var.create ? 1 : 0");
  CHECK(refs(c) == std::vector<std::string>{"var.create"});
  CHECK(refs(d.root->get("cidr")) == std::vector<std::string>{"module.vpc.cidr", "count.index"});
  CHECK(span_str(d.root->get("cidr")->span) == "2:10-2:53");
  CHECK(refs(d.root->get("ips")) == std::vector<std::string>{"aws_instance.web[*].private_ip"});
  CHECK(refs(d.root->get("secret")) == std::vector<std::string>{"path.module"});
}

TEST_CASE("hcl: .tfvars files are plain attributes", "[hcl]") {
  auto r = hcl(
      "region        = \"eu-west-1\"\n"
      "instance_type = \"t3.micro\"\n"
      "replicas      = 3\n"
      "db_password   = \"hunter2\" # a hardcoded secret\n"
      "subnets       = [\"a\", \"b\"]\n"
      "tags = {\n"
      "  env = \"prod\"\n"
      "}\n",
      "prod.tfvars");
  const Document& d = doc_of(r);
  REQUIRE(d.root->size() == 6);
  CHECK(d.root->get("region")->text == "eu-west-1");
  CHECK(d.root->get("replicas")->type == NodeType::integer);
  const Entry* pw = d.root->entry("db_password");
  CHECK(pw->value->text == "hunter2");
  CHECK(span_str(pw->key_span) == "4:1-4:12");
  CHECK(span_str(pw->value->span) == "4:17-4:26");
  CHECK(d.root->get("subnets")->size() == 2);
  CHECK(path(d.root, {"tags", "env"})->text == "prod");
}

TEST_CASE("hcl: empty and comment-only files are an empty map", "[hcl]") {
  for (const char* text : {"", "# nothing\n// here\n/* or here */\n"}) {
    auto r = hcl(text);
    const Document& d = doc_of(r);
    REQUIRE(d.root);
    CHECK(d.root->is_map());
    CHECK(d.root->size() == 0);
  }
}

TEST_CASE("hcl: columns count code points", "[hcl]") {
  auto r = hcl("név = \"é\" \n\"ü\" = 1\nx = \"ü\"\n");
  // An identifier with é is not valid HCL in every grammar; only check what parsed.
  if (r.error) return;
  const Document& d = doc_of(r);
  CHECK(span_str(d.root->get("x")->span) == "3:5-3:8");
}

TEST_CASE("hcl: code point columns on a string value", "[hcl]") {
  auto r = hcl("a = \"ééé\"\nb = 1\n");
  const Document& d = doc_of(r);
  CHECK(span_str(d.root->get("a")->span) == "1:5-1:10");
  CHECK(d.root->get("a")->span.end == 12);
  CHECK(d.root->get("a")->text == "ééé");
}

TEST_CASE("hcl: a missing brace is a located error and nothing is kept", "[hcl]") {
  auto r = hcl("resource \"a\" \"b\" {\n  x = 1\n");
  REQUIRE(r.error);
  CHECK(r.error->message == "missing '}'");
  CHECK(r.error->offset == 27);
  CHECK(span_str(r.error->span) == "3:1-3:1");
  CHECK(r.documents.empty());
}

TEST_CASE("hcl: an unexpected token names the text there", "[hcl]") {
  auto r = hcl("resource \"a\" \"b\" {\n  x = \n}\nok = 1\n");
  REQUIRE(r.error);
  // The value is missing: the error is where it should start, the end of line 2.
  CHECK(r.error->message == "unexpected newline");
  CHECK(r.error->offset == 25);
  CHECK(r.error->span.line == 2);
  CHECK(r.error->span.col == 7);
  CHECK(r.documents.empty());

  auto t = hcl("a = [1 2]\n");
  REQUIRE(t.error);
  CHECK(t.error->message == "unexpected '2]'");
  CHECK(t.error->offset == 7);
  CHECK(t.documents.empty());
}

TEST_CASE("hcl: an error excerpt is at most 20 bytes of one line", "[hcl]") {
  auto r = hcl("a = 1\n} } } } } } } } } } } } } } } } }\n");
  REQUIRE(r.error);
  CHECK(r.error->message == "unexpected '} } } } } } } } } } '");
  CHECK(r.error->span.line == 2);
  CHECK(r.error->span.col == 1);
}

TEST_CASE("hcl: nesting is limited to kMaxDepth", "[hcl]") {
  auto nested = [](int n) { return "a = " + std::string(n, '[') + "1" + std::string(n, ']') + "\n"; };
  // The attribute value is one level and each bracket another.
  auto ok = hcl(nested(kMaxDepth - 1));
  REQUIRE_FALSE(ok.error);
  const Node* n = ok.documents[0]->root->get("a");
  for (int i = 0; i < kMaxDepth - 1; ++i) {
    REQUIRE(n->is_seq());
    n = n->at(0);
  }
  CHECK(n->text == "1");

  auto deep = hcl(nested(kMaxDepth));
  REQUIRE(deep.error);
  CHECK(deep.error->message == "nesting deeper than 256 levels");
  CHECK(deep.error->offset == 4 + kMaxDepth);
  CHECK(deep.documents.empty());

  auto blocks = hcl([] {
    std::string s;
    for (int i = 0; i < 300; ++i) s += "b {\n";
    for (int i = 0; i < 300; ++i) s += "}\n";
    return s;
  }());
  REQUIRE(blocks.error);
  CHECK(blocks.error->message == "nesting deeper than 256 levels");
  CHECK(blocks.error->offset == 4 * 256);

  auto calls = hcl("a = " + [] {
    std::string s;
    for (int i = 0; i < 5000; ++i) s += "f(";
    s += "var.x";
    for (int i = 0; i < 5000; ++i) s += ")";
    return s;
  }() + "\n");
  REQUIRE(calls.error);
  CHECK(calls.error->message == "nesting deeper than 256 levels");
}

TEST_CASE("hcl: invalid UTF-8 never crashes", "[hcl]") {
  auto r = hcl("a = \"\xff\xfe\x80\"\nb = 2\n");
  if (!r.error) {
    CHECK(r.documents[0]->root->get("a")->text == "\xff\xfe\x80");
    CHECK(r.documents[0]->root->get("b")->text == "2");
  } else {
    CHECK(r.documents.empty());
  }
  auto garbage = hcl(std::string("\x00\xc3\x28 = {{{ \xe2\x82 ]]] \"", 19));
  REQUIRE(garbage.error);
  // Messages stay valid UTF-8: control bytes and invalid sequences are quoted as \xNN.
  CHECK(garbage.error->message.rfind("unexpected '\\x00\\xC3( = {{{ ", 0) == 0);
  CHECK(garbage.error->offset == 0);
  CHECK(garbage.documents.empty());
}

TEST_CASE("hcl: a large generated file parses and keeps every resource", "[hcl]") {
  std::string text;
  for (int i = 0; i < 2000; ++i)
    text += "resource \"aws_instance\" \"r" + std::to_string(i) + "\" {\n  ami = var.ami\n  tags = { n = " +
            std::to_string(i) + " }\n}\n";
  auto r = hcl(text);
  const Document& d = doc_of(r);
  const Node* inst = path(d.root, {"resource", "aws_instance"});
  REQUIRE(inst->size() == 2000);
  CHECK(path(inst, {"r1999", "tags", "n"})->text == "1999");
  CHECK(inst->entries[1999].value->span.line == 7997);
}
