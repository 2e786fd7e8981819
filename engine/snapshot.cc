// Signed snapshots (engine/snapshot.h).
#include "engine/snapshot.h"

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/pem.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>
#include <thread>
#include <unordered_map>

#include "engine/classifier.h"
#include "engine/findings.h"
#include "engine/walker.h"
#include "parsers/text_util.h"
#include "tollgate/parsers.h"

namespace tollgate {

namespace {

constexpr const char* kFormat = "tollgate-snapshot";
constexpr int kVersion = 1;

// Paths and ids go into JSON, which takes only valid UTF-8: invalid bytes (and control bytes) are written as \xNN,
// the same way when the snapshot is made and when it is verified.
std::string json_safe(std::string_view s) { return message_excerpt(s, s.size() * 4 + 4); }

void length_prefixed(std::string_view s, std::string* out) {
  *out += std::to_string(s.size());
  *out += ':';
  *out += s;
}

bool word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.' ||
         static_cast<unsigned char>(c) >= 0x80;
}

// An expression without its layout: whitespace goes except where it separates two words (`for x in y`), and is
// kept as written inside quoted strings. `var.x+1` and `var.x + 1` are one expression.
std::string expression_form(std::string_view s) {
  std::string out;
  bool quoted = false, pending_space = false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (quoted) {
      out += c;
      if (c == '\\' && i + 1 < s.size()) out += s[++i];
      else if (c == '"') quoted = false;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      pending_space = true;
      continue;
    }
    if (pending_space && !out.empty() && word_char(out.back()) && word_char(c)) out += ' ';
    pending_space = false;
    out += c;
    quoted = c == '"';
  }
  return out;
}

// The normalized content of a node: typed scalars, maps by sorted key, sequences in order, with no trace of the
// source's comments, layout, quoting style or key order. A map or sequence stands in its parent as the SHA-256 of
// its own form (a Merkle tree), computed once per node: a document whose aliases share subtrees is hashed in
// time linear in its nodes, not in its expansion, and hashes as its expansion would.
class Normalizer {
 public:
  std::string digest(const Node* n) { return sha256_hex(form(n)); }

 private:
  std::string form(const Node* n) {
    std::string out;
    if (!n) return "n";
    if (!n->tag.empty()) {
      out += 't';
      length_prefixed(std::string(n->tag), &out);
    }
    switch (n->type) {
      case NodeType::null: out += 'n'; break;
      case NodeType::boolean: out += 'b', length_prefixed(ascii_lower(n->text), &out); break;
      case NodeType::integer: out += 'i', length_prefixed(n->text, &out); break;
      case NodeType::floating: out += 'f', length_prefixed(n->text, &out); break;
      case NodeType::string: out += 's', length_prefixed(n->text, &out); break;
      case NodeType::expr: out += 'e', length_prefixed(expression_form(n->text), &out); break;
      case NodeType::map: {
        std::vector<const Entry*> entries;
        for (const Entry& e : n->entries) entries.push_back(&e);
        std::stable_sort(entries.begin(), entries.end(), [](const Entry* a, const Entry* b) { return a->key < b->key; });
        out += '{';
        for (const Entry* e : entries) {
          length_prefixed(e->key, &out);
          out += child(e->value);
        }
        out += '}';
        break;
      }
      case NodeType::seq:
        out += '[';
        for (const Entry& e : n->entries) out += child(e.value);
        out += ']';
        break;
    }
    return out;
  }

  std::string child(const Node* n) {
    if (!n || n->is_scalar()) return form(n);
    auto it = done_.find(n);
    if (it == done_.end()) it = done_.emplace(n, "h" + digest(n)).first;
    return it->second;
  }

  std::unordered_map<const Node*, std::string> done_;
};

// A file's text without what whitespace alone changes: line endings, trailing blanks, empty lines. For the formats
// tollgate reads as text (scripts, Markdown, templates) and for files that do not parse: their comments count.
std::string text_digest(std::string_view text) {
  std::string norm;
  size_t i = 0;
  while (i < text.size()) {
    size_t nl = text.find('\n', i);
    size_t end = nl == std::string_view::npos ? text.size() : nl;
    std::string_view line = text.substr(i, end - i);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) line.remove_suffix(1);
    if (!line.empty()) {
      norm += line;
      norm += '\n';
    }
    i = end + 1;
  }
  return sha256_hex("text\n" + norm);
}

bool has_tree(Format f) {
  return f == Format::yaml || f == Format::json || f == Format::hcl || f == Format::dockerfile || f == Format::dotenv;
}

