// The workload model (models/workload/): one item per Kubernetes workload, Helm values file, compose service,
// ECS task definition and Dockerfile, with the schema of docs/document-model.md ("Workload") and the exact spans
// of the source nodes.
#include <catch2/catch.hpp>

#include <chrono>
#include <string>

#include "engine/classifier.h"
#include "tollgate/models.h"
#include "tollgate/parsers.h"

using namespace tollgate;

namespace {

// Files classified and parsed as the scan does, then the workload items built from all of them.
struct Scan {
  std::vector<ParseResult> parsed;
  std::vector<const Document*> docs;
  std::vector<std::unique_ptr<Document>> items;

  Scan& add(const std::string& path, std::string text) {
    Classification c = classify(path, text);
    ParseResult r = parse(c.format, SourceText::make(path, std::move(text)));
    INFO(path << ": " << (r.error ? r.error->message : "ok"));
    REQUIRE_FALSE(r.error);
    for (auto& d : r.documents) {
      d->kind = c.kind;
      docs.push_back(d.get());
    }
    parsed.push_back(std::move(r));
    return *this;
  }
  Scan& build() {
    build_workloads(docs, &items);
    return *this;
  }
  const Node* item(size_t i) const {
    REQUIRE(i < items.size());
    CHECK(items[i]->kind == "workload");
    return items[i]->root;
  }
};

Scan one(const std::string& path, std::string text) {
  Scan s;
  s.add(path, std::move(text)).build();
  return s;
}

// n at a dotted path: map keys, and seq indexes as numbers ("containers.0.image.ref").
const Node* at(const Node* n, const std::string& path) {
  if (path.empty()) return n;
  size_t i = 0;
  while (n && i <= path.size()) {
    size_t dot = path.find('.', i);
    std::string part = path.substr(i, dot == std::string::npos ? std::string::npos : dot - i);
    if (n->is_seq()) n = n->at(std::stoul(part));
    else n = n->get(part);
    if (dot == std::string::npos) break;
    i = dot + 1;
  }
  return n;
}

std::string text(const Node* root, const std::string& path) {
  const Node* n = at(root, path);
  return n ? n->text : "<absent>";
}

std::string type(const Node* root, const std::string& path) {
  const Node* n = at(root, path);
  return n ? node_type_name(n->type) : "<absent>";
}

// "line:col-end_line:end_col"
std::string where(const Node* root, const std::string& path) {
  const Node* n = at(root, path);
  if (!n) return "<absent>";
  const Span& s = n->span;
  return std::to_string(s.line) + ":" + std::to_string(s.col) + "-" + std::to_string(s.end_line) + ":" +
         std::to_string(s.end_col);
}

std::string key_where(const Node* root, const std::string& parent, const std::string& key) {
  const Node* p = parent.empty() ? root : at(root, parent);
  const Entry* e = p ? p->entry(key) : nullptr;
  if (!e) return "<absent>";
  return std::to_string(e->key_span.line) + ":" + std::to_string(e->key_span.col);
}

bool absent(const Node* root, const std::string& path) { return at(root, path) == nullptr; }

const char* kDeployment = R"(apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
  labels:
    app: web
spec:
  replicas: 3
  strategy:
    type: RollingUpdate
    rollingUpdate:
      maxUnavailable: 100%
  template:
    metadata:
      labels:
        app: web
        tier: front
    spec:
      serviceAccountName: web-sa
      automountServiceAccountToken: false
      hostNetwork: true
      securityContext:
        runAsUser: 1000
      topologySpreadConstraints:
        - maxSkew: 1
      volumes:
        - name: sock
          hostPath:
            path: /var/run/docker.sock
        - name: data
          emptyDir: {}
      initContainers:
        - name: migrate
          image: registry.example.com:5000/tools/migrate
      containers:
        - name: app
          image: nginx:1.27.3@sha256:abcdef
          ports:
            - containerPort: 8080
              hostPort: 80
          env:
            - name: MODE
              value: prod
            - name: TOKEN
              valueFrom:
                secretKeyRef: {name: s, key: token}
          envFrom:
            - configMapRef: {name: cfg}
          livenessProbe:
            httpGet: {path: /healthz, port: 8080}
          readinessProbe:
            tcpSocket: {port: 8080}
          resources:
            requests: {cpu: 100m, memory: 128Mi}
            limits:
              memory: 256Mi
          securityContext:
            privileged: false
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            runAsNonRoot: true
            capabilities:
              drop: [ALL]
              add: [NET_BIND_SERVICE]
)";

}  // namespace

