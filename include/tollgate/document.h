// The document model: every parser turns bytes into Documents made of Nodes, and every rule reads them.
//
//   auto src = tollgate::SourceText::make("deploy.yaml", bytes);
//   tollgate::ParseResult r = tollgate::parse_yaml(src);
//   for (auto& doc : r.documents) {
//     const tollgate::Node* image = doc->root->get("spec")->get("image");
//     if (image && image->is_string()) printf("%u:%u %s\n", image->span.line, image->span.col, image->text.c_str());
//   }
//
// Spans: parsers give byte offsets; SourceText::span() turns them into 1-based line and column. Columns count
// Unicode code points (SARIF's "unicodeCodePoints"), and end_col is the column just past the last character,
// as SARIF's endColumn is. Offsets are bytes into SourceText::bytes, end exclusive.
//
// Ownership: a Document owns its Nodes (an arena with stable addresses, which the other documents of its file may
// share); Node pointers stay valid while the Document lives. A SourceText is shared by all Documents parsed from
// one file (multi-document YAML).
#pragma once

#include <cstdint>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tollgate {

struct Span {
  uint32_t line = 0, col = 0;          // 1-based start
  uint32_t end_line = 0, end_col = 0;  // 1-based, end_col exclusive
  uint32_t begin = 0, end = 0;         // byte offsets, end exclusive
};

// A file's bytes and its line index. Immutable once made; cheap to share.
class SourceText {
 public:
  static std::shared_ptr<const SourceText> make(std::string path, std::string bytes);

  const std::string& path() const { return path_; }  // repo-relative, '/'-separated
  const std::string& bytes() const { return bytes_; }
  std::string_view view(uint32_t begin, uint32_t end) const;
  uint32_t line_count() const { return static_cast<uint32_t>(line_starts_.size()); }
  // The lines a rule sees (doc:lines()): a final line terminator does not start an empty last line.
  uint32_t visible_line_count() const {
    uint32_t n = line_count();
    return n > 0 && line_starts_[n - 1] == bytes_.size() ? n - 1 : n;
  }
  // Text of 1-based line n without its line terminator ("" when out of range).
  std::string_view line(uint32_t n) const;
  // Byte offset where 1-based line n starts.
  uint32_t line_start(uint32_t n) const;
  // Byte offset of 1-based line n, code-point column col (clamped to the line).
  uint32_t offset_of(uint32_t line, uint32_t col) const;
  // 1-based line and code-point column of a byte offset.
  void locate(uint32_t offset, uint32_t* line, uint32_t* col) const;
  Span span(uint32_t begin, uint32_t end) const;

 private:
  static constexpr uint32_t kBlock = 256;
  uint32_t code_points_before(uint32_t offset) const;
  std::string path_, bytes_;
  std::vector<uint32_t> line_starts_;
  std::vector<uint32_t> cp_before_block_;  // code points in bytes [0, i * kBlock)
};

enum class Format : uint8_t { hcl, yaml, json, dockerfile, dotenv, ini, toml, shell, groovy, text };
const char* format_name(Format f);

enum class NodeType : uint8_t { null, boolean, integer, floating, string, expr, map, seq };
const char* node_type_name(NodeType t);

struct Node;

// Node::refs. Only expressions and a few strings have references, so an empty list is one null pointer instead
// of an empty std::vector's three words: a node is the unit every parser allocates, and a hostile file can make
// millions of them. Reads like a std::vector<std::string> (range-for, size, [], ==, conversion).
class RefList {
 public:
  using value_type = std::string;
  using iterator = std::string*;
  using const_iterator = const std::string*;

  RefList() = default;
  RefList(std::initializer_list<std::string> refs) { *this = std::vector<std::string>(refs); }
  RefList(const RefList& o) : v_(o.v_ ? std::make_unique<std::vector<std::string>>(*o.v_) : nullptr) {}
  RefList(RefList&&) noexcept = default;
  RefList& operator=(const RefList& o) { return *this = o.v_ ? *o.v_ : std::vector<std::string>(); }
  RefList& operator=(RefList&&) noexcept = default;
  RefList& operator=(std::vector<std::string> refs) {
    if (refs.empty()) v_.reset();
    else v_ = std::make_unique<std::vector<std::string>>(std::move(refs));
    return *this;
  }
  RefList& operator=(std::initializer_list<std::string> refs) { return *this = std::vector<std::string>(refs); }