// "Deployment/payments/api" for a Kubernetes-style object (kind and metadata.name), else "".
std::string object_name(const Node* root) {
  if (!root || !root->is_map()) return "";
  const Node* meta = root->get("metadata");
  std::string kind = scalar_text(root->get("kind"));
  std::string name = meta ? scalar_text(meta->get("name")) : "";
  if (kind.empty() || name.empty()) return "";
  std::string ns = scalar_text(meta->get("namespace"));
  return kind + "/" + (ns.empty() ? "" : ns + "/") + name;
}

struct Part {
  std::string id;
  const Node* node;
  Span span;
};

// Terraform's blocks, by address: `resource.TYPE.NAME`, `data.TYPE.NAME`, `module.NAME`, `variable.NAME`,
// `output.NAME`, `provider.NAME`, `local.NAME`; a block without labels (`terraform`, `moved`, `import`) whole.
void terraform_parts(const Node* root, std::vector<Part>* out) {
  for (const Entry& top : root->entries) {
    const std::string& type = top.key;
    int labels = type == "resource" || type == "data" ? 2
                 : type == "module" || type == "variable" || type == "output" || type == "provider" || type == "locals"
                     ? 1
                     : 0;
    std::string prefix = type == "locals" ? "local" : type;
    if (labels == 0 || !top.value || !top.value->is_map()) {
      out->push_back({type, top.value, top.key_span});
      continue;
    }
    for (const Entry& a : top.value->entries) {
      if (labels == 1 || !a.value || !a.value->is_map()) {
        out->push_back({prefix + "." + a.key, a.value, a.key_span});
        continue;
      }
      for (const Entry& b : a.value->entries) out->push_back({prefix + "." + a.key + "." + b.key, b.value, b.key_span});
    }
  }
}

// A CloudFormation template: each resource by its logical id (`Resources.Bucket`), each other section whole.
void cloudformation_parts(const Node* root, std::vector<Part>* out) {
  for (const Entry& top : root->entries) {
    if (top.key == "Resources" && top.value && top.value->is_map()) {
      for (const Entry& r : top.value->entries) out->push_back({"Resources." + r.key, r.value, r.key_span});
    } else {
      out->push_back({top.key, top.value, top.key_span});
    }
  }
}

SnapshotObject whole_file(const std::shared_ptr<const SourceText>& src, std::string_view kind, std::string digest) {
  SnapshotObject o;
  o.path = json_safe(src->path());
  o.kind = std::string(kind);
  o.span = src->span(0, 0);
  o.sha256 = std::move(digest);
  o.source = src;
  return o;
}

}  // namespace

void sort_objects(std::vector<SnapshotObject>* objects) {
  std::sort(objects->begin(), objects->end(), [](const SnapshotObject& a, const SnapshotObject& b) {
    return std::tie(a.path, a.object) < std::tie(b.path, b.object);
  });
}

std::vector<SnapshotObject> file_objects(std::shared_ptr<const SourceText> src, std::string_view kind) {
  Classification cls = classify(src->path(), src->bytes());
  if (!kind.empty()) cls.kind = std::string(kind);
  ParseResult parsed;
  if (has_tree(cls.format)) parsed = parse(cls.format, src);
  // A file that does not parse completely (or has no tree) is compared as text: a partial tree would hide a change
  // past the error.
  if (!has_tree(cls.format) || parsed.error || parsed.documents.empty())
    return {whole_file(src, cls.kind, text_digest(src->bytes()))};

  std::vector<Part> parts;
  size_t docs = parsed.documents.size();
  for (const auto& doc : parsed.documents) {
    const Node* root = doc->root;
    if (root && root->is_map() && cls.kind == "terraform") {
      terraform_parts(root, &parts);
    } else if (root && root->is_map() && cls.kind == "cloudformation") {
      cloudformation_parts(root, &parts);
    } else {
      std::string id = object_name(root);
      if (id.empty() && docs > 1) id = "#" + std::to_string(doc->index + 1);
      parts.push_back({id, root, root ? root->span : src->span(0, 0)});
    }
  }
  std::vector<SnapshotObject> out;
  std::map<std::string, int> seen;
  Normalizer norm;
  for (Part& p : parts) {
    // Two objects with one id in a file (two documents naming the same object): the later ones numbered.
    int n = ++seen[p.id];
    std::string id = n == 1 ? p.id : p.id + "#" + std::to_string(n);
    SnapshotObject o = whole_file(src, cls.kind, norm.digest(p.node));
    o.object = json_safe(id);
    o.span = p.span;
    out.push_back(std::move(o));
  }
  return out;
}