TEST_CASE("workload: a Deployment's fields and their exact spans", "[workload]") {
  Scan s = one("k8s/web.yaml", kDeployment);
  REQUIRE(s.items.size() == 1);
  const Node* w = s.item(0);
  CHECK(s.items[0]->path() == "k8s/web.yaml");
  CHECK(text(w, "source") == "kubernetes");
  CHECK(text(w, "kind") == "Deployment");
  CHECK(where(w, "kind") == "2:7-2:17");
  CHECK(text(w, "name") == "web");
  CHECK(where(w, "name") == "4:9-4:12");
  CHECK(key_where(w, "", "name") == "4:3");
  CHECK(text(w, "namespace") == "shop");
  CHECK(text(w, "labels.app") == "web");
  CHECK(text(w, "replicas") == "3");
  CHECK(type(w, "replicas") == "int");
  CHECK(where(w, "replicas") == "9:13-9:14");
  CHECK(text(w, "strategy") == "RollingUpdate");
  CHECK(where(w, "strategy") == "11:11-11:24");
  CHECK(text(w, "max_unavailable") == "100%");
  CHECK(text(w, "service_account") == "web-sa");
  CHECK(text(w, "automount_token") == "false");
  CHECK(text(w, "host_network") == "true");
  CHECK(where(w, "host_network") == "22:20-22:24");
  CHECK(absent(w, "host_pid"));
  CHECK(absent(w, "restart_policy"));
  CHECK(text(w, "spread") == "topology_spread");
  CHECK(where(w, "spread") == "25:7-25:32");

  REQUIRE(at(w, "volumes")->size() == 2);
  CHECK(text(w, "volumes.0.name") == "sock");
  CHECK(text(w, "volumes.0.host_path") == "/var/run/docker.sock");
  CHECK(where(w, "volumes.0.host_path") == "30:19-30:39");
  CHECK(text(w, "volumes.0.docker_socket") == "true");
  CHECK(absent(w, "volumes.1.host_path"));

  // containers first, then init containers
  REQUIRE(at(w, "containers")->size() == 2);
  CHECK(text(w, "containers.0.name") == "app");
  CHECK(text(w, "containers.0.init") == "false");
  CHECK(text(w, "containers.0.image.ref") == "nginx:1.27.3@sha256:abcdef");
  CHECK(text(w, "containers.0.image.pinned") == "digest");
  CHECK(where(w, "containers.0.image") == "38:18-38:44");
  CHECK(key_where(w, "containers.0", "image") == "38:11");
  CHECK(text(w, "containers.1.name") == "migrate");
  CHECK(text(w, "containers.1.init") == "true");
  CHECK(text(w, "containers.1.image.pinned") == "none");  // the :5000 is the registry's port

  CHECK(text(w, "containers.0.ports.0.container_port") == "8080");
  CHECK(text(w, "containers.0.ports.0.host_port") == "80");
  CHECK(where(w, "containers.0.ports.0.host_port") == "41:25-41:27");
  CHECK(at(w, "containers.0.env")->size() == 3);
  CHECK(text(w, "containers.0.env.0.name") == "MODE");
  CHECK(text(w, "containers.0.env.0.value") == "prod");
  CHECK(text(w, "containers.1.env") == "");
  CHECK(text(w, "containers.0.env.1.name") == "TOKEN");
  CHECK(absent(w, "containers.0.env.1.value"));
  CHECK(text(w, "containers.0.env.1.from") == "secret");
  CHECK(where(w, "containers.0.env.1.from") == "47:17-47:29");
  CHECK(text(w, "containers.0.env.2.from") == "config_map");
  CHECK(absent(w, "containers.0.env.2.name"));

  CHECK(text(w, "containers.0.probes.liveness.type") == "http");
  CHECK(key_where(w, "containers.0.probes", "liveness") == "50:11");
  CHECK(text(w, "containers.0.probes.readiness.type") == "tcp");
  CHECK(absent(w, "containers.0.probes.startup"));
  CHECK(at(w, "containers.1.probes")->size() == 0);

  CHECK(text(w, "containers.0.resources.requests.cpu") == "100m");
  CHECK(text(w, "containers.0.resources.limits.memory") == "256Mi");
  CHECK(where(w, "containers.0.resources.limits.memory") == "57:23-57:28");
  CHECK(absent(w, "containers.0.resources.limits.cpu"));
  CHECK(absent(w, "containers.1.resources.limits"));

  CHECK(text(w, "containers.0.security.privileged") == "false");
  CHECK(text(w, "containers.0.security.allow_privilege_escalation") == "false");
  CHECK(text(w, "containers.0.security.read_only_root_filesystem") == "true");
  CHECK(text(w, "containers.0.security.run_as_non_root") == "true");
  CHECK(text(w, "containers.0.security.capabilities.drop.0") == "ALL");
  CHECK(text(w, "containers.0.security.capabilities.add.0") == "NET_BIND_SERVICE");
  // run_as_user comes from the pod's security context, located there
  CHECK(text(w, "containers.0.security.run_as_user") == "1000");
  CHECK(where(w, "containers.0.security.run_as_user") == "24:20-24:24");
  CHECK(text(w, "containers.1.security.run_as_user") == "1000");
  CHECK(absent(w, "containers.1.security.privileged"));
}

TEST_CASE("workload: every pod-bearing kind, one item each, from multi-document YAML", "[workload]") {
  Scan s = one("k8s/all.yaml", R"(apiVersion: v1
kind: Service
metadata: {name: svc}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: nightly}
spec:
  schedule: "0 1 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: job
              image: busybox:latest
---
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db}
spec:
  updateStrategy: {type: OnDelete}
  template:
    spec:
      affinity:
        podAntiAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            - {topologyKey: kubernetes.io/hostname, labelSelector: {matchLabels: {app: db}}}
      containers: [{name: db, image: "postgres:16"}]
---
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  hostPID: true
  hostIPC: true
  containers: [{name: c, image: alpine}]
---
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent}
spec: {template: {spec: {containers: [{name: a, image: "agent:main"}]}}}
---
apiVersion: v1
kind: ReplicationController
metadata: {name: rc}
spec: {replicas: 2, template: {spec: {containers: [{name: a, image: "a:1"}]}}}
---
apiVersion: apps/v1
kind: ReplicaSet
metadata: {name: rs}
spec: {template: {spec: {containers: []}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: once}
spec: {template: {spec: {restartPolicy: Never, containers: [{name: a, image: "a:1"}]}}}
---
apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata: {name: canary}
spec:
  strategy:
    canary: {steps: []}
  template: {spec: {containers: [{name: a, image: "a:2"}]}}
---
apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata: {name: by-ref}
spec:
  workloadRef: {kind: Deployment, name: web}
)");
  REQUIRE(s.items.size() == 9);
  std::vector<std::string> kinds;
  for (size_t i = 0; i < s.items.size(); ++i) kinds.push_back(text(s.item(i), "kind"));
  CHECK(kinds == std::vector<std::string>{"CronJob", "StatefulSet", "Pod", "DaemonSet", "ReplicationController",
                                          "ReplicaSet", "Job", "Rollout", "Rollout"});
  const Node* cron = s.item(0);
  CHECK(text(cron, "restart_policy") == "OnFailure");
  CHECK(where(cron, "restart_policy") == "14:26-14:35");
  CHECK(text(cron, "containers.0.image.pinned") == "branch");
  CHECK(absent(cron, "replicas"));
  const Node* sts = s.item(1);
  CHECK(text(sts, "strategy") == "OnDelete");
  CHECK(text(sts, "spread") == "anti_affinity");
  CHECK(text(sts, "containers.0.image.pinned") == "tag");
  const Node* pod = s.item(2);
  CHECK(text(pod, "host_pid") == "true");
  CHECK(text(pod, "host_ipc") == "true");
  CHECK(absent(pod, "host_network"));
  CHECK(text(pod, "containers.0.image.pinned") == "none");
  CHECK(text(s.item(3), "containers.0.image.pinned") == "branch");
  CHECK(text(s.item(4), "replicas") == "2");
  CHECK(at(s.item(5), "containers")->size() == 0);
  CHECK(text(s.item(7), "strategy") == "Canary");
  CHECK(type(s.item(8), "containers") == "expr");
  // each item is its own document, with the index of the YAML document it came from
  CHECK(s.items[0]->index == 1);
  CHECK(s.items[8]->index == 9);
}

