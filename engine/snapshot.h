// Signed snapshots (`tollgate snapshot create|verify`): a manifest of every object of a tree with a hash of its
// content that ignores comments, whitespace and key order, signed with Ed25519, and the drift findings of a tree
// against it. An object is a Kubernetes object, a Terraform block, a CloudFormation resource, a YAML or JSON
// document, or a whole file for formats without a tree (see docs/drift.md, "Signed snapshots").
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "tollgate/document.h"
#include "tollgate/finding.h"
#include "tollgate/rule.h"

namespace tollgate {

struct WalkOptions;

struct SnapshotObject {
  std::string path;    // relative to the snapshot's root, '/'-separated
  std::string object;  // "Deployment/payments/api", "resource.aws_s3_bucket.logs", "#1"; "" for a whole file
  std::string kind;    // the file's kind (engine/classifier.h), or "binary"
  Span span;           // where the object starts (only the line is kept in a snapshot)
  std::string sha256;  // hex, of the object's normalized content
  std::shared_ptr<const SourceText> source;  // a tree's object: its file, for snippets (not in a snapshot)
};

struct Manifest {
  std::string tool_version;
  std::string rule_pack;                // sha256 of the rule pack the snapshot was made with
  std::vector<SnapshotObject> objects;  // sorted by path, then object
};

// By path, then object: the order of a manifest, which snapshot_drift expects.
void sort_objects(std::vector<SnapshotObject>* objects);

// The objects of one file, in file order; each id is unique in the file. `src`'s path is the manifest path.
std::vector<SnapshotObject> file_objects(std::shared_ptr<const SourceText> src, std::string_view kind);

// The objects of every file under `root` that a scan with `walk` would read, binary and oversized files as whole
// files (`parse_limit`: larger files are hashed without parsing). Paths relative to root. Unreadable files are
// error notifications.
Manifest build_manifest(const std::string& root, const WalkOptions& walk, uint64_t parse_limit, unsigned jobs,
                        std::vector<Notification>* notes);

// The snapshot file: the manifest signed with the Ed25519 private key in `key_pem` (PKCS#8 PEM, as
// `openssl genpkey -algorithm ed25519` writes it). False with *error when the key is unusable.
bool sign_snapshot(const Manifest& m, const std::string& key_pem, std::string* out, std::string* error);

// Reads a snapshot file and checks its signature with the Ed25519 public key in `pubkey_pem` (SubjectPublicKeyInfo
// PEM, as `openssl pkey -pubout` writes it). False with *error for a malformed snapshot, an unusable key, a
// snapshot signed by another key, or a signature that does not match (the file was changed after signing);
// *key_unusable tells when the fault is the key file's.
bool read_snapshot(const std::string& text, const std::string& pubkey_pem, Manifest* out, std::string* error,
                   bool* key_unusable = nullptr);

// One finding per object added, removed or changed since the snapshot (both sorted by sort_objects), by `rule`:
// baseline state new (added), absent (removed) or updated (changed).
std::vector<Finding> snapshot_drift(const Manifest& snapshot, const Manifest& now, const RuleInfo& rule);

// The id of the rule whose metadata snapshot_drift's findings carry.
inline constexpr const char* kSnapshotRule = "drift.snapshot-changed";

}  // namespace tollgate
