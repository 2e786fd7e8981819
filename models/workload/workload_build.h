// What the workload adapters share (models/workload/*.cc): the value helpers that keep unknown values unknown,
// image references with their pinning, and one entry point per source. The schema is docs/document-model.md,
// "Workload".
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "tollgate/models.h"

namespace tollgate::workload {

using Items = std::vector<std::unique_ptr<Document>>;

// n[key], or nullptr when n is nullptr or not a map: source trees are read along paths that may not exist.
inline const Node* field(const Node* n, std::string_view key) { return n ? n->get(key) : nullptr; }

// Whether a value cannot be known from the file: an expression (HCL), a string with references (`${VAR}`,
// `{{ .Values.x }}`, `${var.x}`), or a CloudFormation intrinsic (`{Ref: X}`, `{"Fn::Sub": ...}`).
bool is_unknown(const Node* n);

// n as an item holds it: an unknown node (its text the source expression), or b.share(n): n itself when a scalar
// and the builder shares its sources (then never to be changed), else a copy with its span. nullptr for nullptr
// and for null (`replicas:` with no value is not written).
Node* value(ModelBuilder& b, const Node* n);

// to[key] = value(from[from_key]), the entry located at the source key. Returns the new node or nullptr when the
// source has no such key (nothing is set).
Node* copy_field(ModelBuilder& b, Node* to, std::string_view key, const Node* from, std::string_view from_key);

// A boolean known to be true or false; nullptr when n is anything else (absent, unknown, a string).
const Node* literal_bool(const Node* n);
// The text of a literal string; empty when n is not one (absent, unknown, another type).
std::string_view literal_text(const Node* n);

// `{ ref =, pinned = }` for the image reference n (both unknown when n is); nullptr when n is absent or empty.
Node* image_ref(ModelBuilder& b, const Node* n);
// `{ ref =, pinned = "local" }`: an image built or resolved in the same repository.
Node* local_image_ref(ModelBuilder& b, std::string_view ref, const Span& at);

// Whether a host path is the Docker daemon's socket (or the folder holding it): a container that mounts it
// controls the host.
bool docker_socket(std::string_view host_path);

// `{ name =, host_path =, docker_socket = }` for a volume backed by a host path (host_path a node of the
// source, possibly unknown); name may be nullptr.
Node* host_volume(ModelBuilder& b, const Span& at, const Node* name, const Node* host_path);

// The user a container runs as, from `user: "1000:1000"`, `USER app`, `"user": "0"`: the user part as an integer
// when numeric, else the name as written (`root`); unknown when n is.
Node* user_value(ModelBuilder& b, const Node* n);

// The adapters, one per source. Each appends its items for one document to *out.
class KubernetesIndex;
void kubernetes_workloads(const Document& doc, const KubernetesIndex& index, Items* out);
void helm_values_workloads(const Document& doc, const KubernetesIndex& index, Items* out);
void compose_workloads(const Document& doc, Items* out);
void ecs_terraform_workloads(const Document& doc, Items* out);
void ecs_cloudformation_workloads(const Document& doc, Items* out);
void dockerfile_workloads(const Document& doc, Items* out);
// The items of one document, by its kind (one of the above, or none).
void document_workloads(const Document& doc, const KubernetesIndex& index, Items* out);

}  // namespace tollgate::workload