TEST_CASE("workload: a Pod's owners are the kinds of its ownerReferences", "[workload]") {
  Scan s = one("k8s/pods.yaml", R"(apiVersion: v1
kind: Pod
metadata:
  name: backup-28391
  ownerReferences:
    - apiVersion: batch/v1
      kind: Job
      name: backup-28391
    - {apiVersion: v1, kind: "{{ .Values.owner }}", name: x}
spec:
  containers: [{name: c, image: "a:1"}]
---
apiVersion: v1
kind: Pod
metadata: {name: alone}
spec:
  containers: [{name: c, image: "a:1"}]
)");
  REQUIRE(s.items.size() == 2);
  const Node* owned = s.item(0);
  REQUIRE(at(owned, "owned_by")->size() == 2);
  CHECK(text(owned, "owned_by.0") == "Job");
  CHECK(where(owned, "owned_by.0") == "7:13-7:16");
  CHECK(type(owned, "owned_by.1") == "expr");
  CHECK(where(owned, "owned_by") == "6:5-9:61");
  // seqs are empty rather than absent
  CHECK(type(s.item(1), "owned_by") == "seq");
  CHECK(at(s.item(1), "owned_by")->size() == 0);
}

TEST_CASE("workload: JSON manifests and lists are Kubernetes", "[workload]") {
  Scan s = one("k8s/export.json", R"({
  "apiVersion": "v1",
  "kind": "List",
  "items": [
    {"apiVersion": "apps/v1", "kind": "Deployment",
     "metadata": {"name": "api"},
     "spec": {"template": {"spec": {"containers": [
       {"name": "api", "image": "api:1.2", "securityContext": {"privileged": true}}]}}}},
    {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "x"}}
  ]
})");
  REQUIRE(s.docs[0]->kind == "kubernetes");
  REQUIRE(s.items.size() == 1);
  const Node* w = s.item(0);
  CHECK(where(w, "") == "5:5-8:89");
  CHECK(text(w, "name") == "api");
  CHECK(where(w, "name") == "6:27-6:32");
  CHECK(text(w, "containers.0.image.ref") == "api:1.2");
  CHECK(where(w, "containers.0.image") == "8:33-8:42");
  CHECK(text(w, "containers.0.security.privileged") == "true");
  CHECK(where(w, "containers.0.security.privileged") == "8:78-8:82");
}

TEST_CASE("workload: a budget and an autoscaler in other files cover a Deployment", "[workload]") {
  Scan s;
  s.add("k8s/web.yaml", kDeployment);
  s.add("k8s/policy.yaml", R"(apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: {name: other, namespace: shop}
spec:
  selector:
    matchLabels: {app: api}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: {name: web-pdb, namespace: shop}
spec:
  minAvailable: 2
  selector:
    matchLabels: {app: web}
    matchExpressions:
      - {key: tier, operator: In, values: [front, back]}
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: {name: web-hpa}
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  minReplicas: 3
  maxReplicas: 10
)");
  s.build();
  REQUIRE(s.items.size() == 1);
  const Node* w = s.item(0);
  CHECK(text(w, "disruption_budget.kind") == "PodDisruptionBudget");
  CHECK(text(w, "disruption_budget.name") == "web-pdb");
  CHECK(text(w, "disruption_budget.path") == "k8s/policy.yaml");
  CHECK(text(w, "disruption_budget.min_available") == "2");
  CHECK(absent(w, "disruption_budget.max_unavailable"));
  // located in this file: at the pod labels the budget selects
  CHECK(where(w, "disruption_budget") == "17:9-18:20");
  CHECK(where(w, "disruption_budget.min_available") == "17:9-18:20");
  CHECK(text(w, "autoscaler.kind") == "HorizontalPodAutoscaler");
  CHECK(text(w, "autoscaler.name") == "web-hpa");
  CHECK(text(w, "autoscaler.min_replicas") == "3");
  CHECK(text(w, "autoscaler.max_replicas") == "10");
  // ... and at the name the autoscaler targets
  CHECK(where(w, "autoscaler.max_replicas") == "4:9-4:12");
}

TEST_CASE("workload: budgets and autoscalers in the same file keep their own spans, and mismatches do not link",
          "[workload]") {
  Scan s = one("k8s/app.yaml", R"(apiVersion: apps/v1
kind: Deployment
metadata: {name: a, namespace: prod}
spec: {template: {metadata: {labels: {app: a, track: stable}}, spec: {containers: []}}}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: {name: wrong-ns, namespace: dev}
spec: {maxUnavailable: 1, selector: {matchLabels: {app: a}}}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: {name: excluded}
spec: {selector: {matchLabels: {app: a}, matchExpressions: [{key: track, operator: NotIn, values: [stable]}]}}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: {name: ok}
spec:
  maxUnavailable: 1
  selector: {matchLabels: {app: a}, matchExpressions: [{key: track, operator: Exists}]}
---
apiVersion: keda.sh/v1alpha1
kind: ScaledObject
metadata: {name: a-scaler, namespace: prod}
spec: {scaleTargetRef: {name: a}, minReplicaCount: 2, maxReplicaCount: 5}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: b, namespace: prod}
spec: {template: {metadata: {labels: {app: "{{ .Values.app }}"}}, spec: {containers: []}}}
)");
  REQUIRE(s.items.size() == 2);
  const Node* a = s.item(0);
  CHECK(text(a, "disruption_budget.name") == "ok");
  CHECK(where(a, "disruption_budget") == "16:1-21:88");
  CHECK(where(a, "disruption_budget.max_unavailable") == "20:19-20:20");
  CHECK(text(a, "autoscaler.kind") == "ScaledObject");
  CHECK(text(a, "autoscaler.max_replicas") == "5");
  CHECK(where(a, "autoscaler.max_replicas") == "26:72-26:73");
  // a templated label selects nothing, and no autoscaler names b
  CHECK(absent(s.item(1), "disruption_budget"));
  CHECK(absent(s.item(1), "autoscaler"));
}

TEST_CASE("workload: budgets and autoscalers relate to workloads near them, the nearest first", "[workload]") {
  const char* deploy = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: db}\n"
                       "spec: {template: {metadata: {labels: {app: mysql}}, spec: {containers: []}}}\n";
  auto pdb = [](const std::string& name) {
    return "apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: {name: " + name +
           "}\nspec: {selector: {matchLabels: {app: mysql}}}\n";
  };
  auto hpa = [](const std::string& name) {
    return "apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: " + name +
           "}\nspec: {scaleTargetRef: {kind: Deployment, name: db}}\n";
  };
  Scan s;
  s.add("apps/a/k8s/db.yaml", deploy);                // item 0: the sibling folders' budget and autoscaler
  s.add("apps/a/policy/pdb.yaml", pdb("sibling"));
  s.add("apps/a/scaling/hpa.yaml", hpa("sibling"));
  s.add("apps/a/overlays/prod/pdb.yaml", pdb("overlay"));  // two folders up is apps/a: not related
  s.add("samples/b/db.yaml", deploy);                 // item 1: its own folder's budget wins over the parent's
  s.add("samples/b/pdb.yaml", pdb("b-local"));
  s.add("samples/c/manifests/hpa.yaml", hpa("c"));    // another sample's autoscaler: not related
  s.add("samples/pdb.yaml", pdb("samples-wide"));
  s.add("samples/z/db.yaml", deploy);                 // item 2: the budget of the folder that holds it
  s.add("solo/db.yaml", deploy);                      // item 3: related to nothing through the root folder
  s.build();
  REQUIRE(s.items.size() == 4);
  CHECK(text(s.item(0), "disruption_budget.name") == "sibling");
  CHECK(text(s.item(0), "autoscaler.name") == "sibling");
  CHECK(text(s.item(1), "disruption_budget.name") == "b-local");
  CHECK(absent(s.item(1), "autoscaler"));
  CHECK(text(s.item(2), "disruption_budget.name") == "samples-wide");
  CHECK(absent(s.item(3), "disruption_budget"));
  CHECK(absent(s.item(3), "autoscaler"));
}