  const std::vector<std::string>& vector() const { return v_ ? *v_ : empty_vector(); }
  operator const std::vector<std::string>&() const { return vector(); }
  size_t size() const { return v_ ? v_->size() : 0; }
  bool empty() const { return size() == 0; }
  iterator begin() { return v_ ? v_->data() : nullptr; }
  iterator end() { return v_ ? v_->data() + v_->size() : nullptr; }
  const_iterator begin() const { return v_ ? v_->data() : nullptr; }
  const_iterator end() const { return v_ ? v_->data() + v_->size() : nullptr; }
  const std::string& operator[](size_t i) const { return (*v_)[i]; }
  std::string& operator[](size_t i) { return (*v_)[i]; }
  const std::string& front() const { return v_->front(); }
  const std::string& back() const { return v_->back(); }
  template <class... A>
  std::string& emplace_back(A&&... a) { return own().emplace_back(std::forward<A>(a)...); }
  void push_back(std::string s) { own().push_back(std::move(s)); }
  void clear() { v_.reset(); }
  friend bool operator==(const RefList& a, const RefList& b) { return a.vector() == b.vector(); }
  friend bool operator==(const RefList& a, const std::vector<std::string>& b) { return a.vector() == b; }

 private:
  static const std::vector<std::string>& empty_vector() {
    static const std::vector<std::string> none;
    return none;
  }
  std::vector<std::string>& own() {
    if (!v_) v_ = std::make_unique<std::vector<std::string>>();
    return *v_;
  }
  std::unique_ptr<std::vector<std::string>> v_;
};

// Node::tag: YAML alone writes one, and rarely, so an absent tag is one null pointer instead of a std::string's
// 32 bytes. Reads like a std::string (empty, ==, +, c_str, conversion).
class NodeTag {
 public:
  NodeTag() = default;
  NodeTag(const NodeTag& o) : s_(o.s_ ? std::make_unique<std::string>(*o.s_) : nullptr) {}
  NodeTag(NodeTag&&) noexcept = default;
  NodeTag& operator=(const NodeTag& o) { return assign(o.str()); }
  NodeTag& operator=(NodeTag&&) noexcept = default;
  NodeTag& operator=(std::string s) {
    if (s.empty()) s_.reset();
    else s_ = std::make_unique<std::string>(std::move(s));
    return *this;
  }
  NodeTag& operator=(const char* s) { return assign(s); }
  NodeTag& assign(std::string_view s) { return *this = std::string(s); }

  const std::string& str() const { return s_ ? *s_ : empty_string(); }
  operator const std::string&() const { return str(); }
  bool empty() const { return !s_; }
  size_t size() const { return str().size(); }
  const char* c_str() const { return str().c_str(); }
  const char* data() const { return str().data(); }
  friend bool operator==(const NodeTag& a, const NodeTag& b) { return a.str() == b.str(); }
  friend bool operator==(const NodeTag& a, std::string_view b) { return a.str() == b; }
  friend std::string operator+(const std::string& a, const NodeTag& b) { return a + b.str(); }
  friend std::string operator+(const NodeTag& a, const std::string& b) { return a.str() + b; }

 private:
  static const std::string& empty_string() {
    static const std::string none;
    return none;
  }
  std::unique_ptr<std::string> s_;
};

// One key of a map (key + its own span), or one item of a sequence (key empty, key_span = value span).
struct Entry {
  std::string key;
  Span key_span;
  Node* value = nullptr;
};

struct Node {
  NodeType type = NodeType::null;
  // YAML: the scalar was quoted or a block scalar (so "yes" stays a string); HCL: a heredoc.
  bool quoted = false;
  Span span;
  // Scalars: the decoded value ("true", "42", "3.5", the string's content). Expressions: the source text.
  std::string text;
  std::vector<Entry> entries;  // map: keys in source order; seq: items in order
  // Expressions: what the expression refers to, in order of appearance, without duplicates:
  // "var.region", "local.tags", "module.net.vpc_id", "data.aws_ami.x", "aws_s3_bucket.logs.arn",
  // "secrets.TOKEN" (GitHub), "$VAR" / "${VAR}" (shell and CI), ".Values.x" (Go templates).
  RefList refs;
  // YAML only: the tag when one was written ("!Ref", "!!str"), else empty.
  NodeTag tag;

  bool is_map() const { return type == NodeType::map; }
  bool is_seq() const { return type == NodeType::seq; }
  bool is_string() const { return type == NodeType::string; }
  bool is_scalar() const { return type != NodeType::map && type != NodeType::seq; }
  // Map lookup by key (the last of duplicate keys); nullptr when absent or not a map.
  const Node* get(std::string_view key) const;
  const Entry* entry(std::string_view key) const;
  // Sequence item (0-based); nullptr when out of range or not a sequence.
  const Node* at(size_t i) const;
  size_t size() const { return entries.size(); }
};

