"""Relations between Kubernetes objects of different files (docs/document-model.md, "Workload", Kubernetes):
autoscalers, disruption budgets, ServiceAccounts and role bindings found beside a workload, and the rules that
judge them (resilience.autoscaler-single-replica, resilience.single-replica, resilience.disruption-budget-blocks-
eviction, resilience.autoscaler-dangling-target, security.service-account-token-automount)."""
import json
import unittest

from tg import TempTreeCase, run

# A custom rule that prints what the model relates to each workload.
DUMP_RULE = """return {
  id = "acme.relations", title = "Relations", severity = "info", tags = { "acme" }, applies_to = { "workload" },
  help = [[Reports each workload's related objects.]],
  check = function(doc, ctx)
    local w = doc.root
    local a, b, s = w.autoscaler, w.disruption_budget, w.service_account_object
    local labels = {}
    if w.pod_labels then for k, v in pairs(w.pod_labels) do labels[#labels + 1] = k .. "=" .. tostring(v) end end
    table.sort(labels)
    ctx:report{ at = w, key = "name", message = table.concat({
      tostring(w.name),
      "hpa=" .. (a and (tostring(a.path) .. ":" .. tostring(a.min_replicas)) or "-"),
      "pdb=" .. (b and (tostring(b.path) .. ":" .. tostring(b.min_available)) or "-"),
      "sa=" .. (s and (tostring(s.path) .. ":" .. tostring(s.automount_token)) or "-"),
      "api=" .. tostring(w.api_access == true),
      "labels=" .. table.concat(labels, ","),
    }, " ") }
  end,
}
"""

DEPLOY = """apiVersion: apps/v1
kind: Deployment
metadata:
  name: {name}
  namespace: {ns}
spec:
  replicas: {replicas}
  template:
    metadata:
      labels: {{ app: {name} }}
    spec:
      containers: [{{ name: {name}, image: "ghcr.io/acme/{name}:1.0.0" }}]
"""

HPA = """apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: {name}
  namespace: {ns}
spec:
  scaleTargetRef: {{ apiVersion: apps/v1, kind: Deployment, name: {target} }}
  minReplicas: {min}
  maxReplicas: 10
"""

PDB = """apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: {name}
  namespace: {ns}
spec:
  minAvailable: {min}
  selector:
    matchLabels: {{ app: {app} }}
"""


def findings(p):
    out = json.loads(p.stdout)["findings"]
    return sorted((f["rule_id"], f["path"], f["start_line"], f["message"]) for f in out)


