#include "engine/gate_change.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <set>

#include "engine/findings.h"
#include "engine/scan_rules.h"

namespace tollgate {

bool is_change_rule(const std::string& id) {
  return id == kGateConfigWeakened || id == kBaselineGrown || id == kSuppressionAdded;
}

namespace {

std::vector<std::string> values(const std::vector<ConfigItem>& items) {
  std::vector<std::string> out;
  for (const auto& i : items) out.push_back(i.value);
  return out;
}

std::vector<std::pair<std::string, Severity>> severity_list(const Config& c) {
  std::vector<std::pair<std::string, Severity>> out;
  for (const auto& [key, sev] : c.severity) out.emplace_back(key.value, sev);
  return out;
}

// "a, b, c and 4 more": the rules a setting affects, short enough for one message.
std::string rule_list(const std::vector<std::string>& ids) {
  constexpr size_t kShown = 5;
  std::string out;
  for (size_t i = 0; i < ids.size() && i < kShown; ++i) out += (i ? ", " : "") + ids[i];
  if (ids.size() > kShown) out += " and " + std::to_string(ids.size() - kShown) + " more";
  return out;
}

uint32_t key_line(const Config& c, const std::string& key) {
  auto it = c.key_lines.find(key);
  return it == c.key_lines.end() ? 1 : it->second;
}

bool has_value(const std::vector<ConfigItem>& items, const std::string& v) {
  return std::any_of(items.begin(), items.end(), [&](const ConfigItem& i) { return i.value == v; });
}

std::string count_of(size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

std::vector<Finding> config_weakening(const SourceText& head_text, const Config& base_cfg, const Config& head_cfg,
                                      const std::vector<RuleInfo>& all, const RuleInfo& rule) {
  // Per setting (its line and what it is), the rules it weakens, in rule order.
  struct Group {
    std::string what;
    std::vector<std::string> rules;
  };
  std::map<std::pair<uint32_t, std::string>, Group> groups;
  auto add = [&](uint32_t line, const std::string& what, std::string detail) {
    groups[{line, what}].what = what;
    groups[{line, what}].rules.push_back(std::move(detail));
  };
  auto base_sev = severity_list(base_cfg), head_sev = severity_list(head_cfg);
  auto base_select = values(base_cfg.select), base_skip = values(base_cfg.skip);
  auto head_select = values(head_cfg.select), head_skip = values(head_cfg.skip);
  for (const RuleInfo& r : all) {
    if (!rule_chosen(r, base_select, base_skip)) continue;  // what the base did not run, the change cannot switch off
    if (!rule_chosen(r, head_select, head_skip)) {
      auto by = std::find_if(head_cfg.skip.begin(), head_cfg.skip.end(), [&](const ConfigItem& i) {
        return rule_matches(r, i.value) && !has_value(base_cfg.skip, i.value);
      });
      if (by == head_cfg.skip.end())
        by = std::find_if(head_cfg.skip.begin(), head_cfg.skip.end(),
                          [&](const ConfigItem& i) { return rule_matches(r, i.value); });
      if (by != head_cfg.skip.end())
        add(by->line, "skip: '" + by->value + "' switches off", r.id);
      else
        add(key_line(head_cfg, "select"), "select: the narrower selection leaves out", r.id);
      continue;
    }
    auto b = severity_override_index(r, base_sev), h = severity_override_index(r, head_sev);
    Severity was = b ? base_sev[*b].second : r.severity, now = h ? head_sev[*h].second : r.severity;
    if (now < was)
      add(head_cfg.severity[*h].first.line, "severity: '" + head_sev[*h].first + ": " + severity_name(now) + "' lowers",
          r.id + " (" + severity_name(was) + " to " + severity_name(now) + ")");
  }

  std::vector<Finding> out;
  for (const auto& [at, g] : groups)
    out.push_back(line_finding(head_text, rule, at.first,
                               g.what + " " + count_of(g.rules.size(), "rule", "rules") + " the base ran: " + rule_list(g.rules)));

  Severity base_fail = base_cfg.fail_on.value_or(Severity::low), head_fail = head_cfg.fail_on.value_or(Severity::low);
  if (head_fail > base_fail)
    out.push_back(line_finding(head_text, rule, key_line(head_cfg, "fail-on"),
                               std::string("fail-on raised from ") + severity_name(base_fail) + " to " +
                                   severity_name(head_fail) + ": findings below " + severity_name(head_fail) +
                                   " no longer fail the gate"));
  for (const ConfigItem& e : head_cfg.exclude)
    if (!has_value(base_cfg.exclude, e.value))
      out.push_back(line_finding(head_text, rule, e.line, "exclude: '" + e.value + "' takes the files it matches out of the scan"));
  constexpr uint64_t kDefaultMaxFileSize = 16u << 20;
  if (head_cfg.max_file_size.value_or(kDefaultMaxFileSize) < base_cfg.max_file_size.value_or(kDefaultMaxFileSize))
    out.push_back(line_finding(head_text, rule, key_line(head_cfg, "max-file-size"),
                               "max-file-size lowered from " + std::to_string(base_cfg.max_file_size.value_or(kDefaultMaxFileSize)) +
                                   " to " + std::to_string(*head_cfg.max_file_size) + " bytes: larger files are no longer scanned"));
  // 0 is no limit; unset is the scan's default of 10,000.
  auto findings_cap = [](const Config& c) -> uint64_t {
    uint32_t v = c.max_findings_per_file.value_or(10'000);
    return v == 0 ? UINT64_MAX : v;
  };
  if (findings_cap(head_cfg) < findings_cap(base_cfg))
    out.push_back(line_finding(head_text, rule, key_line(head_cfg, "max-findings-per-file"),
                               "max-findings-per-file lowered to " + std::to_string(findings_cap(head_cfg)) +
                                   ": findings past it in a file are no longer reported"));
  for (const ConfigItem& pack : base_cfg.rules)
    if (!has_value(head_cfg.rules, pack.value))
      out.push_back(line_finding(head_text, rule, key_line(head_cfg, "rules"),
                                 "rules: the custom pack '" + pack.value + "' the base loaded is no longer loaded"));
  return out;
}

std::vector<Finding> baseline_growth(const ChangedFile& file, const RuleInfo& rule) {
  // fingerprint -> rule id, in file order.
  auto entries = [](std::string_view text, std::vector<std::pair<std::string, std::string>>* out) {
    auto j = nlohmann::json::parse(text, nullptr, false);
    if (j.is_discarded() || !j.is_object() || !j.contains("findings") || !j["findings"].is_array()) return false;
    for (const auto& f : j["findings"])
      if (f.is_object() && f.contains("fingerprint") && f["fingerprint"].is_string())
        out->emplace_back(f["fingerprint"].get<std::string>(),
                          f.contains("rule_id") && f["rule_id"].is_string() ? f["rule_id"].get<std::string>() : "");
    return true;
  };
  std::vector<std::pair<std::string, std::string>> head, base;
  if (!entries(file.head->bytes(), &head)) return {};
  if (file.base && !entries(*file.base, &base)) base.clear();
  std::set<std::string> before;
  for (const auto& e : base) before.insert(e.first);
  std::vector<std::string> added_rules;
  std::set<std::string> rules_seen;
  std::string first;
  size_t added = 0;
  for (const auto& [fp, id] : head) {
    if (before.count(fp)) continue;
    if (!added++) first = fp;
    if (!id.empty() && rules_seen.insert(id).second) added_rules.push_back(id);
  }
  if (!added) return {};
  size_t at = file.head->bytes().find(first);
  uint32_t line = 1, col = 1;
  if (at != std::string::npos) file.head->locate(static_cast<uint32_t>(at), &line, &col);
  std::string msg = (file.base ? "the change adds " : "a new baseline accepts ") +
                    count_of(added, "finding", "findings") + " to the baseline";
  if (!added_rules.empty()) msg += " (" + rule_list(added_rules) + ")";
  return {line_finding(*file.head, rule, line, msg + ": they no longer fail the gate")};
}

std::vector<Finding> suppressions_added(const ChangedFile& file, const RuleInfo& rule) {
  auto key = [](const Suppression& s) {
    std::string k;
    for (const auto& id : s.ids) k += id + ",";
    return k + "\n" + s.reason;
  };
  std::vector<Notification> ignored;  // malformed comments are the file pass's to report
  std::multiset<std::string> before;
  if (file.base)
    for (const Suppression& s : find_suppressions(*SourceText::make(file.head->path(), *file.base), &ignored))
      before.insert(key(s));
  std::vector<Finding> out;
  for (const Suppression& s : find_suppressions(*file.head, &ignored)) {
    if (auto it = before.find(key(s)); it != before.end()) {
      before.erase(it);
      continue;
    }
    std::string ids;
    for (const auto& id : s.ids) ids += (ids.empty() ? "" : ", ") + id;
    out.push_back(line_finding(*file.head, rule, s.line, "adds an inline suppression of " + ids + " (\"" + s.reason + "\")"));
  }
  return out;
}

std::vector<Finding> check_changed_file(const RuleInfo& rule, const ChangedFile& file, const std::vector<RuleInfo>& all) {
  if (rule.id == kBaselineGrown) return baseline_growth(file, rule);
  if (rule.id == kSuppressionAdded) return suppressions_added(file, rule);
  if (rule.id != kGateConfigWeakened) return {};
  ConfigError err;
  Config head = parse_config(file.head->path(), file.head->bytes(), &err).value_or(Config{});
  Config base = file.base ? parse_config(file.head->path(), *file.base, &err).value_or(Config{}) : Config{};
  return config_weakening(*file.head, base, head, all, rule);
}

}  // namespace tollgate
