// The fast YAML scanner (parsers/yaml/yaml_fast_scanner.h) against libyaml. Wherever the scanner accepts an
// input, both readers must give the same events with the same marks and the same documents: every node's type,
// text, tag, quoting and span, every key and key span, roots, document indexes, errors. Wherever it declines,
// parse_yaml must give libyaml's result. The inputs: every YAML fixture, the benchmark's generated files,
// hand-written edge cases, and a few thousand generated and mutated snippets (TOLLGATE_YAML_FUZZ=N runs N).
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "bench/corpus.h"
#include "parsers/yaml/yaml_fast_scanner.h"
#include "parsers/yaml/yaml_readers.h"
#include "tollgate/parsers.h"

using namespace tollgate;

namespace {

// --- Events.

struct Recorded {
  yaml::EventType type;
  yaml::ScalarStyle style;
  bool flow, implicit;
  uint32_t begin, end;
  std::string value, tag, anchor;

  bool operator==(const Recorded&) const = default;
};

std::string describe(const Recorded& e) {
  static const char* const kNames[] = {"document-start", "document-end", "scalar",    "sequence-start",
                                       "sequence-end",   "mapping-start", "mapping-end", "alias"};
  std::ostringstream o;
  o << kNames[static_cast<int>(e.type)] << " [" << e.begin << "," << e.end << ")";
  if (e.type == yaml::EventType::scalar) o << " style " << static_cast<int>(e.style) << " \"" << e.value << "\"";
  if (e.flow) o << " flow";
  if (e.implicit) o << " implicit";
  if (!e.tag.empty()) o << " tag " << e.tag;
  if (!e.anchor.empty()) o << " anchor " << e.anchor;
  return o.str();
}

struct Recorder : yaml::EventSink {
  std::vector<Recorded> events;
  bool event(const yaml::Event& e) override {
    events.push_back(Recorded{e.type, e.style, e.flow, e.implicit, e.begin, e.end, std::string(e.value),
                              std::string(e.tag), std::string(e.anchor)});
    return true;
  }
};

// The first event where the two streams differ, or "" when they are the same.
std::string first_event_difference(const std::vector<Recorded>& fast, const std::vector<Recorded>& lib) {
  for (size_t i = 0; i < std::max(fast.size(), lib.size()); ++i) {
    if (i < fast.size() && i < lib.size() && fast[i] == lib[i]) continue;
    return "event " + std::to_string(i) + ": fast " + (i < fast.size() ? describe(fast[i]) : "(none)") +
           ", libyaml " + (i < lib.size() ? describe(lib[i]) : "(none)");
  }
  return "";
}

// --- Documents.

std::string show(const Span& s) {
  return std::to_string(s.line) + ":" + std::to_string(s.col) + "-" + std::to_string(s.end_line) + ":" +
         std::to_string(s.end_col) + " [" + std::to_string(s.begin) + "," + std::to_string(s.end) + ")";
}

bool same_span(const Span& a, const Span& b) {
  return a.line == b.line && a.col == b.col && a.end_line == b.end_line && a.end_col == b.end_col &&
         a.begin == b.begin && a.end == b.end;
}

// Compares two node graphs. Aliases share nodes, so the graphs are DAGs: a node met again must correspond to
// the node it corresponded to before (the same sharing), and is not walked twice (a billion laughs stays cheap).
class NodeComparer {
 public:
  std::string compare(const Node* a, const Node* b, const std::string& path) {
    if (!a || !b) return a == b ? "" : path + ": one root is null";
    auto [it, fresh] = seen_.emplace(a, b);
    if (!fresh) return it->second == b ? "" : path + ": the nodes are shared differently";
    if (a->type != b->type)
      return path + ": type " + node_type_name(a->type) + " vs " + node_type_name(b->type);
    if (a->quoted != b->quoted) return path + ": quoted " + std::to_string(a->quoted) + " vs " + std::to_string(b->quoted);
    if (a->text != b->text) return path + ": text \"" + a->text + "\" vs \"" + b->text + "\"";
    if (a->tag != b->tag) return path + ": tag " + a->tag + " vs " + b->tag;
    if (a->refs != b->refs) return path + ": refs differ";
    if (!same_span(a->span, b->span)) return path + ": span " + show(a->span) + " vs " + show(b->span);
    if (a->entries.size() != b->entries.size())
      return path + ": " + std::to_string(a->entries.size()) + " vs " + std::to_string(b->entries.size()) + " entries";
    for (size_t i = 0; i < a->entries.size(); ++i) {
      const Entry& x = a->entries[i];
      const Entry& y = b->entries[i];
      std::string at = path + "/" + (a->is_map() ? x.key : std::to_string(i));
      if (x.key != y.key) return at + ": key \"" + x.key + "\" vs \"" + y.key + "\"";
      if (!same_span(x.key_span, y.key_span)) return at + ": key span " + show(x.key_span) + " vs " + show(y.key_span);
      std::string d = compare(x.value, y.value, at);
      if (!d.empty()) return d;
    }
    return "";
  }

