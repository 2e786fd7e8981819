// Helm values files: one workload per file, read through the conventions of `helm create` and most public charts
// (image.repository/tag, replicaCount, resources, securityContext, probes, autoscaling, podDisruptionBudget).
// The templates decide what a value does, so only what the file writes is in the item: a probe or a budget the
// file does not mention may still be in the chart, and is absent here rather than guessed.
#include <string>

#include "models/refs.h"
#include "models/workload/kubernetes.h"

namespace tollgate::workload {

namespace {

// The keys that make a values file describe a workload; a file with none of them (an umbrella chart's values,
// a subchart's settings) is not one.
constexpr std::string_view kWorkloadKeys[] = {
    "image",         "replicaCount",   "resources",       "securityContext", "podSecurityContext",
    "livenessProbe", "readinessProbe", "startupProbe",    "autoscaling",     "podDisruptionBudget"};

// A scalar's text when it is written and known ("" otherwise): tags are often YAML numbers (`tag: 1.25`).
std::string known_text(const Node* n) {
  if (!n || !n->is_scalar() || n->type == NodeType::null || is_unknown(n)) return {};
  return n->text;
}

// image: "repo:tag", or image: { registry, repository, tag, digest }. An empty or missing tag is the chart's
// appVersion in the usual templates, which the values file does not know: the pinning is unknown then.
Node* image(ModelBuilder& b, const Node* img) {
  if (!img->is_map()) return image_ref(b, img);
  const Node* repo = img->get("repository");
  if (!repo || repo->type == NodeType::null) return nullptr;
  if (is_unknown(repo)) return image_ref(b, repo);
  std::string ref = known_text(repo);
  if (ref.empty()) return nullptr;
  if (std::string registry = known_text(img->get("registry")); !registry.empty()) ref = registry + "/" + ref;
  const Node* tag = img->get("tag");
  const Node* digest = img->get("digest");
  std::string tag_text = known_text(tag), digest_text = known_text(digest);
  if (!tag_text.empty()) ref += ":" + tag_text;
  if (!digest_text.empty()) ref += "@" + digest_text;
  Node* m = b.map(img->span);
  b.set(m, "ref", b.str(ref, repo->span));
  if (!digest_text.empty()) b.set(m, "pinned", b.str("digest", digest->span));
  else if (!tag_text.empty()) b.set(m, "pinned", b.str(image_pinning(ref), tag->span));
  else b.set(m, "pinned", b.unknown(tag ? (is_unknown(tag) ? tag->text : "tag: " + tag->text) : "appVersion",
                                    tag ? tag->span : repo->span));
  return m;
}

// autoscaling: { enabled: true, minReplicas, maxReplicas } and podDisruptionBudget: { enabled: true, ... }. A
// section that is not enabled, or whose switch is unknown, is not there; one without a switch is on when it sets
// something.
const Node* enabled_section(const Node* v, std::string_view key) {
  const Node* s = v->get(key);
  if (!s || !s->is_map()) return nullptr;
  if (const Node* on = s->get("enabled")) {
    const Node* b = literal_bool(on);
    return b && b->text == "true" ? s : nullptr;
  }
  return s->size() > 0 ? s : nullptr;
}

Node* section(ModelBuilder& b, const Document& doc, const Node* s,
              std::initializer_list<std::pair<const char*, const char*>> fields) {
  Node* m = b.map(s->span);
  b.set(m, "path", b.str(doc.path(), s->span));
  for (auto [key, name] : fields) copy_field(b, m, name, s, key);
  return m;
}

}  // namespace

void helm_values_workloads(const Document& doc, const KubernetesIndex& index, Items* out) {
  const Node* v = doc.root;
  if (!v || !v->is_map()) return;
  bool workload = false;
  for (std::string_view k : kWorkloadKeys) workload = workload || v->get(k);
  if (!workload) return;

  ModelBuilder b(doc, "workload");
  Node* w = b.map(v->span);
  b.set(w, "source", b.str("helm-values", v->span));
  for (const char* key : {"fullnameOverride", "nameOverride"}) {
    const Entry* e = v->entry(key);
    if (e && !known_text(e->value).empty() && !w->entry("name")) copy_field(b, w, "name", v, key);
  }
  copy_field(b, w, "replicas", v, "replicaCount");
  for (const char* key : {"strategy", "updateStrategy"})
    if (!w->entry("strategy")) copy_field(b, w, "strategy", v->get(key), "type");
  copy_field(b, w, "host_network", v, "hostNetwork");
  copy_field(b, w, "host_pid", v, "hostPID");  // node exporters' charts
  copy_field(b, w, "host_ipc", v, "hostIPC");
  if (const Node* sa = v->get("serviceAccount"); sa && !known_text(sa->get("name")).empty())
    copy_field(b, w, "service_account", sa, "name");
  if (!copy_field(b, w, "automount_token", v->get("serviceAccount"), "automount"))
    copy_field(b, w, "automount_token", v, "automountServiceAccountToken");

  const Node* vols = v->get("volumes");
  Node* volumes = b.set(w, "volumes", b.seq(vols ? vols->span : v->span));
  if (vols && vols->is_seq())
    for (const Entry& e : vols->entries)
      if (e.value && e.value->is_map())
        b.push(volumes, host_volume(b, e.value->span, e.value->get("name"), field(e.value->get("hostPath"), "path")));

  Node* containers = b.set(w, "containers", b.seq(v->span));
  Node* c = b.push(containers, b.map(v->span));
  b.set(c, "init", b.boolean(false, v->span));
  if (const Entry* e = v->entry("image"); e && e->value)
    if (Node* img = image(b, e->value)) b.set(c, "image", img, e->key_span);
  b.set(c, "probes", k8s_probes(b, v, v->span));
  const Entry* re = v->entry("resources");
  Node* res = k8s_resources(b, re ? re->value : nullptr, v->span);
  b.set(c, "resources", res, re ? re->key_span : res->span);
  const Entry* se = v->entry("securityContext");
  Node* sec = k8s_security(b, se ? se->value : nullptr, v->get("podSecurityContext"), v->span);
  b.set(c, "security", sec, se ? se->key_span : sec->span);
  Node* env = b.set(c, "env", b.seq(v->span));
  for (auto [list, from] : {std::pair{"env", "envFrom"}, std::pair{"extraEnv", "extraEnvFrom"}})
    k8s_env(b, env, v->get(list), v->get(from));
  b.set(c, "ports", b.seq(v->span));

  if (Node* s = k8s_spread(b, v)) b.set(w, "spread", s);
  if (const Node* s = enabled_section(v, "autoscaling"))
    b.set(w, "autoscaler", section(b, doc, s, {{"minReplicas", "min_replicas"}, {"maxReplicas", "max_replicas"}}),
          v->entry("autoscaling")->key_span);
  for (const char* key : {"podDisruptionBudget", "pdb"})
    if (const Node* s = enabled_section(v, key); s && !w->entry("disruption_budget"))
      b.set(w, "disruption_budget",
            section(b, doc, s, {{"minAvailable", "min_available"}, {"maxUnavailable", "max_unavailable"}}),
            v->entry(key)->key_span);
  // An environment's values file (values-prod.yaml) is merged over its chart's values.yaml: a spread, autoscaler
  // or budget that file leaves alone comes from the chart's, and is there, though not in this file to point at.
  if (const Document* chart = index.chart_values(doc)) {
    const Node* base = chart->root;
    auto inherit = [&](const char* field, std::initializer_list<const char*> keys, bool there) {
      if (w->entry(field) || !there) return;
      for (const char* k : keys)
        if (v->get(k)) return;  // this file writes the section: what it says holds
      b.set(w, field, b.unknown("set by the chart's values.yaml", v->span));
    };
    inherit("spread", {"affinity", "topologySpreadConstraints"}, k8s_spread(b, base) != nullptr);
    inherit("autoscaler", {"autoscaling"}, enabled_section(base, "autoscaling") != nullptr);
    inherit("disruption_budget", {"podDisruptionBudget", "pdb"},
            enabled_section(base, "podDisruptionBudget") || enabled_section(base, "pdb"));
  }
  out->push_back(b.finish(w));
}

}  // namespace tollgate::workload
