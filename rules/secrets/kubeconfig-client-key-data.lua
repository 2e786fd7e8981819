return {
  id = "secrets.kubeconfig-client-key-data",
  title = "Client private key in a kubeconfig",
  severity = "critical",
  tags = { "secrets", "generic", "kubeconfig" },
  applies_to = { "*" },
  help = [[The private key of a kubeconfig user's client certificate, base64-encoded PEM (`LS0tLS1CRUdJTi...` decodes to `-----BEGIN ...`). With the certificate next to it (`client-certificate-data`) it authenticates to the cluster as the certificate's user and groups: for the `admin.conf` that kubeadm and most installers write, that is `system:masters` or a cluster-admin, full control of the cluster. Client certificates cannot be revoked individually; they stay valid until they expire.

**Fix:** Because Kubernetes cannot revoke a single client certificate, remove what it grants: delete the RBAC bindings of its user or group, or, for a `system:masters` certificate, rotate the cluster CA (or, on kubeadm clusters, at least renew the admin certificates and restrict API server access). Issue per-person credentials through an identity provider (OIDC) or short-lived certificates, and distribute kubeconfigs from the secret store, never from the repository. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/",
    "https://kubernetes.io/docs/reference/config-api/kubeconfig.v1/",
    "https://kubernetes.io/docs/reference/access-authn-authz/authentication/#x509-client-certificates",
  },
  -- kubeconfig v1 reference: users[].user.client-key-data holds PEM-encoded data from a client key file,
  -- base64-encoded; base64 of '-----BEGIN' starts with LS0tLS1CRUdJTi. YAML and JSON forms are matched.
  pattern = [[client-key-data[\"']?[ \t]*:[ \t]*[\"']?(LS0tLS1CRUdJTi[A-Za-z0-9+/]{60,}={0,2})]],
  keywords = { "client-key-data" },
  entropy = 4.0,
  examples = {
    [[    client-key-data: LS0tLS1CRUdJTiBFQyBQUklWQVRFIEtFWS0tLS0tCkplQ3l4S0dBc2NIZGs3bytxSmhzVloyeStjTDhFVUlkK1Z5K3FMcWFaVDdDT1VsMzZkdEpkN0J4dEhpZ3Z1YjkKeVBndFNBZkNnK1FLbmRadUwvQmRqYnd5NThDWmRxTWpiVHZtMHFLaWkxcGM1b21Pai9XL1MxVzI0Vjc3UlBYNgpQTndJSWhGQnkwcWNLbWVneWx6dmFhWHFDWDB2WXh6VQotLS0tLUVORCBFQyBQUklWQVRFIEtFWS0tLS0tCg==]],
    [[{"users":[{"name":"admin","user":{"client-key-data":"LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQpvdE5kd3RpclVWMkNLWDUzWEd2NVdoKzExMklCODJwazVFYTNqS3lRbWp6RlNEWFRHVHpyakJCSy9rcUZucVl1CkM3TEpnbTFoOE1VeU50NTlFK3RsMnFVaWZscWlPYzIwVldsRHhpNlVDcXZ6aU94ZmhBRko5Tm5odmlCbUVxMmcKMjNHeWN0NHI1c0F4cU5kZ0VrNGx2MmZ4OGhJYjcva0sKLS0tLS1FTkQgUlNBIFBSSVZBVEUgS0VZLS0tLS0K"}}]}]],
  },
  negative_examples = {
    [[    client-key-data: REDACTED]],
    [[    client-key: /etc/kubernetes/pki/admin.key]],
    [[    client-key-data: ${CLIENT_KEY_DATA}]],
    [[    client-certificate-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUM5ekNDQWQrZ0F3SUJBZ0lKQU1rT2xqVEZpQm1OTUEwR0NTcUdTSWIz]],
  },
}
