// engine/templates.cc: template directives neutralised with every line and column kept, and the one question
// the scan asks of a file that failed to parse: is it a template?
#include <catch2/catch.hpp>

#include <chrono>
#include <string>

#include "engine/templates.h"

using namespace tollgate;

namespace {

std::string neutral(std::string_view text, Format format = Format::yaml) {
  auto out = neutralise_template_directives(text, format);
  return out ? *out : "<none>";
}

std::string blanks(size_t n) { return std::string(n, ' '); }

bool is_template(std::string_view text, Format format) {
  return is_unrendered_template(*SourceText::make("f", std::string(text)), format);
}

}  // namespace

TEST_CASE("templates: directives become blanks alone on a line, a value within text", "[templates]") {
  CHECK(neutral("{{- if .Values.on }}\nname: {{ .Release.Name }}-svc\n{{- end }}\n") ==
        blanks(20) + "\nname: 0" + blanks(18) + "-svc\n" + blanks(10) + "\n");
  CHECK(neutral("  {% for u in users %}\n  - {{ u }}\n  {% endfor %}\n") ==
        blanks(22) + "\n  - 0" + blanks(6) + "\n" + blanks(14) + "\n");
  CHECK(neutral("{# a comment #}\nk: v\n") == blanks(15) + "\nk: v\n");
  CHECK(neutral("%{ for x in xs ~}\n- ${x}\n%{ endfor ~}\n") == blanks(17) + "\n- ${x}\n" + blanks(12) + "\n");
  // a directive over several lines keeps its newlines
  CHECK(neutral("{{ if env.variant == \"alpine\" then (\n-}}\nFROM x\n", Format::dockerfile) ==
        blanks(36) + "\n" + blanks(3) + "\nFROM x\n");
  // ${ } is a directive only in JSON, where it is never valid: in YAML and Dockerfiles it is plain text
  CHECK(neutral("{\"memory\": ${memory}, \"name\": \"${name}\"}", Format::json) ==
        "{\"memory\": 0        , \"name\": \"0      \"}");
  CHECK(neutral("image: ${IMAGE}\n") == "<none>");
}

TEST_CASE("templates: what is not a directive", "[templates]") {
  CHECK(neutral("run: echo ${{ github.sha }}\n") == "<none>");      // GitHub, Azure
  CHECK(neutral("RUN echo ${#ARR[@]} ${%x} #}\n", Format::dockerfile) == "<none>");  // shell
  CHECK(neutral("name: {{ unclosed\n") == "<none>");
  CHECK(neutral("plain: text\n") == "<none>");
  // an unclosed opening does not hide a later directive of another kind
  CHECK(neutral("a: {{ x\nb: {% y %}\n") == "a: {{ x\nb: 0      \n");
}

TEST_CASE("templates: a file that parses once its directives are gone is a template", "[templates]") {
  // a Helm template outside templates/, which breaks YAML at line 4 (`}}-svc`)
  CHECK(is_template("apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Release.Name }}-svc\n  labels:\n"
                    "    {{- include \"web.labels\" . | nindent 4 }}\n",
                    Format::yaml));
  // Jinja with statements
  CHECK(is_template("{% if tls %}\ntls: true\n{% endif %}\nhosts:\n{% for h in hosts %}\n  - {{ h }}\n{% endfor %}\n",
                    Format::yaml));
  // a Terraform templatefile named .json
  CHECK(is_template("{\n  \"name\": \"${name}\",\n  \"memory\": ${memory},\n  \"essential\": true\n}\n", Format::json));
  // docker-library's jq templates
  CHECK(is_template("{{ if env.variant == \"alpine\" then ( -}}\nFROM alpine:{{ .alpine.version }}\n"
                    "{{ ) else ( -}}\nFROM debian:{{ .debian }}-slim\n{{ ) end -}}\nRUN set -eux\n",
                    Format::dockerfile));
  // cookiecutter in Terraform
  CHECK(is_template("resource \"aws_s3_bucket\" \"b\" {\n  bucket = {{ cookiecutter.bucket }}\n}\n", Format::hcl));
}

TEST_CASE("templates: a broken file stays broken with or without directives", "[templates]") {
  // the directives are quoted (valid YAML); the indentation is what is wrong
  CHECK_FALSE(is_template("msg: \"{{ greeting }}\"\nkey: value\n  bad: indent\n", Format::yaml));
  // a directive, and a real error elsewhere
  CHECK_FALSE(is_template("{{- if .Values.on }}\nkey: [unclosed\n{{- end }}\n", Format::yaml));
  CHECK_FALSE(is_template("{\"a\": ${a},, }", Format::json));
  // no directives at all
  CHECK_FALSE(is_template("apiVersion: apps/v1\n    kind: Deployment\n", Format::yaml));
  CHECK_FALSE(is_template("=data \"x\" \"y\" {}\n", Format::hcl));
}

TEST_CASE("templates: many openings without a closing cost linear time", "[templates]") {
  std::string hostile(4 << 20, '{');
  hostile += "%{{#";
  auto t0 = std::chrono::steady_clock::now();
  CHECK(neutral(hostile) == "<none>");
  CHECK(std::chrono::steady_clock::now() - t0 < std::chrono::seconds(2));
}