Manifest build_manifest(const std::string& root, const WalkOptions& walk_opts, uint64_t parse_limit, unsigned jobs,
                        std::vector<Notification>* notes) {
  WalkOptions w = walk_opts;
  w.max_file_size = UINT64_MAX;  // every file counts; the large ones are hashed without parsing
  w.on_file = nullptr;
  WalkResult walked = walk({root}, w);
  notes->insert(notes->end(), walked.notes.begin(), walked.notes.end());
  std::vector<std::vector<SnapshotObject>> per_file(walked.files.size());
  std::vector<std::vector<Notification>> per_file_notes(walked.files.size());
  std::atomic<size_t> next{0};
  auto worker = [&] {
    for (size_t i; (i = next.fetch_add(1)) < walked.files.size();) {
      const WalkEntry& e = walked.files[i];
      std::string bytes, error;
      if (!read_file(e.abs_path, &bytes, &error)) {
        per_file_notes[i].push_back({Notification::Level::error, "cannot read file: " + error, e.rel_path, 0, ""});
        continue;
      }
      if (bool binary = looks_binary(bytes); binary || bytes.size() > parse_limit) {
        std::string kind = binary ? "binary" : classify(e.rel_path, bytes).kind;
        std::string digest = sha256_hex(bytes);
        per_file[i] = {whole_file(SourceText::make(e.rel_path, std::string()), kind, std::move(digest))};
        continue;
      }
      per_file[i] = file_objects(SourceText::make(e.rel_path, std::move(bytes)), "");
    }
  };
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < std::max(1u, jobs); ++t) threads.emplace_back(worker);
  worker();
  for (auto& t : threads) t.join();
  Manifest m;
  m.tool_version = TOLLGATE_VERSION;
  for (size_t i = 0; i < per_file.size(); ++i) {
    notes->insert(notes->end(), per_file_notes[i].begin(), per_file_notes[i].end());
    for (SnapshotObject& o : per_file[i]) m.objects.push_back(std::move(o));
  }
  sort_objects(&m.objects);
  return m;
}

// ---- signing ---------------------------------------------------------------------------------------------------

