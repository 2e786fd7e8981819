// `tollgate drift`'s matrix (include/tollgate/drift.h): which environment of a set has which component, at which
// version, as a text table, JSON or Markdown, followed by the drift findings.
#include "tollgate/drift.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "parsers/text_util.h"
#include "reporters/common.h"

namespace tollgate {

namespace {

// The version a component has in one item: a module call's `version`, an image override's tag, a chart's version.
std::string version_of(const Node* item, const std::string& id) {
  if (id.rfind("module.", 0) == 0) {
    const Node* modules = item->get("modules");
    const Node* call = modules ? modules->get(id.substr(7)) : nullptr;
    return call ? scalar_text(call->get("version")) : "";
  }
  if (id.rfind("image.", 0) == 0) {
    const Node* images = item->get("images");
    return images ? scalar_text(images->get(id.substr(6))) : "";
  }
  if (id.rfind("chart.", 0) == 0) {
    const Node* charts = item->get("charts");
    return charts ? scalar_text(charts->get(id.substr(6))) : "";
  }
  return "";
}

// The id of the row that says which environments of a set a pipeline deploys to.
constexpr const char* kPipelineRow = "pipeline";

struct EnvOrder {
  std::string name;
  int rank = 0;
  std::string tier;
};

}  // namespace

std::vector<DriftSet> drift_matrix(const std::vector<const Document*>& items) {
  std::map<std::string, DriftSet> sets;
  std::map<std::string, std::vector<EnvOrder>> orders;
  for (const Document* d : items) {
    const Node* item = d->root;
    if (!item || !item->is_map()) continue;
    std::string set = scalar_text(item->get("set")), env = scalar_text(item->get("env"));
    DriftSet& s = sets[set];
    s.id = set;
    s.layout = scalar_text(item->get("layout"));
    auto& order = orders[set];
    if (std::none_of(order.begin(), order.end(), [&](const EnvOrder& e) { return e.name == env; })) {
      const Node* rank = item->get("rank");
      order.push_back({env, rank ? std::atoi(rank->text.c_str()) : 0, scalar_text(item->get("tier"))});
    }
  }
  for (auto& [id, order] : orders) {
    std::stable_sort(order.begin(), order.end(), [](const EnvOrder& a, const EnvOrder& b) {
      return a.rank != b.rank ? a.rank < b.rank : a.name < b.name;
    });
    for (const EnvOrder& e : order) sets[id].envs.push_back(e.name);
  }
  std::map<std::string, std::map<std::string, size_t>> row_of;  // set -> component id -> row
  for (const Document* d : items) {
    const Node* item = d->root;
    if (!item || !item->is_map()) continue;
    DriftSet& s = sets[scalar_text(item->get("set"))];
    size_t env = std::find(s.envs.begin(), s.envs.end(), scalar_text(item->get("env"))) - s.envs.begin();
    const Node* components = item->get("components");
    if (!components || !components->is_map()) continue;
    for (const Entry& c : components->entries) {
      auto [it, fresh] = row_of[s.id].emplace(c.key, s.rows.size());
      if (fresh) s.rows.push_back({c.key, scalar_text(c.value), std::vector<DriftCell>(s.envs.size()), false});
      DriftCell& cell = s.rows[it->second].cells[env];
      if (cell.present) continue;
      cell.present = true;
      cell.version = version_of(item, c.key);
      cell.path = d->path();
      cell.line = c.key_span.line;
    }
  }
  // Which environments of each set of files a pipeline deploys to: by name, or by tier when it is known.
  if (auto pipelines = orders.find("pipelines"); pipelines != orders.end()) {
    for (auto& [id, s] : sets) {
      if (id == "pipelines") continue;
      DriftRow row{kPipelineRow, "deployed by a pipeline", std::vector<DriftCell>(s.envs.size()), false};
      const std::vector<EnvOrder>& envs = orders.at(id);  // in the order of s.envs
      for (size_t e = 0; e < envs.size(); ++e) {
        const EnvOrder& env = envs[e];
        row.cells[e].present = std::any_of(pipelines->second.begin(), pipelines->second.end(), [&](const EnvOrder& p) {
          return ascii_lower(p.name) == ascii_lower(env.name) ||
                 (env.tier != "other" && !env.tier.empty() && p.tier == env.tier);
        });
      }
      s.rows.push_back(std::move(row));
    }
  }
  std::vector<DriftSet> out;
  for (auto& [id, s] : sets) {
    // A deploy job targets its own environment: in the pipelines' set a row says where a job deploys, and no
    // environment is expected to have every row.
    if (s.layout != "pipeline")
      for (DriftRow& r : s.rows)
        for (const DriftCell& c : r.cells)
          r.differs |= !c.present || c.version != r.cells.front().version;
    out.push_back(std::move(s));
  }
  return out;
}

namespace {

// What a cell shows: the version, "yes", or "-" for absent.
std::string cell_text(const DriftCell& c) { return !c.present ? "-" : c.version.empty() ? "yes" : c.version; }

size_t width(const std::string& s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size();) {
    reporting::next_code_point(s, i);
    ++n;
  }
  return n;
}

std::string pad(const std::string& s, size_t w) { return s + std::string(w > width(s) ? w - width(s) : 0, ' '); }

}  // namespace

