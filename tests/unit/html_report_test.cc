// The HTML report: a golden file pins the page byte for byte (fixtures/golden/report.html, report-empty.html), and
// what a golden cannot show is asserted directly: hostile text stays text, nothing is loaded from anywhere and the
// Content-Security-Policy names exactly the page's style and script, the counts and the verdict, what is listed.
// tests/e2e/test_html_report.py renders a real scan's page in headless Chromium.
//
// Regenerate the goldens after an intended change with TOLLGATE_UPDATE_GOLDEN=1 and review the diff.
#include <openssl/evp.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <cstring>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "tollgate/report.h"
#include "tests/unit/report_samples.h"

namespace fs = std::filesystem;
using namespace tollgate;
using namespace tollgate::test;

namespace {

// --- the sample scan of reporters_test.cc, copied so that report.html shows the scan the other goldens show ----

RenderOptions opts(bool include_suppressed = false, Severity fail_on = Severity::low) {
  RenderOptions o;
  o.include_suppressed = include_suppressed;
  o.fail_on = fail_on;
  return o;
}

size_t count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + needle.size())) ++n;
  return n;
}

bool has(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

// The text between the first `open` and the following `close`.
std::string between(const std::string& s, const std::string& open, const std::string& close) {
  size_t a = s.find(open);
  if (a == std::string::npos) return "";
  a += open.size();
  size_t b = s.find(close, a);
  return b == std::string::npos ? "" : s.substr(a, b - a);
}

// 'sha256-<base64>', computed here with OpenSSL's EVP interface: an independent check of the page's own hashes.
std::string csp_hash_of(const std::string& text) {
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  EVP_Digest(text.data(), text.size(), md, &len, EVP_sha256(), nullptr);
  unsigned char b64[4 * ((EVP_MAX_MD_SIZE + 2) / 3) + 1];
  int n = EVP_EncodeBlock(b64, md, static_cast<int>(len));
  return "'sha256-" + std::string(reinterpret_cast<char*>(b64), n) + "'";
}

// Every value of attribute `name` in the page, as written (still escaped).
std::vector<std::string> attribute_values(const std::string& html, const std::string& name) {
  std::vector<std::string> values;
  const std::string key = " " + name + "=\"";
  for (size_t at = html.find(key); at != std::string::npos; at = html.find(key, at + 1)) {
    size_t from = at + key.size(), to = html.find('"', from);
    values.push_back(html.substr(from, to - from));
  }
  return values;
}

// Every tag of the page with its attributes' names, the script's text left out. The page quotes every
// attribute value with '"', so a value ends at the next '"'.
std::vector<std::pair<std::string, std::vector<std::string>>> tags(const std::string& html) {
  std::string page = html;
  size_t a = page.find("<script>"), b = page.find("</script>");
  if (a != std::string::npos && b != std::string::npos) page.erase(a + 8, b - a - 8);
  std::vector<std::pair<std::string, std::vector<std::string>>> out;
  for (size_t at = page.find('<'); at != std::string::npos; at = page.find('<', at + 1)) {
    if (page.compare(at, 2, "</") == 0) continue;  // a closing tag has no attributes
    size_t i = at + 1, end = page.size();
    auto word = [&](const char* stops) {
      size_t from = i;
      while (i < end && !std::strchr(stops, page[i])) ++i;
      return page.substr(from, i - from);
    };
    std::pair<std::string, std::vector<std::string>> tag{word(" \n>/"), {}};
    while (i < end && page[i] != '>') {
      if (page[i] == ' ' || page[i] == '\n' || page[i] == '/') {
        ++i;
        continue;
      }
      tag.second.push_back(word(" \n=>"));
      if (i < end && page[i] == '=') {
        REQUIRE(page[i + 1] == '"');
        i = page.find('"', i + 2) + 1;
      }
    }
    out.push_back(std::move(tag));
  }
  return out;
}

// A report in which everything that comes from a file or a rule tries to break out of its place.
Report hostile_report() {
  Report r;
  r.tool_version = "0.1.0\"><script>alert('version')</script>";
  r.files_scanned = 3;
  RuleInfo builtin = rule("config.x", "x", Severity::high, {"config"}, "help");
  RuleInfo custom = rule("acme.\"><img src=x onerror=alert(2)>", "y", Severity::low, {"acme"}, "help", {},
                         "pack/acme/x.lua");
  r.rules = {builtin, custom};
  std::sort(r.rules.begin(), r.rules.end(), [](const RuleInfo& a, const RuleInfo& b) { return a.id < b.id; });

  Finding a = finding("config.x", Severity::high, "<img src=x onerror=alert(1)>.yaml", span(1, 1, 1, 5),
                      "it's a \"quote\" & <script>alert(3)</script>\x1b]0;title\x07 \xc3\x28 \xed\xa0\x80 end",
                      "</code></pre><script>alert(4)</script>\x01\n", 1);
  Location rel;
  rel.path = "a\"b'c.yaml";
  rel.span = span(2, 3, 2, 4);
  rel.message = "<b onmouseover=alert(5)>related</b>";
  a.related.push_back(rel);
  a.provenance = {"<c0ffee>", "Mallory <m@example.com>", "2024-01-01\"><x>"};

  Finding b = finding(custom.id, Severity::low, "x' onmouseover='alert(6)", span(3, 1, 3, 2),
                      "custom", "line\n", 2);
  b.suppressed = true;
  b.suppression_reason = "</p><script>alert(7)</script>";

  r.findings = {a, b};
  std::sort(r.findings.begin(), r.findings.end(), finding_less);
  Notification n;
  n.level = Notification::Level::warning;
  n.message = "first line <i>\nsecond line\r\n\x1b[2J";
  n.path = "<svg onload=alert(8)>";
  n.line = 4;
  n.rule_id = "\"><iframe>";
  r.notifications = {n};
  return r;
}

}  // namespace

