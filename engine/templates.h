// Templates that only become YAML, JSON, HCL or a Dockerfile once rendered (Helm and other Go templates, Jinja,
// cookiecutter, Terraform templatefile, docker-library's Dockerfile.template), told apart from broken files.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "tollgate/document.h"

namespace tollgate {

// `text` with its template directives neutralised, or nothing when it has none. A directive is `{{ }}` (not the
// `${{ }}` of GitHub and Azure, which those formats read), `{% %}`, `{# #}`, `%{ }` and, in JSON, `${ }`; it may
// span lines. A directive alone on its lines becomes blanks (a `{{- if }}` or `{% for %}` line leaves no text);
// one within other text becomes `0` and blanks (`name: {{ .x }}-svc` -> `name: 0       -svc`), which every format
// reads as a value. Newlines stay, so lines and columns do not move.
std::optional<std::string> neutralise_template_directives(std::string_view text, Format format);

// Whether a file that failed to parse is a template: it has template directives, and without them it parses.
// A broken file that also holds directives still fails without them, and is reported.
bool is_unrendered_template(const SourceText& src, Format format);

}  // namespace tollgate