TEST_CASE("workload: Kustomize patches and other fragments are partial", "[workload]") {
  Scan s = one("overlays/prod/patch.yaml", R"(apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec: {replicas: 6}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec: {template: {spec: {containers: [{name: web, resources: {limits: {memory: 1Gi}}}]}}}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec: {template: {spec: {containers: [{name: web, image: web:1}]}}}
)");
  REQUIRE(s.items.size() == 3);
  CHECK(text(s.item(0), "partial") == "true");
  CHECK(where(s.item(0), "partial") == "1:1-4:20");
  CHECK(text(s.item(1), "partial") == "true");
  CHECK(absent(s.item(2), "partial"));
}

TEST_CASE("workload: unknown values stay unknown", "[workload]") {
  Scan s = one("k8s/t.yaml", R"(apiVersion: apps/v1
kind: Deployment
metadata: {name: t}
spec:
  replicas: ${REPLICAS}
  template:
    spec:
      containers:
        - name: app
          image: "registry/app:{{ .Values.tag }}"
          securityContext:
            privileged: "${PRIV}"
        - {name: b, image: "$REGISTRY/app:1.2"}
        - {name: c, image: "busybox-${ARCH}:latest"}
        - {name: d, image: "${IMAGE}"}
        - {name: e, image: "${IMAGE:-nginx:1}"}
        - {name: f, image: "$REGISTRY/app@sha256:00"}
)");
  REQUIRE(s.items.size() == 1);
  const Node* w = s.item(0);
  CHECK(type(w, "replicas") == "expr");
  CHECK(text(w, "replicas") == "${REPLICAS}");
  CHECK(type(w, "containers.0.image.ref") == "expr");
  CHECK(type(w, "containers.0.image.pinned") == "expr");
  CHECK(where(w, "containers.0.image.pinned") == "10:18-10:50");
  CHECK(type(w, "containers.0.security.privileged") == "expr");
  // variables that cannot change the pinning leave it known
  CHECK(type(w, "containers.1.image.ref") == "expr");
  CHECK(text(w, "containers.1.image.pinned") == "tag");
  CHECK(text(w, "containers.2.image.pinned") == "branch");
  CHECK(type(w, "containers.3.image.pinned") == "expr");
  CHECK(type(w, "containers.4.image.pinned") == "expr");
  CHECK(text(w, "containers.5.image.pinned") == "digest");
}

TEST_CASE("workload: YAML aliases and merge keys are read through", "[workload]") {
  Scan s = one("k8s/a.yaml", R"(apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
    - name: a
      image: a:1
      resources: &res
        limits: {memory: 1Gi}
      securityContext: &sc {privileged: true}
    - name: b
      image: b:1
      resources: *res
      securityContext:
        <<: *sc
        readOnlyRootFilesystem: true
)");
  const Node* w = s.item(0);
  CHECK(text(w, "containers.1.resources.limits.memory") == "1Gi");
  CHECK(where(w, "containers.1.resources.limits.memory") == "9:26-9:29");
  CHECK(text(w, "containers.1.security.privileged") == "true");
  CHECK(text(w, "containers.1.security.read_only_root_filesystem") == "true");
}

TEST_CASE("workload: a Helm values file is one workload in the chart conventions", "[workload]") {
  Scan s = one("charts/web/values.yaml", R"(replicaCount: 2
image:
  repository: ghcr.io/acme/web
  tag: ""
fullnameOverride: ""
nameOverride: web
serviceAccount:
  create: true
  name: ""
podSecurityContext:
  runAsNonRoot: true
securityContext:
  allowPrivilegeEscalation: false
  capabilities:
    drop: [ALL]
resources:
  limits:
    memory: 512Mi
livenessProbe:
  httpGet: {path: /, port: http}
autoscaling:
  enabled: false
  minReplicas: 1
podDisruptionBudget:
  enabled: true
  minAvailable: 1
env:
  - name: URL
    value: "{{ .Values.url }}"
)");
  REQUIRE(s.items.size() == 1);
  const Node* w = s.item(0);
  CHECK(text(w, "source") == "helm-values");
  CHECK(absent(w, "kind"));
  CHECK(text(w, "name") == "web");
  CHECK(text(w, "replicas") == "2");
  CHECK(where(w, "replicas") == "1:15-1:16");
  CHECK(absent(w, "service_account"));
  CHECK(text(w, "containers.0.image.ref") == "ghcr.io/acme/web");
  CHECK(where(w, "containers.0.image.ref") == "3:15-3:31");
  // an empty tag is the chart's appVersion: not known from the values file
  CHECK(type(w, "containers.0.image.pinned") == "expr");
  CHECK(where(w, "containers.0.image.pinned") == "4:8-4:10");
  CHECK(text(w, "containers.0.security.allow_privilege_escalation") == "false");
  CHECK(text(w, "containers.0.security.run_as_non_root") == "true");
  CHECK(where(w, "containers.0.security.run_as_non_root") == "11:17-11:21");
  CHECK(text(w, "containers.0.security.capabilities.drop.0") == "ALL");
  CHECK(text(w, "containers.0.resources.limits.memory") == "512Mi");
  CHECK(text(w, "containers.0.probes.liveness.type") == "http");
  CHECK(absent(w, "containers.0.probes.readiness"));
  CHECK(absent(w, "autoscaler"));
  CHECK(text(w, "disruption_budget.min_available") == "1");
  CHECK(text(w, "disruption_budget.path") == "charts/web/values.yaml");
  CHECK(key_where(w, "", "disruption_budget") == "24:1");
  CHECK(type(w, "containers.0.env.0.value") == "expr");
}