 private:
  std::map<const Node*, const Node*> seen_;
};

std::string first_difference(const ParseResult& a, const ParseResult& b) {
  if (a.error.has_value() != b.error.has_value())
    return std::string("error: ") + (a.error ? a.error->message : "none") + " vs " + (b.error ? b.error->message : "none");
  if (a.error) {
    if (a.error->message != b.error->message) return "error message: " + a.error->message + " vs " + b.error->message;
    if (a.error->offset != b.error->offset)
      return "error offset: " + std::to_string(a.error->offset) + " vs " + std::to_string(b.error->offset);
    if (!same_span(a.error->span, b.error->span)) return "error span: " + show(a.error->span) + " vs " + show(b.error->span);
  }
  if (a.documents.size() != b.documents.size())
    return "documents: " + std::to_string(a.documents.size()) + " vs " + std::to_string(b.documents.size());
  for (size_t i = 0; i < a.documents.size(); ++i) {
    const Document& x = *a.documents[i];
    const Document& y = *b.documents[i];
    std::string at = "document " + std::to_string(i);
    if (x.index != y.index) return at + ": index " + std::to_string(x.index) + " vs " + std::to_string(y.index);
    if (x.format != y.format || x.kind != y.kind || x.deferred != y.deferred) return at + ": format, kind or deferral";
    if (x.source != y.source) return at + ": a different SourceText";
    if (x.arena.size() != y.arena.size())
      return at + ": " + std::to_string(x.arena.size()) + " vs " + std::to_string(y.arena.size()) + " nodes made";
    std::string d = NodeComparer().compare(x.root, y.root, at);
    if (!d.empty()) return d;
  }
  return "";
}

// --- The check every input goes through.

struct Tally {
  int inputs = 0;
  int accepted = 0;    // the fast scanner read the input
  int valid = 0;       // libyaml read it without an error
  int valid_accepted = 0;
};

// Runs both readers on text and checks that they agree; true when the fast scanner accepted it.
bool check_same(const std::string& text, Tally* tally = nullptr) {
  auto src = SourceText::make("t.yaml", text);
  ParseResult lib = yaml::parse_libyaml(src);
  std::optional<ParseResult> fast = yaml::parse_fast(src);
  ParseResult both = parse_yaml(src);
  INFO("input (" << text.size() << " bytes):\n" << text << "\n--- end of input");
  if (fast) {
    INFO("the fast scanner accepted the input");
    CHECK(first_difference(*fast, lib) == "");
    Recorder fast_events, lib_events;
    REQUIRE(yaml::scan_fast(text, fast_events));
    CHECK(yaml::read_events_libyaml(text, lib_events));
    CHECK(first_event_difference(fast_events.events, lib_events.events) == "");
  }
  CHECK(first_difference(both, lib) == "");
  if (tally) {
    ++tally->inputs;
    tally->accepted += fast.has_value();
    tally->valid += !lib.error;
    tally->valid_accepted += fast.has_value() && !lib.error;
  }
  return fast.has_value();
}

std::string read(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::filesystem::path> yaml_fixtures() {
  std::vector<std::filesystem::path> out;
  for (const auto& e : std::filesystem::recursive_directory_iterator(std::string(TOLLGATE_SOURCE_DIR) + "/fixtures")) {
    std::string ext = e.path().extension().string();
    if (e.is_regular_file() && (ext == ".yaml" || ext == ".yml")) out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

int fuzz_rounds(int fallback) {
  const char* env = std::getenv("TOLLGATE_YAML_FUZZ");
  return env ? std::max(1, std::atoi(env)) : fallback;
}

// With TOLLGATE_YAML_FUZZ set (a long run by hand), the share of inputs the scanner took is worth seeing.
void report(const char* what, const Tally& t) {
  if (std::getenv("TOLLGATE_YAML_FUZZ"))
    WARN(what << ": " << t.accepted << " of " << t.inputs << " accepted by the fast scanner; libyaml read "
              << t.valid << " without an error, of which the scanner accepted " << t.valid_accepted);
}

// --- Generated snippets.

// Combines the constructs the scanner reads, and some it must decline, at random: nested block collections
// with odd indentation, compact forms, every scalar style, comments, blank lines, block scalars with every
// header, empty values, flow collections, properties and aliases, documents, trailing spaces and tabs.
class SnippetGenerator {
 public:
  explicit SnippetGenerator(uint64_t seed) { rng_.s = seed * 0x9E3779B97F4A7C15ull + 1; }

  std::string next() {
    out_.clear();
    anchors_ = 0;
    int docs = pick(4) == 0 ? 1 + pick(3) : 1;
    for (int d = 0; d < docs; ++d) {
      if (d > 0 || pick(3) == 0) out_ += pick(5) == 0 ? "--- # doc\n" : "---\n";
      if (pick(12) == 0) out_ += pick(2) ? "# only a comment\n" : "\n";
      if (pick(15) == 0) continue;  // an empty document
      switch (pick(8)) {
        case 0: block_seq(0, 0); break;
        case 1: line(0, value_line()); break;
        case 2: out_ += plain() + "\n"; if (pick(2)) continuation(-1); break;
        default: block_map(pick(10) == 0 ? 2 : 0, 0); break;
      }
      if (pick(8) == 0) out_ += "...\n";
    }
    if (pick(10) == 0 && !out_.empty() && out_.back() == '\n') out_.pop_back();  // no final line break
    return out_;
  }

 private:
  int pick(int n) { return rng_.below(n); }

  // How much deeper a nested block goes: usually 2, sometimes 1, 3 or 4.
  int step() {
    int r = pick(10);
    return r < 6 ? 2 : r < 8 ? 4 : r == 8 ? 1 : 3;
  }

  // Usually n, sometimes one off: the scanner must decline or agree on badly indented lines.
  int jitter(int n) {
    int r = pick(40);
    return r == 0 ? n + 1 : r == 1 && n > 0 ? n - 1 : n;
  }

  void line(int indent, const std::string& text) {
    out_.append(static_cast<size_t>(jitter(indent)), ' ');
    out_ += text;
    out_ += trailing();
    out_ += '\n';
    if (pick(10) == 0) out_ += blank_or_comment(indent);
  }

  std::string trailing() {
    switch (pick(14)) {
      case 0: return "  ";
      case 1: return " # note";
      case 2: return "\t";
      case 3: return " #";
      default: return "";
    }
  }

  std::string blank_or_comment(int indent) {
    switch (pick(5)) {
      case 0: return "\n";
      case 1: return std::string(static_cast<size_t>(indent + pick(3)), ' ') + "\n";
      case 2: return std::string(static_cast<size_t>(pick(6)), ' ') + "# comment\n";
      case 3: return "#\n";
      default: return std::string(static_cast<size_t>(indent), ' ') + "# at the indentation\n";
    }
  }

  std::string key() {
    static const char* const kKeys[] = {"name", "image", "a", "b", "key with spaces", "app.kubernetes.io/name",
                                        "x-1", "replicas", "on", "3", "null", "<<", "\"quoted key\"", "'single'",
                                        "ключ", "k:v", "-dash", "?q", "a#b", "empty", "b", "name"};
    return kKeys[pick(static_cast<int>(std::size(kKeys)))];
  }

  std::string plain() {
    static const char* const kPlain[] = {
        "web", "nginx:1.25", "registry.example.com/app:1.0", "3", "-7", "0x1F", "0o17", "3.5", "1e3", ".inf",
        "-.Inf", ".nan", "true", "False", "yes", "~", "null", "NULL", "a b  c", "http://x.y/z?q=1#frag",
        "${{ secrets.TOKEN }}", "{{ .Values.image }}", "a:b", "a #b", "a#b", "-", "--x", "?x", ":x", "x:",
        "é café", "日本語", "😀", "a,b", "a[0]", "a{b}", "100m", "9223372036854775808", "-9223372036854775808",
        "@at", "`tick`", "%pct", "!bang", "&amp", "*star", "|pipe", ">gt", "a: b", "a -b", "0", "00", "+1",
        "x\ty"};
    return kPlain[pick(static_cast<int>(std::size(kPlain)))];
  }

  std::string single_quoted() {
    static const char* const kSingle[] = {"'x'", "''", "'it''s'", "'a # b'", "'a: b'", "'é'", "'tab\there'",
                                          "'unterminated", "'  spaced  '", "'\"'", "'yes'", "'42'"};
    return kSingle[pick(static_cast<int>(std::size(kSingle)))];
  }

  std::string double_quoted() {
    static const char* const kDouble[] = {
        "\"x\"", "\"\"", "\"a\\tb\"", "\"a\\nb\"", "\"q\\\"q\"", "\"back\\\\slash\"", "\"\\u00e9\\x41\\U0001F600\"",
        "\"\\/\"", "\"\\0\\a\\b\\v\\f\\r\\e\\ \\N\\_\\L\\P\"", "\"bad \\q escape\"", "\"\\ud800\"", "\"\\x4\"",
        "\"é\"", "\"unterminated", "\"a # b\"", "\"a: b\"", "\"\\'\"", "\"42\"", "\"tab\there\"", "\"\\\tx\""};
    return kDouble[pick(static_cast<int>(std::size(kDouble)))];
  }

  std::string scalar() {
    switch (pick(6)) {
      case 0: return single_quoted();
      case 1: return double_quoted();
      default: return plain();
    }
  }

  std::string properties() {
    static const char* const kTags[] = {"!Ref", "!Sub", "!GetAtt", "!!str", "!!int", "!!float", "!!bool",
                                        "!!null", "!Custom", "!", "!a!b", "!<tag:x>", "!!seq", "!!map"};
    std::string p;
    int r = pick(10);
    if (r == 0 || r == 2) p += "&a" + std::to_string(anchors_++) + " ";
    if (r == 1 || r == 2) p += std::string(kTags[pick(static_cast<int>(std::size(kTags)))]) + " ";
    if (r == 3) p += "!Ref ";
    return p;
  }

  std::string alias() { return "*a" + std::to_string(anchors_ > 0 ? pick(anchors_ + 1) : 0); }

  std::string flow(int depth) {
    bool map = pick(2) == 0;
    int n = pick(4);
    std::string s = map ? "{" : "[";
    if (pick(4) == 0) s += " ";
    for (int i = 0; i < n; ++i) {
      if (i > 0) s += pick(4) == 0 ? " , " : ", ";
      if (map) {
        s += pick(6) == 0 ? double_quoted() : plain_for_flow();
        int v = pick(8);
        if (v == 0) continue;  // a key without a value
        s += v == 1 ? ":" : ": ";
        if (v == 2) continue;  // an empty value
      }
      int k = pick(10);
      if (k == 0 && depth < 3) s += flow(depth + 1);
      else if (k == 1) s += alias();
      else if (k == 2) s += scalar();
      else s += plain_for_flow();
    }
    if (n > 0 && pick(6) == 0) s += ",";
    if (pick(4) == 0) s += " ";
    if (pick(30) == 0) s += "\n  ";  // a collection over two lines
    s += map ? "}" : "]";
    return s;
  }

  std::string plain_for_flow() {
    static const char* const kFlowPlain[] = {"main", "--a", "b c", "http://x", "a:b", "x", "1", "true", "é",
                                             "a?b", "-", "?", "a #c", "a:", "v1.2"};
    return kFlowPlain[pick(static_cast<int>(std::size(kFlowPlain)))];
  }

  // What follows `key:` or `- ` on the same line, for a scalar-like value.
  std::string value_line() {
    switch (pick(12)) {
      case 0: return properties() + scalar();
      case 1: return flow(0);
      case 2: return alias();
      case 3: return properties() + flow(0);
      default: return scalar();
    }
  }

  // Lines that may continue a plain scalar ended by a line break, at the indentation of a collection at
  // column indent: more indented lines continue it; blank lines fold into line breaks; a comment ends it.
  void continuation(int indent) {
    static const char* const kLines[] = {"continued", "more words  here", "- dash", "[a, b]", "&x y", "*y", "!t z",
                                         "'q'", "\"d\"", "k: v", "# comment", "a #b", "a:b", ": x", "|", "...",
                                         "---", "é"};
    int lines = 1 + pick(3);
    for (int i = 0; i < lines; ++i) {
      if (pick(4) == 0) out_ += pick(2) ? "\n" : "  \n";
      int col = std::max(0, indent + (pick(6) == 0 ? -1 + pick(2) : step()));
      out_ += std::string(static_cast<size_t>(col), ' ') + kLines[pick(static_cast<int>(std::size(kLines)))] + trailing() + "\n";
    }
  }

  void block_scalar_body(int indent, std::string header) {
    static const char* const kHeaders[] = {"|", "|-", "|+", ">", ">-", ">+", "|2", ">1-", "|+3", "|0", "| # c",
                                           "|#c", ">  "};
    out_ += header + kHeaders[pick(static_cast<int>(std::size(kHeaders)))] + "\n";
    int lines = pick(6);
    int content = indent + step();
    if (pick(8) == 0) out_ += std::string(static_cast<size_t>(content + pick(4)), ' ') + "\n";  // leading blank
    for (int i = 0; i < lines; ++i) {
      switch (pick(9)) {
        case 0: out_ += "\n"; break;
        case 1: out_ += std::string(static_cast<size_t>(content + 2), ' ') + "more indented\n"; break;
        case 2: out_ += std::string(static_cast<size_t>(content), ' ') + "\ttab first\n"; break;
        case 3: out_ += std::string(static_cast<size_t>(content), ' ') + "# not a comment\n"; break;
        case 4: out_ += std::string(static_cast<size_t>(content + pick(3)), ' ') + "\n"; break;
        default: out_ += std::string(static_cast<size_t>(content), ' ') + "text line " + std::to_string(i) + "\n";
      }
    }
    if (pick(5) == 0) out_ += "\n\n";
  }

  // A value after `key:` at indent (the mapping's column).
  void map_value(int indent, int depth, const std::string& head) {
    int r = depth >= 5 ? 4 + pick(8) : pick(12);
    switch (r) {
      case 0: out_ += head + (pick(3) ? "" : " # comment") + "\n"; block_map(indent + step(), depth + 1); break;
      case 1: out_ += head + "\n"; block_seq(pick(2) ? indent + step() : indent, depth + 1); break;  // or indentless
      case 2: block_scalar_body(indent, head + " " + (pick(4) ? "" : properties())); break;
      case 3: {
        std::string p = properties();
        out_ += head + (p.empty() ? "" : " " + p) + "\n";
        switch (pick(4)) {  // properties, then the node on the lines below (or nothing)
          case 0: break;
          case 1: out_ += std::string(static_cast<size_t>(indent + step()), ' ') + value_line() + "\n"; break;
          case 2: block_scalar_body(indent, std::string(static_cast<size_t>(indent + step()), ' ')); break;
          default: block_map(indent + step(), depth + 1);
        }
        break;
      }
      case 4: out_ += head + "\n"; break;  // an empty value
      case 5: out_ += head + "\n" + std::string(static_cast<size_t>(indent + step()), ' ') + scalar() + "\n"; break;
      case 6: out_ += head + " " + plain() + "\n"; continuation(indent); break;
      default: {
        out_ += head + " " + value_line() + trailing() + "\n";
        if (pick(10) == 0) out_ += blank_or_comment(indent);
      }
    }
  }

  void block_map(int indent, int depth) {
    int n = 1 + pick(4);
    for (int i = 0; i < n; ++i) {
      std::string head = std::string(static_cast<size_t>(jitter(indent)), ' ') + key() + (pick(20) ? ":" : " :");
      if (pick(25) == 0) head = std::string(static_cast<size_t>(indent), ' ') + "? " + key() + "\n" +
                                std::string(static_cast<size_t>(indent), ' ') + ":";
      if (pick(30) == 0) head = std::string(static_cast<size_t>(indent), ' ') + "<<: " + alias();
      map_value(indent, depth, head);
    }
  }

  void block_seq(int indent, int depth) {
    int n = 1 + pick(4);
    for (int i = 0; i < n; ++i) {
      std::string dash = std::string(static_cast<size_t>(jitter(indent)), ' ') + "-";
      int r = depth >= 5 ? 3 + pick(6) : pick(9);
      if (r == 8 && pick(2)) r = 6;
      switch (r) {
        case 0: {
          // A compact mapping: the following keys line up with the first one.
          std::string pad = pick(6) == 0 ? "   " : " ";
          int col = indent + 1 + static_cast<int>(pad.size());
          std::string head = dash + pad + key() + ":";
          map_value(col, depth + 1, head);
          int more = pick(3);
          for (int k = 0; k < more; ++k)
            map_value(col, depth + 1, std::string(static_cast<size_t>(jitter(col)), ' ') + key() + ":");
          break;
        }
        case 1: {
          out_ += dash + " - " + scalar() + "\n";  // a compact sequence
          if (pick(2)) out_ += std::string(static_cast<size_t>(indent + 2), ' ') + "- " + scalar() + "\n";
          break;
        }
        case 2: out_ += dash + "\n"; block_map(indent + step(), depth + 1); break;
        case 3: out_ += dash + (pick(2) ? "" : " ") + "\n"; break;  // an empty item
        case 4: block_scalar_body(indent, dash + " "); break;
        case 6: out_ += dash + " " + plain() + "\n"; continuation(indent); break;
        case 5: out_ += dash + " " + properties() + "\n"; if (pick(2)) block_seq(indent + step(), depth + 1); break;
        default: out_ += dash + " " + value_line() + trailing() + "\n";
      }
    }
  }

  bench::Rng rng_;
  std::string out_;
  int anchors_ = 0;
};

// Random edits of a valid input: most make it invalid or odd, and the two readers must still agree.
std::string mutate(std::string s, bench::Rng& r) {
  static const char* const kInserts[] = {" ", "\n", "\t", ":", "- ", "#", "'", "\"", "|", ">", "[", "]", "{", "}",
                                         ",", "&a ", "*a", "!!str ", "---\n", "...\n", "\r", "é", "\\", "? ", "  ",
                                         "%YAML 1.2\n", "\xEF\xBB\xBF"};
  int edits = 1 + r.below(3);
  for (int k = 0; k < edits && !s.empty(); ++k) {
    size_t at = static_cast<size_t>(r.below(static_cast<int>(s.size())));
    switch (r.below(6)) {
      case 0: s.erase(at, 1); break;
      case 1: s.insert(at, kInserts[r.below(static_cast<int>(std::size(kInserts)))]); break;
      case 2: {  // indent or outdent a line
        size_t line = s.rfind('\n', at);
        line = line == std::string::npos ? 0 : line + 1;
        if (r.below(2) && s[line] == ' ') s.erase(line, 1);
        else s.insert(line, " ");
        break;
      }
      case 3: {  // duplicate a line
        size_t b = s.rfind('\n', at);
        b = b == std::string::npos ? 0 : b + 1;
        size_t e = s.find('\n', at);
        e = e == std::string::npos ? s.size() : e + 1;
        s.insert(e, s.substr(b, e - b));
        break;
      }
      case 4: s.resize(at); break;  // truncated
      default: {  // delete a line
        size_t b = s.rfind('\n', at);
        b = b == std::string::npos ? 0 : b + 1;
        size_t e = s.find('\n', at);
        s.erase(b, e == std::string::npos ? std::string::npos : e + 1 - b);
      }
    }
  }
  return s;
}

}  // namespace

TEST_CASE("yaml fast path: every YAML fixture gives libyaml's documents", "[yaml]") {
  Tally all, ci;  // ci: Kubernetes manifests and GitHub workflows
  for (const auto& path : yaml_fixtures()) {
    INFO("fixture " << path.string());
    std::string text = read(path);
    bool accepted = check_same(text, &all);
    std::string p = path.generic_string();
    if (p.find("/k8s/") != std::string::npos || p.find("/.github/") != std::string::npos) {
      ++ci.inputs;
      ci.accepted += accepted;
    }
  }
  report("fixtures", all);
  INFO(all.accepted << " of " << all.inputs << " fixtures accepted; " << all.valid_accepted << " of the " << all.valid
                    << " that libyaml reads without an error; Kubernetes and workflows: " << ci.accepted << " of "
                    << ci.inputs);
  CHECK(all.inputs >= 150);
  // The scanner must carry the common inputs, not decline them: otherwise the test would pass with a scanner
  // that declines everything.
  CHECK(ci.accepted * 100 >= ci.inputs * 95);
  CHECK(all.valid_accepted * 100 >= all.valid * 95);
}

TEST_CASE("yaml fast path: the benchmark's Kubernetes and workflow files are all accepted", "[yaml]") {
  bench::Rng r;
  for (int i = 0; i < 150; ++i) {
    INFO("generated file " << i);
    CHECK(check_same(bench::k8s_file(r, i)));
    CHECK(check_same(bench::workflow_file(r, i)));
  }
}

TEST_CASE("yaml fast path: edge cases agree with libyaml, and the subset is accepted", "[yaml]") {
  // Each of these is read by the fast scanner; the marks and values must be libyaml's.
  const char* const accepted[] = {
      "a: 1\n",
      "a: 1",
      "a:\nb:\n- \n- x\nc: {d}\n",
      "a:\n  - x\n  # c\n",
      "- - x\n  - y\n- a: 1\n  b:\n",
      "-\n- \n-  # c\n-\n",
      "key:    value   # comment\n",
      "'q': \"d\"\n\"x y\" : 'z'\n",
      "a: 'it''s'\nb: \"\\t\\u00e9\\x41\\U0001F600\\\"\\\\\\/\"\n",
      "lit: |\n  line1\n  line2\n\nfold: >\n  a\n  b\n\n  c\nstrip: |-\n  x\nkeep: |+\n  y\n\nend: 1\n",
      "a: |\n  x\n\n  y\n \nb: >-\n  a\n  b\n\n   c\n",
      "a: >\n  folded\n    more indented\n  back\n\n\n  after blanks\n",
      "a: |2\n    two extra\n  base\n",
      "- |\n  in a sequence\n- >-\n  folded\n  item\n",
      "a: |\n  last line without a break",
      "a: |\n",
      "a: |",
      "a: |+\n\n\n",
      "args: [\"--a\", \"b\"]\nempty: []\nmap: {}\nnested: {a: [1, {b: c}], 'q': \"x\"}\n",
      "f: [a, b, ]\ng: {a: , b}\nh: [http://x, a:b]\n",
      "a: &anchor\n  x: 1\nb: *anchor\nc:\n  <<: *anchor\n  y: 2\n",
      "- &s scalar\n- *s\n- !!str 42\n- !Ref Bucket\n- !Sub 'a-${X}'\n- !GetAtt\n  - A\n  - B\n",
      "a: !!str\nb: &x\nc: 2\n",
      "a: &x\n- 1\nb: !Custom\n- 2\n",
      "a: !Sub |\n  line ${X}\n",
      "---\n---\n...\n",
      "--- # c\na: 1\n...\n# x\n",
      "a: 1\n---\nb: 2\n...\n---\n# nothing here\n---\nc: 3\n",
      "",
      "\n\n",
      "# only a comment\n",
      "---\n",
      "  a: 1\n  b: 2\n",
      "key:\n  value on the next line\n",
      "key:\n  \"quoted on the next line\"\n",
      "é: ünïcödé\n日本: 語\n",
      "a: b # c\n# d\n\n  # e\n",
      "seq:\n- a\n- b\nnext: x\n",
      "- a: 1\n  b:\n    - c\n  d: e\n- f\n",
      "a: !Sub\n  \"x ${Y}\"\n",
      "- &a\n  plain\n",
      "a: &x\n  [1, 2]\nb: !!str\n  |\n   text\nc: 1\n",
      "a: &x\n\n  # c\n  b: 1\n",
      "top:\n  - a: |\n      x\n    b: >-\n      y\n  - c\n",
      // Plain scalars over several lines.
      "if: a &&\n    b\nx: 1\n",
      "- a\n  - b\n  [c]\n- d\n",
      "a\nb\n\nc\n---\nd\n",
      "k:\n- a\n b # c\nz: 1\n",
      "k: a\n  b\n   \n  c",
      "k: v\n  é ü\n",
      "- k: a\n    b\n  j: c\n",
  };
  for (const char* text : accepted) {
    INFO("must be accepted");
    CHECK(check_same(text));
  }
  // These the scanner declines (libyaml reads them, or reports an error): parse_yaml must give libyaml's result.
  const char* const declined[] = {
      "a: multi\n  line plain\n  # comment\n  more\n",
      "a: multi\n  line: key\n",
      "a: \"multi\n  line\"\n",
      "a: [1,\n  2]\n",
      "? complex\n: key\n",
      "%YAML 1.2\n---\na: 1\n",
      "\xEF\xBB\xBF" "a: 1\n",
      "a: 1\r\nb: 2\r\n",
      "a:\tb\n",
      "\ta: 1\n",
      "a: b: c\n",
      "a: 1\n  b: 2\n",
      "- a\nb: 1\n",
      "a: !<tag:x> b\n",
      "&a b: c\n",
      "a: *unknown\n",
      "\"a\"#c\n",
      "a: |#c\n  x\n",
      "key: \"unterminated\n",
      "a: [b: c]\n",
      "a:\n  - x\n   - y\n",
      "a: |\n  text\n\t\nb: 1\n",
  };
  for (const char* text : declined) check_same(text);
  // libyaml forgets a possible key 1024 characters after its start: a longer key is an error (or, in a flow
  // mapping, a key without a value and an error). The scanner leaves keys over 1000 bytes to libyaml.
  check_same(std::string(1100, 'k') + ": v\n");
  check_same("{" + std::string(1100, 'k') + ": v}\n");
  check_same("- \"" + std::string(1100, 'q') + "\": v\n");
  CHECK(check_same(std::string(900, 'k') + ": v\n"));
  CHECK(check_same("{" + std::string(900, 'k') + ": v}\n"));
}

TEST_CASE("yaml fast path: generated snippets agree with libyaml", "[yaml]") {
  Tally t;
  int rounds = fuzz_rounds(3000);
  for (int i = 0; i < rounds; ++i) {
    SnippetGenerator gen(static_cast<uint64_t>(i));
    std::string text = gen.next();
    INFO("snippet " << i);
    check_same(text, &t);
  }
  report("generated snippets", t);
  INFO(t.accepted << " of " << t.inputs << " snippets accepted; " << t.valid << " valid for libyaml");
  // Many snippets are invalid or outside the subset on purpose, but the scanner must read a good share.
  CHECK(t.accepted * 4 >= t.inputs);
}

TEST_CASE("yaml fast path: mutated inputs agree with libyaml", "[yaml]") {
  std::vector<std::string> seeds;
  for (const auto& path : yaml_fixtures()) seeds.push_back(read(path));
  bench::Rng corpus;
  for (int i = 0; i < 20; ++i) seeds.push_back(bench::k8s_file(corpus, i));
  for (int i = 0; i < 200; ++i) seeds.push_back(SnippetGenerator(static_cast<uint64_t>(100000 + i)).next());
  Tally t;
  bench::Rng r;
  int rounds = fuzz_rounds(2000);
  for (int i = 0; i < rounds; ++i) {
    std::string text = mutate(seeds[static_cast<size_t>(r.below(static_cast<int>(seeds.size())))], r);
    INFO("mutation " << i);
    check_same(text, &t);
  }
  report("mutations", t);
  INFO(t.accepted << " of " << t.inputs << " mutations accepted");
  CHECK(t.accepted > 0);
}
