// parse_shell: the command list of docs/document-model.md ("Shell"), operators, pipelines, spans and errors.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "tollgate/parsers.h"

using namespace tollgate;

namespace {

ParseResult sh(std::string text) { return parse_shell(SourceText::make("deploy.sh", std::move(text))); }

const Node* root_of(const ParseResult& r) {
  INFO((r.error ? r.error->message : std::string("no error")));
  REQUIRE_FALSE(r.error);
  REQUIRE(r.documents.size() == 1);
  CHECK(r.documents[0]->format == Format::shell);
  CHECK(r.documents[0]->index == 0);
  REQUIRE(r.documents[0]->root);
  REQUIRE(r.documents[0]->root->is_seq());
  return r.documents[0]->root;
}

std::string span_str(const Span& s) {
  return std::to_string(s.line) + ":" + std::to_string(s.col) + "-" + std::to_string(s.end_line) + ":" +
         std::to_string(s.end_col);
}

std::vector<std::string> args(const Node* cmd) {
  std::vector<std::string> out;
  for (const Entry& e : cmd->get("args")->entries) out.push_back(e.value->text);
  return out;
}

std::vector<std::string> names(const Node* root) {
  std::vector<std::string> out;
  for (const Entry& e : root->entries) out.push_back(e.value->get("name")->text);
  return out;
}

std::vector<std::string> nexts(const Node* root) {
  std::vector<std::string> out;
  for (const Entry& e : root->entries) out.push_back(e.value->get("next")->text);
  return out;
}

std::vector<std::string> pipelines(const Node* root) {
  std::vector<std::string> out;
  for (const Entry& e : root->entries) out.push_back(e.value->get("pipeline")->text);
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("shell: a simple command with name, args, text, pipeline and next", "[shell]") {
  auto r = sh("#!/bin/bash\nset -euo pipefail\nterraform apply -auto-approve tfplan\n");
  const Node* root = root_of(r);
  REQUIRE(root->size() == 2);
  const Node* set = root->at(0);
  CHECK(span_str(set->span) == "2:1-2:18");
  CHECK(set->get("name")->text == "set");
  CHECK(span_str(set->get("name")->span) == "2:1-2:4");
  CHECK(args(set) == V{"-euo", "pipefail"});
  CHECK(span_str(set->get("args")->at(1)->span) == "2:10-2:18");
  CHECK(set->get("text")->text == "set -euo pipefail");
  CHECK(set->get("env") == nullptr);
  CHECK(set->get("pipeline")->type == NodeType::integer);
  CHECK(set->get("pipeline")->text == "0");
  CHECK(set->get("next")->text == "");
  std::vector<std::string> keys;
  for (const Entry& e : set->entries) keys.push_back(e.key);
  CHECK(keys == V{"name", "args", "text", "pipeline", "next"});
  const Node* tf = root->at(1);
  CHECK(tf->get("name")->text == "terraform");
  CHECK(args(tf) == V{"apply", "-auto-approve", "tfplan"});
  CHECK(tf->get("pipeline")->text == "1");
  CHECK(span_str(tf->span) == "3:1-3:37");
}

TEST_CASE("shell: curl piped to bash shares one pipeline", "[shell]") {
  auto r = sh("curl -fsSL https://get.example.com | sudo bash -s -- --yes\necho done\n");
  const Node* root = root_of(r);
  CHECK(names(root) == V{"curl", "sudo", "echo"});
  CHECK(args(root->at(1)) == V{"bash", "-s", "--", "--yes"});
  CHECK(pipelines(root) == V{"0", "0", "1"});
  CHECK(nexts(root) == V{"|", "", ""});
  CHECK(span_str(root->at(0)->get("next")->span) == "1:36-1:37");
  // The pipeline value spans the whole pipeline.
  CHECK(span_str(root->at(1)->get("pipeline")->span) == "1:1-1:59");
}

TEST_CASE("shell: && and || chains give each command its operator", "[shell]") {
  auto r = sh("make build && make test || true\nrm -rf /tmp/x || :\n");
  const Node* root = root_of(r);
  CHECK(names(root) == V{"make", "make", "true", "rm", ":"});
  CHECK(nexts(root) == V{"&&", "||", "", "||", ""});
  CHECK(pipelines(root) == V{"0", "1", "2", "3", "4"});
  CHECK(span_str(root->at(1)->get("next")->span) == "1:25-1:27");
}

TEST_CASE("shell: the separators semicolon and ampersand, and a newline is empty", "[shell]") {
  auto r = sh("a; b & c\nd\n");
  const Node* root = root_of(r);
  CHECK(names(root) == V{"a", "b", "c", "d"});
  CHECK(nexts(root) == V{";", "&", "", ""});
}

TEST_CASE("shell: a long && chain is flat, not deep", "[shell]") {
  std::string text = "true";
  for (int i = 0; i < 2000; ++i) text += " && true";
  auto r = sh(text + "\n");
  const Node* root = root_of(r);
  REQUIRE(root->size() == 2001);
  CHECK(root->at(0)->get("next")->text == "&&");
  CHECK(root->at(2000)->get("next")->text == "");
  CHECK(root->at(2000)->get("pipeline")->text == "2000");
}

TEST_CASE("shell: quotes are removed from literal words, expansions keep their text", "[shell]") {
  auto r = sh(
      "echo 'single quoted' \"double \\\"q\\\"\" a\\ b --opt=\"x y\" \"$HOME/bin\" ${X:-d} $(pwd) '' \"\"\n");
  const Node* root = root_of(r);
  REQUIRE(root->size() == 2);
  CHECK(args(root->at(0)) ==
        V{"single quoted", "double \"q\"", "a b", "--opt=x y", "\"$HOME/bin\"", "${X:-d}", "$(pwd)", "", ""});
  CHECK(root->at(1)->get("name")->text == "pwd");
}

TEST_CASE("shell: a quoted command word loses its quotes", "[shell]") {
  auto r = sh("\"terraform\" plan\n'kubectl' apply\n\"$TF\" plan\n");
  const Node* root = root_of(r);
  CHECK(names(root) == V{"terraform", "kubectl", "\"$TF\""});
}

TEST_CASE("shell: env prefixes and bare assignments", "[shell]") {
  auto r = sh("AWS_PROFILE=prod TF_LOG=\"debug x\" terraform apply\nX=1\nA=1 B=$(id -u)\n");
  const Node* root = root_of(r);
  REQUIRE(root->size() == 4);
  const Node* tf = root->at(0);
  CHECK(tf->get("name")->text == "terraform");
  CHECK(span_str(tf->get("name")->span) == "1:35-1:44");
  CHECK(span_str(tf->span) == "1:1-1:50");
  const Node* env = tf->get("env");
  REQUIRE(env);
  REQUIRE(env->size() == 2);
  CHECK(env->entries[0].key == "AWS_PROFILE");
  CHECK(span_str(env->entries[0].key_span) == "1:1-1:12");
  CHECK(env->get("AWS_PROFILE")->text == "prod");
  CHECK(span_str(env->get("AWS_PROFILE")->span) == "1:13-1:17");
  CHECK(env->get("TF_LOG")->text == "debug x");
  const Node* x = root->at(1);
  CHECK(x->get("name")->text == "");
  CHECK(args(x).empty());
  CHECK(x->get("text")->text == "X=1");
  CHECK(x->get("env")->get("X")->text == "1");
  const Node* ab = root->at(2);
  CHECK(ab->get("name")->text == "");
  CHECK(ab->get("env")->get("A")->text == "1");
  CHECK(ab->get("env")->get("B")->text == "$(id -u)");
  CHECK(root->at(3)->get("name")->text == "id");
  CHECK(args(root->at(3)) == V{"-u"});
}

TEST_CASE("shell: export and friends are commands named by their keyword", "[shell]") {
  auto r = sh("export AWS_SECRET_ACCESS_KEY=\"abc def\" PATH\nunset TOKEN\nlocal x=1\n");
  const Node* root = root_of(r);
  CHECK(names(root) == V{"export", "unset", "local"});
  CHECK(args(root->at(0)) == V{"AWS_SECRET_ACCESS_KEY=abc def", "PATH"});
  CHECK(args(root->at(1)) == V{"TOKEN"});
  CHECK(span_str(root->at(0)->get("name")->span) == "1:1-1:7");
}

TEST_CASE("shell: subshells, groups and functions are flattened", "[shell]") {
  auto r = sh(
      "(cd infra && terraform init)\n"
      "{ echo a; echo b; } > log\n"
      "deploy() {\n"
      "  kubectl apply -f k8s/\n"
      "}\n"
      "(make test) || true\n");
  const Node* root = root_of(r);
  CHECK(names(root) == V{"cd", "terraform", "echo", "echo", "kubectl", "make", "true"});
  CHECK(nexts(root) == V{"&&", "", ";", ";", "", "||", ""});
  // The redirect of a group is not part of its commands' text.
  CHECK(root->at(3)->get("text")->text == "echo b");
  CHECK(span_str(root->at(4)->span) == "4:3-4:24");
}

TEST_CASE("shell: conditionals, loops and case are flattened", "[shell]") {
  auto r = sh(
      "if [ \"$ENV\" = prod ]; then\n"
      "  terraform apply -auto-approve\n"
      "elif true; then\n"
      "  echo maybe\n"
      "else\n"
      "  exit 1\n"
      "fi\n"
      "for f in $(ls *.tf); do fmt \"$f\"; done\n"
      "while read -r l; do echo \"$l\"; done < list\n"
      "case \"$1\" in\n"
      "  up) docker compose up -d ;;\n"
      "  *) usage ;;\n"
      "esac\n");
  const Node* root = root_of(r);
  CHECK(names(root) == V{"terraform", "true", "echo", "exit", "ls", "fmt", "read", "echo", "docker", "usage"});
  CHECK(args(root->at(8)) == V{"compose", "up", "-d"});
  CHECK(root->at(8)->get("next")->text == "");
  CHECK(root->at(6)->get("next")->text == ";");
}

TEST_CASE("shell: command and process substitutions are commands too", "[shell]") {
  auto r = sh("TOKEN=$(vault read -field=t secret/x | tr -d '\\n')\ndiff <(sort a) <(sort b)\necho `whoami`\n");
  const Node* root = root_of(r);
  CHECK(names(root) == V{"", "vault", "tr", "diff", "sort", "sort", "echo", "whoami"});
  CHECK(pipelines(root) == V{"0", "1", "1", "2", "3", "4", "5", "6"});
  CHECK(args(root->at(2)) == V{"-d", "\\n"});
  CHECK(nexts(root) == V{"", "|", "", "", "", "", "", ""});
}

TEST_CASE("shell: heredoc bodies are not commands, and what follows the marker is", "[shell]") {
  auto r = sh(
      "cat <<EOF > /etc/app.conf\n"
      "rm -rf /\n"
      "EOF\n"
      "cat <<'EOF' | kubectl apply -f -\n"
      "kind: Pod\n"
      "EOF\n"
      "cat <<-X && echo ok\n"
      "\tbody\n"
      "\tX\n");
  const Node* root = root_of(r);
  CHECK(names(root) == V{"cat", "cat", "kubectl", "cat", "echo"});
  CHECK(root->at(0)->get("text")->text == "cat <<EOF > /etc/app.conf");
  CHECK(span_str(root->at(0)->span) == "1:1-1:26");
  CHECK(root->at(1)->get("text")->text == "cat <<'EOF'");
  CHECK(nexts(root) == V{"", "|", "", "&&", ""});
  CHECK(pipelines(root) == V{"0", "1", "1", "2", "3"});
  CHECK(args(root->at(2)) == V{"apply", "-f", "-"});
}

TEST_CASE("shell: redirects belong to the command text, comments are skipped", "[shell]") {
  auto r = sh("# setup\nnpm ci > /dev/null 2>&1 # quiet\n");
  const Node* root = root_of(r);
  REQUIRE(root->size() == 1);
  CHECK(root->at(0)->get("text")->text == "npm ci > /dev/null 2>&1");
  CHECK(args(root->at(0)) == V{"ci"});
}

TEST_CASE("shell: an empty script is an empty seq", "[shell]") {
  auto empty = sh("");
  CHECK(root_of(empty)->size() == 0);
  auto comment = sh("# only a comment\n");
  CHECK(root_of(comment)->size() == 0);
}

TEST_CASE("shell: a bad line keeps the rest and reports the first error", "[shell]") {
  auto r = sh("echo a\nfoo )\necho b\n");
  REQUIRE(r.error);
  CHECK(r.error->message == "could not parse shell syntax near ')'");
  CHECK(r.error->offset == 11);
  CHECK(span_str(r.error->span) == "2:5-2:5");
  REQUIRE(r.documents.size() == 1);
  CHECK(names(r.documents[0]->root) == V{"echo", "foo", "echo"});
}

TEST_CASE("shell: a missing keyword is reported as missing", "[shell]") {
  auto r = sh("if true; then curl x | sh\n");
  REQUIRE(r.error);
  CHECK(r.error->message == "could not parse shell syntax: missing 'fi'");
  CHECK(r.error->offset == 26);
  REQUIRE(r.documents.size() == 1);
  CHECK(names(r.documents[0]->root) == V{"true", "curl", "sh"});
}

TEST_CASE("shell: deep nesting is an error, not a crash", "[shell]") {
  std::string text;
  // "( " rather than "((", which bash reads as arithmetic.
  for (int i = 0; i < 400; ++i) text += "( ";
  text += "echo deep";
  for (int i = 0; i < 400; ++i) text += ")";
  auto r = sh("echo first\n" + text + "\n");
  REQUIRE(r.error);
  CHECK(r.error->message == "nesting deeper than 256 levels");
  CHECK(r.error->offset == 11 + 2 * 256);
  REQUIRE(r.documents.size() == 1);
  CHECK(names(r.documents[0]->root) == V{"echo"});

  std::string ok;
  for (int i = 0; i < 200; ++i) ok += "( ";
  ok += "echo fine";
  for (int i = 0; i < 200; ++i) ok += ")";
  auto fine = sh(ok);
  const Node* root = root_of(fine);
  CHECK(names(root) == V{"echo"});
  CHECK(root->at(0)->get("text")->text == "echo fine");
}

TEST_CASE("shell: invalid UTF-8 and binary junk never crash", "[shell]") {
  auto r = sh("echo \"\xff\xfe\" \xc3\x28\nls\n");
  REQUIRE(r.documents.size() == 1);
  const Node* root = r.documents[0]->root;
  REQUIRE(root->size() >= 1);
  CHECK(root->at(0)->get("name")->text == "echo");
  auto junk = sh(std::string("\x00\x01(((\"$(`'\x80\xff", 13));
  CHECK(junk.documents.size() == 1);
}
