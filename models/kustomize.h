// What Kustomize files say of the manifests beside them, for the models that read those manifests: the paths a
// kustomization names (patches, resources), resolved as Kustomize resolves them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "tollgate/document.h"

namespace tollgate::kustomize {

// folder + "/" + rel with `.` and `..` resolved; "" for a URL (a remote base) or a path above the top.
std::string resolve(std::string_view folder, std::string_view rel);

// The paths, resolved, of the entries under `key` of a kustomization document (strings, or maps with `path:`):
// `patches`, `patchesStrategicMerge`, `patchesJson6902`, `resources`, `bases`, `components`.
std::vector<std::string> paths(const Document& kustomization, std::string_view key);

// An entry of a kustomization's `images:`: the image's name (a string), and the `newTag` and `digest` it sets
// (nullptr when not written).
struct ImageOverride {
  const Node* name;
  const Node* new_tag;
  const Node* digest;
};
std::vector<ImageOverride> images(const Document& kustomization);

// The files a kustomization names as patches (`patches:`, `patchesStrategicMerge:`, `patchesJson6902:`): they
// write only what they change in an object a base defines.
std::vector<std::string> patch_paths(const Document& kustomization);

}  // namespace tollgate::kustomize
