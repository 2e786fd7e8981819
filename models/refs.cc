// Pinning of image and source references, shared by the models (models/refs.h).
#include "models/refs.h"

#include <string>

namespace tollgate {

std::string_view image_name(std::string_view ref) {
  ref = ref.substr(0, ref.find('@'));
  size_t colon = ref.rfind(':');
  return colon != std::string_view::npos && ref.find('/', colon) == std::string_view::npos ? ref.substr(0, colon) : ref;
}

std::string_view image_pinning(std::string_view ref) {
  while (!ref.empty() && (ref.front() == ' ' || ref.front() == '\t')) ref.remove_prefix(1);
  while (!ref.empty() && (ref.back() == ' ' || ref.back() == '\t')) ref.remove_suffix(1);
  if (ref.find('@') != std::string_view::npos) return "digest";
  // The tag is after the last ':' of the last path part: `registry:5000/app` has a port, not a tag.
  size_t slash = ref.rfind('/');
  std::string_view last = slash == std::string_view::npos ? ref : ref.substr(slash + 1);
  size_t colon = last.rfind(':');
  if (colon == std::string_view::npos) return "none";
  std::string tag(last.substr(colon + 1));
  for (char& c : tag)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  // Tags that name a moving line rather than a release.
  for (std::string_view moving : {"latest", "main", "master", "develop", "dev", "edge", "nightly", "head"})
    if (tag == moving) return "branch";
  // `prod-latest`, `latest-alpine`: the latest of a line is still a moving tag.
  if (tag.starts_with("latest-") || tag.ends_with("-latest")) return "branch";
  return tag.empty() ? "none" : "tag";
}

std::string_view templated_image_pinning(std::string_view ref) {
  auto variable = [](std::string_view s) { return s.find_first_of("${}") != std::string_view::npos; };
  size_t at = ref.find('@');
  if (at != std::string_view::npos) return variable(ref.substr(at)) ? std::string_view() : "digest";
  size_t slash = ref.rfind('/');
  std::string_view last = slash == std::string_view::npos ? ref : ref.substr(slash + 1);
  size_t colon = last.rfind(':');
  if (colon == std::string_view::npos) return variable(last) ? std::string_view() : "none";
  return variable(last.substr(colon)) ? std::string_view() : image_pinning(ref);
}

}  // namespace tollgate