class KubernetesRelationsTest(TempTreeCase):
    def scan(self, *select, pack=False):
        args = ["scan", "--no-config", "--format", "json", "--fail-on", "info"]
        if pack:
            args += ["--rules", "pack"]
        for s in select:
            args += ["--select", s]
        p = run(*args, ".", cwd=self.root)
        self.assertIn(p.returncode, (0, 1), p.stderr)
        return findings(p)

    def test_the_model_relates_objects_of_side_by_side_folders(self):
        self.tree({
            "pack/acme/relations.lua": DUMP_RULE,
            "shop/deploy/checkout.yaml": DEPLOY.format(name="checkout", ns="shop", replicas=2),
            "shop/policy/hpa.yaml": HPA.format(name="checkout", ns="shop", target="checkout", min=3),
            "shop/policy/pdb.yaml": PDB.format(name="checkout", ns="shop", min=1, app="checkout"),
            "shop/deploy/sa.yaml": "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: default\n"
                                   "  namespace: shop\nautomountServiceAccountToken: false\n",
            "shop/deploy/rb.yaml": "apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata:\n"
                                   "  name: r\n  namespace: shop\nsubjects:\n"
                                   "  - { kind: ServiceAccount, name: default, namespace: shop }\n"
                                   "roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: r }\n",
            # Another application's objects, in another namespace and through the root folder only: not related.
            "other/hpa.yaml": HPA.format(name="checkout", ns="other", target="checkout", min=1),
        })
        self.assertEqual(self.scan("acme.relations", pack=True), [
            ("acme.relations", "shop/deploy/checkout.yaml", 4,
             "checkout hpa=shop/policy/hpa.yaml:3 pdb=shop/policy/pdb.yaml:1 sa=shop/deploy/sa.yaml:false "
             "api=true labels=app=checkout"),
        ])

    def test_an_autoscaler_in_another_file_moves_the_single_replica_finding_to_the_autoscaler_rule(self):
        self.tree({
            "prod/deploy/checkout.yaml": DEPLOY.format(name="checkout", ns="shop-prod", replicas=1),
            "prod/scaling/hpa.yaml": HPA.format(name="checkout", ns="shop-prod", target="checkout", min=1),
        })
        got = self.scan("resilience.single-replica", "resilience.autoscaler-single-replica")
        self.assertEqual([(r, p, l) for r, p, l, _ in got],
                         [("resilience.autoscaler-single-replica", "prod/deploy/checkout.yaml", 4)])
        self.assertIn("may scale it down to 1 replica in production", got[0][3])

    def test_an_autoscaler_keeping_two_quiets_both_rules(self):
        self.tree({
            "prod/deploy/checkout.yaml": DEPLOY.format(name="checkout", ns="shop-prod", replicas=1),
            "prod/scaling/hpa.yaml": HPA.format(name="checkout", ns="shop-prod", target="checkout", min=2),
        })
        self.assertEqual(self.scan("resilience.single-replica", "resilience.autoscaler-single-replica"), [])

    def test_a_budget_in_another_file_that_keeps_every_replica_is_reported_at_the_pod_labels(self):
        self.tree({
            "app/deploy/ledger.yaml": DEPLOY.format(name="ledger", ns="bank", replicas=2),
            "app/policy/pdb.yaml": PDB.format(name="ledger", ns="bank", min=2, app="ledger"),
        })
        got = self.scan("resilience.disruption-budget-blocks-eviction")
        self.assertEqual([(r, p, l) for r, p, l, _ in got],
                         [("resilience.disruption-budget-blocks-eviction", "app/deploy/ledger.yaml", 10)])

    def test_dangling_targets_are_judged_across_the_scan_but_only_beside_workloads(self):
        self.tree({
            "app/a.yaml": DEPLOY.format(name="cart-v2", ns="shop", replicas=2),
            "app/hpa.yaml": HPA.format(name="cart", ns="shop", target="cart", min=2)
                            + "---\n" + HPA.format(name="search", ns="shop", target="search", min=2),
            "app/pdb.yaml": PDB.format(name="cart", ns="shop", min=1, app="cart"),
            # search is defined in another folder: the autoscaler beside cart-v2 finds it there.
            "search/deploy.yaml": DEPLOY.format(name="search", ns="shop", replicas=2),
            # No workload beside these: their targets may be rendered elsewhere.
            "scaling/hpa.yaml": HPA.format(name="api", ns="shop", target="api", min=2),
        })
        got = self.scan("resilience.autoscaler-dangling-target")
        self.assertEqual([(r, p, l) for r, p, l, _ in got], [
            ("resilience.autoscaler-dangling-target", "app/hpa.yaml", 7),
            ("resilience.autoscaler-dangling-target", "app/pdb.yaml", 8),
        ])

    def test_the_default_service_account_object_and_bindings_decide_the_token_rule(self):
        # Under prod/: the rule judges production workloads only.
        self.tree({
            "prod/a/deploy.yaml": DEPLOY.format(name="web", ns="a", replicas=2),
            "prod/b/deploy.yaml": DEPLOY.format(name="web", ns="b", replicas=2),
            "prod/b/sa.yaml": "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: default\n  namespace: b\n"
                         "automountServiceAccountToken: false\n",
            "prod/c/deploy.yaml": DEPLOY.format(name="web", ns="c", replicas=2),
            "prod/c/rbac/binding.yaml": "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\n"
                                   "metadata:\n  name: c\nsubjects:\n"
                                   "  - { kind: ServiceAccount, name: default, namespace: c }\n"
                                   "roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view }\n",
        })
        got = self.scan("security.service-account-token-automount")
        self.assertEqual([(r, p, l) for r, p, l, _ in got],
                         [("security.service-account-token-automount", "prod/a/deploy.yaml", 4)])

    def test_kustomize_patches_named_by_a_kustomization_anywhere_in_the_scan_are_not_invalid_objects(self):
        patch = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  replicas: 3\n"
        self.tree({
            "k/base/kustomization.yaml": "resources:\n  - deploy.yaml\n",
            # Listed as a resource: a whole object, so its empty containers are reported.
            "k/base/deploy.yaml": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n"
                                  "  template:\n    spec:\n      containers: []\n",
            "k/overlays/prod/kustomization.yaml": "resources:\n  - ../../base\npatches:\n  - path: replicas.yaml\n"
                                                 "patchesStrategicMerge:\n  - ../../common/nodes.yaml\n",
            "k/overlays/prod/replicas.yaml": patch,
            "k/common/nodes.yaml": patch,
            # In a Kustomize tree, named by no kustomization of the scan: maybe a patch of another repository.
            "k/overlays/prod/extra.yaml": patch,
            # Outside any Kustomize tree: a Deployment without containers is broken.
            "plain/deploy.yaml": patch,
        })
        got = self.scan("config.kubernetes-object-invalid")
        self.assertEqual([(r, p, l) for r, p, l, _ in got], [
            ("config.kubernetes-object-invalid", "k/base/deploy.yaml", 2),
            ("config.kubernetes-object-invalid", "plain/deploy.yaml", 2),
        ])


if __name__ == "__main__":
    unittest.main()
