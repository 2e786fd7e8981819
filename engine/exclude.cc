// The configuration's exclude patterns; see exclude.h.
#include "engine/exclude.h"

#include <filesystem>

namespace fs = std::filesystem;

namespace tollgate {

namespace {

// `inner` relative to `outer` when inner is outer or lies below it ("" when equal), else nullopt.
std::optional<std::string> below(const std::string& inner, const std::string& outer) {
  if (inner == outer) return std::string();
  if (outer == "/") return inner.substr(1);
  if (inner.size() > outer.size() && inner.compare(0, outer.size(), outer) == 0 && inner[outer.size()] == '/')
    return inner.substr(outer.size() + 1);
  return std::nullopt;
}

std::string canonical_or_same(const std::string& p) {
  std::error_code ec;
  fs::path c = fs::weakly_canonical(p, ec);
  return ec ? p : c.string();
}

}  // namespace

ExcludeFilter::ExcludeFilter(const std::vector<std::string>& patterns, const std::string& patterns_dir,
                             const std::string& base)
    : base_(base), patterns_dir_(patterns_dir) {
  if (patterns.empty()) return;
  std::string text;
  for (const auto& p : patterns) text += p + "\n";
  rules_.emplace("", text);
  // The same folders named through a symlink (/tmp -> /private/tmp) are still the same folders.
  for (int pass = 0; pass < 2 && relation_ == Relation::apart; ++pass) {
    std::string b = pass ? canonical_or_same(base) : base;
    std::string d = pass ? canonical_or_same(patterns_dir) : patterns_dir;
    if (auto r = below(b, d)) {
      relation_ = r->empty() ? Relation::same : Relation::base_below;
      between_ = *r;
    } else if (auto r2 = below(d, b)) {
      relation_ = Relation::patterns_below;
      between_ = *r2;
    }
  }
}

std::optional<std::string> ExcludeFilter::to_patterns_dir(std::string_view rel) const {
  if (rel == ".." || rel.substr(0, 3) == "../") {
    // A second root outside the base: the general way round, through absolute paths.
    std::string abs = (fs::path(base_) / std::string(rel)).lexically_normal().string();
    while (abs.size() > 1 && abs.back() == '/') abs.pop_back();
    return below(abs, patterns_dir_);
  }
  switch (relation_) {
    case Relation::same:
      return std::string(rel);
    case Relation::base_below:
      return rel.empty() ? between_ : between_ + "/" + std::string(rel);
    case Relation::patterns_below:
      if (rel.size() > between_.size() && rel.compare(0, between_.size(), between_) == 0 && rel[between_.size()] == '/')
        return std::string(rel.substr(between_.size() + 1));
      return std::nullopt;
    case Relation::apart:
      return std::nullopt;
  }
  return std::nullopt;
}

bool ExcludeFilter::excluded(std::string_view rel, bool is_dir) const {
  if (!rules_) return false;
  auto sub = to_patterns_dir(rel);
  return sub && !sub->empty() && rules_->match(*sub, is_dir) > 0;
}

bool ExcludeFilter::excluded_with_parents(std::string_view rel, bool is_dir) const {
  if (!rules_) return false;
  auto sub = to_patterns_dir(rel);
  if (!sub || sub->empty()) return false;
  // As git does: a file inside an excluded directory is excluded whatever a later pattern says about the file.
  for (size_t slash = sub->find('/'); slash != std::string::npos; slash = sub->find('/', slash + 1))
    if (rules_->match(std::string_view(*sub).substr(0, slash), true) > 0) return true;
  return rules_->match(*sub, is_dir) > 0;
}

}  // namespace tollgate