// A scalar's text, "" for a missing node, null, a map or a seq: for code that reads optional values as strings.
std::string scalar_text(const Node* n);
// Whether n is the boolean true (not the string "true").
inline bool is_true(const Node* n) { return n && n->type == NodeType::boolean && n->text == "true"; }

// Thrown by NodeArena when a parse makes more nodes than its budget allows; parse() turns it into a
// ParseError. Only parse() sets a budget, so documents built elsewhere (tests, the rule engine) have none.
struct NodeLimitReached {};

// The nodes a parse may still make on this thread, or nullptr when unbounded (see parse()).
inline thread_local size_t* node_budget = nullptr;

// Stable-address storage for nodes. Blocks grow from 16 to 1024 nodes, so a small document costs little and a
// large one allocates rarely (a std::deque allocates a block for every few nodes this size). The documents of one
// parse (a multi-document YAML file) and the model items built from one file share a pool: a Kubernetes manifest
// of 60 nodes used 112 slots of its own blocks, half of them empty, and a scan keeps every manifest's tree.
class NodePool {
 public:
  Node& emplace_back() {
    if (blocks_.empty() || used_ == block_size_) {
      if (!blocks_.empty() && block_size_ < 1024) block_size_ *= 2;
      blocks_.push_back(std::make_unique<Node[]>(block_size_));
      used_ = 0;
    }
    return blocks_.back()[used_++];
  }

 private:
  std::vector<std::unique_ptr<Node[]>> blocks_;
  size_t block_size_ = 16, used_ = 0;
};

// A document's nodes: drawn from a pool of its own, or from one shared with the other documents of its file
// (share(), before the first node). A shared pool lives until its last document goes; one thread at a time adds
// to it.
class NodeArena {
 public:
  void share(std::shared_ptr<NodePool> pool) { pool_ = std::move(pool); }
  Node& emplace_back() {
    if (node_budget && (*node_budget)-- == 0) throw NodeLimitReached{};
    if (!pool_) pool_ = std::make_shared<NodePool>();
    ++size_;
    return pool_->emplace_back();
  }
  size_t size() const { return size_; }  // the nodes this document made

 private:
  std::shared_ptr<NodePool> pool_;
  size_t size_ = 0;
};

struct Document {
  // Unique among the documents of a process, never reused: what caches of per-document results key on (an
  // address can come back for the next file's document).
  const uint64_t serial = next_serial();
  std::shared_ptr<const SourceText> source;
  Format format = Format::text;
  std::string kind;          // terraform, kubernetes, github-actions, ... (see engine/classifier.h)
  int index = 0;             // position among the documents of one file (multi-document YAML), 0-based
  Node* root = nullptr;      // nullptr for an empty document
  // YAML aliases made a map or seq reachable from two places (the tree is a DAG). Not set for a scalar that two
  // keys share (the Dockerfile parser does that): a scalar has no children, so a walk cannot multiply through it.
  bool shares_nodes = false;
  NodeArena arena;           // owns every node
  // A model item (include/tollgate/models.h): the parsed document it was built from. nullptr for a parsed one.
  const Document* origin = nullptr;

  // Shell scripts are parsed only when a rule reads their tree: the shell rules read lines, and tree-sitter-bash
  // is the slowest parser. A deferred document's root stays nullptr; tree() parses it on first use.
  bool deferred = false;
  const Node* tree() const;  // root, after parsing a deferred document (defined in parsers/parse.cc)

  const std::string& path() const { return source->path(); }
  Node* make(NodeType t, uint32_t begin, uint32_t end) {
    Node& n = arena.emplace_back();
    n.type = t;
    n.span = source->span(begin, end);
    return &n;
  }

 private:
  static uint64_t next_serial();
  mutable std::unique_ptr<Document> parsed_later_;  // a deferred document's parse
};

// A parse that failed, located. Parsers keep the documents they completed before the error.
struct ParseError {
  std::string message;  // what is wrong, without the location ("unterminated quoted string")
  uint32_t offset = 0;  // where, in bytes
  Span span;            // filled from offset by the parser
};

struct ParseResult {
  std::vector<std::unique_ptr<Document>> documents;
  std::optional<ParseError> error;
};

// References made by a string: ${{ secrets.X }}, ${VAR}, $VAR, {{ .Values.x }}, ${var.x}, $(Var) and $[ expr ]
// (Azure Pipelines; a command's output in a shell), #{Var} (Octopus), ((var)) (Concourse), <%= x %> (ERB),
// %(name)s (Python). Empty for a literal.
std::vector<std::string> string_references(std::string_view s);

}  // namespace tollgate
