return {
  id = "secrets.kubernetes-bootstrap-token",
  title = "Kubernetes bootstrap token (kubeadm)",
  severity = "high",
  tags = { "secrets", "generic", "kubernetes" },
  applies_to = { "*" },
  help = [[A Kubernetes bootstrap token (`<token-id>.<token-secret>`, six and sixteen lowercase letters or digits), as `kubeadm init` / `kubeadm join --token` and kubeadm's `bootstrapTokens` / `tlsBootstrapToken` settings use it, or the `token-secret` of a `bootstrap.kubernetes.io/token` Secret. Until it expires, it authenticates to the API server as a member of `system:bootstrappers`: enough to join a node to the cluster and obtain a kubelet client certificate, and, with the signing usage, to vouch for the cluster-info the joining node trusts.

**Fix:** Delete the token (`kubeadm token delete <token-id>`, or delete the `bootstrap-token-<token-id>` Secret in `kube-system`), check the cluster for nodes and certificate signing requests it was used for, and create join tokens on demand with a short TTL (`kubeadm token create --ttl 1h --print-join-command`) in the provisioning pipeline instead of committing them. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://kubernetes.io/docs/reference/access-authn-authz/bootstrap-tokens/",
    "https://kubernetes.io/docs/reference/setup-tools/kubeadm/generated/kubeadm_token/",
    "https://kubernetes.io/docs/reference/setup-tools/kubeadm/generated/kubeadm_token_generate/",
  },
  -- Format from the kubeadm token documentation: [a-z0-9]{6}\.[a-z0-9]{16}; the first part (token id) is public,
  -- the second (token secret) is the credential, so only the 16 characters are captured. The bare shape is not
  -- distinctive, so a context is required on the line: a kubeadm flag (--token, --discovery-token,
  -- --tls-bootstrap-token), a token key, alone or after cluster words (token, tlsBootstrapToken, KUBE_TOKEN, K8S_JOIN_TOKEN),
  -- or the token-secret key of a bootstrap.kubernetes.io/token Secret's stringData. The allowed values are the
  -- Kubernetes documentation's own examples (abcdef.0123456789abcdef, 5emitj.kq4gihvszzgn1p0r, 07401b.f395accd246ae52d).
  pattern = [[(?:(?:--(?:discovery-|tls-bootstrap-)?token[= \t]+|(?i:\b(?:(?:tls|kube|kubeadm|k8s|k3s|bootstrap|discovery|join|node|cluster|worker)[_-]?){0,3}token)["']?[ \t]*[:=][ \t]*)["']?[a-z0-9]{6}\.|\btoken-secret["']?[ \t]*:[ \t]*["']?)([a-z0-9]{16})\b]],
  keywords = { "token" },
  entropy = 3.0,
  allow = {
    [[^0123456789abcdef$]],
    [[^kq4gihvszzgn1p0r$]],
    [[^f395accd246ae52d$]],
  },
  examples = {
    [[kubeadm join 10.0.12.4:6443 --token uskx1t.po4r9qg8pt16niiv --discovery-token-ca-cert-hash sha256:0f3c]],
    [[  - token: "4ircyg.xjypcl9rluchxbzj"]],
    [[  token-secret: eh7l442km0e3o9a8]],
    [[KUBEADM_TOKEN=rvd6sm.vqrih5lnu8cr7hfh]],
  },
  negative_examples = {
    [[kubeadm join 10.0.12.4:6443 --token abcdef.0123456789abcdef --discovery-token-ca-cert-hash sha256:0f3c]],
    [[kubeadm join 10.0.12.4:6443 --token ${KUBEADM_TOKEN} --discovery-token-unsafe-skip-ca-verification]],
    [[  token-id: cknz9b]],
    [[  - token: "4IRCYG.XJYPCL9RLUCHXBZJ"]],
    [[  - token: "4ircyg.xjypcl9rluchxbz"]],
    [[  cluster: 4ircyg.xjypcl9rluchxbzj]],
    [[GITHUB_TOKEN=4ircyg.xjypcl9rluchxbzj]],
  },
}