TEST_CASE("workload: Helm image forms, enabled autoscaling, and values files that are not workloads",
          "[workload]") {
  Scan s;
  s.add("charts/a/values.yaml", "image:\n  registry: docker.io\n  repository: bitnami/redis\n  tag: 7.2.4\n"
                                "autoscaling:\n  enabled: true\n  maxReplicas: 4\n");
  s.add("charts/b/values.yaml", "image: \"nginx:latest\"\n");
  s.add("charts/c/values.yaml", "image:\n  repository: app\n  tag: 1.0\n  digest: sha256:0123\n");
  s.add("charts/umbrella/values.yaml", "global:\n  domain: example.com\nredis:\n  enabled: true\n");
  s.build();
  REQUIRE(s.items.size() == 3);
  CHECK(text(s.item(0), "containers.0.image.ref") == "docker.io/bitnami/redis:7.2.4");
  CHECK(text(s.item(0), "containers.0.image.pinned") == "tag");
  CHECK(where(s.item(0), "containers.0.image.pinned") == "4:8-4:13");
  CHECK(text(s.item(0), "autoscaler.max_replicas") == "4");
  CHECK(absent(s.item(0), "autoscaler.min_replicas"));
  CHECK(text(s.item(1), "containers.0.image.pinned") == "branch");
  CHECK(text(s.item(2), "containers.0.image.ref") == "app:1.0@sha256:0123");
  CHECK(text(s.item(2), "containers.0.image.pinned") == "digest");
}

TEST_CASE("workload: docker-compose services", "[workload]") {
  Scan s = one("docker-compose.yml", R"(x-common: &common
  restart: unless-stopped
  cap_drop: [ALL]
services:
  web:
    <<: *common
    image: nginx
    user: "1000:1000"
    read_only: true
    security_opt: ["no-new-privileges:true"]
    ports: ["8080:80", "127.0.0.1:9443:443/tcp", 53]
    environment:
      MODE: prod
      SECRET: ${SECRET}
      PASSTHROUGH:
    healthcheck:
      test: ["CMD", "curl", "-f", "http://localhost"]
    deploy:
      replicas: 2
      resources:
        limits: {cpus: "0.5", memory: 256M}
        reservations: {memory: 128M}
  agent:
    build: ./agent
    image: acme/agent
    privileged: true
    network_mode: host
    pid: host
    cap_add: [SYS_ADMIN]
    mem_limit: 1g
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock:ro
      - data:/data
      - ./conf:/etc/agent
      - type: bind
        source: /proc
        target: /host/proc
    environment: ["A=1", "B", "C=${X}"]
    healthcheck: {test: ["NONE"]}
volumes: {data: {}}
)");
  REQUIRE(s.items.size() == 2);
  const Node* web = s.item(0);
  CHECK(text(web, "source") == "docker-compose");
  CHECK(text(web, "kind") == "service");
  CHECK(text(web, "name") == "web");
  CHECK(where(web, "name") == "5:3-5:6");
  CHECK(text(web, "restart_policy") == "unless-stopped");
  CHECK(where(web, "restart_policy") == "2:12-2:26");
  CHECK(text(web, "replicas") == "2");
  CHECK(absent(web, "host_network"));
  CHECK(text(web, "containers.0.name") == "web");
  CHECK(text(web, "containers.0.image.pinned") == "none");
  CHECK(where(web, "containers.0.image") == "7:12-7:17");
  CHECK(text(web, "containers.0.security.run_as_user") == "1000");
  CHECK(type(web, "containers.0.security.run_as_user") == "int");
  CHECK(text(web, "containers.0.security.read_only_root_filesystem") == "true");
  CHECK(text(web, "containers.0.security.allow_privilege_escalation") == "false");
  CHECK(where(web, "containers.0.security.allow_privilege_escalation") == "10:20-10:44");
  CHECK(text(web, "containers.0.security.capabilities.drop.0") == "ALL");
  CHECK(text(web, "containers.0.ports.0.container_port") == "80");
  CHECK(text(web, "containers.0.ports.0.host_port") == "8080");
  CHECK(text(web, "containers.0.ports.1.host_port") == "9443");
  CHECK(text(web, "containers.0.ports.1.protocol") == "tcp");
  CHECK(text(web, "containers.0.ports.2.container_port") == "53");
  CHECK(absent(web, "containers.0.ports.2.host_port"));
  CHECK(text(web, "containers.0.env.0.value") == "prod");
  CHECK(type(web, "containers.0.env.1.value") == "expr");
  CHECK(type(web, "containers.0.env.2.value") == "expr");
  CHECK(text(web, "containers.0.probes.health.type") == "exec");
  CHECK(absent(web, "containers.0.probes.health.disabled"));
  CHECK(text(web, "containers.0.resources.limits.cpu") == "0.5");
  CHECK(text(web, "containers.0.resources.limits.memory") == "256M");
  CHECK(text(web, "containers.0.resources.requests.memory") == "128M");

  const Node* agent = s.item(1);
  CHECK(text(agent, "containers.0.image.ref") == "acme/agent");
  CHECK(text(agent, "containers.0.image.pinned") == "local");
  CHECK(text(agent, "host_network") == "true");
  CHECK(where(agent, "host_network") == "27:19-27:23");
  CHECK(text(agent, "host_pid") == "true");
  CHECK(text(agent, "containers.0.security.privileged") == "true");
  CHECK(text(agent, "containers.0.security.capabilities.add.0") == "SYS_ADMIN");
  CHECK(text(agent, "containers.0.resources.limits.memory") == "1g");
  REQUIRE(at(agent, "volumes")->size() == 4);
  CHECK(text(agent, "volumes.0.host_path") == "/var/run/docker.sock");
  CHECK(text(agent, "volumes.0.docker_socket") == "true");
  CHECK(text(agent, "volumes.0.read_only") == "true");
  CHECK(where(agent, "volumes.0.host_path") == "32:9-32:53");
  CHECK(text(agent, "volumes.1.name") == "data");
  CHECK(absent(agent, "volumes.1.host_path"));
  CHECK(text(agent, "volumes.2.host_path") == "./conf");
  CHECK(text(agent, "volumes.2.docker_socket") == "false");
  CHECK(text(agent, "volumes.3.host_path") == "/proc");
  CHECK(where(agent, "volumes.3.host_path") == "36:17-36:22");
  CHECK(text(agent, "containers.0.env.0.value") == "1");
  CHECK(type(agent, "containers.0.env.1.value") == "expr");
  CHECK(type(agent, "containers.0.env.2.value") == "expr");
  CHECK(text(agent, "containers.0.probes.health.disabled") == "true");
}

