return {
  id = "secrets.rancher-api-token",
  title = "Rancher API token",
  severity = "critical",
  tags = { "secrets", "rancher" },
  applies_to = { "*" },
  help = [[A Rancher API key in its bearer-token form: the access key (`token-` and five characters, the token's name) joined by `:` to the secret key. It authenticates to the Rancher API and CLI as the user who created it, with that user's rights on Rancher and, unless the key is scoped to one cluster, on every downstream cluster Rancher manages (kubeconfig generation, workloads, secrets).

**Fix:** Delete the API key in Rancher (*User Avatar > Account & API Keys*, or `kubectl delete tokens.management.cattle.io <name>` on the local cluster), review the audit log for its use, and create a replacement with an expiry and, where possible, a cluster scope; give it to automation through the secret store. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://ranchermanager.docs.rancher.com/reference-guides/user-settings/api-keys",
    "https://ranchermanager.docs.rancher.com/api/api-tokens",
  },
  -- Rancher API keys: access key 'token-' + a 5-character generated suffix, secret key, bearer token = access:secret.
  -- The secret is 54 lowercase letters or digits (Rancher generates it from the vowel-free alphabet Kubernetes uses
  -- for generated names; any lowercase alphanumeric is accepted here).
  pattern = [[\b(token-[a-z0-9]{5}:[a-z0-9]{54})\b]],
  keywords = { "token-" },
  keywords_exact = true,
  entropy = 3.5,
  examples = {
    [[RANCHER_TOKEN=token-4kx94:lk8m9rrfqbkq989z4fjpws25kz72llw5766f96hskjx8pw8jtvl47w]],
    [[  token_key = "token-ccb22:cfvjhr2hksv6878sj4vmbx6zxrmcrrnpkfrpqq9pc9482hrbrw2vkj"]],
  },
  negative_examples = {
    [[RANCHER_TOKEN=${RANCHER_TOKEN}]],
    [[RANCHER_TOKEN=token-ttbcd:jg2s62zbqf7wslkth9pshs97ntnjls65rmw29c6l]],
    [[RANCHER_ACCESS_KEY=token-nw7qr]],
  },
}