namespace {

struct KeyFree {
  void operator()(EVP_PKEY* k) const { EVP_PKEY_free(k); }
};
using Key = std::unique_ptr<EVP_PKEY, KeyFree>;

struct CtxFree {
  void operator()(EVP_MD_CTX* c) const { EVP_MD_CTX_free(c); }
};

// Never prompts: an encrypted private key is refused instead of reading a passphrase from the terminal.
int no_passphrase(char*, int, int, void*) { return 0; }

Key read_key(const std::string& pem, bool is_private, std::string* error) {
  BIO* bio = BIO_new_mem_buf(pem.data(), static_cast<int>(std::min<size_t>(pem.size(), INT32_MAX)));
  EVP_PKEY* k = is_private ? PEM_read_bio_PrivateKey(bio, nullptr, no_passphrase, nullptr)
                           : PEM_read_bio_PUBKEY(bio, nullptr, no_passphrase, nullptr);
  BIO_free(bio);
  ERR_clear_error();
  if (!k) {
    if (is_private && pem.find("ENCRYPTED PRIVATE KEY") != std::string::npos)
      *error = "an encrypted private key: give it unencrypted (`openssl pkey -in KEY.pem -out PLAIN.pem`), from a "
               "secret store";
    else
      *error = is_private ? "not a PEM private key (PKCS#8, as `openssl genpkey -algorithm ed25519` writes)"
                          : "not a PEM public key (as `openssl pkey -in KEY.pem -pubout` writes)";
    return nullptr;
  }
  Key key(k);
  if (EVP_PKEY_get_id(k) != EVP_PKEY_ED25519) {
    *error = std::string("not an Ed25519 key (its type is ") + OBJ_nid2sn(EVP_PKEY_get_id(k)) + ")";
    return nullptr;
  }
  return key;
}

// "sha256:" and the hex SHA-256 of the raw 32-byte public key: names the key a snapshot was signed with.
std::string key_id(EVP_PKEY* k) {
  unsigned char raw[32];
  size_t len = sizeof raw;
  if (EVP_PKEY_get_raw_public_key(k, raw, &len) != 1) return "";
  return "sha256:" + sha256_hex(std::string_view(reinterpret_cast<const char*>(raw), len));
}

bool from_hex(const std::string& s, std::vector<unsigned char>* out) {
  auto nib = [](char c) { return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1; };
  if (s.size() % 2) return false;
  for (size_t i = 0; i < s.size(); i += 2) {
    int hi = nib(s[i]), lo = nib(s[i + 1]);
    if (hi < 0 || lo < 0) return false;
    out->push_back(static_cast<unsigned char>(hi * 16 + lo));
  }
  return true;
}

bool is_sha256_hex(const std::string& s) {
  return s.size() == 64 && std::all_of(s.begin(), s.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

// What is signed: the manifest as compact JSON with sorted keys. Verification re-serializes what it read the same
// way, so re-indenting the file does not matter and changing any value does.
nlohmann::json payload(const Manifest& m) {
  nlohmann::json j;
  j["format"] = kFormat;
  j["version"] = kVersion;
  j["tool"] = {{"name", "tollgate"}, {"version", m.tool_version}};
  j["rule_pack"] = m.rule_pack;
  nlohmann::json objects = nlohmann::json::array();
  for (const SnapshotObject& o : m.objects)
    objects.push_back({{"path", o.path}, {"object", o.object}, {"kind", o.kind}, {"line", o.span.line}, {"sha256", o.sha256}});
  j["objects"] = std::move(objects);
  return j;
}

// The manifest of a payload whose signature checked out; false with *error when a field is missing or mistyped.
bool manifest_of(const nlohmann::json& j, Manifest* m, std::string* error) {
  auto str = [&](const nlohmann::json& o, const char* key, std::string* out, const std::string& where) {
    auto it = o.find(key);
    if (it == o.end() || !it->is_string()) {
      *error = where + "." + key + " is missing or not a string";
      return false;
    }
    *out = it->get<std::string>();
    return true;
  };
  const auto& tool = j.find("tool");
  if (tool == j.end() || !tool->is_object() || !str(*tool, "version", &m->tool_version, "tool")) {
    if (error->empty()) *error = "tool is missing or not an object";
    return false;
  }
  if (!str(j, "rule_pack", &m->rule_pack, "snapshot")) return false;
  auto objects = j.find("objects");
  if (objects == j.end() || !objects->is_array()) {
    *error = "objects is missing or not an array";
    return false;
  }
  for (size_t i = 0; i < objects->size(); ++i) {
    const nlohmann::json& o = (*objects)[i];
    std::string where = "objects[" + std::to_string(i) + "]";
    SnapshotObject so;
    if (!o.is_object()) {
      *error = where + " is not an object";
      return false;
    }
    if (!str(o, "path", &so.path, where) || !str(o, "object", &so.object, where) || !str(o, "kind", &so.kind, where) ||
        !str(o, "sha256", &so.sha256, where))
      return false;
    auto line = o.find("line");
    if (line == o.end() || !line->is_number_unsigned() || line->get<uint64_t>() > UINT32_MAX) {
      *error = where + ".line is missing or not a line number";
      return false;
    }
    so.span.line = line->get<uint32_t>();
    if (!is_sha256_hex(so.sha256)) {
      *error = where + ".sha256 is not 64 lowercase hex digits";
      return false;
    }
    m->objects.push_back(std::move(so));
  }
  return true;
}

}  // namespace

bool sign_snapshot(const Manifest& m, const std::string& key_pem, std::string* out, std::string* error) {
  Key key = read_key(key_pem, true, error);
  if (!key) return false;
  std::string message = payload(m).dump();
  std::unique_ptr<EVP_MD_CTX, CtxFree> ctx(EVP_MD_CTX_new());
  unsigned char sig[64];
  size_t len = sizeof sig;
  if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1 ||
      EVP_DigestSign(ctx.get(), sig, &len, reinterpret_cast<const unsigned char*>(message.data()), message.size()) != 1) {
    ERR_clear_error();
    *error = "signing failed";
    return false;
  }
  // Written for people to read, an object a line; what is verified does not depend on the layout.
  nlohmann::json p = payload(m);
  nlohmann::json signature = {{"algorithm", "ed25519"}, {"key", key_id(key.get())}, {"value", hex_of(sig, len)}};
  std::string text = "{\n";
  for (const char* k : {"format", "version", "tool", "rule_pack"}) text += "  \"" + std::string(k) + "\": " + p[k].dump() + ",\n";
  text += "  \"signature\": " + signature.dump() + ",\n  \"objects\": [";
  const nlohmann::json& objects = p["objects"];
  for (size_t i = 0; i < objects.size(); ++i) text += (i ? ",\n    " : "\n    ") + objects[i].dump();
  text += objects.empty() ? "]\n}\n" : "\n  ]\n}\n";
  *out = std::move(text);
  return true;
}

bool read_snapshot(const std::string& text, const std::string& pubkey_pem, Manifest* out, std::string* error,
                   bool* key_unusable) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    *error = "not a snapshot: invalid JSON at byte " + std::to_string(e.byte);
    return false;
  }
  if (!j.is_object() || j.value("format", "") != kFormat) {
    *error = "not a snapshot: no \"format\": \"tollgate-snapshot\"";
    return false;
  }
  if (!j.contains("version") || !j["version"].is_number_integer() || j["version"].get<long long>() != kVersion) {
    *error = "unsupported snapshot version (this tollgate reads version " + std::to_string(kVersion) + ")";
    return false;
  }
  auto sig = j.find("signature");
  if (sig == j.end() || !sig->is_object() || sig->value("algorithm", "") != "ed25519" || !sig->contains("key") ||
      !(*sig)["key"].is_string() || !sig->contains("value") || !(*sig)["value"].is_string()) {
    *error = "malformed snapshot: signature must be {\"algorithm\": \"ed25519\", \"key\": ..., \"value\": ...}";
    return false;
  }
  std::vector<unsigned char> sig_bytes;
  if (!from_hex((*sig)["value"].get<std::string>(), &sig_bytes) || sig_bytes.size() != 64) {
    *error = "malformed snapshot: signature.value is not 128 lowercase hex digits";
    return false;
  }
  std::string signer = (*sig)["key"].get<std::string>();
  Key key = read_key(pubkey_pem, false, error);
  if (!key) {
    if (key_unusable) *key_unusable = true;
    return false;
  }
  std::string mine = key_id(key.get());
  if (signer != mine) {
    *error = "the snapshot was signed by key " + json_safe(signer) + ", not by this public key (" + mine + ")";
    return false;
  }
  j.erase("signature");
  std::string message = j.dump();
  std::unique_ptr<EVP_MD_CTX, CtxFree> ctx(EVP_MD_CTX_new());
  bool ok = ctx && EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) == 1 &&
            EVP_DigestVerify(ctx.get(), sig_bytes.data(), sig_bytes.size(),
                             reinterpret_cast<const unsigned char*>(message.data()), message.size()) == 1;
  ERR_clear_error();
  if (!ok) {
    *error = "the signature does not match: the snapshot was changed after it was signed";
    return false;
  }
  Manifest m;
  if (!manifest_of(j, &m, error)) {
    *error = "malformed snapshot: " + *error;
    return false;
  }
  sort_objects(&m.objects);
  *out = std::move(m);
  return true;
}