TEST_CASE("workload: Terraform ECS task definitions, jsonencode read in place", "[workload]") {
  Scan s = one("infra/ecs.tf", R"(resource "aws_ecs_task_definition" "app" {
  family       = "app"
  network_mode = "host"
  volume {
    name      = "docker"
    host_path = "/var/run/docker.sock"
  }
  container_definitions = jsonencode([
    {
      name       = "web"
      image      = "${var.repo}:${var.tag}"
      essential  = true
      memory     = 512
      privileged = true
      user       = "root"
      portMappings = [{ containerPort = 80, hostPort = 80 }]
      environment  = [{ name = "MODE", value = "prod" }]
      secrets      = [{ name = "TOKEN", valueFrom = var.token_arn }]
      healthCheck  = { command = ["CMD-SHELL", "curl -f http://localhost/ || exit 1"] }
      linuxParameters = { capabilities = { add = ["SYS_PTRACE"] } }
    },
    {
      name  = "sidecar"
      image = "amazon/aws-xray-daemon:3.3.7"
    }
  ])
}

resource "aws_ecs_task_definition" "newline" {
  container_definitions = jsonencode(
    [{ name = "n", image = "n:1" }]
  )
}

resource "aws_ecs_task_definition" "opaque" {
  family                = "opaque"
  container_definitions = file("tasks/opaque.json")
}
)");
  REQUIRE(s.items.size() == 3);
  const Node* w = s.item(0);
  CHECK(text(w, "source") == "ecs");
  CHECK(text(w, "kind") == "task_definition");
  CHECK(text(w, "name") == "app");
  CHECK(text(w, "host_network") == "true");
  CHECK(text(w, "volumes.0.host_path") == "/var/run/docker.sock");
  CHECK(text(w, "volumes.0.docker_socket") == "true");
  REQUIRE(at(w, "containers")->size() == 2);
  CHECK(key_where(w, "", "containers") == "8:3");
  CHECK(text(w, "containers.0.name") == "web");
  CHECK(where(w, "containers.0.name") == "10:20-10:25");
  CHECK(type(w, "containers.0.image.ref") == "expr");
  CHECK(where(w, "containers.0.image.ref") == "11:20-11:44");
  CHECK(text(w, "containers.0.resources.limits.memory") == "512");
  CHECK(where(w, "containers.0.resources.limits.memory") == "13:20-13:23");
  CHECK(text(w, "containers.0.security.privileged") == "true");
  CHECK(text(w, "containers.0.security.run_as_user") == "root");
  CHECK(text(w, "containers.0.ports.0.container_port") == "80");
  CHECK(where(w, "containers.0.ports.0.host_port") == "16:56-16:58");
  CHECK(text(w, "containers.0.env.0.value") == "prod");
  CHECK(text(w, "containers.0.env.1.name") == "TOKEN");
  CHECK(text(w, "containers.0.env.1.from") == "secret");
  CHECK(text(w, "containers.0.probes.health.type") == "exec");
  CHECK(text(w, "containers.0.security.capabilities.add.0") == "SYS_PTRACE");
  CHECK(text(w, "containers.1.image.pinned") == "tag");
  CHECK(where(w, "containers.1.image") == "24:15-24:45");

  const Node* nl = s.item(1);
  CHECK(text(nl, "name") == "newline");
  CHECK(text(nl, "containers.0.image.ref") == "n:1");
  CHECK(where(nl, "containers.0.image") == "31:28-31:33");

  const Node* opaque = s.item(2);
  CHECK(type(opaque, "containers") == "expr");
  CHECK(text(opaque, "containers") == "file(\"tasks/opaque.json\")");
}

TEST_CASE("workload: ECS container definitions as a JSON heredoc or a quoted string", "[workload]") {
  Scan s = one("infra/ecs.tf", R"(resource "aws_ecs_task_definition" "heredoc" {
  family = "h"
  container_definitions = <<EOF
[
  {
    "name": "app",
    "image": "nginx:latest",
    "memory": ${var.memory},
    "environment": [{"name": "URL", "value": "${var.url}"}],
    "readonlyRootFilesystem": true
  }
]
EOF
}

resource "aws_ecs_task_definition" "quoted" {
  family                = "q"
  container_definitions = "[{\"name\": \"q\", \"image\": \"busybox\"}]"
}

resource "aws_ecs_task_definition" "directive" {
  family                = "d"
  container_definitions = <<EOF
[%{ for c in var.c }{"name": "${c}"}%{ endfor }]
EOF
}
)");
  REQUIRE(s.items.size() == 3);
  const Node* h = s.item(0);
  CHECK(text(h, "containers.0.name") == "app");
  CHECK(where(h, "containers.0.name") == "6:13-6:18");
  CHECK(text(h, "containers.0.image.pinned") == "branch");
  CHECK(where(h, "containers.0.image") == "7:14-7:28");
  CHECK(type(h, "containers.0.resources.limits.memory") == "expr");
  CHECK(text(h, "containers.0.resources.limits.memory") == "${var.memory}");
  CHECK(where(h, "containers.0.resources.limits.memory") == "8:15-8:28");
  CHECK(type(h, "containers.0.env.0.value") == "expr");
  CHECK(text(h, "containers.0.env.0.value") == "${var.url}");
  CHECK(text(h, "containers.0.security.read_only_root_filesystem") == "true");

  const Node* q = s.item(1);
  CHECK(text(q, "containers.0.image.ref") == "busybox");
  CHECK(text(q, "containers.0.image.pinned") == "none");
  CHECK(where(q, "containers.0.image") == "18:27-18:72");

  CHECK(type(s.item(2), "containers") == "expr");
}

TEST_CASE("workload: CloudFormation ECS task definitions", "[workload]") {
  Scan s = one("cfn/task.yaml", R"(AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Task:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: api
      PidMode: host
      Volumes:
        - Name: sock
          Host: {SourcePath: /var/run/docker.sock}
      ContainerDefinitions:
        - Name: api
          Image: !Sub "${AWS::AccountId}.dkr.ecr.amazonaws.com/api:1.0"
          MemoryReservation: 256
          User: "1001"
          HealthCheck:
            Command: ["CMD-SHELL", "true"]
          Secrets:
            - Name: DB_PASSWORD
              ValueFrom: !Ref DbSecret
        - Name: proxy
          Image: envoyproxy/envoy:v1.30.1
  Bucket:
    Type: AWS::S3::Bucket
)");
  REQUIRE(s.items.size() == 1);
  const Node* w = s.item(0);
  CHECK(text(w, "source") == "ecs");
  CHECK(text(w, "name") == "api");
  CHECK(text(w, "host_pid") == "true");
  CHECK(absent(w, "host_network"));
  CHECK(text(w, "volumes.0.name") == "sock");
  CHECK(text(w, "volumes.0.docker_socket") == "true");
  CHECK(text(w, "containers.0.name") == "api");
  CHECK(where(w, "containers.0.name") == "12:17-12:20");
  // a !Sub whose tag is written: judged by that tag
  CHECK(text(w, "containers.0.image.ref") == "${AWS::AccountId}.dkr.ecr.amazonaws.com/api:1.0");
  CHECK(text(w, "containers.0.image.pinned") == "tag");
  CHECK(text(w, "containers.0.resources.requests.memory") == "256");
  CHECK(text(w, "containers.0.security.run_as_user") == "1001");
  CHECK(text(w, "containers.0.probes.health.type") == "exec");
  CHECK(text(w, "containers.0.env.0.from") == "secret");
  CHECK(text(w, "containers.1.image.pinned") == "tag");
}