// --- golden files ---------------------------------------------------------------------------------------------
// The full page lists suppressed findings so that their rendering is pinned too; the empty one has defaults.

TEST_CASE("html report: golden", "[reporters][golden][html]") {
  check_golden("report.html", render_html(sample_report(), opts(true)));
  check_golden("report-empty.html", render_html(empty_report(), opts()));
}

TEST_CASE("html report: text from files and rules stays text", "[reporters][html]") {
  Report r = hostile_report();
  std::string html = render_html(r, opts(true));
  INFO(html);
  // The page's own markup: one script, one style, and no element or handler that a file could have brought.
  CHECK(count(html, "<script") == 1);
  CHECK(count(html, "</script>") == 1);
  CHECK(count(html, "<style") == 1);
  for (const char* injected : {"<img", "<b ", "<i>", "<iframe", "<svg onload", "<x>", "<c0ffee>", "onerror=alert(1)>"})
    CHECK_FALSE(has(html, injected));
  CHECK(has(html, "data-path=\"&lt;img src=x onerror=alert(1)&gt;.yaml\""));
  CHECK(has(html, "<span class=\"loc\">&lt;img src=x onerror=alert(1)&gt;.yaml:1:1</span>"));
  CHECK(has(html, "data-path=\"x&#39; onmouseover=&#39;alert(6)\""));
  CHECK(has(html, "<span class=\"loc\">a&quot;b&#39;c.yaml:2:3</span>: "
                  "&lt;b onmouseover=alert(5)&gt;related&lt;/b&gt;"));
  // Control characters dropped (the ESC, the BEL, SOH), malformed UTF-8 and a surrogate as U+FFFD.
  CHECK(has(html, "<p class=\"msg\">it&#39;s a &quot;quote&quot; &amp; &lt;script&gt;alert(3)&lt;/script&gt;]0;title "
                  "\xef\xbf\xbd( \xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd end</p>"));
  CHECK_FALSE(has(html, "\x1b"));
  CHECK_FALSE(has(html, "\x07"));
  CHECK_FALSE(has(html, "\x01"));
  CHECK(has(html, "<mark>&lt;/co</mark>de&gt;&lt;/pre&gt;&lt;script&gt;alert(4)&lt;/script&gt;</code></pre>"));
  CHECK(has(html, "<p class=\"sup\"><span class=\"tag\">suppressed</span> "
                  "&lt;/p&gt;&lt;script&gt;alert(7)&lt;/script&gt;</p>"));
  CHECK(has(html, "introduced in <code>&lt;c0ffee&gt;</code> by Mallory &lt;m@example.com&gt; on "
                  "2024-01-01&quot;&gt;&lt;x&gt;"));
  CHECK(has(html, "<h1>tollgate <small>0.1.0&quot;&gt;&lt;script&gt;alert(&#39;version&#39;)&lt;/script&gt;"
                  "</small></h1>"));
  // A notification keeps its line breaks (shown by white-space: pre-wrap), not its escape sequences.
  CHECK(has(html, "<span class=\"loc\">&lt;svg onload=alert(8)&gt;:4</span>: first line &lt;i&gt;\nsecond line\n[2J "
                  "[&quot;&gt;&lt;iframe&gt;]"));
  // A custom rule has no page under docs/rules/: its id is text, not a link; a built-in rule's id links there.
  CHECK(has(html, "<span class=\"rule\">acme.&quot;&gt;&lt;img src=x onerror=alert(2)&gt;</span>"));
  CHECK(has(html, "<a class=\"rule\" href=\"" + rule_help_uri("config.x") + "\">config.x</a>"));
  CHECK(has(html, "data-fam=\"acme\""));
  // No attribute value holds a raw quote or angle bracket: each ends where the page meant it to.
  for (const char* name : {"data-path", "data-fam", "data-sev", "href", "class", "value"})
    for (const std::string& v : attribute_values(html, name)) {
      INFO(name << "=" << v);
      CHECK(v.find_first_of("<>'") == std::string::npos);
    }
}

