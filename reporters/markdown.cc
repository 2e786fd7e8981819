// Markdown for a pull-request comment or a CI job summary ($GITHUB_STEP_SUMMARY, a GitLab MR note): the verdict
// of the gate, counts by severity and by family, then one table row per finding, most severe first. Everything
// taken from scanned files or rules (paths, messages, snippets) is escaped, so a hostile file name or message can
// neither break the table nor inject markup. The listing stops at kMaxRows findings (a GitHub comment holds
// 65,536 characters); the summary counts them all.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "reporters/common.h"
#include "tollgate/report.h"

namespace tollgate {
namespace {

using reporting::markdown_text;

constexpr size_t kMaxRows = 150;
constexpr size_t kMaxSnippet = 120;  // code points of the source line shown per finding

}  // namespace

std::string render_markdown(const Report& r, const RenderOptions& o) {
  const reporting::Tally t = reporting::tally(r, o);
  std::string out = "### tollgate: " + markdown_text(reporting::summary_line(r, t, o)) + "\n\n";
  if (t.failing > 0)
    out += "**Gate failed:** " + reporting::plural(t.failing, "finding", "findings") + " at or above *" +
           severity_name(o.fail_on) + "*.\n\n";
  else
    out += std::string("**Gate passed:** no finding at or above *") + severity_name(o.fail_on) + "*.\n\n";

  if (t.active > 0) {
    out += "| Family | critical | high | medium | low | info |\n|---|---:|---:|---:|---:|---:|\n";
    for (const auto& [family, counts] : t.by_family) {
      out += "| " + markdown_text(family);
      for (int v = static_cast<int>(Severity::critical); v >= static_cast<int>(Severity::info); --v)
        out += " | " + std::to_string(counts[v]);
      out += " |\n";
    }
    out += "\n";
  }

  // The findings to list: active ones (and suppressed ones when asked for), most severe first, then as sorted.
  std::vector<const Finding*> listed;
  for (const Finding& f : r.findings)
    if (reporting::is_listed(f, o) && !(!f.suppressed && reporting::in_baseline(f))) listed.push_back(&f);
  std::stable_sort(listed.begin(), listed.end(),
                   [](const Finding* a, const Finding* b) { return a->severity > b->severity; });
  if (!listed.empty()) {
    out += "| Severity | Rule | Location | Finding |\n|---|---|---|---|\n";
    for (size_t i = 0; i < listed.size() && i < kMaxRows; ++i) {
      const Finding& f = *listed[i];
      // Rule ids are lower-case words, dots and dashes (rule_loader.cc): safe in a code span as they are.
      std::string id = "`" + f.rule_id + "`";
      const RuleInfo* rule = reporting::rule_named(r, f.rule_id);
      if (rule && reporting::has_builtin_docs(rule)) id = "[" + id + "](" + rule_help_uri(f.rule_id) + ")";
      out += "| " + std::string(severity_name(f.severity)) + " | " + id + " | ";
      out += markdown_text(reporting::location_text(f.location));
      out += " | " + markdown_text(f.message);
      std::string line = f.snippet.substr(0, f.snippet.find('\n'));
      if (size_t lead = line.find_first_not_of(" \t"); lead != std::string::npos)
        out += "<br><code>" + markdown_text(std::string_view(line).substr(lead), kMaxSnippet) + "</code>";
      if (f.suppressed) {
        out += "<br>*suppressed*";
        if (!f.suppression_reason.empty()) out += ": " + markdown_text(f.suppression_reason);
      }
      out += " |\n";
    }
    if (listed.size() > kMaxRows)
      out += "\n*" + std::to_string(kMaxRows) + " of " + std::to_string(listed.size()) +
             " findings listed, the most severe first; the SARIF or JSON report has every one.*\n";
    out += "\n";
  }

  if (!r.notifications.empty()) {
    out += "**Errors and warnings**\n\n";
    for (const Notification& n : r.notifications) {
      out += std::string("- ") + (n.level == Notification::Level::error ? "error" : "warning") + ": ";
      if (!n.path.empty()) out += markdown_text(n.path + (n.line > 0 ? ":" + std::to_string(n.line) : "")) + ": ";
      out += markdown_text(n.message);
      if (!n.rule_id.empty()) out += " (" + markdown_text(n.rule_id) + ")";
      out += "\n";
    }
    out += "\n";
  }
  return out;
}

}  // namespace tollgate
