// parse_groovy: the Jenkinsfile shape of docs/document-model.md ("Groovy / Jenkinsfile"): calls, closures,
// statements, strings, spans and errors.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "parser_test_support.h"
#include "tollgate/parsers.h"

using namespace tollgate;

namespace {

ParseResult groovy(std::string text) { return parse_groovy(SourceText::make("Jenkinsfile", std::move(text))); }

const Node* root_of(const ParseResult& r) {
  INFO((r.error ? r.error->message + " at " + std::to_string(r.error->span.line) + ":" +
                      std::to_string(r.error->span.col)
                : std::string("no error")));
  REQUIRE_FALSE(r.error);
  REQUIRE(r.documents.size() == 1);
  CHECK(r.documents[0]->format == Format::groovy);
  REQUIRE(r.documents[0]->root);
  REQUIRE(r.documents[0]->root->is_seq());
  test::check_spans_consistent(*r.documents[0]->source, r.documents[0]->root);
  return r.documents[0]->root;
}

std::string span_str(const Span& s) {
  return std::to_string(s.line) + ":" + std::to_string(s.col) + "-" + std::to_string(s.end_line) + ":" +
         std::to_string(s.end_col);
}

// The calls of a statement list, by name.
std::vector<std::string> calls(const Node* body) {
  std::vector<std::string> out;
  for (const Entry& e : body->entries)
    out.push_back(e.value->get("call") ? e.value->get("call")->text : "stmt:" + e.value->get("stmt")->text);
  return out;
}

std::vector<std::string> texts(const Node* seq) {
  std::vector<std::string> out;
  for (const Entry& e : seq->entries) out.push_back(e.value->text);
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("groovy: a declarative pipeline is nested calls with bodies, exact spans", "[groovy]") {
  auto r = groovy(
      "pipeline {\n"
      "  agent any\n"
      "  stages {\n"
      "    stage('Build') {\n"
      "      steps {\n"
      "        sh 'make test'\n"
      "      }\n"
      "    }\n"
      "  }\n"
      "}\n");
  const Node* root = root_of(r);
  REQUIRE(root->size() == 1);
  const Node* pipeline = root->at(0);
  CHECK(pipeline->get("call")->text == "pipeline");
  CHECK(span_str(pipeline->span) == "1:1-10:2");
  CHECK(span_str(pipeline->get("call")->span) == "1:1-1:9");
  CHECK(pipeline->get("args")->size() == 0);
  CHECK(pipeline->get("named")->size() == 0);
  const Node* body = pipeline->get("body");
  CHECK(calls(body) == V{"agent", "stages"});

  const Node* agent = body->at(0);
  REQUIRE(agent->get("args")->size() == 1);
  CHECK(agent->get("args")->at(0)->type == NodeType::expr);
  CHECK(agent->get("args")->at(0)->text == "any");
  CHECK(agent->get("body") == nullptr);
  CHECK(span_str(agent->span) == "2:3-2:12");

  const Node* stage = body->at(1)->get("body")->at(0);
  CHECK(stage->get("call")->text == "stage");
  CHECK(texts(stage->get("args")) == V{"Build"});
  CHECK(span_str(stage->get("args")->at(0)->span) == "4:11-4:18");
  CHECK(span_str(stage->span) == "4:5-8:6");
  const Node* sh = stage->get("body")->at(0)->get("body")->at(0);
  CHECK(sh->get("call")->text == "sh");
  CHECK(texts(sh->get("args")) == V{"make test"});
  CHECK(span_str(sh->span) == "6:9-6:23");
  CHECK(span_str(sh->get("args")->at(0)->span) == "6:12-6:23");
}

TEST_CASE("groovy: named arguments with and without parentheses, and calls as arguments", "[groovy]") {
  auto r = groovy(
      "sh(script: 'exit 1', returnStatus: true)\n"
      "input message: 'Deploy?', ok: 'Yes', submitter: 'ops'\n"
      "withCredentials([usernamePassword(credentialsId: 'gh', usernameVariable: 'U', passwordVariable: 'P')]) {\n"
      "  sh 'git push'\n"
      "}\n"
      "timeout(time: 5, unit: 'MINUTES') { echo 'x' }\n");
  const Node* root = root_of(r);
  CHECK(calls(root) == V{"sh", "input", "withCredentials", "timeout"});

  const Node* sh = root->at(0);
  CHECK(sh->get("args")->size() == 0);
  const Node* named = sh->get("named");
  REQUIRE(named->size() == 2);
  CHECK(named->entries[0].key == "script");
  CHECK(span_str(named->entries[0].key_span) == "1:4-1:10");
  CHECK(named->get("script")->text == "exit 1");
  CHECK(named->get("returnStatus")->type == NodeType::boolean);
  CHECK(named->get("returnStatus")->text == "true");
  CHECK(span_str(named->span) == "1:4-1:40");

  const Node* input = root->at(1);
  CHECK(input->get("named")->get("message")->text == "Deploy?");
  CHECK(input->get("named")->get("submitter")->text == "ops");
  CHECK(span_str(input->span) == "2:1-2:54");

  const Node* creds = root->at(2)->get("args")->at(0);
  REQUIRE(creds->is_seq());
  const Node* up = creds->at(0);
  CHECK(up->get("call")->text == "usernamePassword");
  CHECK(up->get("named")->get("credentialsId")->text == "gh");
  CHECK(calls(root->at(2)->get("body")) == V{"sh"});

  const Node* timeout = root->at(3);
  CHECK(timeout->get("named")->get("time")->type == NodeType::integer);
  CHECK(timeout->get("named")->get("time")->text == "5");
  CHECK(calls(timeout->get("body")) == V{"echo"});
  CHECK(span_str(timeout->span) == "6:1-6:47");
}

TEST_CASE("groovy: strings of every kind keep their decoded text, GStrings their references", "[groovy]") {
  auto r = groovy(
      "a 'single $NOT_GROOVY \\' \\n'\n"
      "b \"double ${params.BRANCH} $env.USER \\$HOME \\\"q\\\"\"\n"
      "c '''raw\n$x'''\n"
      "d \"\"\"multi\n${tool 'jdk'}/bin\"\"\"\n"
      "e(/slashy \\/ \\d+ $v/)\n"
      "f($/dollar $$ $/ \\d ${w}/$)\n"
      "g \"\\u00e9\\t\"\n");
  const Node* root = root_of(r);
  auto arg = [&](size_t i) { return root->at(i)->get("args")->at(0); };
  CHECK(arg(0)->text == "single $NOT_GROOVY ' \n");
  CHECK(arg(0)->refs.empty());  // the shell's variable, not Groovy's
  CHECK(arg(1)->text == "double ${params.BRANCH} $env.USER $HOME \"q\"");
  CHECK(arg(1)->refs == V{"params.BRANCH", "env.USER"});
  CHECK(span_str(arg(1)->span) == "2:3-2:51");
  CHECK(arg(2)->text == "raw\n$x");
  CHECK(arg(2)->refs.empty());
  CHECK(span_str(arg(2)->span) == "3:3-4:6");
  CHECK(arg(3)->text == "multi\n${tool 'jdk'}/bin");
  CHECK(arg(3)->refs.empty());  // a call is not a reference; its arguments' names would be
  CHECK(arg(4)->text == "slashy / \\d+ $v");
  CHECK(arg(4)->refs == V{"v"});
  CHECK(arg(5)->text == "dollar $ / \\d ${w}");
  CHECK(arg(5)->refs == V{"w"});
  CHECK(arg(6)->text == "\xC3\xA9\t");
}

TEST_CASE("groovy: assignments, declarations and methods", "[groovy]") {
  auto r = groovy(
      "def version = sh(script: 'git describe', returnStdout: true).trim()\n"
      "String a, b = 'x'\n"
      "env.DEPLOY = \"yes\"\n"
      "count += 1\n"
      "def jdk = tool name: 'jdk17', type: 'jdk'\n"
      "def (x, y) = [1, 2]\n"
      "def build(String target, flags = '') {\n"
      "  sh \"make ${target}\"\n"
      "}\n");
  const Node* root = root_of(r);
  CHECK(calls(root) == V{"stmt:assign", "stmt:assign", "stmt:assign", "stmt:assign", "stmt:assign", "stmt:assign",
                         "stmt:assign", "stmt:method"});

  const Node* version = root->at(0);
  CHECK(version->get("type")->text == "def");
  CHECK(version->get("target")->text == "version");
  CHECK(span_str(version->get("target")->span) == "1:5-1:12");
  const Node* trim = version->get("value");
  CHECK(trim->get("call")->text == "trim");
  CHECK(trim->get("target")->get("call")->text == "sh");
  CHECK(trim->get("target")->get("named")->get("returnStdout")->text == "true");

  CHECK(root->at(1)->get("type")->text == "String");
  CHECK(root->at(1)->get("target")->text == "a");
  CHECK(root->at(1)->get("value") == nullptr);
  CHECK(root->at(2)->get("target")->text == "b");
  CHECK(root->at(2)->get("value")->text == "x");

  CHECK(root->at(3)->get("type") == nullptr);
  CHECK(root->at(3)->get("target")->text == "env.DEPLOY");
  CHECK(root->at(3)->get("value")->text == "yes");
  CHECK(root->at(4)->get("op")->text == "+=");

  const Node* jdk = root->at(5)->get("value");  // a command expression after `=`
  CHECK(jdk->get("call")->text == "tool");
  CHECK(jdk->get("named")->get("name")->text == "jdk17");

  CHECK(root->at(6)->get("target")->text == "(x, y)");
  CHECK(root->at(6)->get("value")->is_seq());

  const Node* method = root->at(7);
  CHECK(method->get("name")->text == "build");
  CHECK(texts(method->get("params")) == V{"target", "flags"});
  CHECK(calls(method->get("body")) == V{"sh"});
  CHECK(method->get("body")->at(0)->get("args")->at(0)->refs == V{"target"});
  CHECK(span_str(method->span) == "7:1-9:2");
}

TEST_CASE("groovy: control statements keep the calls inside them", "[groovy]") {
  auto r = groovy(
      "if (env.BRANCH_NAME == 'main') {\n"
      "  deploy()\n"
      "} else if (isRelease()) {\n"
      "  release()\n"
      "}\n"
      "else { echo 'skip' }\n"
      "try {\n"
      "  sh 'make'\n"
      "} catch (IOException | InterruptedException e) {\n"
      "  error \"failed: ${e}\"\n"
      "} finally {\n"
      "  cleanWs()\n"
      "}\n"
      "for (t in targets) { build t }\n"
      "while (retries-- > 0) sleep 1\n"
      "switch (mode) {\n"
      "  case 'fast': quick(); break\n"
      "  case ~/full.*/:\n"
      "  default:\n"
      "    full()\n"
      "}\n"
      "return\n");
  const Node* root = root_of(r);
  CHECK(calls(root) == V{"stmt:if", "stmt:try", "stmt:for", "stmt:while", "stmt:switch", "stmt:return"});

  const Node* ifs = root->at(0);
  CHECK(ifs->get("cond")->type == NodeType::expr);
  CHECK(ifs->get("cond")->text == "env.BRANCH_NAME == 'main'");
  CHECK(ifs->get("cond")->refs == V{"env.BRANCH_NAME"});
  CHECK(span_str(ifs->get("stmt")->span) == "1:1-1:3");
  CHECK(calls(ifs->get("body")) == V{"deploy"});
  const Node* elif = ifs->get("else")->at(0);
  CHECK(elif->get("cond")->get("call")->text == "isRelease");
  CHECK(calls(elif->get("body")) == V{"release"});
  CHECK(calls(elif->get("else")) == V{"echo"});
  CHECK(span_str(ifs->span) == "1:1-6:21");

  const Node* t = root->at(1);
  CHECK(calls(t->get("body")) == V{"sh"});
  const Node* c = t->get("catches")->at(0);
  CHECK(texts(c->get("types")) == V{"IOException", "InterruptedException"});
  CHECK(c->get("name")->text == "e");
  CHECK(c->get("body")->at(0)->get("args")->at(0)->refs == V{"e"});
  CHECK(calls(t->get("finally")) == V{"cleanWs"});

  CHECK(root->at(2)->get("cond")->text == "t in targets");
  CHECK(root->at(2)->get("cond")->refs == V{"t", "targets"});
  CHECK(calls(root->at(2)->get("body")) == V{"build"});
  CHECK(calls(root->at(3)->get("body")) == V{"sleep"});

  const Node* cases = root->at(4)->get("cases");
  REQUIRE(cases->size() == 3);
  CHECK(cases->at(0)->get("value")->text == "fast");
  CHECK(calls(cases->at(0)->get("body")) == V{"quick", "stmt:break"});
  CHECK(cases->at(1)->get("body")->size() == 0);
  CHECK(cases->at(2)->get("value") == nullptr);
  CHECK(calls(cases->at(2)->get("body")) == V{"full"});
  CHECK(root->at(5)->get("value") == nullptr);
}

TEST_CASE("groovy: a scripted pipeline with closures as values, parameters and chained calls", "[groovy]") {
  auto r = groovy(
      "node('linux') {\n"
      "  def builds = [:]\n"
      "  builds['a'] = { stage('a') { sh 'a' } }\n"
      "  items.each { k, v -> echo \"$k=$v\" }\n"
      "  docker.image('maven:3').inside('-u root') {\n"
      "    sh 'mvn -v'\n"
      "  }\n"
      "  parallel builds\n"
      "}\n");
  const Node* node = root_of(r)->at(0);
  CHECK(texts(node->get("args")) == V{"linux"});
  const Node* body = node->get("body");
  CHECK(calls(body) == V{"stmt:assign", "stmt:assign", "items.each", "inside", "parallel"});
  CHECK(body->at(0)->get("value")->is_map());
  CHECK(body->at(0)->get("value")->size() == 0);

  const Node* closure = body->at(1)->get("value");
  CHECK(body->at(1)->get("target")->text == "builds['a']");
  CHECK(closure->get("call") == nullptr);
  CHECK(calls(closure->get("body")) == V{"stage"});
  CHECK(span_str(closure->span) == "3:17-3:42");

  const Node* each = body->at(2);
  CHECK(texts(each->get("params")) == V{"k", "v"});
  CHECK(calls(each->get("body")) == V{"echo"});

  const Node* inside = body->at(3);
  CHECK(texts(inside->get("args")) == V{"-u root"});
  const Node* image = inside->get("target");
  CHECK(image->get("call")->text == "docker.image");
  CHECK(texts(image->get("args")) == V{"maven:3"});
  CHECK(span_str(inside->get("call")->span) == "5:27-5:33");
  CHECK(span_str(inside->span) == "5:3-7:4");
  CHECK(calls(inside->get("body")) == V{"sh"});
}

TEST_CASE("groovy: layouts Groovy 2 accepts: brace on the next line, leading dots, trailing commas", "[groovy]") {
  auto r = groovy(
      "#!/usr/bin/env groovy\n"
      "@Library('shared@1.2') _\n"
      "import groovy.json.JsonSlurper\n"
      "pipeline\n"
      "{\n"
      "  stages {\n"
      "    stage('x')\n"
      "    {\n"
      "      steps { sh 'a'; sh 'b' }\n"
      "    }\n"
      "  }\n"
      "}\n"
      "def v = readFile('V')\n"
      "    .trim()\n"
      "def m = [\n"
      "  a: 1,\n"
      "  b: [2, 3,],\n"
      "]\n"
      "sh 'one' \\\n"
      "  + ' two'\n");
  const Node* root = root_of(r);
  CHECK(calls(root) == V{"stmt:annotation", "stmt:expr", "stmt:import", "pipeline", "stmt:assign", "stmt:assign",
                         "sh"});
  CHECK(root->at(0)->get("name")->text == "Library");
  CHECK(texts(root->at(0)->get("args")) == V{"shared@1.2"});
  CHECK(root->at(2)->get("name")->text == "groovy.json.JsonSlurper");
  const Node* stage = root->at(3)->get("body")->at(0)->get("body")->at(0);
  CHECK(stage->get("call")->text == "stage");
  CHECK(calls(stage->get("body")->at(0)->get("body")) == V{"sh", "sh"});
  CHECK(root->at(4)->get("value")->get("call")->text == "trim");
  const Node* m = root->at(5)->get("value");
  CHECK(m->get("a")->text == "1");
  CHECK(m->get("b")->size() == 2);
  CHECK(root->at(6)->get("args")->at(0)->type == NodeType::expr);
  CHECK(root->at(6)->get("args")->at(0)->text == "'one' \\\n  + ' two'");
}

TEST_CASE("groovy: numbers, literals and operators", "[groovy]") {
  auto r = groovy("f(42, 0x1F, 1_000L, -3, 1.5e3, 2f, true, null, 99999999999999999999, 1..3, a ? b : c, x ?: y)\n");
  const Node* args = root_of(r)->at(0)->get("args");
  REQUIRE(args->size() == 12);
  CHECK(args->at(0)->type == NodeType::integer);
  CHECK(texts(args) == V{"42", "31", "1000", "-3", "1.5e3", "2", "true", "null", "99999999999999999999", "1..3",
                         "a ? b : c", "x ?: y"});
  CHECK(args->at(3)->type == NodeType::integer);
  CHECK(span_str(args->at(3)->span) == "1:21-1:23");
  CHECK(args->at(4)->type == NodeType::floating);
  CHECK(args->at(5)->type == NodeType::floating);
  CHECK(args->at(6)->type == NodeType::boolean);
  CHECK(args->at(7)->type == NodeType::null);
  CHECK(args->at(8)->type == NodeType::expr);  // past 64 bits: kept as written
  CHECK(args->at(10)->refs == V{"a", "b", "c"});
}

TEST_CASE("groovy: classes, enums and constructors", "[groovy]") {
  auto r = groovy(
      "class Deployer implements Serializable {\n"
      "  private static final long serialVersionUID = 1L\n"
      "  def steps\n"
      "  Deployer(steps) { this.steps = steps }\n"
      "  void run(String env) { steps.sh \"deploy ${env}\" }\n"
      "}\n"
      "enum Mode { FAST, FULL('x'); String label }\n");
  const Node* root = root_of(r);
  const Node* members = root->at(0)->get("body");
  CHECK(root->at(0)->get("name")->text == "Deployer");
  CHECK(calls(members) == V{"stmt:assign", "stmt:assign", "stmt:method", "stmt:method"});
  CHECK(members->at(2)->get("name")->text == "Deployer");
  CHECK(calls(members->at(3)->get("body")) == V{"steps.sh"});
  CHECK(calls(root->at(1)->get("body")) == V{"FAST", "FULL", "stmt:assign"});
}

TEST_CASE("groovy: an empty file is an empty seq", "[groovy]") {
  CHECK(root_of(groovy(""))->size() == 0);
  CHECK(root_of(groovy("// only a comment\n/* and\n another */\n"))->size() == 0);
}

TEST_CASE("groovy: a syntax error is located and what came before it is kept", "[groovy]") {
  SECTION("unterminated string") {
    auto r = groovy("pipeline {\n  stages {\n    sh 'ok'\n    sh 'oops\n  }\n}\n");
    REQUIRE(r.error);
    CHECK(r.error->message == "unterminated string");
    CHECK(span_str(r.error->span) == "4:8-4:8");
    const Node* stages = r.documents.at(0)->root->at(0)->get("body")->at(0);
    REQUIRE(stages->get("body"));
    CHECK(calls(stages->get("body")) == V{"sh", "sh"});
    CHECK(stages->get("body")->at(0)->get("args")->at(0)->text == "ok");
  }
  SECTION("missing closing brace") {
    auto r = groovy("node {\n  stage('a') {\n    sh 'x'\n}\n");
    REQUIRE(r.error);
    CHECK(r.error->message == "'{' at line 1 is never closed");
    CHECK(span_str(r.error->span) == "5:1-5:1");
    CHECK(calls(r.documents.at(0)->root->at(0)->get("body")) == V{"stage"});
  }
  SECTION("stray token") {
    auto r = groovy("sh 'a'\nstage('b') { ) }\n");
    REQUIRE(r.error);
    CHECK(r.error->message == "unexpected ')'");
    CHECK(span_str(r.error->span) == "2:14-2:14");
    CHECK(calls(r.documents.at(0)->root) == V{"sh", "stage"});
  }
  SECTION("a stray closing brace") {
    auto r = groovy("sh 'a'\n}\n");
    REQUIRE(r.error);
    CHECK(r.error->message == "unexpected '}'");
    CHECK(r.error->offset == 7);
  }
  SECTION("Groovy 3 syntax that Jenkins's Groovy 2.4 rejects") {
    auto r = groovy("do { x++ } while (x < 3)\n");
    REQUIRE(r.error);
    CHECK(r.error->message == "unexpected 'do'");
  }
  SECTION("two statements on one line") {
    auto r = groovy("def x = 1 2\n");
    REQUIRE(r.error);
    CHECK(r.error->message == "unexpected '2'");
    CHECK(span_str(r.error->span) == "1:11-1:11");
  }
}

TEST_CASE("groovy: deep nesting is an error, not a crash", "[groovy]") {
  for (std::string open : {"a {", "f(", "[", "(", "\"${"}) {
    std::string text;
    for (int i = 0; i < 5000; ++i) text += open;
    auto r = groovy(text);
    INFO(open);
    REQUIRE(r.error);
    CHECK(r.error->message == "nesting deeper than " + std::to_string(kMaxDepth) + " levels");
  }
  // 60 closures deep is well within the limit
  std::string ok;
  for (int i = 0; i < 60; ++i) ok += "a {\n";
  for (int i = 0; i < 60; ++i) ok += "}\n";
  CHECK_FALSE(groovy(ok).error);
}

TEST_CASE("groovy: binary junk never crashes", "[groovy]") {
  CHECK(root_of(groovy("sh '\xc3'"))->at(0)->get("args")->at(0)->text == "\xc3");  // bytes as they are
  for (std::string text : {std::string("\0\xff\xfe{", 4), std::string("\"${"),
                           std::string("/* open"), std::string("'''"), std::string("a\\"), std::string("x = \"\\u12\"")}) {
    auto r = groovy(text);
    CHECK(r.error);
    CHECK(r.documents.size() == 1);
  }
}
