// Production readiness evidence (include/tollgate/readiness.h, docs/readiness.md): what a repository's files show
// of the standard's deliverables, design inputs, disaster recovery, rollbacks, SLOs, alerting and monitoring.
//
// Everything here is a fact with a place (a file, a line); judging the facts (how old a drill may be, what is
// required) is the readiness rules' work and the checklist's. Text evidence (RPO, drills) is read from the
// Markdown and text documents the scan kept; structured evidence (alert rules, monitors, SLOs) from YAML and JSON
// documents; pipelines, workloads and cloud resources from their models, so readiness agrees with the other
// families.
#include "tollgate/readiness.h"

#include <re2/re2.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <fnmatch.h>
#include <map>
#include <set>
#include <string_view>

#include "parsers/text_util.h"
#include "tollgate/models.h"

namespace tollgate {

namespace {

// The words of a path, lower-case: "docs/Disaster-Recovery/RTO_plan.md" -> docs disaster recovery rto plan md.
std::vector<std::string> path_words(std::string_view path) {
  std::vector<std::string> words;
  std::string w;
  for (char c : path) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (!w.empty()) {
      words.push_back(std::move(w));
      w.clear();
    }
  }
  if (!w.empty()) words.push_back(std::move(w));
  return words;
}

bool has_word(const std::vector<std::string>& words, std::initializer_list<std::string_view> any) {
  for (const auto& w : words)
    for (std::string_view a : any)
      if (w == a) return true;
  return false;
}

// Extensions of documents: what a runbook, a DR plan or a design input is written in.
bool is_document_name(std::string_view path) {
  static const std::set<std::string_view> kExt = {"md", "markdown", "mdx", "adoc", "rst", "txt", "pdf", "png", "svg",
                                                  "drawio", "puml", "html", "jpg", "jpeg", "docx", "odt"};
  size_t slash = path.rfind('/'), dot = path.rfind('.');
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) return false;
  return kExt.count(ascii_lower(path.substr(dot + 1))) > 0;
}

// Whether a path is named for one of `words`: a folder of it, or the file itself when it is a document
// (docs/runbooks/x.yaml and docs/runbook.md are; rules/dr-check.lua is not).
bool named_for(std::string_view path, std::initializer_list<std::string_view> words) {
  size_t slash = path.rfind('/');
  if (slash != std::string_view::npos && has_word(path_words(path.substr(0, slash)), words)) return true;
  return is_document_name(path) && has_word(path_words(path.substr(slash == std::string_view::npos ? 0 : slash + 1)), words);
}

std::string folder_of(std::string_view path) {
  size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? "" : std::string(path.substr(0, slash + 1));
}

// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm), so that ages need no time zone.
int64_t days_from_civil(int y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return static_cast<int64_t>(era) * 146097 + static_cast<int64_t>(doe) - 719468;
}

}  // namespace