std::string render_drift_text(const std::vector<DriftSet>& sets, const Report& findings, const RenderOptions& o) {
  std::string out;
  if (sets.empty()) out += "no environment sets (folders such as envs/dev and envs/prod, or files such as dev.tfvars and prod.tfvars)\n\n";
  for (const DriftSet& s : sets) {
    // The counts are of components: the row of pipeline deployments is about the environments.
    size_t components = 0, differing = 0;
    for (const DriftRow& r : s.rows)
      if (r.id != kPipelineRow) ++components, differing += r.differs;
    out += (o.color ? "\x1b[1m" : "") + s.id + (o.color ? "\x1b[0m" : "") + "  (" + s.layout + "s; " +
           std::to_string(s.envs.size()) + " environments, " + std::to_string(components) + " components, " +
           std::to_string(differing) + " differ)\n";
    if (s.rows.empty()) {
      out += "\n";
      continue;
    }
    size_t first = width("component");
    for (const DriftRow& r : s.rows) first = std::max(first, width(r.label));
    std::vector<size_t> widths;
    for (size_t e = 0; e < s.envs.size(); ++e) {
      size_t w = width(s.envs[e]);
      for (const DriftRow& r : s.rows) w = std::max(w, width(cell_text(r.cells[e])));
      widths.push_back(w);
    }
    std::string head = "  " + pad("component", first);
    for (size_t e = 0; e < s.envs.size(); ++e) head += "  " + pad(s.envs[e], widths[e]);
    while (!head.empty() && head.back() == ' ') head.pop_back();
    out += head + "\n";
    for (const DriftRow& r : s.rows) {
      std::string line = "  " + pad(r.label, first);
      for (size_t e = 0; e < s.envs.size(); ++e) line += "  " + pad(cell_text(r.cells[e]), widths[e]);
      if (r.differs) line += "  differs";
      while (!line.empty() && line.back() == ' ') line.pop_back();
      out += line + "\n";
    }
    out += "\n";
  }
  return out + render_text(findings, o);
}

std::string render_drift_json(const std::vector<DriftSet>& sets, const Report& findings, const RenderOptions& o) {
  nlohmann::ordered_json j;
  j["sets"] = nlohmann::ordered_json::array();
  for (const DriftSet& s : sets) {
    nlohmann::ordered_json set;
    set["set"] = s.id;
    set["layout"] = s.layout;
    set["environments"] = s.envs;
    set["components"] = nlohmann::ordered_json::array();
    for (const DriftRow& r : s.rows) {
      nlohmann::ordered_json row;
      row["id"] = r.id;
      row["label"] = r.label;
      row["differs"] = r.differs;
      nlohmann::ordered_json cells = nlohmann::ordered_json::object();
      for (size_t e = 0; e < s.envs.size(); ++e) {
        const DriftCell& c = r.cells[e];
        nlohmann::ordered_json cell;
        cell["present"] = c.present;
        if (!c.version.empty()) cell["version"] = c.version;
        if (c.present) {
          cell["path"] = c.path;
          cell["line"] = c.line;
        }
        cells[s.envs[e]] = cell;
      }
      row["environments"] = cells;
      set["components"].push_back(row);
    }
    j["sets"].push_back(set);
  }
  j["report"] = nlohmann::ordered_json::parse(render_json(findings, o));
  return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string render_drift_markdown(const std::vector<DriftSet>& sets, const Report& findings, const RenderOptions&) {
  auto cell = [](const std::string& s) { return reporting::markdown_text(s); };
  std::string out = "## Environments\n\n";
  if (sets.empty()) out += "No environment sets.\n\n";
  // A row of cells, each escaped: | a | b |
  auto row = [&](const std::vector<std::string>& cells) {
    out += '|';
    for (const std::string& c : cells) out.append(" ").append(cell(c)).append(" |");
    out += '\n';
  };
  for (const DriftSet& s : sets) {
    out.append("### ").append(cell(s.id)).append("\n\n");
    std::vector<std::string> head{"component"};
    head.insert(head.end(), s.envs.begin(), s.envs.end());
    head.push_back("");
    row(head);
    out += "|---|";
    for (size_t e = 0; e < s.envs.size(); ++e) out += "---|";
    out += "---|\n";
    for (const DriftRow& r : s.rows) {
      std::vector<std::string> cells{r.label};
      for (const DriftCell& c : r.cells) cells.push_back(cell_text(c));
      cells.push_back(r.differs ? "differs" : "");
      row(cells);
    }
    out += "\n";
  }
  out += "## Findings\n\n" + reporting::markdown_findings_list(findings);
  return out;
}

}  // namespace tollgate
