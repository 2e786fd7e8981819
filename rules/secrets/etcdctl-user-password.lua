return {
  id = "secrets.etcdctl-user-password",
  title = "etcd user password passed to etcdctl",
  severity = "high",
  tags = { "secrets", "etcd" },
  applies_to = { "*" },
  help = [[The password of an etcd role-based-access user. For `root` (the user that enabling authentication requires) it reads and writes every key: for a Kubernetes datastore that is every Secret, service-account token and object of the cluster; for Patroni, Vitess, CoreDNS or other users, their whole configuration and leader state.

**Fix:** Change the password (`etcdctl user passwd <name>`), review what the user could read, and have scripts read the password from the secret store at run time (`ETCDCTL_PASSWORD` set from a secret) or authenticate with client certificates instead of a password. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://etcd.io/docs/v3.5/op-guide/authentication/rbac/",
    "https://github.com/etcd-io/etcd/blob/main/etcdctl/README.md",
  },
  -- etcdctl README and the etcd RBAC guide: --user takes 'username[:password]', and the global flags can be set as
  -- ETCDCTL_USER / ETCDCTL_PASSWORD. Values starting with $ (variables) are not reported.
  pattern = [[(?:\betcdctl\b[^\n]*?--user[= \t]+[\"']?[\w.@\-]+:|\bETCDCTL_USER[\"']?[ \t]*[=:][ \t]*[\"']?[\w.@\-]+:|\bETCDCTL_PASSWORD[\"']?[ \t]*[=:][ \t]*[\"']?)([^\s\"'$]{6,})]],
  keywords = { "etcdctl" },
  entropy = 3.0,
  allow = {
    [[(?i)^(?:password|passwd|rootpw|rootpassword|secret|changeme|pass)$]],
  },
  examples = {
    [[etcdctl --endpoints=https://10.0.0.10:2379 --user root:OHHb!FCI*EHF4O0V4H get / --prefix --keys-only]],
    [[ETCDCTL_PASSWORD=niKBfU8-G%ywzvduShj_Zj]],
  },
  negative_examples = {
    [[etcdctl --user root:rootpw user add alice]],
    [[ETCDCTL_PASSWORD=${ETCD_ROOT_PASSWORD}]],
    [[etcdctl --user root get foo]],
    [[etcdctl --user "root:$ETCD_ROOT_PASSWORD" endpoint health]],
  },
}