TEST_CASE("html report: nothing is loaded, and the policy allows exactly the page's style and script",
          "[reporters][html]") {
  for (const Report& r : {sample_report(), empty_report(), hostile_report()}) {
    std::string html = render_html(r, opts(true));
    for (const char* loader : {"<link", "@import", "url(", "<iframe", "<object", "<embed", "<base"})
      CHECK_FALSE(has(html, loader));
    CHECK_FALSE(has(html, "src=\"http"));
    // The only http(s) URLs are the links to the rules' documentation.
    for (size_t at = html.find("http"); at != std::string::npos; at = html.find("http", at + 1)) {
      if (html.compare(at, 10, "http-equiv") == 0) continue;
      INFO(html.substr(at > 40 ? at - 40 : 0, 120));
      CHECK(html.compare(at - 6, 6, "href=\"") == 0);
      CHECK(html.compare(at, 52, "https://github.com/tollgate-dev/tollgate/blob/main/d") == 0);
    }
    std::string policy = between(html, "<meta http-equiv=\"Content-Security-Policy\" content=\"", "\"");
    std::string css = between(html, "<style>", "</style>"), js = between(html, "<script>", "</script>");
    REQUIRE_FALSE(css.empty());
    REQUIRE_FALSE(js.empty());
    CHECK(policy == "default-src 'none'; style-src " + csp_hash_of(css) + "; script-src " + csp_hash_of(js) +
                        "; base-uri 'none'; form-action 'none'");
    // The policy comes before anything it governs.
    CHECK(html.find("Content-Security-Policy") < html.find("<style>"));
    // The page's tags: no element that loads, no source, no inline style or event handler (which the policy
    // would block anyway). Text never holds a raw '<', so outside the script every '<' opens a tag.
    for (const auto& [tag, attributes] : tags(html)) {
      INFO("<" << tag << " ...>");
      for (const char* bad : {"img", "link", "iframe", "object", "embed", "base", "audio", "video", "source", "image"})
        CHECK(tag != bad);
      for (const std::string& name : attributes) {
        INFO(name);
        CHECK(name.rfind("on", 0) != 0);
        for (const char* bad : {"src", "srcset", "style", "xlink:href", "action", "formaction", "background"})
          CHECK(name != bad);
      }
    }
  }
}

