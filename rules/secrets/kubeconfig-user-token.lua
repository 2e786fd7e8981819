return {
  id = "secrets.kubeconfig-user-token",
  title = "Bearer token in a kubeconfig user",
  severity = "high",
  tags = { "secrets", "generic", "kubeconfig" },
  applies_to = { "*" },
  help = [[The bearer token a kubeconfig user presents to the Kubernetes API server: a static token, a cloud provider's cluster token (DigitalOcean, Linode, Scaleway, Rancher and others put an API token here), or an OIDC or webhook token. It authenticates as that user with all of its RBAC permissions, often cluster-admin for generated kubeconfigs.

**Fix:** Revoke the token where it was issued (the cloud provider's API token page, the static token file of the API server, the identity provider), then distribute kubeconfigs that use an `exec` credential plugin or short-lived tokens instead of an embedded bearer token. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://kubernetes.io/docs/reference/config-api/kubeconfig.v1/",
    "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/",
    "https://kubernetes.io/docs/reference/access-authn-authz/authentication/#putting-a-bearer-token-in-a-request",
  },
  -- kubeconfig v1 reference: users[].user.token is the bearer token for authentication to the cluster. The token line
  -- must belong to a 'user:' mapping (up to ten other keys, comment or blank lines may come before it). JWTs (eyJ...) are
  -- left to secrets.jwt and kubeadm bootstrap tokens to secrets.kubernetes-bootstrap-token.
  pattern = [[(?m)^[ \t]*-?[ \t]*user:[ \t]*\r?\n(?:[ \t]*#[^\n]*\n|[ \t]*\r?\n|[ \t]+[\w-]+:[^\n]*\n){0,10}?[ \t]+token:[ \t]*[\"']?([A-Za-z0-9._~+/:\-]{20,}={0,2})[\"']?[ \t]*$]],
  keywords = { "user:" },
  entropy = 3.5,
  allow = {
    [[^eyJ]],
    [[^[a-z0-9]{6}\.[a-z0-9]{16}$]],
    [[^\$]],
  },
  examples = {
    [[users:
- name: prod
  user:
    token: zdaFUI9wnj7broe1E2jKwwvqBd2EC0Xh4coR8xBr]],
    [[users:
  - name: do-fra1-prod-admin
    user:
      client-certificate-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t
      token: dop_v1_45eb17b861895d62b17b700990d30f89340fa7e162dd886f1ad8e4a3f7df94bb]],
  },
  negative_examples = {
    [[users:
- name: prod
  user:
    token: ${K8S_TOKEN}]],
    [[users:
- name: sa
  user:
    token: eyJhbGciOiJSUzI1NiIsImtpZCI6Ik1qQTFOVFEifQ.eyJpc3MiOiJrdWJlcm5ldGVzIn0.c2lnbmF0dXJl]],
    [[users:
- name: prod
  user:
    tokenFile: /var/run/secrets/token]],
    [[services:
  app:
    user: "1000"
    environment:
      token: abcdefghijklmnopqrstuvwxyz123456]],
  },
}
