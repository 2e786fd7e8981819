return {
  id = "secrets.porkbun-secret-api-key",
  title = "Porkbun secret API key",
  severity = "high",
  tags = { "secrets", "porkbun" },
  applies_to = { "*" },
  help = [[The secret half (`sk1_…`) of a Porkbun API key pair. With the matching public key (`pk1_…`) it calls the Porkbun API for every domain that has API access turned on (or the domains the key is restricted to): editing DNS records and name servers, URL forwarding, retrieving the domain's TLS certificate bundle including its private key, and, on newer API versions, registering and renewing domains paid from account credit.

**Fix:** Delete the key pair at porkbun.com/account/api and create a new one, restricted to the domains and source IP ranges that need it; review the DNS records of the affected domains. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://porkbun.com/api/json/v3/documentation",
    "https://porkbun.com/llms/guides/getting-started",
    "https://github.com/qdm12/ddns-updater/blob/master/docs/porkbun.md",
  },
  pattern = [=[\b(sk1_[a-f0-9]{64})\b]=],
  keywords = { "sk1_" },
  keywords_exact = true,
  entropy = 3.4,
  examples = {
    [[PORKBUN_SECRET_API_KEY=sk1_df8c6783a4ac876cbc076fd1ef56f9c440b4f6f1bc4b408c8e72781696d7a853]],
    [[curl -X POST https://api.porkbun.com/api/json/v3/ping -d '{"apikey":"pk1_7c9d363f59d41bec8f12bea3e4dd05e08df586542dccfdfb37b4765b446fbad6","secretapikey":"sk1_f6057c927c2567826978c6c572c41eec665115346e7325156cff1c21831e9ddd"}']],
  },
  negative_examples = {
    [[PORKBUN_SECRET_API_KEY=sk1_...]],
    [[PORKBUN_API_KEY=pk1_7c9d363f59d41bec8f12bea3e4dd05e08df586542dccfdfb37b4765b446fbad6]],
    [[PORKBUN_SECRET_API_KEY=sk1_df8c6783a4ac876cbc076fd1ef56f9c440b4f6f1bc4b]],
    [[disk1_df8c6783a4ac876cbc076fd1ef56f9c440b4f6f1bc4b408c8e72781696d7a853]],
  },
}