TEST_CASE("html report: counts, chart and verdict", "[reporters][html]") {
  Report r = sample_report();
  std::string html = render_html(r, opts());
  INFO(html);
  CHECK(has(html, "<title>tollgate: 5 new findings (1 critical, 1 high, 1 medium, 1 low, 1 info; 4 at or above low) "
                  "in 40 files; 1 in baseline; 1 suppressed; 2 errors, 1 warning</title>"));
  CHECK(has(html, "<p class=\"verdict fail\"><strong>Gate failed:</strong> 4 findings at or above <em>low</em>.</p>"));
  CHECK(render_html(r, opts(false, Severity::critical))
            .find("<strong>Gate failed:</strong> 1 finding at or above <em>critical</em>.") != std::string::npos);
  // The chart: one bar per severity, in its colour, as long as its count allows; each count written beside it.
  CHECK(count(html, "<rect ") == 5);
  CHECK(has(html, "aria-label=\"findings by severity: 1 critical, 1 high, 1 medium, 1 low, 1 info\""));
  CHECK(has(html, "width=\"300\" height=\"18\" rx=\"2\" fill=\"#b60205\"/><text x=\"384\" y=\"20\">1</text>"));
  // The family table: active findings only (the baselined gate finding and the suppressed one are not counted).
  CHECK(has(html, "<tr><td>manual-change</td><td class=\"z\">0</td><td class=\"z\">0</td><td class=\"z\">0</td>"
                  "<td>1</td><td class=\"z\">0</td><td>1</td></tr>"));
  CHECK_FALSE(has(html, "<tr><td>gates</td>"));
  CHECK(has(html, "<tfoot><tr><th>total</th><th>1</th><th>1</th><th>1</th><th>1</th><th>1</th><th>5</th></tr>"
                  "</tfoot>"));
  // The filters start with every finding, and count each severity and family.
  CHECK(has(html, "<output id=\"shown\">5 of 5 shown</output>"));
  CHECK(has(html, "<option value=\"manual-change\">manual-change (1)</option>"));
  CHECK(has(html, "value=\"critical\" checked> critical <span class=\"n\">1</span>"));
  CHECK(has(html, "<h2>Errors and warnings (3)</h2>"));
  CHECK(has(html, "<li class=\"error\"><span class=\"lvl\">error</span><span class=\"loc\">secrets/locked.env</span>: "
                  "could not read file: permission denied</li>"));

  // A clean scan passes, with an empty chart and no list to filter.
  std::string empty = render_html(empty_report(), opts());
  CHECK(has(empty, "<p class=\"verdict pass\"><strong>Gate passed:</strong> no finding at or above <em>low</em>.</p>"));
  CHECK(has(empty, "<p class=\"summary\">no findings in 12 files</p>"));
  CHECK(has(empty, "<p>No findings.</p>"));
  CHECK(count(empty, "<rect ") == 5);
  CHECK(count(empty, "width=\"0\" height=\"18\"") == 5);
  CHECK_FALSE(has(empty, "id=\"filters\""));
  CHECK_FALSE(has(empty, "Errors and warnings"));
}