// ---- drift -------------------------------------------------------------------------------------------------------

std::vector<Finding> snapshot_drift(const Manifest& snapshot, const Manifest& now, const RuleInfo& rule) {
  std::vector<Finding> out;
  auto label = [](const SnapshotObject& o) { return o.object.empty() ? std::string("file") : "'" + o.object + "'"; };
  auto finding = [&](const SnapshotObject& o, BaselineState state, std::string message) {
    Finding f;
    f.rule_id = rule.id;
    f.severity = rule.severity;
    f.message = std::move(message);
    f.location.path = o.path;
    if (state != BaselineState::absent) f.location.span = o.span;
    // No snippet: the object's first line can hold a secret (a changed .env file), and these findings are not
    // masked by a scan's secret pass.
    f.content_key = "snapshot:" + o.object;
    f.baseline = state;
    out.push_back(std::move(f));
  };
  auto less = [](const SnapshotObject& a, const SnapshotObject& b) {
    return std::tie(a.path, a.object) < std::tie(b.path, b.object);
  };
  size_t i = 0, k = 0;
  const auto& was = snapshot.objects;
  const auto& is = now.objects;
  while (i < was.size() || k < is.size()) {
    if (k == is.size() || (i < was.size() && less(was[i], is[k]))) {
      const SnapshotObject& o = was[i++];
      std::string at = o.span.line ? " (line " + std::to_string(o.span.line) + " then)" : "";
      finding(o, BaselineState::absent,
              o.object.empty() ? "file removed since the snapshot" : label(o) + at + " removed since the snapshot");
    } else if (i == was.size() || less(is[k], was[i])) {
      const SnapshotObject& o = is[k++];
      finding(o, BaselineState::fresh, o.object.empty() ? "file added since the snapshot" : label(o) + " added since the snapshot");
    } else {
      const SnapshotObject &a = was[i++], &b = is[k++];
      if (a.sha256 != b.sha256) finding(b, BaselineState::updated, label(b) + " changed since the snapshot");
    }
  }
  return out;
}

}  // namespace tollgate
