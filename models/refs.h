// What a reference's version pins, the same way in every model: a workload's image, a pipeline job's image,
// a CI step's action or template.
#pragma once

#include <string_view>

namespace tollgate {

// An image reference without its tag and digest: `registry:5000/acme/api:1.2@sha256:...` -> `registry:5000/acme/api`
// (the tag is after the last ':' of the last path part; a ':' before a '/' is a port).
std::string_view image_name(std::string_view ref);
// "digest", "tag", "branch" (latest and other moving tags) or "none" for an image reference as written.
std::string_view image_pinning(std::string_view ref);
// The pinning of a reference with variables, when the variables cannot change it: `$REGISTRY/app:1.2` is a tag
// and `busybox-${ARCH}:latest` a branch whatever they hold, but `app:${TAG}` and `${IMAGE}` could be anything.
// Empty when unknown.
std::string_view templated_image_pinning(std::string_view ref);

}  // namespace tollgate
