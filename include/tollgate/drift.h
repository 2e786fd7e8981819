// `tollgate drift`: the component-by-environment matrix of each environment set (docs/drift.md), built from the
// environment model's items, and its renderings. The findings come from the drift rules, as in `scan`.
#pragma once

#include <string>
#include <vector>

#include "tollgate/document.h"
#include "tollgate/report.h"

namespace tollgate {

struct DriftCell {
  bool present = false;
  std::string version;  // a module's version or an image's tag, when the component has one
  std::string path;     // where the component is, in this environment
  uint32_t line = 0;
};

struct DriftRow {
  std::string id;     // "module.net"
  std::string label;  // "module 'net'"
  std::vector<DriftCell> cells;  // one per environment of the set, in its order
  bool differs = false;  // absent somewhere, or at different versions
};

struct DriftSet {
  std::string id;      // "terraform/envs/{env}/"
  std::string layout;  // "folder" or "file"
  std::vector<std::string> envs;  // in promotion order
  std::vector<DriftRow> rows;     // components in order of first sight
};

// The matrix of every environment set among `items` (environment-model items, in any order), by set id.
std::vector<DriftSet> drift_matrix(const std::vector<const Document*>& items);

std::string render_drift_text(const std::vector<DriftSet>& sets, const Report& findings, const RenderOptions& o);
std::string render_drift_json(const std::vector<DriftSet>& sets, const Report& findings, const RenderOptions& o);
std::string render_drift_markdown(const std::vector<DriftSet>& sets, const Report& findings, const RenderOptions& o);

}  // namespace tollgate
