// Kubernetes workloads: one item per pod-bearing object, with the budget and autoscaler that cover it from any
// document of the scan (docs/document-model.md, "Workload").
#include "models/workload/kubernetes.h"
#include "models/kustomize.h"
#include "models/refs.h"

#include <algorithm>

#include "parsers/text_util.h"

namespace tollgate::workload {

namespace {

// How many budgets the matching of one workload may try: a hostile scan with thousands of budgets on one label
// must not make the matching quadratic. Real clusters have a budget or two per workload.
constexpr size_t kMaxBudgetTries = 1000;

std::string_view kind_of(const Node* obj) { return literal_text(field(obj, "kind")); }

bool list_kind(std::string_view k) { return k.size() >= 4 && k.substr(k.size() - 4) == "List"; }

// A literal scalar's text, for comparing labels and names; false when the value is absent or unknown.
bool scalar_text(const Node* n, std::string* out) {
  if (!n || !n->is_scalar() || n->type == NodeType::null || is_unknown(n)) return false;
  *out = n->text;
  return true;
}

// Namespaces are equal, or one is not written or not known (kubectl -n, Kustomize and Helm set it at apply time).
bool same_namespace(const Node* a, const Node* b) {
  std::string x, y;
  return !scalar_text(a, &x) || !scalar_text(b, &y) || x == y;
}

// A label selector (matchLabels and matchExpressions) against pod labels. An empty selector selects every pod;
// what cannot be read (unknown values, unknown operators) selects nothing.
bool selects(const Node* selector, const Node* labels) {
  if (!selector || !selector->is_map()) return false;
  auto label = [&](const std::string& key, std::string* text) {
    const Node* v = labels && labels->is_map() ? labels->get(key) : nullptr;
    return scalar_text(v, text);
  };
  std::string want, have;
  if (const Node* ml = selector->get("matchLabels")) {
    if (!ml->is_map()) return false;
    for (const Entry& e : ml->entries)
      if (!scalar_text(e.value, &want) || !label(e.key, &have) || want != have) return false;
  }
  if (const Node* me = selector->get("matchExpressions")) {
    if (!me->is_seq()) return false;
    for (const Entry& item : me->entries) {
      std::string key, op;
      if (!scalar_text(field(item.value, "key"), &key) || !scalar_text(field(item.value, "operator"), &op)) return false;
      bool present = label(key, &have);
      if (op == "Exists" || op == "DoesNotExist") {
        if (present != (op == "Exists")) return false;
        continue;
      }
      if (op != "In" && op != "NotIn") return false;
      const Node* values = field(item.value, "values");
      if (!values || !values->is_seq()) return false;
      bool in = false;
      for (const Entry& v : values->entries)
        if (present && scalar_text(v.value, &want) && want == have) in = true;
      if (in != (op == "In")) return false;
    }
  }
  return true;
}

// The pod template of a workload kind: its metadata and spec (either may be missing from a broken manifest).
struct PodTemplate {
  bool workload = false;  // the kind carries pods
  const Node* metadata = nullptr;
  const Node* spec = nullptr;
};

PodTemplate pod_template(const Node* obj, std::string_view kind) {
  const Node* spec = field(obj, "spec");
  if (kind == "Pod") return {true, field(obj, "metadata"), spec};
  const Node* t = nullptr;
  // Rollout is Argo Rollouts' Deployment; DeploymentConfig OpenShift's.
  if (kind == "Deployment" || kind == "StatefulSet" || kind == "DaemonSet" || kind == "ReplicaSet" ||
      kind == "ReplicationController" || kind == "Job" || kind == "Rollout" || kind == "DeploymentConfig")
    t = field(spec, "template");
  else if (kind == "CronJob")
    t = field(field(field(spec, "jobTemplate"), "spec"), "template");
  else
    return {};
  return {true, field(t, "metadata"), field(t, "spec")};
}

// How near a budget or autoscaler is to a workload, or -1 when they are not related. Names and labels repeat
// across the applications of one repository (`app: mysql` in ten samples, `quickstarts/<app>/manifests/` side
// by side), and a scan sees them all: a related object is in the workload's file (0), in a folder that contains
// the workload's file (1), or in a folder whose parent does (2: side-by-side folders such as `deploy/` and
// `policy/`), but never related through the scan's root folder alone. A grandparent would relate the apps of a
// samples repository to each other; Kustomize overlays two folders away from their base are missed instead.
int nearness(const Document& workload, const Document& related) {
  if (workload.source == related.source) return 0;
  auto parts = [](std::string_view path) {
    std::vector<std::string_view> out;
    for (size_t i = 0, slash; (slash = path.find('/', i)) != std::string_view::npos; i = slash + 1)
      out.push_back(path.substr(i, slash - i));
    return out;
  };
  std::vector<std::string_view> from = parts(related.path()), to = parts(workload.path());
  size_t common = 0;
  while (common < from.size() && common < to.size() && from[common] == to[common]) ++common;
  size_t up = from.size() - common;
  if (up > 1 || (common == 0 && !from.empty())) return -1;
  return 1 + static_cast<int>(up);
}

const Span& span_or(const Node* n, const Span& fallback) { return n ? n->span : fallback; }

// A scalar of another file's object, located at `at` in this item's file.
Node* value_at(ModelBuilder& b, const Node* n, const Span* at) {
  Node* v = value(b, n);
  if (v && at) {
    v = b.copy(v);  // value() may share the other file's node, which must stay where it is
    v->span = *at;
  }
  return v;
}

void set_field_at(ModelBuilder& b, Node* to, std::string_view key, const Node* from, std::string_view from_key,
                  const Span* at) {
  const Entry* e = from && from->is_map() ? from->entry(from_key) : nullptr;
  if (!e) return;
  if (Node* v = value_at(b, e->value, at)) b.set(to, key, v, at ? *at : e->key_span);
}

// The budget or autoscaler found for a workload: where it is (`path`) and its own fields. Located at the object
// when it is in this file, else at `here` (the place of this file it refers to: the labels it selects, the name
// it targets).
Node* relation(ModelBuilder& b, const K8sObject& rel, const Span& here, bool budget) {
  bool same_file = rel.doc->source == b.doc().source;
  const Span* at = same_file ? nullptr : &here;
  Node* m = b.map(same_file ? rel.node->span : here);
  const Node* spec = field(rel.node, "spec");
  set_field_at(b, m, "kind", rel.node, "kind", at);
  set_field_at(b, m, "name", field(rel.node, "metadata"), "name", at);
  b.set(m, "path", b.str(rel.doc->path(), same_file ? rel.node->span : here));
  if (budget) {
    set_field_at(b, m, "min_available", spec, "minAvailable", at);
    set_field_at(b, m, "max_unavailable", spec, "maxUnavailable", at);
  } else {
    bool keda = kind_of(rel.node) == "ScaledObject";
    set_field_at(b, m, "min_replicas", spec, keda ? "minReplicaCount" : "minReplicas", at);
    set_field_at(b, m, "max_replicas", spec, keda ? "maxReplicaCount" : "maxReplicas", at);
  }
  return m;
}

// strategy and max_unavailable from the kind's own update strategy.
void strategy(ModelBuilder& b, Node* w, const Node* spec, std::string_view kind) {
  const Entry* se = nullptr;
  if (kind == "Deployment" || kind == "DeploymentConfig" || kind == "Rollout") se = spec ? spec->entry("strategy") : nullptr;
  else if (kind == "StatefulSet" || kind == "DaemonSet") se = spec ? spec->entry("updateStrategy") : nullptr;
  if (!se || !se->value) return;
  const Node* st = se->value;
  if (is_unknown(st)) {
    b.set(w, "strategy", value(b, st), se->key_span);
    return;
  }
  if (kind == "Rollout") {
    for (auto [key, name] : {std::pair{"canary", "Canary"}, std::pair{"blueGreen", "BlueGreen"}})
      if (const Entry* e = st->entry(key)) b.set(w, "strategy", b.str(name, e->key_span), e->key_span);
    return;
  }
  copy_field(b, w, "strategy", st, "type");
  const Node* ru = field(st, kind == "DeploymentConfig" ? "rollingParams" : "rollingUpdate");
  copy_field(b, w, "max_unavailable", ru, "maxUnavailable");
}

// A probe: its handler's type and what it calls (port, path, host, scheme, gRPC service, exec command), and its
// timing, as written.
Node* probe(ModelBuilder& b, const Node* p) {
  if (!p->is_map()) return value(b, p);
  Node* m = b.map(p->span);
  for (auto [key, type] : {std::pair{"httpGet", "http"}, std::pair{"tcpSocket", "tcp"}, std::pair{"grpc", "grpc"},
                           std::pair{"exec", "exec"}})
    if (const Entry* e = p->entry(key)) {
      b.set(m, "type", b.str(type, e->key_span), e->key_span);
      const Node* h = e->value;
      if (!h || !h->is_map()) continue;
      for (auto [from, to] : {std::pair{"port", "port"}, std::pair{"path", "path"}, std::pair{"host", "host"},
                              std::pair{"scheme", "scheme"}, std::pair{"service", "service"},
                              std::pair{"command", "command"}})
        copy_field(b, m, to, h, from);
    }
  for (auto [from, to] : {std::pair{"initialDelaySeconds", "initial_delay"}, std::pair{"periodSeconds", "period"},
                          std::pair{"timeoutSeconds", "timeout"}, std::pair{"failureThreshold", "failure_threshold"},
                          std::pair{"successThreshold", "success_threshold"}})
    copy_field(b, m, to, p, from);
  return m;
}

Node* ports(ModelBuilder& b, const Node* c) {
  const Node* list = field(c, "ports");
  Node* out = b.seq(span_or(list, c->span));
  if (!list || !list->is_seq()) return out;
  for (const Entry& e : list->entries) {
    if (!e.value || !e.value->is_map()) continue;
    Node* p = b.push(out, b.map(e.value->span));
    copy_field(b, p, "name", e.value, "name");
    copy_field(b, p, "container_port", e.value, "containerPort");
    copy_field(b, p, "host_port", e.value, "hostPort");
    copy_field(b, p, "protocol", e.value, "protocol");
  }
  return out;
}

Node* container(ModelBuilder& b, const Node* c, bool init, const Node* pod_sc) {
  Node* m = b.map(c->span);
  copy_field(b, m, "name", c, "name");
  b.set(m, "init", b.boolean(init, c->span));
  if (const Entry* e = c->entry("image"))
    if (Node* img = image_ref(b, e->value)) b.set(m, "image", img, e->key_span);
  b.set(m, "probes", k8s_probes(b, c, c->span));
  const Entry* re = c->entry("resources");
  Node* res = k8s_resources(b, re ? re->value : nullptr, c->span);
  b.set(m, "resources", res, re ? re->key_span : res->span);
  const Entry* se = c->entry("securityContext");
  Node* sec = k8s_security(b, se ? se->value : nullptr, pod_sc, c->span);
  b.set(m, "security", sec, se ? se->key_span : sec->span);
  const Node* env = c->get("env");
  Node* env_seq = b.seq(span_or(env, c->span));
  k8s_env(b, env_seq, env, c->get("envFrom"));
  b.set(m, "env", env_seq);
  b.set(m, "ports", ports(b, c));
  return m;
}

std::unique_ptr<Document> item(const Document& doc, const Node* obj, std::string_view kind, const PodTemplate& pod,
                               const KubernetesIndex& index) {
  ModelBuilder b(doc, "workload");
  b.share_sources();  // this document and those of the index are the scan's own
  Node* w = b.map(obj->span);
  b.set(w, "source", b.str("kubernetes", obj->span));
  copy_field(b, w, "kind", obj, "kind");
  const Node* md = field(obj, "metadata");
  copy_field(b, w, "name", md, "name");
  copy_field(b, w, "namespace", md, "namespace");
  copy_field(b, w, "labels", md, "labels");
  // The labels its pods carry, which Services and budgets select: the pod template's (a Pod's own).
  copy_field(b, w, "pod_labels", pod.metadata, "labels");
  // A Pod that a Job or a ReplicaSet owns (a manifest exported from a cluster) is run by its owner: rules about
  // long-running pods need to know which.
  const Node* owners = field(md, "ownerReferences");
  Node* owned_by = b.set(w, "owned_by", b.seq(span_or(owners, obj->span)));
  if (owners && owners->is_seq())
    for (const Entry& e : owners->entries)
      if (Node* k = value(b, field(e.value, "kind"))) b.push(owned_by, k);
  const Node* spec = field(obj, "spec");
  if (kind != "Pod") copy_field(b, w, "replicas", spec, "replicas");
  strategy(b, w, spec, kind);
  const Node* ps = pod.spec;
  copy_field(b, w, "restart_policy", ps, "restartPolicy");
  copy_field(b, w, "host_network", ps, "hostNetwork");
  copy_field(b, w, "host_pid", ps, "hostPID");
  copy_field(b, w, "host_ipc", ps, "hostIPC");
  if (!copy_field(b, w, "service_account", ps, "serviceAccountName")) copy_field(b, w, "service_account", ps, "serviceAccount");
  copy_field(b, w, "automount_token", ps, "automountServiceAccountToken");

  const Node* vols = field(ps, "volumes");
  Node* volumes = b.set(w, "volumes", b.seq(span_or(vols, obj->span)));
  if (vols && vols->is_seq())
    for (const Entry& e : vols->entries)
      if (e.value && e.value->is_map())
        b.push(volumes, host_volume(b, e.value->span, e.value->get("name"), field(e.value->get("hostPath"), "path")));

  // An Argo Rollout may take its pod template from a Deployment (workloadRef) instead of writing one.
  const Entry* ref = kind == "Rollout" && spec ? spec->entry("workloadRef") : nullptr;
  if (!ps && ref && ref->value) {
    b.set(w, "containers", b.unknown("workloadRef", ref->value->span), ref->key_span);
  } else {
    Node* containers = b.set(w, "containers", b.seq(span_or(ps, obj->span)));
    const Node* pod_sc = field(ps, "securityContext");
    for (auto [key, init] : {std::pair{"containers", false}, std::pair{"initContainers", true}}) {
      const Node* list = field(ps, key);
      if (!list || !list->is_seq()) continue;
      for (const Entry& e : list->entries)
        if (e.value && e.value->is_map()) b.push(containers, container(b, e.value, init, pod_sc));
    }
    // Debug containers that `kubectl debug` added to a running pod: only in manifests exported from a cluster.
    // Kept apart because they have no probes, resources or ports; the security and image rules read them.
    if (const Entry* eph = ps ? ps->entry("ephemeralContainers") : nullptr; eph && eph->value && eph->value->is_seq()) {
      Node* list = b.set(w, "ephemeral_containers", b.seq(eph->value->span), eph->key_span);
      for (const Entry& e : eph->value->entries)
        if (e.value && e.value->is_map()) {
          Node* c = b.push(list, container(b, e.value, false, pod_sc));
          b.set(c, "ephemeral", b.boolean(true, e.value->span));
        }
    }
  }
  // A kustomization that builds this file may set the image's tag or digest (`images:`): that is what deploys.
  if (Node* list = const_cast<Node*>(w->get("containers")); list && list->is_seq())
    for (const Entry& e : list->entries) {
      Node* img = e.value ? const_cast<Node*>(e.value->get("image")) : nullptr;
      const Node* ref = img ? img->get("ref") : nullptr;
      if (!ref || !ref->is_string()) continue;
      if (std::string_view pin = index.kustomize_pin(doc, image_name(ref->text)); !pin.empty())
        b.set(img, "pinned", b.str(pin, img->get("pinned") ? img->get("pinned")->span : ref->span));
    }
  if (ps)
    if (Node* s = k8s_spread(b, ps, field(pod.metadata, "labels"))) b.set(w, "spread", s);
  // The API server rejects a pod template without containers (or with an empty list) or a container without an
  // image: such a manifest is a fragment (a Kustomize patch, an overlay) that says only what it changes.
  const Node* containers = field(ps, "containers");
  bool partial = !ref && (!ps || !containers || (containers->is_seq() && containers->size() == 0));
  for (const char* key : {"containers", "initContainers"})
    if (const Node* list = field(ps, key); list && list->is_seq())
      for (const Entry& e : list->entries)
        if (e.value && e.value->is_map() && !e.value->get("image")) partial = true;
  if (partial || index.kustomize_patch(doc)) b.set(w, "partial", b.boolean(true, obj->span));

  const Node* ns = field(md, "namespace");
  const Node* pod_labels = field(pod.metadata, "labels");
  if (const K8sObject* pdb = index.disruption_budget(doc, ns, pod_labels))
    b.set(w, "disruption_budget", relation(b, *pdb, span_or(pod_labels, obj->span), true));
  std::string name;
  if (scalar_text(field(md, "name"), &name))
    if (const K8sObject* hpa = index.autoscaler(doc, ns, kind, name))
      b.set(w, "autoscaler", relation(b, *hpa, field(md, "name")->span, false));
  // The ServiceAccount the pods run as (`default` when none is named), when the scan holds it, and whether a role
  // binding of the scan grants it anything.
  std::string sa = "default";
  const Node* sa_node = field(ps, "serviceAccountName");
  if (!sa_node) sa_node = field(ps, "serviceAccount");
  if (!sa_node || scalar_text(sa_node, &sa)) {
    const Span& here = span_or(sa_node, obj->span);
    if (const K8sObject* so = index.service_account(doc, ns, sa)) {
      bool same_file = so->doc->source == doc.source;
      const Span* at = same_file ? nullptr : &here;
      Node* m = b.set(w, "service_account_object", b.map(same_file ? so->node->span : here));
      set_field_at(b, m, "name", field(so->node, "metadata"), "name", at);
      b.set(m, "path", b.str(so->doc->path(), same_file ? so->node->span : here));
      set_field_at(b, m, "automount_token", so->node, "automountServiceAccountToken", at);
    }
    if (const K8sObject* rb = index.role_binding(doc, ns, sa)) {
      bool same_file = rb->doc->source == doc.source;
      b.set(w, "api_access", b.boolean(true, same_file ? rb->node->span : here));
    }
  }
  return b.finish(w);
}

}  // namespace

std::vector<const Node*> kubernetes_objects(const Node* root) {
  std::vector<const Node*> out;
  if (!root || !root->is_map()) return out;
  const Node* items = root->get("items");
  if (list_kind(kind_of(root)) && items && items->is_seq()) {
    for (const Entry& e : items->entries)
      if (e.value && e.value->is_map()) out.push_back(e.value);
  } else {
    out.push_back(root);
  }
  return out;
}

void kubernetes_workloads(const Document& doc, const KubernetesIndex& index, Items* out) {
  for (const Node* obj : kubernetes_objects(doc.root)) {
    std::string_view kind = kind_of(obj);
    PodTemplate pod = pod_template(obj, kind);
    if (pod.workload) out->push_back(item(doc, obj, kind, pod, index));
  }
}

namespace {

bool is_chart_values(std::string_view name) { return name == "values.yaml" || name == "values.yml"; }

}  // namespace

const Document* KubernetesIndex::chart_values(const Document& values_file) const {
  if (is_chart_values(path_name(values_file.path()))) return nullptr;
  auto it = chart_values_.find(path_folder(values_file.path()));
  return it == chart_values_.end() ? nullptr : it->second;
}

bool KubernetesIndex::kustomize_patch(const Document& doc) const { return patches_.count(doc.path()) > 0; }

std::string_view KubernetesIndex::kustomize_pin(const Document& doc, std::string_view image_name) const {
  if (kustomizations_.empty()) return {};
  // The kustomizations that build the file: the one in its folder or above it that lists it (or its folder),
  // and, through `resources:`, those that build them, a few levels up.
  std::vector<std::string> reach{doc.path(), std::string(path_folder(doc.path()))};
  std::vector<const Kustomization*> building;
  for (int round = 0; round < 4; ++round) {
    size_t before = building.size();
    for (const Kustomization& k : kustomizations_) {
      if (std::find(building.begin(), building.end(), &k) != building.end()) continue;
      bool builds = std::find(reach.begin(), reach.end(), k.folder) != reach.end();
      for (const std::string& r : k.resources) builds = builds || std::find(reach.begin(), reach.end(), r) != reach.end();
      if (builds) {
        building.push_back(&k);
        reach.push_back(k.folder);
      }
    }
    if (building.size() == before) break;
  }
  static constexpr std::string_view kOrder[] = {"digest", "tag", "branch", "none"};  // strongest first
  size_t weakest = 0;
  bool found = false;
  for (const Kustomization* k : building)
    for (const auto& [name, pin] : k->images)
      if (name == image_name) {
        size_t rank = static_cast<size_t>(std::find(std::begin(kOrder), std::end(kOrder), pin) - std::begin(kOrder));
        weakest = found ? std::max(weakest, rank) : rank;
        found = true;
      }
  return found && weakest < std::size(kOrder) ? kOrder[weakest] : std::string_view();
}

KubernetesIndex::KubernetesIndex(const std::vector<const Document*>& docs) {
  for (const Document* doc : docs) {
    if (doc->kind == "helm-values" && doc->root && doc->root->is_map()) {
      if (is_chart_values(path_name(doc->path()))) chart_values_[path_folder(doc->path())] = doc;
    }
    if (doc->kind == "kustomization" && doc->root && doc->root->is_map()) {
      Kustomization k;
      k.folder = std::string(path_folder(doc->path()));
      for (std::string& path : kustomize::patch_paths(*doc)) patches_.insert(std::move(path));
      for (std::string_view key : {"resources", "bases", "components"})
        for (std::string& path : kustomize::paths(*doc, key)) k.resources.push_back(std::move(path));
      for (const kustomize::ImageOverride& o : kustomize::images(*doc)) {
        std::string tag, digest;
        if (scalar_text(o.digest, &digest) && !digest.empty()) k.images.emplace_back(o.name->text, "digest");
        else if (scalar_text(o.new_tag, &tag) && !tag.empty())
          k.images.emplace_back(o.name->text, image_pinning(o.name->text + ":" + tag));
      }
      kustomizations_.push_back(std::move(k));
      continue;
    }
    if (doc->kind != "kubernetes") continue;
    for (const Node* obj : kubernetes_objects(doc->root)) {
      std::string_view kind = kind_of(obj);
      const Node* spec = field(obj, "spec");
      if (kind == "PodDisruptionBudget") {
        const Node* sel = field(spec, "selector");
        if (!sel || !sel->is_map()) continue;  // no selector selects no pod
        const Node* ml = sel->get("matchLabels");
        std::string text;
        size_t i = budgets_.size();
        if (ml && ml->is_map() && !ml->entries.empty()) {
          // A budget whose first label cannot be read matches nothing: leave it out.
          if (!scalar_text(ml->entries[0].value, &text)) continue;
          budgets_by_label_[ml->entries[0].key + "=" + text].push_back(i);
        } else {
          budgets_for_all_.push_back(i);
        }
        budgets_.push_back({doc, obj});
      } else if (kind == "HorizontalPodAutoscaler" || kind == "ScaledObject") {
        const Node* target = field(spec, "scaleTargetRef");
        std::string target_kind, target_name;
        if (!scalar_text(field(target, "name"), &target_name)) continue;
        // KEDA's scaleTargetRef.kind defaults to Deployment; an HPA must name it.
        if (!scalar_text(field(target, "kind"), &target_kind)) {
          if (kind != "ScaledObject") continue;
          target_kind = "Deployment";
        }
        autoscalers_[target_kind + "/" + target_name].push_back({doc, obj});
      } else if (kind == "ServiceAccount") {
        std::string name;
        if (scalar_text(field(field(obj, "metadata"), "name"), &name)) service_accounts_[name].push_back({doc, obj});
      } else if (kind == "RoleBinding" || kind == "ClusterRoleBinding") {
        const Node* subjects = field(obj, "subjects");
        if (!subjects || !subjects->is_seq()) continue;
        for (const Entry& e : subjects->entries) {
          std::string sk, name;
          if (scalar_text(field(e.value, "kind"), &sk) && sk == "ServiceAccount" &&
              scalar_text(field(e.value, "name"), &name))
            bindings_[name].push_back({doc, e.value});
        }
      }
    }
  }
}

const K8sObject* KubernetesIndex::disruption_budget(const Document& workload, const Node* namespace_node,
                                                   const Node* pod_labels) const {
  if (budgets_.empty() || !pod_labels || !pod_labels->is_map()) return nullptr;
  std::vector<size_t> candidates = budgets_for_all_;
  std::string text;
  for (const Entry& e : pod_labels->entries) {
    if (!scalar_text(e.value, &text)) continue;
    auto it = budgets_by_label_.find(e.key + "=" + text);
    if (it != budgets_by_label_.end()) candidates.insert(candidates.end(), it->second.begin(), it->second.end());
  }
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  if (candidates.size() > kMaxBudgetTries) candidates.resize(kMaxBudgetTries);
  const K8sObject* best = nullptr;
  int best_near = -1;
  for (size_t i : candidates) {
    const K8sObject& pdb = budgets_[i];
    int near = nearness(workload, *pdb.doc);
    if (near < 0 || (best && near >= best_near)) continue;
    if (same_namespace(namespace_node, field(field(pdb.node, "metadata"), "namespace")) &&
        selects(field(field(pdb.node, "spec"), "selector"), pod_labels)) {
      best = &pdb;
      best_near = near;
    }
  }
  return best;
}

const K8sObject* KubernetesIndex::autoscaler(const Document& workload, const Node* namespace_node,
                                             std::string_view kind, std::string_view name) const {
  auto it = autoscalers_.find(std::string(kind) + "/" + std::string(name));
  if (it == autoscalers_.end()) return nullptr;
  const K8sObject* best = nullptr;
  int best_near = -1;
  for (const K8sObject& a : it->second) {
    int near = nearness(workload, *a.doc);
    if (near < 0 || (best && near >= best_near)) continue;
    if (same_namespace(namespace_node, field(field(a.node, "metadata"), "namespace"))) {
      best = &a;
      best_near = near;
    }
  }
  return best;
}

namespace {

// The nearest object of `objs` in the workload's namespace (a binding's subject writes its own `namespace`, an
// object its `metadata.namespace`). At most kMaxBudgetTries are tried: thousands of objects of one name (every
// namespace's `default` account) must not make the scan quadratic.
const K8sObject* nearest(const Document& workload, const Node* namespace_node, const std::vector<K8sObject>& objs,
                         bool subject) {
  const K8sObject* best = nullptr;
  int best_near = -1;
  size_t tries = 0;
  for (const K8sObject& o : objs) {
    if (++tries > kMaxBudgetTries) break;
    int near = nearness(workload, *o.doc);
    if (near < 0 || (best && near >= best_near)) continue;
    const Node* ns = subject ? field(o.node, "namespace") : field(field(o.node, "metadata"), "namespace");
    if (same_namespace(namespace_node, ns)) {
      best = &o;
      best_near = near;
    }
  }
  return best;
}

}  // namespace

const K8sObject* KubernetesIndex::service_account(const Document& workload, const Node* namespace_node,
                                                  std::string_view name) const {
  auto it = service_accounts_.find(std::string(name));
  return it == service_accounts_.end() ? nullptr : nearest(workload, namespace_node, it->second, false);
}

const K8sObject* KubernetesIndex::role_binding(const Document& workload, const Node* namespace_node,
                                               std::string_view name) const {
  auto it = bindings_.find(std::string(name));
  return it == bindings_.end() ? nullptr : nearest(workload, namespace_node, it->second, true);
}

Node* k8s_probes(ModelBuilder& b, const Node* holder, const Span& at) {
  Node* m = b.map(at);
  for (auto [key, name] : {std::pair{"livenessProbe", "liveness"}, std::pair{"readinessProbe", "readiness"},
                           std::pair{"startupProbe", "startup"}}) {
    const Entry* e = holder && holder->is_map() ? holder->entry(key) : nullptr;
    if (e && e->value && e->value->type != NodeType::null) b.set(m, name, probe(b, e->value), e->key_span);
  }
  return m;
}

Node* k8s_resources(ModelBuilder& b, const Node* r, const Span& at) {
  if (is_unknown(r)) return value(b, r);
  Node* m = b.map(span_or(r, at));
  if (!r || !r->is_map()) return m;
  for (const char* key : {"requests", "limits"}) {
    const Entry* e = r->entry(key);
    if (!e || !e->value || e->value->type == NodeType::null) continue;
    if (!e->value->is_map()) {
      b.set(m, key, value(b, e->value), e->key_span);
      continue;
    }
    Node* q = b.set(m, key, b.map(e->value->span), e->key_span);
    copy_field(b, q, "cpu", e->value, "cpu");
    copy_field(b, q, "memory", e->value, "memory");
  }
  return m;
}

Node* k8s_security(ModelBuilder& b, const Node* sc, const Node* pod_sc, const Span& at) {
  if (is_unknown(sc)) return value(b, sc);
  Node* m = b.map(span_or(sc, at));
  for (auto [key, name] : {std::pair{"runAsUser", "run_as_user"}, std::pair{"runAsNonRoot", "run_as_non_root"}})
    if (!copy_field(b, m, name, sc, key)) copy_field(b, m, name, pod_sc, key);
  copy_field(b, m, "privileged", sc, "privileged");
  copy_field(b, m, "allow_privilege_escalation", sc, "allowPrivilegeEscalation");
  copy_field(b, m, "read_only_root_filesystem", sc, "readOnlyRootFilesystem");
  // The seccomp and AppArmor profiles' type (`Unconfined`, `RuntimeDefault`, `Localhost`), the container's else the
  // pod's.
  for (auto [key, name] : {std::pair{"seccompProfile", "seccomp"}, std::pair{"appArmorProfile", "apparmor"}})
    if (!copy_field(b, m, name, field(sc, key), "type")) copy_field(b, m, name, field(pod_sc, key), "type");
  if (const Entry* e = sc && sc->is_map() ? sc->entry("capabilities") : nullptr; e && e->value && e->value->is_map()) {
    Node* caps = b.set(m, "capabilities", b.map(e->value->span), e->key_span);
    copy_field(b, caps, "add", e->value, "add");
    copy_field(b, caps, "drop", e->value, "drop");
  }
  return m;
}

void k8s_env(ModelBuilder& b, Node* out, const Node* env, const Node* env_from) {
  if (env && env->is_seq()) {
    for (const Entry& e : env->entries) {
      if (!e.value || !e.value->is_map()) continue;
      Node* v = b.push(out, b.map(e.value->span));
      copy_field(b, v, "name", e.value, "name");
      if (copy_field(b, v, "value", e.value, "value")) continue;
      const Entry* vf = e.value->entry("valueFrom");
      if (!vf || !vf->value) continue;
      const char* from = "other";
      Span at = vf->key_span;
      for (auto [key, name] : {std::pair{"secretKeyRef", "secret"}, std::pair{"configMapKeyRef", "config_map"},
                               std::pair{"fieldRef", "field"}, std::pair{"resourceFieldRef", "resource"}})
        if (const Entry* r = vf->value->entry(key)) {
          from = name;
          at = r->key_span;
        }
      b.set(v, "from", b.str(from, at), vf->key_span);
    }
  }
  if (env_from && env_from->is_seq()) {
    for (const Entry& e : env_from->entries) {
      if (!e.value || !e.value->is_map()) continue;
      for (auto [key, name] : {std::pair{"secretRef", "secret"}, std::pair{"configMapRef", "config_map"}})
        if (const Entry* r = e.value->entry(key)) {
          Node* v = b.push(out, b.map(e.value->span));
          b.set(v, "from", b.str(name, r->key_span), r->key_span);
        }
    }
  }
}

namespace {

// Whether an anti-affinity term may select the workload's own pods. A term without a selector selects no pod
// (Kubernetes' rule); one whose matchLabels name a label the pods lack, or carry with another value, selects
// other pods. Anything that cannot be read may select them.
bool may_select_own(const Node* term, const Node* pod_labels) {
  if (!term || !term->is_map()) return true;
  const Node* sel = term->get("labelSelector");
  if (!sel) return term->get("matchLabelKeys") != nullptr;  // newer terms select by the pod's own label values
  if (!sel->is_map() || !pod_labels || !pod_labels->is_map()) return true;
  const Node* ml = sel->get("matchLabels");
  if (!ml || !ml->is_map()) return true;
  for (const Entry& e : ml->entries) {
    std::string want, have;
    if (!scalar_text(e.value, &want)) continue;
    const Node* v = pod_labels->get(e.key);
    if (!v) return false;
    if (scalar_text(v, &have) && have != want) return false;
  }
  return true;
}

bool anti_affinity_spreads(const Node* anti, const Node* pod_labels) {
  if (!anti->is_map()) return true;  // unknown (a template): it may
  for (const char* key : {"requiredDuringSchedulingIgnoredDuringExecution",
                          "preferredDuringSchedulingIgnoredDuringExecution"}) {
    const Node* terms = anti->get(key);
    if (!terms) continue;
    if (!terms->is_seq()) return true;
    bool weighted = key[0] == 'p';  // a preferred term wraps its podAffinityTerm with a weight
    for (const Entry& t : terms->entries)
      if (may_select_own(weighted ? field(t.value, "podAffinityTerm") : t.value, pod_labels)) return true;
  }
  return false;
}

}  // namespace

Node* k8s_spread(ModelBuilder& b, const Node* pod_spec, const Node* pod_labels) {
  if (!pod_spec || !pod_spec->is_map()) return nullptr;
  if (const Entry* e = pod_spec->entry("topologySpreadConstraints"); e && e->value) {
    if (is_unknown(e->value)) return value(b, e->value);
    if (e->value->is_seq() && e->value->size() > 0) return b.str("topology_spread", e->key_span);
  }
  const Node* affinity = pod_spec->get("affinity");
  const Entry* anti = affinity && affinity->is_map() ? affinity->entry("podAntiAffinity") : nullptr;
  if (!anti || !anti->value || (anti->value->is_map() && anti->value->size() == 0)) return nullptr;
  if (!anti_affinity_spreads(anti->value, pod_labels)) return nullptr;
  return b.str("anti_affinity", anti->key_span);
}

}  // namespace tollgate::workload
