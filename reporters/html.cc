// One self-contained HTML page for people: the gate's verdict, a chart and a table of the counts, then every
// finding, most severe first, with its masked snippet, related locations, suppression and provenance, and the
// tool's errors and warnings. Nothing is loaded from anywhere: the style and the script are inline, and a
// Content-Security-Policy allows exactly those two by their SHA-256, so a scanned file's text that escaped its
// escaping still could not run or load anything. Everything taken from files or rules (paths, messages,
// snippets, reasons, rule ids) is escaped for HTML, malformed UTF-8 becomes U+FFFD and control characters are
// dropped. With JavaScript off every finding is listed; the script adds filters by severity, family and path,
// which read the findings' data-* attributes. Like the text and markdown reports, findings already in the
// baseline are left out and counted. Output is deterministic: no dates, no host, no absolute paths.
#define OPENSSL_SUPPRESS_DEPRECATED  // SHA256_Init/Update/Final, as engine/findings.cc (no provider loading)
#include <openssl/sha.h>

#include <algorithm>
#include <array>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "reporters/common.h"
#include "tollgate/report.h"

namespace tollgate {
namespace {

using reporting::next_code_point;

constexpr std::array<Severity, 5> kMostSevereFirst = {Severity::critical, Severity::high, Severity::medium,
                                                      Severity::low, Severity::info};

// The severities' colours: the badges, the findings' left edges and the chart's bars (kCss uses the same).
const char* severity_colour(Severity s) {
  switch (s) {
    case Severity::critical: return "#b60205";
    case Severity::high: return "#e4572e";
    case Severity::medium: return "#f0a202";
    case Severity::low: return "#2d7dd2";
    case Severity::info: return "#6c757d";
  }
  return "#6c757d";
}

// The page's style and script are constants, never built from report data: the policy names them by hash.
constexpr std::string_view kCss = R"css(
:root{color-scheme:light}
*{box-sizing:border-box}
[hidden]{display:none!important}
html{background:#f3f4f6}
body{margin:0;color:#1f2328;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif}
header,main,footer{max-width:1100px;margin:0 auto;padding:0 24px}
header{padding-top:20px}
h1{font-size:22px;margin:0 0 4px}
h1 small{font-size:14px;font-weight:400;color:#59636e}
h2{font-size:17px;margin:28px 0 10px}
.summary{margin:4px 0 10px;font-size:15px}
.verdict{display:inline-block;margin:0;padding:5px 12px;border-radius:6px;border:1px solid}
.fail{background:#ffebe9;color:#82071e;border-color:#ffcecb}
.pass{background:#dafbe1;color:#116329;border-color:#aceebb}
.sev-critical{--c:#b60205}.sev-high{--c:#e4572e}.sev-medium{--c:#f0a202}.sev-low{--c:#2d7dd2}.sev-info{--c:#6c757d}
.overview{display:flex;flex-wrap:wrap;gap:20px;align-items:flex-start}
.panel{background:#fff;border:1px solid #d1d9e0;border-radius:6px;padding:10px 14px;margin:0}
.panel figcaption{font-weight:600;padding-bottom:6px}
a{color:#0969da}
.chart text{font-size:12px;fill:#1f2328}
table{border-collapse:collapse}
th,td{border-bottom:1px solid #e6e9ed;padding:3px 10px;text-align:right;font-variant-numeric:tabular-nums}
th:first-child,td:first-child{text-align:left}
thead th{font-weight:600;border-bottom:2px solid var(--c,#d1d9e0)}
tfoot th{border-bottom:0}
.z{color:#aab2bb}
.badge{display:inline-block;min-width:62px;padding:0 6px;border-radius:10px;background:var(--c);color:#fff;
  font-size:12px;font-weight:600;text-align:center}
.badge.sev-medium{color:#1f2328}
#filters{position:sticky;top:0;z-index:1;display:flex;flex-wrap:wrap;gap:8px 22px;align-items:center;
  margin:0 0 10px;background:#fff;border:1px solid #d1d9e0;border-radius:6px;padding:8px 12px}
#filters fieldset{border:0;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:4px 12px}
#filters legend{float:left;font-weight:600;margin-right:6px}
#filters .n{color:#59636e}
#filters input[type=search]{width:16em}
#shown{color:#59636e;margin-left:auto}
.findings{list-style:none;margin:0;padding:0}
.finding{background:#fff;border:1px solid #d1d9e0;border-left:5px solid var(--c);border-radius:6px;
  margin:0 0 8px;padding:8px 12px}
.finding.suppressed{opacity:.72}
.head{display:flex;flex-wrap:wrap;gap:4px 10px;align-items:baseline}
.rule{font-weight:600}
.loc,code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace;font-size:12.5px}
.loc{color:#59636e;word-break:break-all;unicode-bidi:isolate}
.msg{margin:4px 0 0;overflow-wrap:anywhere}
pre{margin:6px 0 0;padding:6px 8px;background:#f6f8fa;border:1px solid #eaeef2;border-radius:4px;overflow-x:auto;
  tab-size:4}
.ln{display:inline-block;min-width:4ch;margin-right:1.5ch;color:#8c959f;text-align:right;user-select:none}
mark{background:#fff0b3;color:inherit;border-bottom:2px solid var(--c)}
.related{margin:6px 0 0;padding-left:18px}
.prov,.sup,.note{margin:6px 0 0;color:#59636e}
.tag{display:inline-block;padding:0 6px;border-radius:10px;background:#eaeef2;color:#1f2328;font-size:12px}
.notes{padding-left:0;list-style:none}
.notes li{background:#fff;border:1px solid #d1d9e0;border-radius:6px;margin:0 0 6px;padding:6px 10px;
  white-space:pre-wrap;overflow-wrap:anywhere}
.lvl{font-weight:600;text-transform:uppercase;font-size:12px;margin-right:6px}
.error .lvl{color:#b60205}.warning .lvl{color:#9a6700}
footer{padding:24px;color:#59636e;font-size:12px}
)css";

// Filters the list: reads data-sev, data-fam and data-path once, hides what does not match, and shows each
// severity's and family's count among the findings the other filters keep. The filters start from the URL's
// fragment (#sev=critical,high&fam=secrets&file=k8s/), which they keep up to date, so a view can be shared.
constexpr std::string_view kJs = R"js(
(function () {
  "use strict";
  var form = document.getElementById("filters"), list = document.getElementById("list");
  if (!form || !list) return;
  var items = list.children, n = items.length, sev = [], fam = [], path = [], i;
  for (i = 0; i < n; i++) {
    var d = items[i].dataset;
    sev.push(d.sev); fam.push(d.fam); path.push((d.path || "").toLowerCase());
  }
  var boxes = Array.prototype.slice.call(form.querySelectorAll("input[name=sev]"));
  var famSel = form.elements.fam, file = form.elements.file, shown = document.getElementById("shown");
  var p = new URLSearchParams(location.hash.slice(1));
  if (p.has("sev")) {
    var want = p.get("sev").split(",");
    boxes.forEach(function (b) { b.checked = want.indexOf(b.value) >= 0; });
  }
  if (p.has("fam")) famSel.value = p.get("fam");
  if (famSel.selectedIndex < 0) famSel.value = "";
  if (p.has("file")) file.value = p.get("file");
  function update(save) {
    var on = {}, bySev = {}, byFam = {}, q = file.value.toLowerCase(), f = famSel.value, total = 0;
    boxes.forEach(function (b) { on[b.value] = b.checked; bySev[b.value] = 0; });
    for (i = 0; i < famSel.options.length; i++) byFam[famSel.options[i].value] = 0;
    for (i = 0; i < n; i++) {
      var pm = !q || path[i].indexOf(q) >= 0, sm = on[sev[i]] === true, fm = !f || fam[i] === f;
      if (pm && fm) bySev[sev[i]]++;
      if (pm && sm) { byFam[fam[i]]++; byFam[""]++; }
      var show = pm && sm && fm;
      if (items[i].hidden === show) items[i].hidden = !show;
      if (show) total++;
    }
    boxes.forEach(function (b) { b.parentNode.querySelector(".n").textContent = bySev[b.value]; });
    for (i = 0; i < famSel.options.length; i++) {
      var o = famSel.options[i];
      o.textContent = (o.value || "all families") + " (" + byFam[o.value] + ")";
    }
    shown.textContent = total + " of " + n + " shown";
    if (!save) return;
    var h = new URLSearchParams(), off = boxes.filter(function (b) { return !b.checked; });
    if (off.length) {
      h.set("sev", boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; }).join(","));
    }
    if (f) h.set("fam", f);
    if (q) h.set("file", file.value);
    try { history.replaceState(null, "", "#" + h.toString()); } catch (e) {}
  }
  // Typing in the path box waits for a pause: each pass lays out the whole list again.
  var timer = 0;
  function later(e) {
    clearTimeout(timer);
    timer = setTimeout(update, e.target === file ? 150 : 0, true);
  }
  form.addEventListener("input", later);
  form.addEventListener("change", later);
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  form.hidden = false;
  update(false);
})();
)js";

// 'sha256-<base64>' of a style or script, for the policy.
std::string csp_hash(std::string_view text) {
  unsigned char md[SHA256_DIGEST_LENGTH];
  SHA256_CTX ctx;
  SHA256_Init(&ctx);
  SHA256_Update(&ctx, text.data(), text.size());
  SHA256_Final(md, &ctx);
  static const char* b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string s = "'sha256-";
  for (size_t i = 0; i < sizeof md; i += 3) {
    uint32_t v = md[i] << 16 | (i + 1 < sizeof md ? md[i + 1] << 8 : 0) | (i + 2 < sizeof md ? md[i + 2] : 0);
    s += b64[v >> 18 & 63];
    s += b64[v >> 12 & 63];
    s += i + 1 < sizeof md ? b64[v >> 6 & 63] : '=';
    s += i + 2 < sizeof md ? b64[v & 63] : '=';
  }
  return s + "'";
}

// The whole policy: nothing may load, only the page's own style and script may apply, and no <base> or form
// target may send anything anywhere. (frame-ancestors cannot be set from a meta tag.)
const std::string& content_security_policy() {
  static const std::string policy = "default-src 'none'; style-src " + csp_hash(kCss) + "; script-src " +
                                    csp_hash(kJs) + "; base-uri 'none'; form-action 'none'";
  return policy;
}

// Appends s as HTML text, safe in element content and in a quoted attribute alike: & < > " ' as entities,
// malformed UTF-8 as U+FFFD, control characters dropped; line breaks and tabs become spaces unless kept (a
// snippet's tabs, a multi-line notification).
void put(std::string& out, std::string_view s, bool keep_breaks = false) {
  for (size_t i = 0; i < s.size();) {
    unsigned char b = static_cast<unsigned char>(s[i]);
    if (b >= 0x20 && b < 0x7F) {  // the common case, one byte at a time
      ++i;
      switch (b) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += static_cast<char>(b);
      }
      continue;
    }
    char32_t c = next_code_point(s, i);
    if (c == '\n' || c == '\t') out += keep_breaks ? static_cast<char>(c) : ' ';
    else if (c == '\r') out += keep_breaks ? "" : " ";
    else if (!reporting::is_control(c)) reporting::append_utf8(out, c);
  }
}

size_t code_points(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size(); ++n) next_code_point(s, i);
  return n;
}

// A snippet line with code points [from, to) in a <mark>: where the finding is, in the masked text.
void put_marked(std::string& out, std::string_view line, size_t from, size_t to) {
  size_t i = 0;
  for (size_t k = 0; i < line.size() && k < from; ++k) next_code_point(line, i);
  put(out, line.substr(0, i), true);
  size_t j = i;
  for (size_t k = from; j < line.size() && k < to; ++k) next_code_point(line, j);
  out += "<mark>";
  put(out, line.substr(i, j - i), true);
  out += "</mark>";
  put(out, line.substr(j), true);
}

// The masked source lines, numbered, with the finding's span marked on the first (as text.cc's caret: the
// span's columns are moved past the masks by snippet_column, and anything past the line is clamped to its end).
void put_snippet(std::string& out, const Finding& f) {
  auto lines = reporting::split_lines(f.snippet);
  if (std::all_of(lines.begin(), lines.end(),
                  [](std::string_view l) { return l.find_first_not_of(" \t") == std::string_view::npos; }))
    return;
  const Span& sp = f.location.span;
  out += "<pre><code>";
  for (size_t k = 0; k < lines.size(); ++k) {
    if (k) out += '\n';
    if (sp.line > 0) out += "<span class=\"ln\">" + std::to_string(sp.line + k) + "</span>";
    size_t n = k == 0 && sp.line > 0 && sp.col > 0 ? code_points(lines[k]) : 0;
    size_t from = n ? std::min<size_t>(snippet_column(f, sp.col, false) - 1, n) : 0;
    if (from >= n) {
      put(out, lines[k], true);
      continue;
    }
    size_t to = sp.end_line == sp.line && sp.end_col > sp.col
                    ? std::min<size_t>(snippet_column(f, sp.end_col, true) - 1, n)
                    : n;
    put_marked(out, lines[k], from, std::max(to, from + 1));
  }
  out += "</code></pre>";
}

void put_finding(std::string& out, const Report& r, const Finding& f) {
  const char* sev = severity_name(f.severity);
  out += "<li class=\"finding sev-";
  out += sev;
  if (f.suppressed) out += " suppressed";
  out += "\" data-sev=\"";
  out += sev;
  out += "\" data-fam=\"";
  put(out, reporting::family_of(f.rule_id));
  out += "\" data-path=\"";
  put(out, f.location.path);
  out += "\">\n<div class=\"head\"><span class=\"badge sev-";
  out += sev;
  out += "\">";
  out += sev;
  out += "</span> ";
  const RuleInfo* rule = reporting::rule_named(r, f.rule_id);
  if (rule && reporting::has_builtin_docs(rule)) {
    out += "<a class=\"rule\" href=\"";
    put(out, rule_help_uri(f.rule_id));
    out += "\">";
    put(out, f.rule_id);
    out += "</a>";
  } else {
    out += "<span class=\"rule\">";
    put(out, f.rule_id);
    out += "</span>";
  }
  out += " <span class=\"loc\">";
  put(out, reporting::location_text(f.location));
  out += "</span></div>\n<p class=\"msg\">";
  put(out, f.message);
  out += "</p>\n";
  put_snippet(out, f);
  if (!f.related.empty()) {
    out += "\n<ul class=\"related\">";
    for (const Location& rel : f.related) {
      out += "<li><span class=\"loc\">";
      put(out, reporting::location_text(rel));
      out += "</span>";
      if (!rel.message.empty()) {
        out += ": ";
        put(out, rel.message);
      }
      out += "</li>";
    }
    out += "</ul>";
  }
  if (!f.provenance.commit.empty()) {
    out += "\n<p class=\"prov\">introduced in <code>";
    put(out, f.provenance.commit.substr(0, 12));
    out += "</code> by ";
    put(out, f.provenance.author);
    out += " on ";
    put(out, f.provenance.date);
    out += "</p>";
  }
  if (f.suppressed) {
    out += "\n<p class=\"sup\"><span class=\"tag\">suppressed</span>";
    if (!f.suppression_reason.empty()) {
      out += ' ';
      put(out, f.suppression_reason);
    }
    out += "</p>";
  }
  out += "\n</li>\n";
}

// Horizontal bars of the active findings by severity, scaled to the largest count.
void put_chart(std::string& out, const reporting::Tally& t) {
  constexpr uint64_t kRow = 28, kBarX = 78, kBarMax = 300;
  uint64_t most = *std::max_element(t.by_severity.begin(), t.by_severity.end());
  out += "<figure class=\"panel\"><figcaption>Findings by severity</figcaption>\n<svg class=\"chart\" width=\"440\" "
         "height=\"146\" viewBox=\"0 0 440 146\" role=\"img\" aria-label=\"findings by severity:";
  for (size_t k = 0; k < kMostSevereFirst.size(); ++k) {
    Severity s = kMostSevereFirst[k];
    out += (k ? ", " : " ") + std::to_string(t.by_severity[static_cast<size_t>(s)]) + ' ' + severity_name(s);
  }
  out += "\">\n";
  for (size_t k = 0; k < kMostSevereFirst.size(); ++k) {
    Severity s = kMostSevereFirst[k];
    uint64_t count = t.by_severity[static_cast<size_t>(s)];
    uint64_t width = count == 0 ? 0 : std::max<uint64_t>(2, count * kBarMax / most);
    std::string y = std::to_string(6 + k * kRow), text_y = std::to_string(6 + k * kRow + 14);
    out += "<text x=\"" + std::to_string(kBarX - 8) + "\" y=\"" + text_y + "\" text-anchor=\"end\">" +
           severity_name(s) + "</text><rect x=\"" + std::to_string(kBarX) + "\" y=\"" + y + "\" width=\"" +
           std::to_string(width) + "\" height=\"18\" rx=\"2\" fill=\"" + severity_colour(s) + "\"/><text x=\"" +
           std::to_string(kBarX + width + 6) + "\" y=\"" + text_y + "\">" + std::to_string(count) + "</text>\n";
  }
  out += "</svg></figure>\n";
}

void put_count_cell(std::string& out, const char* tag, uint64_t n) {
  out += n == 0 ? std::string("<") + tag + " class=\"z\">0</" + tag + ">"
                : std::string("<") + tag + ">" + std::to_string(n) + "</" + tag + ">";
}

// The active findings by family and severity, with totals.
void put_family_table(std::string& out, const reporting::Tally& t) {
  out += "<figure class=\"panel\"><figcaption>Findings by family</figcaption>\n<table>\n<thead><tr><th>family</th>";
  for (Severity s : kMostSevereFirst)
    out += std::string("<th class=\"sev-") + severity_name(s) + "\">" + severity_name(s) + "</th>";
  out += "<th>total</th></tr></thead>\n<tbody>\n";
  for (const auto& [family, counts] : t.by_family) {
    out += "<tr><td>";
    put(out, family);
    out += "</td>";
    uint64_t total = 0;
    for (Severity s : kMostSevereFirst) {
      put_count_cell(out, "td", counts[static_cast<size_t>(s)]);
      total += counts[static_cast<size_t>(s)];
    }
    put_count_cell(out, "td", total);
    out += "</tr>\n";
  }
  out += "</tbody>\n<tfoot><tr><th>total</th>";
  for (Severity s : kMostSevereFirst) put_count_cell(out, "th", t.by_severity[static_cast<size_t>(s)]);
  put_count_cell(out, "th", t.active);
  out += "</tr></tfoot></table></figure>\n";
}

// The filters, hidden until the script shows them: without JavaScript they could not work.
void put_filters(std::string& out, const std::vector<const Finding*>& listed) {
  std::array<uint64_t, 5> by_severity{};
  std::map<std::string, uint64_t> by_family;
  for (const Finding* f : listed) {
    ++by_severity[static_cast<size_t>(f->severity)];
    ++by_family[reporting::family_of(f->rule_id)];
  }
  out += "<form id=\"filters\" hidden>\n<fieldset><legend>Severity</legend>";
  for (Severity s : kMostSevereFirst) {
    const char* name = severity_name(s);
    out += std::string("<label><input type=\"checkbox\" name=\"sev\" value=\"") + name + "\" checked> " + name +
           " <span class=\"n\">" + std::to_string(by_severity[static_cast<size_t>(s)]) + "</span></label>";
  }
  out += "</fieldset>\n<label>Family <select name=\"fam\"><option value=\"\">all families (" +
         std::to_string(listed.size()) + ")</option>";
  for (const auto& [family, n] : by_family) {
    out += "<option value=\"";
    put(out, family);
    out += "\">";
    put(out, family);
    out += " (" + std::to_string(n) + ")</option>";
  }
  out += "</select></label>\n<label>File <input type=\"search\" name=\"file\" placeholder=\"path contains\" "
         "autocomplete=\"off\" spellcheck=\"false\"></label>\n<output id=\"shown\">" +
         std::to_string(listed.size()) + " of " + std::to_string(listed.size()) + " shown</output>\n</form>\n";
}

void put_notifications(std::string& out, const Report& r) {
  out += "<section id=\"notifications\">\n<h2>Errors and warnings (" + std::to_string(r.notifications.size()) +
         ")</h2>\n<ul class=\"notes\">\n";
  for (const Notification& n : r.notifications) {
    const char* level = n.level == Notification::Level::error ? "error" : "warning";
    out += std::string("<li class=\"") + level + "\"><span class=\"lvl\">" + level + "</span>";
    if (!n.path.empty()) {
      out += "<span class=\"loc\">";
      put(out, n.path);
      if (n.line > 0) out += ':' + std::to_string(n.line);
      out += "</span>: ";
    }
    put(out, n.message, true);
    if (!n.rule_id.empty()) {
      out += " [";
      put(out, n.rule_id);
      out += "]";
    }
    out += "</li>\n";
  }
  out += "</ul>\n</section>\n";
}

}  // namespace

std::string render_html(const Report& r, const RenderOptions& o) {
  const reporting::Tally t = reporting::tally(r, o);
  const std::string summary = reporting::summary_line(r, t, o);

  // The findings to list: active ones (and suppressed ones when asked for), most severe first, then as sorted.
  std::vector<const Finding*> listed;
  for (const Finding& f : r.findings)
    if (reporting::is_listed(f, o) && !(!f.suppressed && reporting::in_baseline(f))) listed.push_back(&f);
  std::stable_sort(listed.begin(), listed.end(),
                   [](const Finding* a, const Finding* b) { return a->severity > b->severity; });

  std::string out;
  size_t estimate = 12000;
  for (const Finding* f : listed)
    estimate += 600 + 2 * (f->message.size() + f->snippet.size() + f->location.path.size());
  out.reserve(estimate);

  out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta http-equiv=\"Content-Security-Policy\" content=\"";
  out += content_security_policy();
  out += "\">\n<meta name=\"referrer\" content=\"no-referrer\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>tollgate: ";
  put(out, summary);
  out += "</title>\n<style>";
  out += kCss;
  out += "</style>\n</head>\n<body>\n<header>\n<h1>tollgate <small>";
  put(out, r.tool_version);
  out += "</small></h1>\n<p class=\"summary\">";
  put(out, summary);
  out += "</p>\n";
  std::string fail_on = severity_name(o.fail_on);
  if (t.failing > 0)
    out += "<p class=\"verdict fail\"><strong>Gate failed:</strong> " +
           reporting::plural(t.failing, "finding", "findings") + " at or above <em>" + fail_on + "</em>.</p>\n";
  else
    out += "<p class=\"verdict pass\"><strong>Gate passed:</strong> no finding at or above <em>" + fail_on +
           "</em>.</p>\n";
  out += "</header>\n<main>\n<h2>Summary</h2>\n<section class=\"overview\">\n";
  put_chart(out, t);
  if (t.active > 0) put_family_table(out, t);
  out += "</section>\n<section id=\"findings\">\n<h2>Findings (" + std::to_string(listed.size()) + ")</h2>\n";
  if (listed.empty()) {
    out += r.baseline_used ? "<p>No new findings.</p>\n" : "<p>No findings.</p>\n";
  } else {
    put_filters(out, listed);
    out += "<ol class=\"findings\" id=\"list\">\n";
    for (const Finding* f : listed) put_finding(out, r, *f);
    out += "</ol>\n";
  }
  if (t.in_baseline > 0)
    out += "<p class=\"note\">" + reporting::plural(t.in_baseline, "finding", "findings") +
           " already in the baseline " + (t.in_baseline == 1 ? "is" : "are") + " not listed (" +
           reporting::baseline_summary(r) + ").</p>\n";
  if (t.suppressed > 0 && !o.include_suppressed)
    out += "<p class=\"note\">" + reporting::plural(t.suppressed, "suppressed finding", "suppressed findings") + ' ' +
           (t.suppressed == 1 ? "is" : "are") + " not listed (<code>--include-suppressed</code> lists them).</p>\n";
  out += "</section>\n";
  if (!r.notifications.empty()) put_notifications(out, r);
  out += "</main>\n<footer>tollgate ";
  put(out, r.tool_version);
  out += "</footer>\n<script>";
  out += kJs;
  out += "</script>\n</body>\n</html>\n";
  return out;
}

}  // namespace tollgate
