#include "models/kustomize.h"

#include <algorithm>

#include "parsers/text_util.h"

namespace tollgate::kustomize {

std::string resolve(std::string_view folder, std::string_view rel) {
  if (rel.empty() || rel.find("://") != std::string_view::npos || rel.starts_with("github.com/")) return {};
  std::vector<std::string_view> parts;
  auto push = [&](std::string_view path) {
    for (size_t i = 0; i <= path.size();) {
      size_t slash = std::min(path.find('/', i), path.size());
      std::string_view part = path.substr(i, slash - i);
      if (part == "..") {
        if (parts.empty()) return false;
        parts.pop_back();
      } else if (!part.empty() && part != ".") {
        parts.push_back(part);
      }
      i = slash + 1;
    }
    return true;
  };
  if (!push(folder) || !push(rel)) return {};
  std::string out;
  for (std::string_view part : parts) (out.empty() ? out : out += "/") += part;
  return out;
}

std::vector<std::string> paths(const Document& kustomization, std::string_view key) {
  std::vector<std::string> out;
  const Node* root = kustomization.root;
  const Node* list = root && root->is_map() ? root->get(key) : nullptr;
  if (!list || !list->is_seq()) return out;
  std::string_view folder = path_folder(kustomization.path());
  for (const Entry& e : list->entries) {
    const Node* p = e.value && e.value->is_map() ? e.value->get("path") : e.value;
    if (p && p->is_string())
      if (std::string path = resolve(folder, p->text); !path.empty()) out.push_back(std::move(path));
  }
  return out;
}

std::vector<ImageOverride> images(const Document& kustomization) {
  std::vector<ImageOverride> out;
  const Node* root = kustomization.root;
  const Node* list = root && root->is_map() ? root->get("images") : nullptr;
  if (!list || !list->is_seq()) return out;
  for (const Entry& e : list->entries) {
    const Node* image = e.value;
    const Node* name = image && image->is_map() ? image->get("name") : nullptr;
    if (name && name->is_string()) out.push_back({name, image->get("newTag"), image->get("digest")});
  }
  return out;
}

std::vector<std::string> patch_paths(const Document& kustomization) {
  std::vector<std::string> out;
  for (std::string_view key : {"patches", "patchesStrategicMerge", "patchesJson6902"})
    for (std::string& p : paths(kustomization, key)) out.push_back(std::move(p));
  return out;
}

}  // namespace tollgate::kustomize
