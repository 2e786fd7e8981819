#include "engine/templates.h"

#include <algorithm>

#include "tollgate/parsers.h"

namespace tollgate {

namespace {

// The directive that opens at text[at] ("{{", "{%", ...): its closing, or empty when none opens there.
std::string_view directive_close(std::string_view text, size_t at, Format format) {
  std::string_view two = text.substr(at, 2);
  // ${{ }} is a GitHub or Azure expression, valid where it stands; ${#x} and ${%x} are shell.
  if (two[0] == '{' && at > 0 && text[at - 1] == '$') return {};
  if (two == "{{") return "}}";
  if (two == "{%") return "%}";
  if (two == "{#") return "#}";
  if (two == "%{" || (two == "${" && format == Format::json)) return "}";
  return {};
}

bool blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

}  // namespace

std::optional<std::string> neutralise_template_directives(std::string_view text, Format format) {
  std::string out(text);
  bool any = false;
  // Closings that no longer occur: an opening without one is not a directive, and looking again for each of
  // thousands of openings would be quadratic.
  std::string_view missing[4];  // at most "}}", "%}", "#}", "}"
  size_t n_missing = 0;
  for (size_t at = 0; at + 1 < text.size(); ++at) {
    std::string_view close = directive_close(text, at, format);
    if (close.empty() || std::find(missing, missing + n_missing, close) != missing + n_missing) continue;
    size_t end = text.find(close, at + 2);
    if (end == std::string_view::npos) {
      missing[n_missing++] = close;
      continue;
    }
    end += close.size();
    // Alone on its lines: nothing but blanks between the line start before it and the line end after it.
    size_t b = at, e = end;
    while (b > 0 && blank(text[b - 1])) --b;
    while (e < text.size() && blank(text[e])) ++e;
    bool alone = (b == 0 || text[b - 1] == '\n') && (e == text.size() || text[e] == '\n');
    for (size_t i = at; i < end; ++i)
      if (text[i] != '\n') out[i] = ' ';
    if (!alone) out[at] = '0';
    any = true;
    at = end - 1;
  }
  if (!any) return std::nullopt;
  return out;
}

bool is_unrendered_template(const SourceText& src, Format format) {
  std::optional<std::string> plain = neutralise_template_directives(src.bytes(), format);
  if (!plain) return false;
  return !parse(format, SourceText::make(src.path(), std::move(*plain))).error;
}

}  // namespace tollgate