TEST_CASE("workload: a Dockerfile's final stage", "[workload]") {
  Scan s = one("app/Dockerfile", R"(FROM golang:1.22 AS build
RUN go build -o /app
FROM alpine:3.19@sha256:c5b1261d AS base
USER 10001
EXPOSE 8080/tcp
ENV MODE=prod
FROM base AS final
COPY --from=build /app /app
ENV TOKEN=$TOKEN
HEALTHCHECK CMD wget -q localhost:8080
EXPOSE 9090
)");
  REQUIRE(s.items.size() == 1);
  const Node* w = s.item(0);
  CHECK(text(w, "source") == "dockerfile");
  CHECK(text(w, "kind") == "image");
  CHECK(text(w, "name") == "final");
  // the final stage is built FROM base, so the base stage's image, user, ports and environment carry over
  CHECK(text(w, "containers.0.image.ref") == "alpine:3.19@sha256:c5b1261d");
  CHECK(text(w, "containers.0.image.pinned") == "digest");
  CHECK(where(w, "containers.0.image") == "3:6-3:33");
  CHECK(text(w, "containers.0.security.run_as_user") == "10001");
  CHECK(where(w, "containers.0.security.run_as_user") == "4:6-4:11");
  CHECK(text(w, "containers.0.probes.health.type") == "exec");
  CHECK(where(w, "containers.0.probes.health") == "10:1-10:39");
  REQUIRE(at(w, "containers.0.ports")->size() == 2);
  CHECK(text(w, "containers.0.ports.0.container_port") == "8080");
  CHECK(text(w, "containers.0.ports.0.protocol") == "tcp");
  CHECK(text(w, "containers.0.ports.1.container_port") == "9090");
  CHECK(text(w, "containers.0.env.0.value") == "prod");
  CHECK(type(w, "containers.0.env.1.value") == "expr");
  // every stage's base: an image, or local for a stage built from an earlier one
  REQUIRE(at(w, "stages")->size() == 3);
  CHECK(text(w, "stages.0.name") == "build");
  CHECK(text(w, "stages.0.image.ref") == "golang:1.22");
  CHECK(text(w, "stages.0.image.pinned") == "tag");
  CHECK(where(w, "stages.0.image") == "1:6-1:17");
  CHECK(text(w, "stages.1.image.pinned") == "digest");
  CHECK(text(w, "stages.2.image.ref") == "base");
  CHECK(text(w, "stages.2.image.pinned") == "local");
  CHECK(where(w, "stages.2.image") == "7:6-7:10");
}

TEST_CASE("workload: Dockerfiles without USER, with HEALTHCHECK NONE, FROM scratch or a variable", "[workload]") {
  Scan s;
  s.add("a/Dockerfile", "FROM node:latest\nUSER root\nHEALTHCHECK NONE\n");
  s.add("b/Dockerfile", "FROM scratch\nCOPY app /\n");
  s.add("c/Dockerfile", "ARG BASE=ubuntu\nFROM $BASE\n");
  s.add("d/Dockerfile", "");
  s.build();
  REQUIRE(s.items.size() == 3);
  CHECK(text(s.item(0), "containers.0.image.pinned") == "branch");
  CHECK(text(s.item(0), "containers.0.security.run_as_user") == "root");
  CHECK(text(s.item(0), "containers.0.probes.health.disabled") == "true");
  CHECK(absent(s.item(0), "name"));
  CHECK(text(s.item(1), "containers.0.image.pinned") == "local");
  CHECK(absent(s.item(1), "containers.0.security.run_as_user"));
  CHECK(at(s.item(1), "containers.0.probes")->size() == 0);
  CHECK(type(s.item(2), "containers.0.image.pinned") == "expr");
}

TEST_CASE("workload: image pinning", "[workload]") {
  using workload_pin = std::pair<const char*, const char*>;
  Scan s;
  std::string yaml = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n";
  std::vector<workload_pin> cases = {
      {"nginx", "none"},          {"nginx:latest", "branch"},           {"nginx:MAIN", "branch"},
      {"nginx:1.27", "tag"},      {"localhost:5000/app", "none"},       {"localhost:5000/app:v2", "tag"},
      {"app@sha256:00", "digest"}, {"gcr.io/p/app:nightly", "branch"},   {"app:", "none"}};
  for (auto [image, pin] : cases) yaml += "  - {name: c, image: \"" + std::string(image) + "\"}\n";
  s.add("k8s/pins.yaml", yaml).build();
  for (size_t i = 0; i < cases.size(); ++i) {
    INFO(cases[i].first);
    CHECK(text(s.item(0), "containers." + std::to_string(i) + ".image.pinned") == cases[i].second);
  }
}

