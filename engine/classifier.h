// Decides a file's format and kind from its path and content (see docs/document-model.md for the list).
#pragma once

#include <string>
#include <string_view>

#include "tollgate/document.h"

namespace tollgate {

struct Classification {
  Format format = Format::text;
  std::string kind;  // "terraform", "kubernetes", "github-actions", ..., "text"
};

// rel_path is '/'-separated; content is the whole file (only a prefix is usually read).
Classification classify(std::string_view rel_path, std::string_view content);

}  // namespace tollgate