TEST_CASE("html report: suppressed findings only when asked, baselined ones left out and counted",
          "[reporters][html]") {
  Report r = sample_report();
  std::string plain = render_html(r, opts());
  CHECK_FALSE(has(plain, "scripts/hotfix.sh"));
  CHECK_FALSE(has(plain, ".github/workflows/deploy.yml"));  // in the baseline
  CHECK(count(plain, "<li class=\"finding ") == 5);
  CHECK(has(plain, "<p class=\"note\">1 finding already in the baseline is not listed (5 new, 1 in baseline).</p>"));
  CHECK(has(plain, "<p class=\"note\">1 suppressed finding is not listed (<code>--include-suppressed</code> lists "
                   "them).</p>"));

  std::string all = render_html(r, opts(true));
  CHECK_FALSE(has(all, ".github/workflows/deploy.yml"));
  CHECK(count(all, "<li class=\"finding ") == 6);
  CHECK(has(all, "<li class=\"finding sev-low suppressed\" data-sev=\"low\" data-fam=\"manual-change\" "
                 "data-path=\"scripts/hotfix.sh\">"));
  CHECK(has(all, "<p class=\"sup\"><span class=\"tag\">suppressed</span> break-glass script, see &lt;OPS-123&gt; &amp; "
                 "runbook</p>"));
  CHECK_FALSE(has(all, "lists them)"));
  // Still counted apart from the active findings.
  CHECK(has(all, "<output id=\"shown\">6 of 6 shown</output>"));
  CHECK(has(all, "<p class=\"verdict fail\"><strong>Gate failed:</strong> 4 findings at or above <em>low</em>.</p>"));

  // Against a baseline with nothing new, the list says so.
  Report old = sample_report();
  for (Finding& f : old.findings) f.baseline = BaselineState::unchanged;
  CHECK(has(render_html(old, opts()), "<p>No new findings.</p>"));
}

TEST_CASE("html report: most severe first, each finding with its parts", "[reporters][html]") {
  std::string html = render_html(sample_report(), opts(true));
  std::vector<size_t> at;
  for (const char* sev : {"critical", "high", "medium", "low", "info"})
    at.push_back(html.find(std::string("<li class=\"finding sev-") + sev));
  CHECK(std::is_sorted(at.begin(), at.end()));
  CHECK(at.back() != std::string::npos);
  // Within a severity the report's order: scripts/déploiement.sh before scripts/hotfix.sh.
  CHECK(html.find("data-path=\"scripts/d\u00e9ploiement.sh\"") < html.find("data-path=\"scripts/hotfix.sh\""));
  // Built-in rules link to their page; the team's rule does not.
  CHECK(has(html, "<a class=\"rule\" href=\"https://github.com/tollgate-dev/tollgate/blob/main/docs/rules/secrets/"
                  "aws-access-key.md\">secrets.aws-access-key</a>"));
  CHECK(has(html, "<span class=\"rule\">security.custom-thing</span>"));
  // Snippets numbered, the span marked, tabs kept for the page to expand.
  CHECK(has(html, "<pre><code><span class=\"ln\">3</span>aws_key = <mark>AKIA****************</mark></code></pre>"));
  CHECK(has(html, "<span class=\"ln\">7</span>  <mark>instance_type = &quot;m5.large&quot;</mark>\n"
                  "<span class=\"ln\">8</span>  count         = 3\n<span class=\"ln\">9</span>}</code></pre>"));
  CHECK(has(html, "<span class=\"ln\">8</span>\t<mark>kubectl apply</mark> -f k8s/  # na\u00efve"));
  CHECK(has(html, "<ul class=\"related\"><li><span class=\"loc\">infra/envs/staging/main.tf:7:3</span>: the staging "
                  "value</li></ul>"));
  // No fingerprint or content key: they identify findings for tools, not people.
  CHECK_FALSE(has(html, "key-1"));
  CHECK_FALSE(has(html, sample_report().findings[0].fingerprint));
}

TEST_CASE("html report: the mark covers a secret's mask, not the bytes it replaced", "[reporters][html]") {
  Report r;
  r.files_scanned = 1;
  // Source: `token: ghp_` + 36 characters + ` # ci`; the secret (40 code points from column 8) is masked to 8.
  Finding f = finding("secrets.github-pat", Severity::critical, "ci.env", span(1, 8, 1, 48), "GitHub token",
                      "token: ghp_**** # ci\n", 1);
  f.masked = {MaskedRun{8, 40, 8}};
  r.findings = {f};
  std::string html = render_html(r, opts());
  CHECK(has(html, "<span class=\"ln\">1</span>token: <mark>ghp_****</mark> # ci</code></pre>"));
  // A span past the line's end is clamped to it; a finding without a line has no numbers and no mark.
  r.findings[0].location.span = span(1, 30, 1, 40);
  r.findings[0].masked.clear();
  CHECK(has(render_html(r, opts()), "<pre><code><span class=\"ln\">1</span>token: ghp_**** # ci</code></pre>"));
  r.findings[0].location.span = Span{};
  CHECK(has(render_html(r, opts()), "<pre><code>token: ghp_**** # ci</code></pre>"));
  r.findings[0].snippet = "  \n";
  CHECK_FALSE(has(render_html(r, opts()), "<pre>"));
}