std::optional<int64_t> parse_iso_date(std::string_view s) {
  int y, m, d;
  if (s.size() != 10 || std::sscanf(std::string(s).c_str(), "%4d-%2d-%2d", &y, &m, &d) != 3) return std::nullopt;
  if (m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
  return days_from_civil(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
}

namespace {

std::string today_iso() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

// The repository's files, without the prefix the scan gives them, for lookups.
class Files {
 public:
  explicit Files(const ReadinessInputs& in) : prefix_(in.prefix) {
    for (const std::string& p : in.paths)
      if (p.compare(0, prefix_.size(), prefix_) == 0) rel_.push_back(p.substr(prefix_.size()));
    std::sort(rel_.begin(), rel_.end());
  }
  const std::vector<std::string>& all() const { return rel_; }
  std::string shown(std::string_view rel) const { return prefix_ + std::string(rel); }
  std::string_view rel(std::string_view path) const {
    return path.compare(0, prefix_.size(), prefix_) == 0 ? path.substr(prefix_.size()) : path;
  }
  // Whether a file is at or under `entry` (as matching() reads it), without listing them: a binary search for a
  // plain path, which runbook links of every alert ask.
  bool has(std::string_view entry) const {
    std::string e = entry_path(entry);
    if (e.find_first_of("*?[") != std::string::npos) return !matching(e).empty();
    if (std::binary_search(rel_.begin(), rel_.end(), e)) return true;
    std::string folder = e + "/";  // the files under it sort together, from here
    auto it = std::lower_bound(rel_.begin(), rel_.end(), folder);
    return it != rel_.end() && it->compare(0, folder.size(), folder) == 0;
  }
  // Files at or under `entry`: a file, a folder (with or without its final slash), or a glob with `*`.
  std::vector<std::string> matching(std::string_view entry) const {
    std::vector<std::string> out;
    std::string e = entry_path(entry);
    bool glob = e.find_first_of("*?[") != std::string::npos;
    for (const std::string& p : rel_) {
      if (glob) {
        // The glob names the file or one of its folders.
        for (size_t end = p.find('/'); ; end = p.find('/', end + 1)) {
          std::string head = p.substr(0, end);
          if (fnmatch(e.c_str(), head.c_str(), FNM_PATHNAME) == 0) {
            out.push_back(p);
            break;
          }
          if (end == std::string::npos) break;
        }
      } else if (p == e || (p.size() > e.size() && p.compare(0, e.size(), e) == 0 && p[e.size()] == '/')) {
        out.push_back(p);
      }
    }
    return out;
  }

 private:
  // A mapping's or a link's path as the files are named: no final slash, no leading "./".
  static std::string entry_path(std::string_view entry) {
    std::string e(entry);
    while (e.size() > 1 && e.back() == '/') e.pop_back();
    if (e.rfind("./", 0) == 0) e = e.substr(2);
    return e;
  }

  std::string prefix_;
  std::vector<std::string> rel_;
};

const Node* path_get(const Node* n, std::initializer_list<std::string_view> keys) {
  for (std::string_view k : keys) {
    if (!n) return nullptr;
    n = n->get(k);
  }
  return n;
}

const ReadinessItem* find_item(const std::vector<ReadinessItem>& items, std::string_view name) {
  for (const ReadinessItem& i : items)
    if (i.name == name) return &i;
  return nullptr;
}

class Assessor {
 public:
  Assessor(const ReadinessInputs& in, Readiness* out) : in_(in), files_(in), r_(*out) {}

  void run() {
    r_.drill_window_days = in_.config.drill_window_days;
    r_.rollback_window_days = in_.config.rollback_window_days;
    r_.as_of = in_.config.as_of.empty() ? today_iso() : in_.config.as_of;
    today_ = parse_iso_date(r_.as_of).value_or(0);
    for (const Document* d : in_.docs) {
      if (d->kind == "pipeline") read_pipeline(*d);
      else if (d->kind == "workload") read_workload(*d);
      else if (d->kind == "resource") read_resource(*d);
      else if (d->root && (d->format == Format::yaml || d->format == Format::json)) read_structured(*d);
    }
    deliverables();
    design_inputs();
    for (const Document* d : in_.docs)
      if (d->format == Format::text && (d->kind == "markdown" || d->kind == "text") && holds_records(*d)) read_text(*d);
    match_alerts();
    newest_first(&r_.drills);
    newest_first(&r_.rollback_checks);
    checklist();
  }

 private:
  // --- pipelines, workloads, resources (the models) ---

  void read_pipeline(const Document& d) {
    const Node* root = d.root;
    bool scheduled = false;
    if (const Node* t = root->get("triggers"))
      for (const Entry& e : t->entries) scheduled |= scalar_text(e.value->get("event")) == "schedule";
    const Node* jobs = root->get("jobs");
    if (!jobs) return;
    for (const Entry& je : jobs->entries) {
      const Node* job = je.value;
      std::string job_id = scalar_text(job->get("id"));
      std::string id = ascii_lower(job_id + " " + scalar_text(job->get("name")));
      bool job_may_fail = is_true(job->get("may_fail"));
      bool on_pr = is_true(job->get("on_pull_request"));
      if (id.find("rollback") != std::string::npos)
        r_.rollback_procedures.push_back(at(d, job->span, "pipeline job '" + job_id + "' rolls back"));
      const Node* steps = job->get("steps");
      if (!steps) continue;
      for (const Entry& se : steps->entries) {
        const Node* step = se.value;
        const Node* does = step->get("does");
        bool step_may_fail = job_may_fail || is_true(step->get("may_fail")) || is_true(step->get("soft_fail"));
        auto did = [&](std::string_view what) { return does && is_true(does->get(what)); };
        if (did("test") && !step_may_fail) add_once(&tests_, at(d, step->span, "job '" + job_id + "' runs tests"));
        if (did("deploy")) add_once(&deploys_, at(d, step->span, "job '" + job_id + "' deploys"));
        if (did("scan")) {
          bool soft = step_may_fail;
          if (const Node* cmds = step->get("commands"))
            for (const Entry& ce : cmds->entries)
              if (const Node* cd = ce.value->get("does"); cd && is_true(cd->get("scan")))
                soft |= ce.value->get("soft_fail") != nullptr;
          (soft ? soft_scans_ : scans_).push_back(at(d, step->span, "job '" + job_id + "' runs a security scan"));
        }
        if (on_pr && (did("policy") || did("scan")))
          add_once(&iac_checks_, at(d, step->span, "job '" + job_id + "' checks changes on pull requests"));
        const Node* cmds = step->get("commands");
        if (!cmds) continue;
        for (const Entry& ce : cmds->entries) read_command(d, ce.value, job_id, on_pr, scheduled);
      }
    }
  }

  void read_command(const Document& d, const Node* cmd, const std::string& job, bool on_pr, bool scheduled) {
    std::string base = ascii_lower(scalar_text(cmd->get("base")));
    std::vector<std::string> args;
    if (const Node* a = cmd->get("args"))
      for (const Entry& e : a->entries) args.push_back(scalar_text(e.value));
    auto has_arg = [&](std::string_view s) { return std::find(args.begin(), args.end(), s) != args.end(); };
    auto arg_starts = [&](std::string_view s) {
      return std::any_of(args.begin(), args.end(), [&](const std::string& x) { return x.rfind(s, 0) == 0; });
    };
    std::string text = scalar_text(cmd->get("text"));
    std::string quoted = "'" + (text.size() > 80 ? text.substr(0, 77) + "..." : text) + "'";
    bool terraform = base == "terraform" || base == "tofu" || base == "terragrunt";
    if ((base == "helm" && has_arg("rollback")) || (base == "kubectl" && has_arg("rollout") && has_arg("undo")))
      r_.rollback_procedures.push_back(at(d, cmd->span, "job '" + job + "' runs " + quoted));
    if (base == "helm" && (has_arg("--atomic") || has_arg("--rollback-on-failure")))
      add_once(&r_.automated_rollback, at(d, cmd->span, "job '" + job + "' runs " + quoted + ", which rolls back a failed release"));
    if (base == "promtool" && has_arg("test") && has_arg("rules"))
      r_.alert_tests.push_back(at(d, cmd->span, "job '" + job + "' runs " + quoted));
    if (on_pr && ((terraform && (has_arg("plan") || has_arg("validate"))) || base == "tflint" || base == "kubeconform" ||
                  base == "kubeval" || base == "cfn-lint" || base == "conftest" ||
                  (base == "helm" && (has_arg("lint") || has_arg("template"))) ||
                  (base == "kubectl" && has_arg("diff"))))
      add_once(&iac_checks_, at(d, cmd->span, "job '" + job + "' runs " + quoted + " on pull requests"));
    bool drift = (terraform && has_arg("plan") && (arg_starts("-detailed-exitcode") || arg_starts("-refresh-only"))) ||
                 (base == "tollgate" && has_arg("drift")) || (base == "driftctl" && has_arg("scan"));
    if (drift && scheduled)
      add_once(&r_.drift_detection, at(d, cmd->span, "scheduled job '" + job + "' runs " + quoted));
  }

  void read_workload(const Document& d) {
    const Node* w = d.root;
    std::string kind = scalar_text(w->get("kind"));
    if (scalar_text(w->get("source")) != "kubernetes" || is_true(w->get("partial"))) return;
    if (kind != "Deployment" && kind != "StatefulSet" && kind != "Rollout") return;
    std::string name = scalar_text(w->get("name"));
    if (name.size() >= 3) workload_names_.insert(ascii_lower(name));
    if (w->get("autoscaler")) autoscaled_.push_back(at(d, w->span, kind + " '" + name + "' has an autoscaler"));
    else unscaled_.push_back(at(d, w->span, kind + " '" + name + "' has no autoscaler"));
    if (kind == "Rollout")
      add_once(&r_.automated_rollback, at(d, w->span, "Argo Rollouts '" + name + "' aborts a failing rollout"));
  }

  void read_resource(const Document& d) {
    const Node* res = d.root;
    std::string type = scalar_text(res->get("type")), cls = scalar_text(res->get("class"));
    std::string addr = scalar_text(res->get("address"));
    if (addr.empty()) addr = type + " '" + scalar_text(res->get("name")) + "'";
    if (cls == "alarm") {
      alerting_.push_back(at(d, res->span, addr + " is an alarm"));
      external_alerts_ = true;
    }
    if (const Node* days = res->get("backup_retention_days"); days && days->type == NodeType::integer && days->text != "0")
      r_.backups.push_back(at(d, days->span, addr + " keeps automated backups " + days->text + " days"));
    if (is_true(res->get("point_in_time_recovery")))
      r_.backups.push_back(at(d, res->get("point_in_time_recovery")->span, addr + " has point-in-time recovery"));
    static const std::set<std::string_view> kBackupPlans = {"aws_backup_plan", "AWS::Backup::BackupPlan",
                                                           "google_backup_dr_backup_plan", "azurerm_backup_policy_vm"};
    if (kBackupPlans.count(type)) r_.backups.push_back(at(d, res->span, addr + " is a backup plan"));
    static const std::set<std::string_view> kSlos = {
        "google_monitoring_slo", "datadog_service_level_objective", "newrelic_service_level", "grafana_slo",
        "dynatrace_slo", "dynatrace_slo_v2", "honeycombio_slo", "sumologic_slo", "AWS::ApplicationSignals::ServiceLevelObjective",
        "aws_applicationsignals_service_level_objective"};
    if (kSlos.count(type)) r_.slos.push_back(at(d, res->span, addr + " defines an SLO"));
    static const std::set<std::string_view> kDashboards = {
        "aws_cloudwatch_dashboard", "AWS::CloudWatch::Dashboard", "google_monitoring_dashboard",
        "azurerm_portal_dashboard", "datadog_dashboard", "datadog_dashboard_json", "grafana_dashboard",
        "newrelic_one_dashboard"};
    if (kDashboards.count(type)) monitoring_.push_back(at(d, res->span, addr + " is a dashboard"));
    static const std::set<std::string_view> kAlerts = {
        "datadog_monitor", "newrelic_alert_policy", "newrelic_nrql_alert_condition", "google_monitoring_alert_policy",
        "azurerm_monitor_metric_alert", "azurerm_monitor_scheduled_query_rules_alert_v2", "grafana_rule_group",
        "pagerduty_service", "opsgenie_alert_policy"};
    if (kAlerts.count(type)) {
      alerting_.push_back(at(d, res->span, addr + " is an alert"));
      external_alerts_ = true;
    }
  }

  // --- YAML and JSON documents: alert rules, monitors, SLOs, dashboards, rule tests, backups ---

  void read_structured(const Document& d) {
    const Node* root = d.root;
    if (!root->is_map()) return;
    if (d.kind == "helm-values") return read_helm_values(d);
    std::string api = scalar_text(root->get("apiVersion")), kind = scalar_text(root->get("kind"));
    const Node* name_node = path_get(root, {"metadata", "name"});
    std::string name = scalar_text(name_node);
    Span where = name_node ? name_node->span : root->span;
    if (kind == "PrometheusRule") {
      read_rule_groups(d, path_get(root, {"spec", "groups"}));
    } else if (root->get("groups") && !root->get("apiVersion")) {
      read_rule_groups(d, root->get("groups"));  // a Prometheus rule file
    }
    if (kind == "ServiceMonitor" || kind == "PodMonitor") {
      std::string svc = name;
      if (const Node* ml = path_get(root, {"spec", "selector", "matchLabels"}))
        for (std::string_view k : {"app.kubernetes.io/name", "app", "k8s-app", "name", "app.kubernetes.io/instance"})
          if (std::string v = scalar_text(ml->get(k)); !v.empty()) {
            svc = v;
            break;
          }
      monitoring_.push_back(at(d, where, kind + " '" + name + "' collects metrics"));
      r_.monitored.push_back({svc, d.path(), kind + " '" + name + "'", where.line, false});
    }
    if (kind == "Probe" && api.rfind("monitoring.coreos.com", 0) == 0)
      monitoring_.push_back(at(d, where, "Probe '" + name + "' collects metrics"));
    // A pod template or Service asking to be scraped.
    const Node* tmpl_ann = path_get(root, {"spec", "template", "metadata", "annotations"});
    if (kind == "Service") tmpl_ann = path_get(root, {"metadata", "annotations"});
    if (tmpl_ann) {
      const Node* scrape = tmpl_ann->get("prometheus.io/scrape");
      if (scrape && ascii_lower(scalar_text(scrape)) == "true") {
        monitoring_.push_back(at(d, scrape->span, kind + " '" + name + "' is scraped by Prometheus"));
        r_.monitored.push_back({name, d.path(), kind + " '" + name + "' (prometheus.io/scrape)", scrape->span.line, false});
      }
    }
    // SLOs: OpenSLO, Sloth (CRD and plain), Pyrra, Google's slo-generator.
    if ((api.rfind("openslo/", 0) == 0 && kind == "SLO") ||
        (api.rfind("sloth.slok.dev/", 0) == 0 && kind == "PrometheusServiceLevel") ||
        (api.rfind("pyrra.dev/", 0) == 0 && kind == "ServiceLevelObjective") ||
        (api.rfind("sre.google.com/", 0) == 0 && kind == "ServiceLevelObjective"))
      r_.slos.push_back(at(d, where, kind + " '" + name + "' (" + api + ")"));
    if (scalar_text(root->get("version")) == "prometheus/v1" && root->get("slos"))
      r_.slos.push_back(at(d, root->get("slos")->span, "Sloth SLOs of service '" + scalar_text(root->get("service")) + "'"));
    if (root->get("rule_files") && root->get("tests"))
      r_.alert_tests.push_back(at(d, root->get("tests")->span, "promtool unit tests of alerting rules"));
    if (root->get("route") && root->get("receivers"))
      alerting_.push_back(at(d, root->get("route")->span, "Alertmanager routes alerts to receivers"));
    if (root->get("scrape_configs"))
      monitoring_.push_back(at(d, root->get("scrape_configs")->span, "Prometheus scrape configuration"));
    // A Grafana dashboard, as exported or as the API wraps it ({"dashboard": {...}}).
    const Node* board = d.format == Format::json && root->get("dashboard") ? root->get("dashboard") : root;
    if (d.format == Format::json && board->is_map() && board->get("panels") && (board->get("title") || board->get("uid"))) {
      std::string title = scalar_text(board->get("title"));
      monitoring_.push_back(at(d, board->span, "Grafana dashboard '" + title + "'"));
      dashboards_.push_back({title, d.path(), "Grafana dashboard '" + title + "'", board->span.line, false});
    }
    if (api.rfind("velero.io/", 0) == 0 && kind == "Schedule")
      r_.backups.push_back(at(d, where, "Velero schedule '" + name + "' (" + scalar_text(path_get(root, {"spec", "schedule"})) + ")"));
    if (api.rfind("flagger.app/", 0) == 0 && kind == "Canary")
      add_once(&r_.automated_rollback, at(d, where, "Flagger canary '" + name + "' rolls back on failed analysis"));
    if (kind == "CronJob" && ascii_lower(name).find("backup") != std::string::npos)
      r_.backups.push_back(at(d, where, "CronJob '" + name + "' (" + scalar_text(path_get(root, {"spec", "schedule"})) + ")"));
  }

  // A chart's values: the ServiceMonitor, PodMonitor and PrometheusRule its templates render when enabled
  // (`serviceMonitor.enabled`, bitnami's `metrics.serviceMonitor.enabled`, `prometheusRule.rules`), and the
  // scrape annotation of its pods. The service is the chart's: `fullnameOverride`, `nameOverride` or its folder.
  void read_helm_values(const Document& d) {
    const Node* root = d.root;
    std::string name = scalar_text(root->get("fullnameOverride"));
    if (name.empty()) name = scalar_text(root->get("nameOverride"));
    if (name.empty()) {
      std::string folder = folder_of(files_.rel(d.path()));
      if (!folder.empty()) folder.pop_back();
      name = folder.substr(folder.rfind('/') == std::string::npos ? 0 : folder.rfind('/') + 1);
    }
    for (const Node* base : {root, root->get("metrics"), root->get("prometheus")}) {
      if (!base || !base->is_map()) continue;
      for (std::string_view key : {"serviceMonitor", "podMonitor", "monitor"})
        if (const Node* m = base->get(key); m && is_true(m->get("enabled"))) {
          monitoring_.push_back(at(d, m->get("enabled")->span, "chart '" + name + "' renders a " + std::string(key)));
          r_.monitored.push_back({name, d.path(), "chart '" + name + "' (" + std::string(key) + ".enabled)",
                                  m->get("enabled")->span.line, false});
        }
      for (std::string_view key : {"prometheusRule", "prometheusRules"})
        if (const Node* pr = base->get(key); pr && is_true(pr->get("enabled"))) {
          if (const Node* rules = pr->get("rules"); rules && rules->is_seq()) read_rules(d, rules);
          if (const Node* groups = pr->get("groups")) read_rule_groups(d, groups);
          if (r_.alerts.empty() || r_.alerts.back().path != d.path())
            alerting_.push_back(at(d, pr->get("enabled")->span, "chart '" + name + "' renders a PrometheusRule"));
        }
    }
    if (const Node* ann = root->get("podAnnotations"))
      if (const Node* scrape = ann->get("prometheus.io/scrape"); scrape && ascii_lower(scalar_text(scrape)) == "true") {
        monitoring_.push_back(at(d, scrape->span, "chart '" + name + "' pods are scraped by Prometheus"));
        r_.monitored.push_back({name, d.path(), "chart '" + name + "' (prometheus.io/scrape)", scrape->span.line, false});
      }
  }

  void read_rule_groups(const Document& d, const Node* groups) {
    if (!groups || !groups->is_seq()) return;
    for (const Entry& g : groups->entries)
      if (const Node* rules = g.value->get("rules"); rules && rules->is_seq()) read_rules(d, rules);
  }

  // The rules of one group: alerting rules, and recording rules that measure an objective.
  void read_rules(const Document& d, const Node* rules) {
    for (const Entry& re : rules->entries) {
      const Node* rule = re.value;
      if (!rule->is_map()) continue;
      if (const Node* rec = rule->get("record")) {
        std::string n = ascii_lower(scalar_text(rec));
        static const RE2 kObjective(R"((^|[:_])(slo|sli|error_budget|errorbudget)([:_]|$))");
        if (RE2::PartialMatch(n, kObjective))
          r_.slos.push_back(at(d, rec->span, "recording rule '" + scalar_text(rec) + "' measures an objective"));
        continue;
      }
      const Node* alert = rule->get("alert");
      if (!alert) continue;
      ReadinessAlert a;
      a.name = scalar_text(alert);
      a.path = d.path();
      a.line = alert->span.line;
      a.expr = scalar_text(rule->get("expr"));
      const Node* labels = rule->get("labels");
      if (labels)
        for (const Entry& l : labels->entries) a.expr += " " + l.key + "=" + scalar_text(l.value);
      if (const Node* ann = rule->get("annotations"))
        for (std::string_view k : {"runbook_url", "runbook", "runbook_link", "playbook_url", "playbook"})
          if (const Node* rb = ann->get(k); rb && !scalar_text(rb).empty()) {
            a.runbook = scalar_text(rb);
            a.runbook_line = rb->span.line;
            a.runbook_status = runbook_status(a.runbook, d.path());
            break;
          }
      // A burn-rate alert is an objective's alert: Sloth and Pyrra label theirs, others name them so.
      static const RE2 kSloAlert(R"((?i)errorbudget|burnrate|(^|[^a-z])slo([^a-z]|$))");
      if (RE2::PartialMatch(a.name, kSloAlert) || (labels && (labels->get("sloth_id") || labels->get("slo"))))
        r_.slos.push_back(at(d, alert->span, "alert '" + a.name + "' fires on an objective's error budget"));
      r_.alerts.push_back(std::move(a));
      alerting_rules_ = true;
    }
  }

  // Where a runbook link leads: a file of this repository, one that is missing, or outside.
  std::string runbook_status(std::string_view link, std::string_view from) const {
    std::string s(link);
    if (s.find("{{") != std::string::npos || s.find("$labels") != std::string::npos) return "templated";
    for (char cut : {'#', '?'})
      if (size_t p = s.find(cut); p != std::string::npos && !(cut == '?' && s.find("?path=") == p)) s.resize(p);
    if (s.find("://") != std::string::npos) {
      // A link into a repository host: the path after /blob/<ref>/, /tree/<ref>/, /-/blob/<ref>/ or /src/<ref>/.
      static const RE2 kHosted(R"(/(?:-/)?(?:blob|tree|src|raw)/[^/]+/(.+)$)");
      std::string rel;
      if (RE2::PartialMatch(s, kHosted, &rel) && files_.has(rel)) return "found";
      return "external";
    }
    if (s.empty()) return "none";
    std::string base = s[0] == '/' ? "" : folder_of(files_.rel(from));
    std::string joined = normalize(base + (s[0] == '/' ? s.substr(1) : s));
    if (!joined.empty() && files_.has(joined)) return "found";
    if (s[0] != '/' && files_.has(normalize(s))) return "found";  // written from the repository's top
    return "not-found";
  }

  static std::string normalize(const std::string& p) {
    std::vector<std::string> parts;
    size_t i = 0;
    while (i <= p.size()) {
      size_t j = p.find('/', i);
      if (j == std::string::npos) j = p.size();
      std::string part = p.substr(i, j - i);
      if (part == "..") {
        if (!parts.empty()) parts.pop_back();
      } else if (!part.empty() && part != ".") {
        parts.push_back(part);
      }
      i = j + 1;
    }
    std::string out;
    for (const auto& part : parts) out += (out.empty() ? "" : "/") + part;
    return out;
  }

  // --- Markdown and text: RPO, RTO, backup schedules, drills, rollback procedures and checks ---

  // Where readiness records are read: the disaster-recovery and runbook deliverables, files named for what they
  // record, and documentation, but not change logs (a dated "fix rollback test" entry records no drill).
  bool holds_records(const Document& d) const {
    std::string_view rel = files_.rel(d.path());
    if (d.kind == "text" && !is_document_name(rel) && rel.find('.') != std::string_view::npos) return false;
    std::vector<std::string> w = path_words(rel);
    if (has_word(w, {"changelog", "changes", "history", "news", "releases"}) ||
        (has_word(w, {"release"}) && has_word(w, {"notes"})) || rel.find("node_modules/") != std::string_view::npos ||
        rel.rfind("vendor/", 0) == 0 || rel.find("/vendor/") != std::string_view::npos)
      return false;
    for (const ReadinessItem& i : r_.deliverables)
      if (i.name == "disaster-recovery" || i.name == "runbooks")
        for (const ReadinessEvidence& e : i.evidence) {
          std::string_view place = files_.rel(e.path);
          if (rel == place || (rel.size() > place.size() && rel.compare(0, place.size(), place) == 0 &&
                               (place.back() == '/' || rel[place.size()] == '/')) ||
              folder_of(rel) == folder_of(place))
            return true;
        }
    if (feeds_readiness("text", rel)) return true;
    return rel.find('/') == std::string_view::npos || w[0] == "docs" || w[0] == "doc" || w[0] == "documentation";
  }

  void read_text(const Document& d) {
    static const RE2 kRpo(R"((?i)\b(rpo|recovery[ _-]point[ _-]objective)\b)");
    static const RE2 kRto(R"((?i)\b(rto|recovery[ _-]time[ _-]objective)\b)");
    static const RE2 kDuration(
        R"((?i)(\b\d+(\.\d+)?\s*(ms|s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?)\b|\bzero\b|\bnear[- ]zero\b|\bPT\d))");
    static const RE2 kBackup(R"((?i)\bbackups?\b|\bsnapshots?\b)");
    static const RE2 kSchedule(
        R"((?i)\b(hourly|daily|nightly|weekly|monthly|every\s+\d*\s*(minutes?|hours?|days?|weeks?|night|day|hour))\b|(^|[\s"'`(])([0-9*/,-]+\s+){4}[0-9*/,-]+($|[\s"'`)]))");
    static const RE2 kDate(R"(\b((?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))\b)");
    static const RE2 kDrill(
        R"((?i)\b(drills?|game[ -]?days?|restore[ -](tests?|tested|exercises?|rehearsals?)|recovery[ -](tests?|tested|exercises?)|failover[ -](tests?|tested|exercises?)|dr[ -](tests?|exercises?)|tabletop))");
    static const RE2 kRollback(R"((?i)\broll(ed|ing)?[ -]?backs?\b|\brollout undo\b)");
    static const RE2 kVerified(R"((?i)\b(verif(y|ied|ication)|tested|tests?|exercised?|drills?|rehears(al|ed)|practi[cs]ed?|succeeded|passed)\b)");
    static const RE2 kFuture(R"((?i)\b(next|planned|plan|scheduled|due|upcoming|target)\b)");
    std::vector<std::string> words = path_words(files_.rel(d.path()));
    bool drill_file = has_word(words, {"drill", "drills", "gameday", "exercise", "exercises"});
    bool rollback_file = has_word(words, {"rollback", "rollbacks"});
    bool docs_rollback = false;
    bool table_rpo = false, table_rto = false;  // a Markdown table whose header names RPO / RTO columns
    bool section_drill = false, section_rollback = false;  // under a heading naming drills / rollbacks
    const SourceText& src = *d.source;
    for (uint32_t n = 1; n <= src.visible_line_count(); ++n) {
      std::string_view line = src.line(n);
      if (line.size() > 2000) continue;
      re2::StringPiece sp(line.data(), line.size());
      size_t first = line.find_first_not_of(" \t");
      bool row = first != std::string_view::npos && line[first] == '|';
      bool rpo = RE2::PartialMatch(sp, kRpo), rto = RE2::PartialMatch(sp, kRto);
      if (!row) table_rpo = table_rto = false;
      bool duration = RE2::PartialMatch(sp, kDuration);
      if (row && !duration) table_rpo |= rpo, table_rto |= rto;
      if (duration && (rpo || (row && table_rpo))) r_.rpo.push_back(at_line(d, n, trimmed(line)));
      if (duration && (rto || (row && table_rto))) r_.rto.push_back(at_line(d, n, trimmed(line)));
      if (RE2::PartialMatch(sp, kBackup) && RE2::PartialMatch(sp, kSchedule))
        r_.backups.push_back(at_line(d, n, trimmed(line)));
      bool rollback = RE2::PartialMatch(sp, kRollback);
      // A Markdown heading opens a section: dated lines under "## Restore tests" or "## Rollback log" are its
      // records even when the line itself says only "2026-09-30 | restored to staging, OK".
      if (size_t h = line.find_first_not_of(' '); h != std::string_view::npos && h < 4 && line[h] == '#') {
        section_rollback = rollback;
        section_drill = !rollback && RE2::PartialMatch(sp, kDrill);
      }
      if (rollback && !docs_rollback) {
        r_.rollback_procedures.push_back(at_line(d, n, trimmed(line)));
        docs_rollback = true;  // one per file is enough evidence
      }
      std::string date;
      if (!RE2::PartialMatch(sp, kDate, &date)) continue;
      if (RE2::PartialMatch(sp, kFuture)) continue;  // a plan, not a record
      bool verified = RE2::PartialMatch(sp, kVerified), drill = RE2::PartialMatch(sp, kDrill);
      if ((rollback && verified) || (rollback_file && verified) || (section_rollback && !drill)) {
        add_record(&r_.rollback_checks, d, n, line, date);
      } else if (drill || drill_file || section_drill) {
        add_record(&r_.drills, d, n, line, date);
      }
    }
  }

  void add_record(std::vector<ReadinessEvidence>* out, const Document& d, uint32_t n, std::string_view line,
                  const std::string& date) {
    std::optional<int64_t> day = parse_iso_date(date);
    if (!day || *day > today_) return;  // a date still to come records nothing done
    ReadinessEvidence e = at_line(d, n, trimmed(line));
    e.date = date;
    e.age_days = today_ - *day;
    out->push_back(std::move(e));
  }

  static std::string trimmed(std::string_view line) {
    size_t b = line.find_first_not_of(" \t|#>*-");
    if (b == std::string_view::npos) return "";
    size_t e = line.find_last_not_of(" \t|");
    std::string s(line.substr(b, e - b + 1));
    if (s.size() > 120) s = s.substr(0, 117) + "...";
    return s;
  }

  static void newest_first(std::vector<ReadinessEvidence>* v) {
    std::stable_sort(v->begin(), v->end(), [](const auto& a, const auto& b) { return a.age_days < b.age_days; });
  }

  // --- deliverables and design inputs ---

  const std::vector<std::string>* configured(const std::vector<std::pair<std::string, std::vector<std::string>>>& m,
                                             std::string_view name) const {
    for (const auto& [k, v] : m)
      if (k == name) return &v;
    return nullptr;
  }

  // Files under `entries` (a mapping, configured or the default layout), as evidence: one per entry, counting
  // the files.
  void from_mapping(const std::vector<std::string>& entries, const char* how, ReadinessItem* item) {
    for (const std::string& e : entries) {
      std::vector<std::string> hits = files_.matching(e);
      if (hits.empty()) continue;
      bool one = hits.size() == 1 && hits[0] == e;
      std::string count = std::to_string(hits.size()) + (hits.size() == 1 ? " file" : " files");
      item->evidence.push_back({files_.shown(one ? hits[0] : e), 0, one ? std::string(how) : how + (", " + count), "", -1});
    }
  }

  void deliverables() {
    static const char* kNames[] = {"iac", "environments", "pipelines", "monitoring", "alerting", "runbooks",
                                   "disaster-recovery"};
    for (const char* name : kNames) {
      ReadinessItem item;
      item.name = name;
      const std::vector<std::string>* mapped = configured(in_.config.deliverables, name);
      item.expected = files_.shown(mapped && !mapped->empty() ? (*mapped)[0] : std::string("infra/") + name + "/");
      if (mapped) {
        item.required = !mapped->empty();
        from_mapping(*mapped, "configured", &item);
      } else {
        from_mapping({std::string("infra/") + name + "/"}, "default layout", &item);
        if (item.evidence.empty()) discover(name, &item);
      }
      r_.deliverables.push_back(std::move(item));
    }
    auto place = [&](std::string_view name) {
      const ReadinessItem& i = *find_item(r_.deliverables, name);
      return i.evidence.empty() ? ReadinessEvidence{i.expected, 0, "expected here", "", -1} : i.evidence[0];
    };
    r_.dr_place = place("disaster-recovery");
    r_.monitoring_place = place("monitoring");
    r_.runbooks_place = place("runbooks");
  }

  // Where a deliverable is when the repository does not follow the default layout.
  void discover(std::string_view name, ReadinessItem* item) {
    std::vector<ReadinessEvidence>& ev = item->evidence;
    auto add_files = [&](auto pred, std::string_view what) {
      std::set<std::string> folders;
      for (const std::string& p : files_.all())
        if (pred(p) && folders.insert(folder_of(p)).second && ev.size() < 5) ev.push_back({files_.shown(p), 0, std::string(what), "", -1});
    };
    if (name == "iac") {
      std::set<std::string> folders;
      for (const Document* d : in_.docs) {
        static const std::set<std::string_view> kIac = {"terraform", "cloudformation", "kustomization", "kubernetes",
                                                        "helm-values", "ansible"};
        if (kIac.count(d->kind) && d->index == 0 && folders.insert(folder_of(d->path())).second && ev.size() < 5)
          ev.push_back({d->path(), 0, d->kind, "", -1});
      }
      add_files([](const std::string& p) {
        std::string f = p.substr(p.rfind('/') + 1);
        return f == "Chart.yaml" || f == "Pulumi.yaml" || f == "terragrunt.hcl";
      }, "infrastructure definition");
    } else if (name == "environments") {
      // Two environments or more defined by folder or file name (envs/prod/, values-staging.yaml, dev.tfvars).
      static const std::map<std::string_view, std::string_view> kTiers = {
          {"dev", "development"}, {"development", "development"}, {"test", "test"}, {"qa", "test"},
          {"uat", "test"}, {"stage", "staging"}, {"staging", "staging"}, {"preprod", "staging"},
          {"prod", "production"}, {"production", "production"}, {"prd", "production"}, {"live", "production"}};
      std::map<std::string_view, std::string> seen;
      for (const std::string& p : files_.all()) {
        if (!feeds_environment_model(p)) continue;
        // Configuration only: a test folder of source code (src/test/Foo.java) defines no environment.
        static const RE2 kConfig(R"((?i)(\.(tf|tfvars|hcl|ya?ml|json|env|properties|conf|ini|toml)|(^|/)\.env[^/]*)$)");
        if (!RE2::PartialMatch(p, kConfig)) continue;
        for (const std::string& w : path_words(p))
          if (auto it = kTiers.find(w); it != kTiers.end() && !seen.count(it->second)) seen.emplace(it->second, p);
      }
      if (seen.size() >= 2)
        for (const auto& [tier, p] : seen) ev.push_back({files_.shown(p), 0, std::string(tier) + " environment", "", -1});
    } else if (name == "pipelines") {
      for (const Document* d : in_.docs)
        if (d->kind == "pipeline" && (ev.empty() || ev.back().path != d->path()) && ev.size() < 5)
          ev.push_back({d->path(), 0, scalar_text(d->root->get("dialect")) + " pipeline", "", -1});
    } else if (name == "monitoring") {
      ev.insert(ev.end(), monitoring_.begin(), monitoring_.begin() + std::min<size_t>(5, monitoring_.size()));
      if (ev.empty()) add_files([](const std::string& p) {
        return has_word(path_words(folder_of(p)), {"monitoring", "observability", "dashboards", "grafana", "prometheus"});
      }, "monitoring folder");
    } else if (name == "alerting") {
      ev.insert(ev.end(), alerting_.begin(), alerting_.begin() + std::min<size_t>(5, alerting_.size()));
      if (alerting_rules_)
        for (const ReadinessAlert& a : r_.alerts)
          if (ev.size() < 5 && (ev.empty() || ev.back().path != a.path)) ev.push_back({a.path, a.line, "alert '" + a.name + "'", "", -1});
      if (ev.empty()) add_files([](const std::string& p) {
        return has_word(path_words(folder_of(p)), {"alerting", "alerts", "alertmanager"});
      }, "alerting folder");
    } else if (name == "runbooks") {
      // (A folder of Ansible playbooks is not a runbook: only documents count for "playbook".)
      add_files([](const std::string& p) {
        return named_for(p, {"runbook", "runbooks"}) || (is_document_name(p) && named_for(p, {"playbook", "playbooks"}));
      }, "runbook");
    } else if (name == "disaster-recovery") {
      add_files([](const std::string& p) {
        return named_for(p, {"disaster", "dr", "drp", "bcp", "continuity"}) ||
               (named_for(p, {"restore", "recovery"}) && named_for(p, {"backup", "backups", "plan", "drill", "drills"}));
      }, "disaster-recovery document");
    }
  }

  void design_inputs() {
    // An input is a document named with one of `words`, or a Markdown heading with one of `words` and, when
    // `with` is not empty, one of `with` ("## Failure modes", not "## Failure" alone).
    struct Input {
      const char* name;
      std::initializer_list<std::string_view> words, with;
    };
    static const Input kInputs[] = {
        {"deployment-view", {"deployment", "deployments", "topology"}, {"view", "diagram", "topology", "architecture", "overview"}},
        {"components", {"component", "components", "c4", "architecture"}, {"view", "diagram", "overview", "architecture", "components", "c4"}},
        {"failure-modes", {"failure", "failures", "fmea"}, {"modes", "mode", "analysis", "fmea", "scenarios"}},
        {"secrets-management", {"secret", "secrets", "vault"}, {"management", "managed", "handling", "rotation", "storage", "vault"}},
        {"incident-response", {"incident", "incidents", "oncall"}, {"response", "management", "handling", "oncall", "process"}},
        {"environments", {"environment", "environments", "envs"}, {"environments", "promotion", "staging", "production"}},
    };
    static const std::set<std::string_view> kDocFolders = {"docs", "doc", "documentation", "design", "architecture", "adr"};
    for (const Input& in : kInputs) {
      ReadinessItem item;
      item.name = in.name;
      const std::vector<std::string>* mapped = configured(in_.config.design, in.name);
      std::string default_path = std::string("docs/") + in.name + ".md";
      item.expected = files_.shown(mapped && !mapped->empty() ? (*mapped)[0] : default_path);
      if (mapped) {
        item.required = !mapped->empty();
        from_mapping(*mapped, "configured", &item);
        r_.design.push_back(std::move(item));
        continue;
      }
      // A document at the top, or at most two folders down a documentation folder, named for the input.
      for (const std::string& p : files_.all()) {
        if (!is_document_name(p)) continue;
        size_t depth = std::count(p.begin(), p.end(), '/');
        std::vector<std::string> w = path_words(p);
        bool in_docs = depth == 0 || (depth <= 2 && kDocFolders.count(w[0]));
        w.pop_back();
        if (in_docs && has_word(w, in.words) && item.evidence.size() < 3)
          item.evidence.push_back({files_.shown(p), 0, "document", "", -1});
      }
      // A section of a design document: a Markdown heading naming it.
      if (item.evidence.empty())
        for (const Document* d : in_.docs) {
          if (d->kind != "markdown") continue;
          std::string_view rel = files_.rel(d->path());
          size_t depth = std::count(rel.begin(), rel.end(), '/');
          std::vector<std::string> pw = path_words(rel);
          if (depth > 0 && (depth > 2 || pw.empty() || !kDocFolders.count(pw[0]))) continue;
          const SourceText& src = *d->source;
          for (uint32_t n = 1; n <= src.visible_line_count() && item.evidence.empty(); ++n) {
            std::string_view line = src.line(n);
            if (line.empty() || line[0] != '#') continue;
            std::vector<std::string> hw = path_words(line);
            if (has_word(hw, in.words) && has_word(hw, in.with)) item.evidence.push_back(at_line(*d, n, trimmed(line)));
          }
        }
      r_.design.push_back(std::move(item));
    }
  }

  // --- alerts against monitored services ---

  // Whether `name` stands in `text` as a whole word (letters, digits, '-' and '_' make words), case aside.
  static bool names(const std::string& text, const std::string& name) {
    std::string t = ascii_lower(text), n = ascii_lower(name);
    auto word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_'; };
    for (size_t p = t.find(n); !n.empty() && p != std::string::npos; p = t.find(n, p + 1))
      if ((p == 0 || !word(t[p - 1])) && (p + n.size() >= t.size() || !word(t[p + n.size()]))) return true;
    return false;
  }

  void match_alerts() {
    // A dashboard monitors the workloads its title names ("Checkout latency" shows checkout), unless a monitor
    // of that service is already listed: one service, one finding.
    for (const ReadinessMonitored& b : dashboards_)
      for (const std::string& w : workload_names_) {
        std::string dashed = b.name;
        std::replace(dashed.begin(), dashed.end(), ' ', '-');
        if (!names(b.name, w) && !names(dashed, w)) continue;
        ReadinessMonitored m = b;
        m.name = w;
        r_.monitored.push_back(std::move(m));
      }
    std::set<std::string> seen;
    std::erase_if(r_.monitored, [&](const ReadinessMonitored& m) { return !seen.insert(ascii_lower(m.name)).second; });
    bool generic = false;  // an alert with no label selector covers every target of its metric
    for (const ReadinessAlert& a : r_.alerts)
      generic |= !a.expr.empty() && a.expr.find('{') == std::string::npos;
    for (ReadinessMonitored& m : r_.monitored) {
      if (generic || external_alerts_) {  // cloud alarms and hosted monitors are not matched by name: trust them
        m.alerted = true;
        continue;
      }
      for (const ReadinessAlert& a : r_.alerts)
        if (names(a.name + " " + a.expr, m.name)) {
          m.alerted = true;
          break;
        }
    }
  }

  // --- the validation protocol ---

  void checklist() {
    auto item = [&](const char* name) -> const ReadinessItem& { return *find_item(r_.deliverables, name); };
    auto check = [&](const char* id, const char* title, bool passed, std::vector<ReadinessEvidence> ev,
                     std::string missing) {
      ReadinessCheck c;
      c.id = id;
      c.title = title;
      c.passed = passed;
      c.evidence = std::move(ev);
      if (!passed) c.missing = std::move(missing);
      r_.checklist.push_back(std::move(c));
    };
    auto first = [](const std::vector<ReadinessEvidence>& v, size_t n = 3) {
      return std::vector<ReadinessEvidence>(v.begin(), v.begin() + std::min(n, v.size()));
    };
    const ReadinessItem& iac = item("iac");
    std::vector<ReadinessEvidence> reviewed = first(iac_checks_);
    for (const std::string& p : files_.all())
      if (p == "CODEOWNERS" || p == ".github/CODEOWNERS" || p == "docs/CODEOWNERS" || p == ".gitlab/CODEOWNERS")
        reviewed.push_back({files_.shown(p), 0, "code owners review changes", "", -1});
    check("iac-reviewed", "Infrastructure as code is reviewed", !iac.evidence.empty() && !reviewed.empty(),
          iac.evidence.empty() ? first(iac.evidence) : reviewed,
          iac.evidence.empty() ? "no infrastructure as code" :
          "no pull-request pipeline checks the infrastructure code (plan, validate, policy) and no CODEOWNERS file asks for a review");
    check("pipelines-tested", "Pipelines run the tests", !tests_.empty(), first(tests_),
          item("pipelines").evidence.empty() ? "no pipeline" : "no pipeline job runs tests that can fail it");
    auto gap = [&](const std::vector<ReadinessEvidence>& v, uint32_t window, const char* what) -> std::string {
      if (v.empty()) return std::string("no ") + what + " is recorded with a date";
      if (v[0].age_days >= 0 && v[0].age_days <= static_cast<int64_t>(window)) return "";
      return std::string("the last ") + what + " (" + v[0].date + ") was " + std::to_string(v[0].age_days) +
             " days ago; the window is " + std::to_string(window) + " days";
    };
    r_.rollback_gap = gap(r_.rollback_checks, r_.rollback_window_days, "rollback verification");
    r_.drill_gap = gap(r_.drills, r_.drill_window_days, "restore drill");
    check("rollbacks-verified", "Rollbacks are verified", r_.rollback_gap.empty(), first(r_.rollback_checks, 1),
          r_.rollback_gap);
    check("monitoring-active", "Monitoring is in place", !item("monitoring").evidence.empty(),
          first(item("monitoring").evidence), "no metrics collection, dashboard or monitoring configuration");
    bool alerts = !item("alerting").evidence.empty();
    check("alerts-tested", "Alerts are tested", alerts && !r_.alert_tests.empty(),
          alerts ? first(r_.alert_tests) : std::vector<ReadinessEvidence>{},
          alerts ? "no alert rule tests (promtool test rules)" : "no alerting rules");
    check("dr-drills-executed", "Disaster-recovery drills are executed", r_.drill_gap.empty(), first(r_.drills, 1),
          r_.drill_gap);
    check("security-scans-passing", "Security scans gate the pipeline", !scans_.empty(), first(scans_),
          soft_scans_.empty() ? "no pipeline runs a security scan" : "every security scan is allowed to fail");
    // Level evidence, kept for readiness_level: not items of the protocol.
    r_.checklist.push_back({"deploys-automated", "Deployments run from a pipeline", !deploys_.empty(), first(deploys_),
                            deploys_.empty() ? "no pipeline job deploys" : "", false});
    bool scaled = unscaled_.empty();
    r_.checklist.push_back({"autoscaling", "Workloads scale automatically", scaled,
                            scaled ? first(autoscaled_) : first(unscaled_),
                            scaled ? "" : unscaled_.size() == 1 ? unscaled_[0].what
                                                     : std::to_string(unscaled_.size()) + " Kubernetes workloads have no autoscaler",
                            false});
    r_.checklist.push_back({"automated-rollback", "Failed releases roll back automatically", !r_.automated_rollback.empty(),
                            first(r_.automated_rollback),
                            r_.automated_rollback.empty() ? "no automated rollback (Argo Rollouts, Flagger, helm --atomic)" : "",
                            false});
    r_.checklist.push_back({"drift-detected", "Drift is detected on a schedule", !r_.drift_detection.empty(),
                            first(r_.drift_detection),
                            r_.drift_detection.empty() ? "no scheduled pipeline runs a drift check (terraform plan -detailed-exitcode, tollgate drift)" : "",
                            false});
  }

  // --- helpers ---

  static ReadinessEvidence at(const Document& d, const Span& s, std::string what) {
    return {d.path(), s.line, std::move(what), "", -1};
  }
  static ReadinessEvidence at_line(const Document& d, uint32_t line, std::string what) {
    return {d.path(), line, std::move(what), "", -1};
  }
  static void add_once(std::vector<ReadinessEvidence>* v, ReadinessEvidence e) {
    for (const auto& x : *v)
      if (x.path == e.path && x.line == e.line) return;
    v->push_back(std::move(e));
  }

  const ReadinessInputs& in_;
  Files files_;
  Readiness& r_;
  int64_t today_ = 0;
  bool alerting_rules_ = false, external_alerts_ = false;
  std::vector<ReadinessMonitored> dashboards_;  // by title, matched to workloads in match_alerts
  std::set<std::string> workload_names_;        // of Kubernetes Deployments, StatefulSets and Rollouts, lower-case
  std::vector<ReadinessEvidence> monitoring_, alerting_, tests_, deploys_, scans_, soft_scans_, iac_checks_,
      autoscaled_, unscaled_;
};

}  // namespace

bool feeds_readiness(std::string_view kind, std::string_view path) {
  if (kind == "kubernetes" || kind == "generic-yaml" || kind == "generic-json" || kind == "markdown" ||
      kind == "kustomization" || kind == "ansible")
    return true;
  if (kind != "text") return false;
  // Plain text only where a readiness record may be: a drill log, a DR plan, a runbook (documents, not code).
  size_t slash = path.rfind('/'), dot = path.rfind('.');
  bool extension = dot != std::string_view::npos && (slash == std::string_view::npos || dot > slash);
  if (extension && !is_document_name(path)) return false;
  return has_word(path_words(path), {"disaster", "dr", "drp", "bcp", "continuity", "drill", "drills", "restore",
                                     "recovery", "backup", "backups", "rollback", "rollbacks", "runbook", "runbooks",
                                     "slo", "slos", "incident", "gameday"});
}

Readiness assess_readiness(const ReadinessInputs& in) {
  Readiness r;
  Assessor(in, &r).run();
  return r;
}

ReadinessLevel readiness_level(const Readiness& r, const Report& findings) {
  ReadinessLevel l;
  auto passed = [&](std::string_view id) {
    for (const ReadinessCheck& c : r.checklist)
      if (c.id == id) return c.passed;
    return false;
  };
  auto missing = [&](std::string_view id) {
    for (const ReadinessCheck& c : r.checklist)
      if (c.id == id && !c.passed) return c.title + ": " + c.missing;
    return std::string();
  };
  auto present = [&](std::string_view name) { return !find_item(r.deliverables, name)->evidence.empty(); };
  // Level 2, automated: the infrastructure is code, and pipelines test and deploy it.
  std::vector<std::string> need2;
  if (!present("iac")) need2.push_back("infrastructure as code");
  if (!present("pipelines")) need2.push_back("a CI/CD pipeline");
  for (const char* id : {"pipelines-tested", "deploys-automated"})
    if (!passed(id)) need2.push_back(missing(id));
  if (!need2.empty()) {
    l.next = need2;
    return l;
  }
  l.level = 2;
  // Level 3, reliable: every item of the validation protocol holds and no readiness rule finds a gap at medium or
  // above.
  std::vector<std::string> need3;
  for (const ReadinessCheck& c : r.checklist)
    if (c.protocol && !c.passed) need3.push_back(missing(c.id));
  size_t gaps = 0;  // suppressed and baselined findings are accepted gaps, as in a scan's verdict
  for (const Finding& f : findings.findings)
    if (f.rule_id.rfind("readiness.", 0) == 0 && !f.suppressed && f.baseline != BaselineState::unchanged &&
        f.severity >= Severity::medium)
      ++gaps;
  if (gaps) need3.push_back(std::to_string(gaps) + " readiness finding" + (gaps == 1 ? "" : "s") + " at medium or above");
  if (!need3.empty()) {
    l.next = need3;
    return l;
  }
  l.level = 3;
  // Level 4, autonomous: the system scales, rolls back and notices drift without a person.
  for (const char* id : {"autoscaling", "automated-rollback", "drift-detected"})
    if (!passed(id)) l.next.push_back(missing(id));
  if (l.next.empty()) l.level = 4;
  return l;
}

}  // namespace tollgate
