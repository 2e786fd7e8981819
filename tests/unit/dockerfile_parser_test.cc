// Dockerfile parser: the shape of docs/document-model.md, exact spans, Docker's line and heredoc rules.
#include <catch2/catch.hpp>

#include <string>

#include "tollgate/parsers.h"

#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
#include <malloc.h>
#define TG_HAVE_MALLINFO2 1
#endif

using namespace tollgate;

namespace {

ParseResult df(std::string text) { return parse_dockerfile(SourceText::make("Dockerfile", std::move(text))); }

// "line:col-end_line:end_col", so a span is checked in one comparison with a readable failure.
std::string at(const Span& s) {
  return std::to_string(s.line) + ":" + std::to_string(s.col) + "-" + std::to_string(s.end_line) + ":" +
         std::to_string(s.end_col);
}

const Node* inst(const ParseResult& r, size_t i) { return r.documents.at(0)->root->at(i); }

std::string text(const Node* n, std::string_view key) {
  const Node* v = n ? n->get(key) : nullptr;
  return v ? v->text : std::string("<missing>");
}

std::vector<std::string> args(const Node* n) {
  std::vector<std::string> out;
  const Node* a = n->get("args");
  for (size_t i = 0; a && i < a->size(); ++i) out.push_back(a->at(i)->text);
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("dockerfile: one document, format dockerfile, instructions in order", "[dockerfile]") {
  auto r = df("FROM alpine:3.19 AS build\nRUN echo hi\n");
  REQUIRE_FALSE(r.error);
  REQUIRE(r.documents.size() == 1);
  const Document& d = *r.documents[0];
  CHECK(d.format == Format::dockerfile);
  REQUIRE(d.root->is_seq());
  REQUIRE(d.root->size() == 2);
  const Node* from = inst(r, 0);
  CHECK(text(from, "instruction") == "FROM");
  CHECK(at(from->span) == "1:1-1:26");
  CHECK(at(from->get("instruction")->span) == "1:1-1:5");
  CHECK(text(from, "value") == "alpine:3.19 AS build");
  CHECK(at(from->get("value")->span) == "1:6-1:26");
  CHECK(text(from, "image") == "alpine:3.19");
  CHECK(at(from->get("image")->span) == "1:6-1:17");
  CHECK(text(from, "alias") == "build");
  CHECK(at(from->get("alias")->span) == "1:21-1:26");
  CHECK(from->get("stage")->type == NodeType::integer);
  CHECK(text(from, "stage") == "0");
  CHECK(text(from, "form") == "shell");
  CHECK(args(from) == V{"alpine:3.19", "AS", "build"});
  REQUIRE(from->get("flags")->is_map());
  CHECK(from->get("flags")->size() == 0);
  CHECK(from->get("heredocs") == nullptr);
  std::vector<std::string> keys;
  for (auto& e : from->entries) keys.push_back(e.key);
  CHECK(keys == V{"instruction", "value", "args", "form", "flags", "stage", "image", "alias"});

  const Node* run = inst(r, 1);
  CHECK(text(run, "instruction") == "RUN");
  CHECK(at(run->span) == "2:1-2:12");
  CHECK(run->span.begin == 26);
  CHECK(run->span.end == 37);
  CHECK(args(run) == V{"echo", "hi"});
  CHECK(at(run->get("args")->at(1)->span) == "2:10-2:12");
  CHECK(run->get("alias") == nullptr);
}

TEST_CASE("dockerfile: keywords are case-insensitive and stored upper-case", "[dockerfile]") {
  auto r = df("from alpine as Base\n  Run   echo   hi  \n");
  REQUIRE_FALSE(r.error);
  CHECK(text(inst(r, 0), "instruction") == "FROM");
  CHECK(text(inst(r, 0), "alias") == "Base");
  const Node* run = inst(r, 1);
  CHECK(text(run, "instruction") == "RUN");
  CHECK(at(run->span) == "2:3-2:20");  // trailing blanks are part of the line, the value stops before them
  CHECK(text(run, "value") == "echo   hi");
  CHECK(at(run->get("value")->span) == "2:9-2:18");
}

TEST_CASE("dockerfile: continuation lines join with exact spans", "[dockerfile]") {
  auto r = df("RUN apt-get update && \\\n"
              "    apt-get install -y curl \\\n"
              " && rm -rf /var/lib/apt\n");
  REQUIRE_FALSE(r.error);
  REQUIRE(r.documents[0]->root->size() == 1);
  const Node* run = inst(r, 0);
  CHECK(at(run->span) == "1:1-3:24");
  CHECK(text(run, "value") == "apt-get update &&     apt-get install -y curl  && rm -rf /var/lib/apt");
  CHECK(at(run->get("value")->span) == "1:5-3:24");
  CHECK(args(run) == V{"apt-get", "update", "&&", "apt-get", "install", "-y", "curl", "&&", "rm", "-rf",
                       "/var/lib/apt"});
  const Node* a = run->get("args");
  CHECK(at(a->at(2)->span) == "1:20-1:22");
  CHECK(at(a->at(3)->span) == "2:5-2:12");
  CHECK(at(a->at(6)->span) == "2:24-2:28");
  CHECK(at(a->at(7)->span) == "3:2-3:4");
  CHECK(at(a->at(10)->span) == "3:12-3:24");
}

TEST_CASE("dockerfile: a word split by a continuation spans both lines", "[dockerfile]") {
  auto r = df("RUN ab\\\ncd ef\n");
  REQUIRE_FALSE(r.error);
  const Node* run = inst(r, 0);
  CHECK(args(run) == V{"abcd", "ef"});
  CHECK(at(run->get("args")->at(0)->span) == "1:5-2:3");
  CHECK(at(run->get("args")->at(1)->span) == "2:4-2:6");
}

TEST_CASE("dockerfile: comment and blank lines inside a continuation are dropped", "[dockerfile]") {
  auto r = df("RUN a \\\n"
              "  # a comment\n"
              "\n"
              "    b\n"
              "RUN c\n");
  REQUIRE_FALSE(r.error);
  REQUIRE(r.documents[0]->root->size() == 2);
  CHECK(text(inst(r, 0), "value") == "a     b");
  CHECK(at(inst(r, 0)->span) == "1:1-4:6");
  CHECK(args(inst(r, 0)) == V{"a", "b"});
  CHECK(text(inst(r, 1), "value") == "c");
  CHECK(at(inst(r, 1)->span) == "5:1-5:6");
}

TEST_CASE("dockerfile: comments and blank lines between instructions are skipped", "[dockerfile]") {
  auto r = df("# header\n\nFROM a\n  # indented comment\nRUN echo # not a comment\n");
  REQUIRE_FALSE(r.error);
  REQUIRE(r.documents[0]->root->size() == 2);
  CHECK(text(inst(r, 1), "value") == "echo # not a comment");
}

TEST_CASE("dockerfile: a continuation at the end of the file ends the instruction", "[dockerfile]") {
  auto r = df("RUN a \\\n# trailing comment\n");
  REQUIRE_FALSE(r.error);
  REQUIRE(r.documents[0]->root->size() == 1);
  CHECK(text(inst(r, 0), "value") == "a");
  CHECK(at(inst(r, 0)->span) == "1:1-1:8");
}

TEST_CASE("dockerfile: CRLF line endings", "[dockerfile]") {
  auto r = df("FROM a\r\nRUN b \\\r\n  c\r\n");
  REQUIRE_FALSE(r.error);
  const Node* run = inst(r, 1);
  CHECK(text(run, "value") == "b   c");
  CHECK(at(run->span) == "2:1-3:4");
}

TEST_CASE("dockerfile: the escape directive switches the continuation character", "[dockerfile]") {
  auto r = df("# escape=`\n"
              "FROM mcr.microsoft.com/windows/servercore\n"
              "RUN dir C:\\ `\n"
              "    /s\n"
              "COPY C:\\src C:\\dst\n");
  REQUIRE_FALSE(r.error);
  REQUIRE(r.documents[0]->root->size() == 3);
  const Node* run = inst(r, 1);
  CHECK(text(run, "value") == "dir C:\\     /s");
  CHECK(args(run) == V{"dir", "C:\\", "/s"});
  CHECK(at(run->span) == "3:1-4:7");
  CHECK(args(inst(r, 2)) == V{"C:\\src", "C:\\dst"});
}

TEST_CASE("dockerfile: the default escape removes backslashes from words", "[dockerfile]") {
  auto r = df("COPY C:\\src a\\ b\n");
  REQUIRE_FALSE(r.error);
  CHECK(args(inst(r, 0)) == V{"C:src", "a b"});
}

TEST_CASE("dockerfile: directives after a syntax directive still count", "[dockerfile]") {
  auto r = df("# syntax=docker/dockerfile:1\n#escape = `\nRUN a `\n  b\n");
  REQUIRE_FALSE(r.error);
  REQUIRE(r.documents[0]->root->size() == 1);
  CHECK(text(inst(r, 0), "value") == "a   b");
}

TEST_CASE("dockerfile: a directive after a comment is only a comment", "[dockerfile]") {
  auto r = df("# a comment\n# escape=`\nRUN a `\nRUN b \\\n c\n");
  REQUIRE_FALSE(r.error);
  REQUIRE(r.documents[0]->root->size() == 2);
  CHECK(text(inst(r, 0), "value") == "a `");
  CHECK(text(inst(r, 1), "value") == "b  c");
}

TEST_CASE("dockerfile: a directive after a blank line is only a comment", "[dockerfile]") {
  auto r = df("\n# escape=`\nRUN a `\nRUN b\n");
  REQUIRE_FALSE(r.error);
  CHECK(r.documents[0]->root->size() == 2);
}

TEST_CASE("dockerfile: an invalid escape directive is an error at its value", "[dockerfile]") {
  auto r = df("# escape=x\nRUN a \\\n b\n");
  REQUIRE(r.error);
  CHECK(r.error->message == "invalid escape directive 'x': must be ` or \\");
  CHECK(r.error->offset == 9);
  CHECK(at(r.error->span) == "1:10-1:10");
  REQUIRE(r.documents[0]->root->size() == 1);
  CHECK(text(inst(r, 0), "value") == "a  b");  // the default escape stays
}

TEST_CASE("dockerfile: exec form gives the JSON array items as args", "[dockerfile]") {
  auto r = df("CMD [\"nginx\", \"-g\", \"daemon off;\"]\n");
  REQUIRE_FALSE(r.error);
  const Node* cmd = inst(r, 0);
  CHECK(text(cmd, "form") == "exec");
  CHECK(args(cmd) == V{"nginx", "-g", "daemon off;"});
  CHECK(at(cmd->get("args")->at(0)->span) == "1:6-1:13");  // quotes included
  CHECK(at(cmd->get("args")->at(2)->span) == "1:21-1:34");
  CHECK(text(cmd, "value") == "[\"nginx\", \"-g\", \"daemon off;\"]");
}

TEST_CASE("dockerfile: exec form decodes JSON escapes", "[dockerfile]") {
  auto r = df("ENTRYPOINT [\"a\\\"b\", \"\\u00e9\", \"\\ud83d\\ude00\", \"x\\\\y\\n\"]\n");
  REQUIRE_FALSE(r.error);
  CHECK(text(inst(r, 0), "form") == "exec");
  CHECK(args(inst(r, 0)) == V{"a\"b", "\xC3\xA9", "\xF0\x9F\x98\x80", "x\\y\n"});
}

TEST_CASE("dockerfile: an exec form array may span continuation lines", "[dockerfile]") {
  auto r = df("ENTRYPOINT [\"a\", \\\n            \"b\"]\n");
  REQUIRE_FALSE(r.error);
  const Node* e = inst(r, 0);
  CHECK(text(e, "form") == "exec");
  CHECK(args(e) == V{"a", "b"});
  CHECK(at(e->get("args")->at(0)->span) == "1:13-1:16");
  CHECK(at(e->get("args")->at(1)->span) == "2:13-2:16");
}

TEST_CASE("dockerfile: what is not a JSON string array is shell form", "[dockerfile]") {
  auto r = df("CMD [nginx]\nCMD [\"a\", 1]\nCMD [\"a\"] extra\nCMD []\nENV X=[\"a\"]\n");
  REQUIRE_FALSE(r.error);
  CHECK(text(inst(r, 0), "form") == "shell");
  CHECK(args(inst(r, 0)) == V{"[nginx]"});
  CHECK(text(inst(r, 1), "form") == "shell");
  CHECK(text(inst(r, 2), "form") == "shell");
  CHECK(text(inst(r, 3), "form") == "exec");
  CHECK(args(inst(r, 3)).empty());
  CHECK(text(inst(r, 4), "form") == "shell");
}

TEST_CASE("dockerfile: --flags become the flags map and leave value and args", "[dockerfile]") {
  auto r = df("COPY --from=build --chown=1000:1000 --link src/ /app/\n");
  REQUIRE_FALSE(r.error);
  const Node* c = inst(r, 0);
  const Node* flags = c->get("flags");
  REQUIRE(flags->size() == 3);
  CHECK(flags->entries[0].key == "from");
  CHECK(at(flags->entries[0].key_span) == "1:8-1:12");
  CHECK(text(flags, "from") == "build");
  CHECK(at(flags->get("from")->span) == "1:13-1:18");
  CHECK(text(flags, "chown") == "1000:1000");
  CHECK(flags->get("link")->type == NodeType::boolean);
  CHECK(text(flags, "link") == "true");
  CHECK(at(flags->span) == "1:6-1:43");
  CHECK(text(c, "value") == "src/ /app/");
  CHECK(at(c->get("value")->span) == "1:44-1:54");
  CHECK(args(c) == V{"src/", "/app/"});
}

TEST_CASE("dockerfile: repeated flags are all kept, a lookup gets the last", "[dockerfile]") {
  auto r = df("RUN --mount=type=secret,id=npm,target=/root/.npmrc --mount=type=cache,target=/c npm ci\n");
  REQUIRE_FALSE(r.error);
  const Node* flags = inst(r, 0)->get("flags");
  REQUIRE(flags->size() == 2);
  CHECK(flags->entries[0].value->text == "type=secret,id=npm,target=/root/.npmrc");
  CHECK(text(flags, "mount") == "type=cache,target=/c");
  CHECK(text(inst(r, 0), "value") == "npm ci");
}

TEST_CASE("dockerfile: exec form after flags", "[dockerfile]") {
  auto r = df("RUN --network=none [\"make\", \"test\"]\n");
  REQUIRE_FALSE(r.error);
  CHECK(text(inst(r, 0), "form") == "exec");
  CHECK(args(inst(r, 0)) == V{"make", "test"});
  CHECK(text(inst(r, 0)->get("flags"), "network") == "none");
}

TEST_CASE("dockerfile: instructions without flags keep --words as arguments", "[dockerfile]") {
  auto r = df("CMD --help\n");
  REQUIRE_FALSE(r.error);
  CHECK(inst(r, 0)->get("flags")->size() == 0);
  CHECK(args(inst(r, 0)) == V{"--help"});
}

TEST_CASE("dockerfile: multi-stage builds count stages from 0", "[dockerfile]") {
  auto r = df("ARG BASE=alpine\n"
              "FROM --platform=$BUILDPLATFORM golang:1.22 AS build\n"
              "RUN go build\n"
              "FROM ${BASE}\n"
              "COPY --from=build /out /out\n");
  REQUIRE_FALSE(r.error);
  REQUIRE(r.documents[0]->root->size() == 5);
  CHECK(text(inst(r, 0), "stage") == "-1");  // before the first FROM: the global scope
  CHECK(text(inst(r, 1), "stage") == "0");
  CHECK(text(inst(r, 2), "stage") == "0");
  CHECK(text(inst(r, 3), "stage") == "1");
  CHECK(text(inst(r, 4), "stage") == "1");
  CHECK(text(inst(r, 1), "image") == "golang:1.22");
  CHECK(text(inst(r, 1), "alias") == "build");
  CHECK(text(inst(r, 1)->get("flags"), "platform") == "$BUILDPLATFORM");
  CHECK(text(inst(r, 3), "image") == "${BASE}");
  CHECK(inst(r, 3)->get("alias") == nullptr);
}

TEST_CASE("dockerfile: ENV name=value pairs with exact spans", "[dockerfile]") {
  auto r = df("ENV K=V K2=\"v 2\" K3='x y' K4=\n");
  REQUIRE_FALSE(r.error);
  const Node* vars = inst(r, 0)->get("vars");
  REQUIRE(vars->is_map());
  REQUIRE(vars->size() == 4);
  CHECK(vars->entries[0].key == "K");
  CHECK(at(vars->entries[0].key_span) == "1:5-1:6");
  CHECK(text(vars, "K") == "V");
  CHECK(at(vars->get("K")->span) == "1:7-1:8");
  CHECK(at(vars->entries[1].key_span) == "1:9-1:11");
  CHECK(text(vars, "K2") == "v 2");
  CHECK(at(vars->get("K2")->span) == "1:12-1:17");  // quotes included in the span
  CHECK(text(vars, "K3") == "x y");
  CHECK(at(vars->get("K3")->span) == "1:21-1:26");
  CHECK(at(vars->entries[3].key_span) == "1:27-1:29");
  CHECK(vars->get("K4")->is_string());
  CHECK(text(vars, "K4") == "");
  CHECK(at(vars->get("K4")->span) == "1:30-1:30");
}

TEST_CASE("dockerfile: ENV legacy form takes the rest of the line", "[dockerfile]") {
  auto r = df("ENV PATH /usr/local/bin:$PATH\nENV A  b   c  \nENV Q \"x  y\" z\n");
  REQUIRE_FALSE(r.error);
  const Node* v0 = inst(r, 0)->get("vars");
  REQUIRE(v0->size() == 1);
  CHECK(text(v0, "PATH") == "/usr/local/bin:$PATH");
  CHECK(at(v0->entries[0].key_span) == "1:5-1:9");
  CHECK(at(v0->get("PATH")->span) == "1:10-1:30");
  const Node* v1 = inst(r, 1)->get("vars");
  CHECK(text(v1, "A") == "b   c");
  CHECK(at(v1->get("A")->span) == "2:8-2:13");
  CHECK(text(inst(r, 2)->get("vars"), "Q") == "x  y z");
}

TEST_CASE("dockerfile: ENV escapes and continuation spans", "[dockerfile]") {
  auto r = df("ENV A=a\\ b \\\n    B=\"say \\\"hi\\\"\"\n");
  REQUIRE_FALSE(r.error);
  const Node* vars = inst(r, 0)->get("vars");
  CHECK(text(vars, "A") == "a b");
  CHECK(text(vars, "B") == "say \"hi\"");
  CHECK(at(vars->entries[1].key_span) == "2:5-2:6");
  CHECK(at(vars->get("B")->span) == "2:7-2:19");
}

TEST_CASE("dockerfile: ENV errors are located and keep the good pairs", "[dockerfile]") {
  auto r = df("ENV A=1 B\n");
  REQUIRE(r.error);
  CHECK(r.error->message == "expected name=value in ENV, got 'B'");
  CHECK(at(r.error->span) == "1:9-1:9");
  CHECK(text(inst(r, 0)->get("vars"), "A") == "1");
  CHECK(inst(r, 0)->get("vars")->size() == 1);

  auto r2 = df("FROM a\nENV FOO\n");
  REQUIRE(r2.error);
  CHECK(r2.error->message == "missing value for 'FOO' in ENV");
  CHECK(at(r2.error->span) == "2:5-2:5");

  auto r3 = df("LABEL =x\n");
  REQUIRE(r3.error);
  CHECK(r3.error->message == "empty name in LABEL");
  CHECK(at(r3.error->span) == "1:7-1:7");

  auto r4 = df("ENV\n");
  REQUIRE(r4.error);
  CHECK(r4.error->message == "ENV requires at least one argument");
  CHECK(at(r4.error->span) == "1:1-1:1");
}

TEST_CASE("dockerfile: ARG with and without defaults", "[dockerfile]") {
  auto r = df("ARG VERSION\nARG A=1 B C=\"x y\"\n");
  REQUIRE_FALSE(r.error);
  const Node* v0 = inst(r, 0)->get("vars");
  REQUIRE(v0->size() == 1);
  CHECK(v0->entries[0].key == "VERSION");
  CHECK(at(v0->entries[0].key_span) == "1:5-1:12");
  CHECK(v0->get("VERSION")->type == NodeType::null);
  CHECK(at(v0->get("VERSION")->span) == "1:12-1:12");
  const Node* v1 = inst(r, 1)->get("vars");
  REQUIRE(v1->size() == 3);
  CHECK(text(v1, "A") == "1");
  CHECK(v1->get("B")->type == NodeType::null);
  CHECK(text(v1, "C") == "x y");
  CHECK(at(v1->get("C")->span) == "2:13-2:18");
}

TEST_CASE("dockerfile: LABEL keys and values, quoted and not", "[dockerfile]") {
  auto r = df("LABEL \"com.example.vendor\"=\"ACME Inc\" version=1.0 d\xC3\xA9=\xC3\xA9t\xC3\xA9\n");
  REQUIRE_FALSE(r.error);
  const Node* vars = inst(r, 0)->get("vars");
  REQUIRE(vars->size() == 3);
  CHECK(vars->entries[0].key == "com.example.vendor");
  CHECK(at(vars->entries[0].key_span) == "1:7-1:27");  // quotes included
  CHECK(text(vars, "com.example.vendor") == "ACME Inc");
  CHECK(at(vars->get("com.example.vendor")->span) == "1:28-1:38");
  CHECK(at(vars->entries[1].key_span) == "1:39-1:46");
  CHECK(at(vars->get("version")->span) == "1:47-1:50");
  CHECK(at(vars->entries[2].key_span) == "1:51-1:53");  // columns count code points
  CHECK(text(vars, "d\xC3\xA9") == "\xC3\xA9t\xC3\xA9");
  CHECK(at(vars->get("d\xC3\xA9")->span) == "1:54-1:57");
}

TEST_CASE("dockerfile: LABEL legacy form", "[dockerfile]") {
  auto r = df("LABEL maintainer someone@example.com\n");
  REQUIRE_FALSE(r.error);
  CHECK(text(inst(r, 0)->get("vars"), "maintainer") == "someone@example.com");
}

TEST_CASE("dockerfile: a heredoc body goes to heredocs and the span grows to its delimiter", "[dockerfile]") {
  auto r = df("FROM alpine\n"
              "RUN <<EOF\n"
              "apk add curl\n"
              "echo done\n"
              "EOF\n"
              "RUN echo after\n");
  REQUIRE_FALSE(r.error);
  REQUIRE(r.documents[0]->root->size() == 3);
  const Node* run = inst(r, 1);
  CHECK(at(run->span) == "2:1-5:4");
  CHECK(args(run) == V{"<<EOF"});
  const Node* h = run->get("heredocs");
  REQUIRE(h);
  REQUIRE(h->is_seq());
  REQUIRE(h->size() == 1);
  CHECK(h->at(0)->text == "apk add curl\necho done\n");
  CHECK(at(h->at(0)->span) == "3:1-4:10");
  CHECK(text(inst(r, 2), "value") == "echo after");
  CHECK(text(inst(r, 2), "stage") == "0");
}

TEST_CASE("dockerfile: heredoc variants", "[dockerfile]") {
  SECTION("<<- strips leading tabs from the body and the delimiter") {
    auto r = df("RUN <<-EOF\n\techo hi\n\t\tEOF\n");
    REQUIRE_FALSE(r.error);
    CHECK(inst(r, 0)->get("heredocs")->at(0)->text == "echo hi\n");
  }
  SECTION("quoted delimiters") {
    auto r = df("RUN <<\"EOF\" cat\necho $HOME\nEOF\nCOPY <<'END' /etc/x\nk=v\nEND\n");
    REQUIRE_FALSE(r.error);
    REQUIRE(r.documents[0]->root->size() == 2);
    CHECK(inst(r, 0)->get("heredocs")->at(0)->text == "echo $HOME\n");
    CHECK(inst(r, 1)->get("heredocs")->at(0)->text == "k=v\n");
    CHECK(args(inst(r, 1)) == V{"<<END", "/etc/x"});
  }
  SECTION("several heredocs in one instruction, bodies in order") {
    auto r = df("RUN <<A cat > /a && <<B cat > /b\none\nA\ntwo\nthree\nB\nUSER x\n");
    REQUIRE_FALSE(r.error);
    REQUIRE(r.documents[0]->root->size() == 2);
    const Node* h = inst(r, 0)->get("heredocs");
    REQUIRE(h->size() == 2);
    CHECK(h->at(0)->text == "one\n");
    CHECK(at(h->at(0)->span) == "2:1-2:4");
    CHECK(h->at(1)->text == "two\nthree\n");
    CHECK(at(h->at(1)->span) == "4:1-5:6");
    CHECK(at(h->span) == "2:1-5:6");
    CHECK(at(inst(r, 0)->span) == "1:1-6:2");
  }
  SECTION("an empty body") {
    auto r = df("RUN <<EOF\nEOF\n");
    REQUIRE_FALSE(r.error);
    CHECK(inst(r, 0)->get("heredocs")->at(0)->text == "");
    CHECK(at(inst(r, 0)->get("heredocs")->at(0)->span) == "2:1-2:1");
  }
  SECTION("bodies start after the last continuation line") {
    auto r = df("RUN --mount=type=cache,target=/c \\\n  <<EOF sh\nls\nEOF\n");
    REQUIRE_FALSE(r.error);
    CHECK(inst(r, 0)->get("heredocs")->at(0)->text == "ls\n");
    CHECK(at(inst(r, 0)->span) == "1:1-4:4");
  }
  SECTION("a redirection right after the delimiter") {
    auto r = df("RUN cat <<EOF>/etc/motd\nhi\nEOF\n");
    REQUIRE_FALSE(r.error);
    CHECK(inst(r, 0)->get("heredocs")->at(0)->text == "hi\n");
  }
}

TEST_CASE("dockerfile: no heredocs where Docker has none", "[dockerfile]") {
  auto r = df("CMD cat <<EOF\nRUN cat <<<\"here string\"\nRUN [\"sh\", \"<<EOF\"]\nRUN echo \"<<EOF\"x\n");
  REQUIRE_FALSE(r.error);
  REQUIRE(r.documents[0]->root->size() == 4);
  for (size_t i = 0; i < 4; ++i) CHECK(inst(r, i)->get("heredocs") == nullptr);
}

TEST_CASE("dockerfile: an unterminated heredoc is an error at its start", "[dockerfile]") {
  auto r = df("FROM a\nRUN cat <<EOF\necho hi\nRUN more\n");
  REQUIRE(r.error);
  CHECK(r.error->message == "unterminated heredoc 'EOF'");
  CHECK(r.error->offset == 15);
  CHECK(at(r.error->span) == "2:9-2:9");
  REQUIRE(r.documents[0]->root->size() == 2);
  const Node* run = inst(r, 1);
  CHECK(run->get("heredocs")->at(0)->text == "echo hi\nRUN more\n");
  CHECK(at(run->span) == "2:1-4:9");
}

TEST_CASE("dockerfile: an unknown instruction is an error and the rest is still parsed", "[dockerfile]") {
  auto r = df("FROM a\nfoo bar \\\n  baz\nRUN ok\nBAR x\n");
  REQUIRE(r.error);
  CHECK(r.error->message == "unknown instruction 'FOO'");
  CHECK(r.error->offset == 7);
  CHECK(at(r.error->span) == "2:1-2:1");
  REQUIRE(r.documents[0]->root->size() == 2);
  CHECK(text(inst(r, 0), "instruction") == "FROM");
  CHECK(text(inst(r, 1), "instruction") == "RUN");
  CHECK(text(inst(r, 1), "value") == "ok");
}

TEST_CASE("dockerfile: a keyword glued to its arguments is unknown, as in Docker", "[dockerfile]") {
  auto r = df("  CMD[\"a\"]\n");
  REQUIRE(r.error);
  CHECK(r.error->message == "unknown instruction 'CMD[\"A\"]'");
  CHECK(at(r.error->span) == "1:3-1:3");
  CHECK(r.documents[0]->root->size() == 0);
}

TEST_CASE("dockerfile: HEALTHCHECK, ONBUILD and other instructions", "[dockerfile]") {
  auto r = df("HEALTHCHECK --interval=30s CMD [\"curl\", \"-f\", \"http://x/\"]\n"
              "HEALTHCHECK NONE\n"
              "ONBUILD RUN make\n"
              "EXPOSE 80/tcp 443\n"
              "USER app:app\n"
              "WORKDIR /srv\n"
              "VOLUME [\"/data\"]\n"
              "SHELL [\"pwsh\", \"-c\"]\n"
              "STOPSIGNAL SIGTERM\n"
              "MAINTAINER me\n"
              "ADD https://x/y.tgz /tmp/\n");
  REQUIRE_FALSE(r.error);
  REQUIRE(r.documents[0]->root->size() == 11);
  const Node* hc = inst(r, 0);
  CHECK(text(hc, "form") == "exec");
  CHECK(args(hc) == V{"CMD", "curl", "-f", "http://x/"});
  CHECK(at(hc->get("args")->at(0)->span) == "1:28-1:31");
  CHECK(text(hc->get("flags"), "interval") == "30s");
  CHECK(text(inst(r, 1), "form") == "shell");
  CHECK(args(inst(r, 1)) == V{"NONE"});
  CHECK(args(inst(r, 2)) == V{"RUN", "make"});
  CHECK(args(inst(r, 3)) == V{"80/tcp", "443"});
  CHECK(text(inst(r, 6), "form") == "exec");
  CHECK(text(inst(r, 7), "form") == "exec");
  CHECK(text(inst(r, 10), "instruction") == "ADD");
}

TEST_CASE("dockerfile: an instruction with no arguments has an empty value", "[dockerfile]") {
  auto r = df("RUN\n");
  REQUIRE_FALSE(r.error);
  CHECK(text(inst(r, 0), "value") == "");
  CHECK(at(inst(r, 0)->get("value")->span) == "1:4-1:4");
  CHECK(args(inst(r, 0)).empty());
}

TEST_CASE("dockerfile: bad input never crashes", "[dockerfile]") {
  SECTION("empty file") {
    auto r = df("");
    REQUIRE_FALSE(r.error);
    REQUIRE(r.documents.size() == 1);
    CHECK(r.documents[0]->root->size() == 0);
  }
  SECTION("unterminated quotes") {
    auto r = df("RUN echo \"abc\nENV A=\"x\nLABEL 'k\n");
    REQUIRE(r.documents[0]->root->size() == 3);
    CHECK(args(inst(r, 0)) == V{"echo", "abc"});
    CHECK(text(inst(r, 1)->get("vars"), "A") == "x");
  }
  SECTION("invalid UTF-8 and a huge line") {
    std::string big = "RUN \xFF\xFE " + std::string(1 << 20, 'a') + " \\\n\xC3\n";
    auto r = df(big);
    REQUIRE_FALSE(r.error);
    REQUIRE(r.documents[0]->root->size() == 1);
    CHECK(args(inst(r, 0)).size() == 3);
    CHECK(inst(r, 0)->span.end == big.size() - 1);
  }
  SECTION("a lone escape at the end of the file") {
    auto r = df("RUN \\");
    REQUIRE_FALSE(r.error);
    CHECK(text(inst(r, 0), "value") == "");
  }
  SECTION("a byte-order mark") {
    auto r = df("\xEF\xBB\xBF# escape=`\nRUN a `\n b\n");
    REQUIRE_FALSE(r.error);
    CHECK(text(inst(r, 0), "value") == "a  b");
  }
}

TEST_CASE("dockerfile: parse() dispatches to the Dockerfile parser", "[dockerfile]") {
  auto r = parse(Format::dockerfile, SourceText::make("Dockerfile", "FROM a\n"));
  REQUIRE(r.documents.size() == 1);
  CHECK(r.documents[0]->format == Format::dockerfile);
  CHECK(r.documents[0]->root->size() == 1);
}

// Issue 9: a Dockerfile's document cost 2.2 KB per `ENV K=v` (158 times the file), so that a 14 MB file took
// 2.2 GB. These pin down what brought it to 1.6 KB: no node that two keys can share is made twice, and no vector
// keeps spare capacity.
namespace {

std::string env_lines(int n) {
  std::string text = "FROM alpine\n";
  for (int i = 0; i < n; ++i) text += "ENV K" + std::to_string(i) + "=v\n";
  return text;
}

}  // namespace

TEST_CASE("dockerfile: a scalar two keys hold alike is one node, spans unchanged", "[dockerfile][memory]") {
  auto r = df("USER app\nUSER \"app\"\nFROM img:1 AS b\nRUN [\"x\"]\n");
  REQUIRE_FALSE(r.error);
  const Node* user = inst(r, 0);
  CHECK(user->get("value") == user->get("args")->at(0));
  CHECK(at(user->get("value")->span) == "1:6-1:9");
  // Quotes make the value's text differ from the word's: two nodes.
  const Node* quoted = inst(r, 1);
  CHECK(quoted->get("value") != quoted->get("args")->at(0));
  CHECK(text(quoted, "value") == "\"app\"");
  CHECK(quoted->get("args")->at(0)->text == "app");
  const Node* from = inst(r, 2);
  CHECK(from->get("image") == from->get("args")->at(0));
  CHECK(from->get("alias") == from->get("args")->at(2));
  CHECK(at(from->get("alias")->span) == "3:15-3:16");
  // Exec form: the value is the JSON array, the item its string.
  const Node* run = inst(r, 3);
  CHECK(run->get("value") != run->get("args")->at(0));
  CHECK_FALSE(r.documents[0]->shares_nodes);
}

TEST_CASE("dockerfile: ENV K=v costs 9 nodes and no spare vector capacity", "[dockerfile][memory]") {
  constexpr int kLines = 1000;
  auto r = df(env_lines(kLines));
  REQUIRE_FALSE(r.error);
  const Document& d = *r.documents[0];
  REQUIRE(d.root->size() == kLines + 1);
  // root, FROM (instruction, value = args[0] = image, args, form, flags, stage: 7), 9 per ENV: the map,
  // instruction, value = args[0], args, form, flags, stage, vars, the variable's value. It was 10 per ENV.
  CHECK(d.arena.size() <= 1 + 7 + 9 * kLines);
  size_t spare = 0;
  for (size_t i = 0; i < d.root->size(); ++i) {
    const Node* n = d.root->at(i);
    spare += n->entries.capacity() - n->entries.size();
    for (const Entry& e : n->entries) spare += e.value->entries.capacity() - e.value->entries.size();
  }
  CHECK(spare == 0);
}

#if TG_HAVE_MALLINFO2
TEST_CASE("dockerfile: a document costs under 1800 bytes per ENV K=v", "[dockerfile][memory]") {
  // Heap in use before and after the parse (mallinfo2, glibc; large blocks are mmapped: hblkhd). 1.6 KB now,
  // 2.2 KB before issue 9; the bound leaves 10% for a different allocator's rounding. Under a sanitizer that
  // replaces malloc the figures are not the heap's, and the test says so instead of judging.
  auto heap = [] {
    struct mallinfo2 m = mallinfo2();
    return m.uordblks + m.hblkhd;
  };
  constexpr int kLines = 50'000;
  auto src = SourceText::make("Dockerfile", env_lines(kLines));
  size_t before = heap();
  ParseResult r = parse_dockerfile(src);
  size_t after = heap();
  REQUIRE_FALSE(r.error);
  REQUIRE(r.documents[0]->root->size() == kLines + 1);
  if (after <= before) {
    WARN("mallinfo2 does not see this build's heap (a sanitizer?): not measured");
    return;
  }
  double per_instruction = double(after - before) / kLines;
  INFO("bytes per instruction: " << per_instruction);
  CHECK(per_instruction < 1800);
}
#endif