TEST_CASE("html report: provenance of a history scan's finding", "[reporters][html]") {
  Report r;
  r.files_scanned = 1;
  Finding f =
      finding("secrets.aws-access-key", Severity::critical, "a.env", span(1, 1, 1, 5), "key", "k=AKIA****\n", 1);
  f.provenance = {"0123456789abcdef0123456789abcdef01234567", "Ada Tester", "2024-05-06"};
  r.findings = {f};
  CHECK(has(render_html(r, opts()), "<p class=\"prov\">introduced in <code>0123456789ab</code> by Ada Tester on "
                                    "2024-05-06</p>"));
}

TEST_CASE("html report: deterministic, machine-independent, and never reads the scanned files", "[reporters][html]") {
  CHECK(render_html(sample_report(), opts(true)) == render_html(sample_report(), opts(true)));
  const std::string secret = "AKIAIOSFODNN7EXAMPLE";
  fs::path dir = fs::temp_directory_path() / "tollgate-html-report-test";
  fs::create_directories(dir);
  fs::path file = dir / "leak.env";
  write_file(file, "aws_key = " + secret + "\n");
  Report r = sample_report();
  Finding f = finding("secrets.aws-access-key", Severity::critical, file.string(), span(1, 11, 1, 31),
                      "AWS access key ID in source", "aws_key = AKIA****************\n", 11);
  f.secret_range = std::make_pair(10u, 30u);
  f.content_key = secret;
  r.findings.push_back(f);
  std::string html = render_html(r, opts(true));
  CHECK_FALSE(has(html, "IOSFODNN7EXAMPLE"));
  fs::remove_all(dir);
  std::string plain = render_html(sample_report(), opts(true));
  CHECK_FALSE(has(plain, TOLLGATE_SOURCE_DIR));
  CHECK_FALSE(has(plain, fs::current_path().string()));
}

TEST_CASE("html report: 10,000 findings, every one listed, in linear time", "[reporters][html]") {
  auto make = [](int n) {
    Report r;
    r.tool_version = "0.1.0";
    r.rules = sample_rules();
    r.files_scanned = n / 10;
    const char* rules[] = {"secrets.aws-access-key", "gates.deploy-without-approval", "drift.env-parity",
                           "manual-change.kubectl-apply", "observability.no-health-check"};
    for (int i = 0; i < n; ++i) {
      Finding f = finding(rules[i % 5], static_cast<Severity>(4 - i % 5), "dir" + std::to_string(i / 10) + "/file.yaml",
                          span(i % 10 + 1, 3, i % 10 + 1, 12), "message number " + std::to_string(i),
                          "  key: value_" + std::to_string(i) + "\n", i);
      r.findings.push_back(std::move(f));
    }
    std::sort(r.findings.begin(), r.findings.end(), finding_less);
    return r;
  };
  Report big = make(10000), half = make(5000);
  auto timed = [](const Report& r, std::string* out) {
    auto start = std::chrono::steady_clock::now();
    *out = render_html(r, opts());
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  };
  std::string big_html, half_html;
  timed(half, &half_html);  // warm up
  double t_half = timed(half, &half_html), t_big = timed(big, &big_html);
  CHECK(count(big_html, "<li class=\"finding ") == 10000);
  CHECK(has(big_html, "<output id=\"shown\">10000 of 10000 shown</output>"));
  // About 700 bytes a finding; twice the findings, about twice the bytes and the time.
  CHECK(big_html.size() < 10000 * 1000 + 20000);
  CHECK(big_html.size() < 2.1 * half_html.size());
  CHECK(t_big < 1.0);
  CHECK(t_big < 4 * t_half + 0.05);
}