TEST_CASE("workload: hostile input neither crashes nor goes quadratic", "[workload]") {
  SECTION("deep nesting in copied values") {
    std::string labels = "x";
    for (int i = 0; i < 200; ++i) labels = "{a: " + labels + "}";
    Scan s = one("k8s/deep.yaml", "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels: " + labels +
                                      "\nspec: {containers: [{name: c, image: a}]}\n");
    REQUIRE(s.items.size() == 1);
    CHECK(at(s.item(0), "labels.a.a.a") != nullptr);
  }
  SECTION("a List of many workloads and many budgets on one label") {
    std::string list = "apiVersion: v1\nkind: List\nitems:\n";
    for (int i = 0; i < 3000; ++i)
      list += "- {kind: Deployment, metadata: {name: d" + std::to_string(i) +
              "}, spec: {template: {metadata: {labels: {app: x, n: \"" + std::to_string(i) +
              "\"}}, spec: {containers: [{name: c, image: a}]}}}}\n";
    for (int i = 0; i < 3000; ++i)
      list += "- {kind: PodDisruptionBudget, metadata: {name: b" + std::to_string(i) +
              "}, spec: {selector: {matchLabels: {app: x, n: \"none\"}}}}\n";
    auto t0 = std::chrono::steady_clock::now();
    Scan s = one("k8s/many.yaml", list);
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    REQUIRE(s.items.size() == 3000);
    CHECK(absent(s.item(0), "disruption_budget"));
    CHECK(seconds < 20);
  }
  SECTION("many workloads, ServiceAccounts and bindings of one name") {
    std::string list = "apiVersion: v1\nkind: List\nitems:\n";
    for (int i = 0; i < 3000; ++i) {
      std::string ns = "n" + std::to_string(i);
      list += "- {kind: Deployment, metadata: {name: d, namespace: " + ns +
              "}, spec: {template: {spec: {containers: [{name: c, image: a}]}}}}\n";
      list += "- {kind: ServiceAccount, metadata: {name: default, namespace: x" + ns + "}}\n";
      list += "- {kind: RoleBinding, metadata: {name: r}, subjects: [{kind: ServiceAccount, name: default, namespace: x" +
              ns + "}]}\n";
    }
    auto t0 = std::chrono::steady_clock::now();
    Scan s = one("k8s/many.yaml", list);
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    REQUIRE(s.items.size() == 3000);
    CHECK(absent(s.item(0), "service_account_object"));
    CHECK(absent(s.item(0), "api_access"));
    CHECK(seconds < 20);
  }
  SECTION("malformed shapes are skipped, not dereferenced") {
    Scan s = one("k8s/odd.yaml", "apiVersion: v1\nkind: Pod\nmetadata: 3\nspec:\n  containers: [1, null, [x], {}]\n"
                                 "  volumes: {a: b}\n  securityContext: []\n---\napiVersion: v1\nkind: Pod\n"
                                 "---\napiVersion: v1\nkind: List\nitems: 7\n---\n- a\n");
    REQUIRE(s.items.size() == 2);
    CHECK(at(s.item(0), "containers")->size() == 1);
    CHECK(absent(s.item(0), "name"));
    CHECK(at(s.item(1), "containers")->size() == 0);
    Scan c = one("docker-compose.yml", "services:\n  a: 1\n  b:\n    ports: [{}, \"\"]\n    volumes: [1, {}]\n"
                                       "    healthcheck: {test: []}\n    build: {}\n");
    REQUIRE(c.items.size() == 1);
    CHECK(text(c.item(0), "containers.0.image.pinned") == "local");
  }
}

TEST_CASE("workload: probe handlers and timing, seccomp and AppArmor profiles, pod labels", "[workload]") {
  Scan s = one("k8s/app.yaml", R"(apiVersion: apps/v1
kind: Deployment
metadata: {name: app}
spec:
  template:
    metadata:
      labels: {app: app}
    spec:
      securityContext:
        seccompProfile: {type: Unconfined}
        appArmorProfile: {type: RuntimeDefault}
      containers:
        - name: a
          image: a:1
          livenessProbe:
            httpGet: {path: /live, port: http, scheme: HTTPS}
            periodSeconds: 5
            failureThreshold: 6
          readinessProbe:
            exec: {command: [ready, --now]}
            timeoutSeconds: 2
          securityContext:
            seccompProfile: {type: Localhost, localhostProfile: p.json}
        - name: b
          image: b:1
          readinessProbe:
            grpc: {port: 9000, service: health}
)");
  const Node* w = s.item(0);
  CHECK(text(w, "pod_labels.app") == "app");
  CHECK(where(w, "pod_labels") == "7:15-7:25");
  CHECK(text(w, "containers.0.probes.liveness.type") == "http");
  CHECK(text(w, "containers.0.probes.liveness.path") == "/live");
  CHECK(text(w, "containers.0.probes.liveness.port") == "http");
  CHECK(text(w, "containers.0.probes.liveness.scheme") == "HTTPS");
  CHECK(text(w, "containers.0.probes.liveness.period") == "5");
  CHECK(text(w, "containers.0.probes.liveness.failure_threshold") == "6");
  CHECK(absent(w, "containers.0.probes.liveness.timeout"));
  CHECK(where(w, "containers.0.probes.liveness.period") == "17:28-17:29");
  CHECK(text(w, "containers.0.probes.readiness.command.1") == "--now");
  CHECK(text(w, "containers.0.probes.readiness.timeout") == "2");
  CHECK(text(w, "containers.1.probes.readiness.service") == "health");
  CHECK(type(w, "containers.1.probes.readiness.port") == "int");
  // the container's own profile, else the pod's
  CHECK(text(w, "containers.0.security.seccomp") == "Localhost");
  CHECK(text(w, "containers.0.security.apparmor") == "RuntimeDefault");
  CHECK(text(w, "containers.1.security.seccomp") == "Unconfined");
  CHECK(where(w, "containers.1.security.seccomp") == "10:32-10:42");
}

TEST_CASE("workload: compose seccomp and AppArmor options", "[workload]") {
  Scan s = one("docker-compose.yml", R"(services:
  a:
    image: a
    security_opt: ["seccomp:unconfined", "apparmor=unconfined"]
  b:
    image: b
    security_opt: ["seccomp=./profile.json", "label:disable"]
)");
  CHECK(text(s.item(0), "containers.0.security.seccomp") == "Unconfined");
  CHECK(text(s.item(0), "containers.0.security.apparmor") == "Unconfined");
  CHECK(where(s.item(0), "containers.0.security.apparmor") == "4:42-4:63");
  CHECK(text(s.item(1), "containers.0.security.seccomp") == "Localhost");
  CHECK(absent(s.item(1), "containers.0.security.apparmor"));
}

TEST_CASE("workload: the pods' ServiceAccount object and the bindings that name it", "[workload]") {
  Scan s;
  s.add("k8s/app.yaml", R"(apiVersion: apps/v1
kind: Deployment
metadata: {name: app, namespace: shop}
spec:
  template:
    spec:
      containers: [{name: a, image: a:1}]
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: op, namespace: shop}
spec:
  template:
    spec:
      serviceAccountName: operator
      containers: [{name: a, image: a:1}]
)");
  s.add("k8s/rbac/sa.yaml", R"(apiVersion: v1
kind: ServiceAccount
metadata: {name: default, namespace: shop}
automountServiceAccountToken: false
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: op, namespace: shop}
subjects:
  - {kind: ServiceAccount, name: operator, namespace: shop}
  - {kind: ServiceAccount, name: default, namespace: elsewhere}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: op}
)");
  s.build();
  REQUIRE(s.items.size() == 2);
  const Node* app = s.item(0);
  CHECK(text(app, "service_account_object.name") == "default");
  CHECK(text(app, "service_account_object.path") == "k8s/rbac/sa.yaml");
  CHECK(type(app, "service_account_object.automount_token") == "bool");
  CHECK(text(app, "service_account_object.automount_token") == "false");
  // another file's object is located at this file's workload
  CHECK(where(app, "service_account_object.automount_token") == where(app, ""));
  CHECK(absent(app, "api_access"));  // the binding of `default` is for another namespace
  const Node* op = s.item(1);
  CHECK(absent(op, "service_account_object"));
  CHECK(text(op, "api_access") == "true");
  CHECK(where(op, "api_access") == "15:27-15:35");
}
