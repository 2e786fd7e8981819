return {
  id = "secrets.portainer-access-token",
  title = "Portainer API access token",
  severity = "critical",
  tags = { "secrets", "portainer" },
  applies_to = { "*" },
  help = [[A Portainer access token, created under *My account > Access tokens* and sent in the `X-API-Key` header. It has the permissions of the user who created it on every environment that user can reach: for an administrator, every Docker, Swarm and Kubernetes environment Portainer manages, where it can start privileged containers, read stack environment variables and registry credentials.

**Fix:** Remove the token in Portainer (*My account > Access tokens*, or an administrator in *Users*), review the activity log, and create the replacement for a dedicated non-admin user with access to only the environments the automation needs. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.portainer.io/api/access",
    "https://docs.portainer.io/user/account-settings#access-tokens",
  },
  -- Portainer access tokens carry the ptr_ prefix (the prefix is stored and shown in the token list) followed by the
  -- base64 (standard alphabet, padded) encoding of 32 random bytes. ptr_ also starts C and Go identifiers, so the
  -- keyword counts only as written and the exact shape with a high entropy floor is required.
  pattern = [[\b(ptr_[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=)(?:[^A-Za-z0-9+/=]|$)]],
  keywords = { "ptr_" },
  keywords_exact = true,
  entropy = 4.2,
  examples = {
    [[PORTAINER_API_KEY=ptr_HZ5ll24I/IEEefgx9CBULEsBIsktPkNKPAobdqCs8tg=]],
    [[curl -H 'X-API-Key: ptr_Sq9JgnzFmQVoM4V9NaK/QAUr8oFap6e0glCpL7QaAmc=' https://portainer.acme.io/api/endpoints]],
  },
  negative_examples = {
    [[PORTAINER_API_KEY=ptr_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]],
    [[ptr_to_btf_access_rcu_protected_memory_offset_check_enabled=]],
    [[PORTAINER_API_KEY=${PORTAINER_API_KEY}]],
  },
}
