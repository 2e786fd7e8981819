return {
  id = "secrets.helicone-api-key",
  title = "Helicone API key",
  severity = "high",
  tags = { "secrets", "helicone" },
  applies_to = { "*" },
  help = [[A Helicone API key (`sk-helicone-`, `pk-helicone-`, with `eu-` or `rl-` for EU-region and rate-limited keys, or `sk-helicone-proxy-`). Depending on its permissions it logs requests through the Helicone gateway (spending gateway credits) and reads the organization's logged prompts and responses through the REST API.

**Fix:** Delete the key in Helicone (*Settings > API Keys*) and generate a new one with only the permissions needed. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.helicone.ai/helicone-headers/helicone-auth",
    "https://helicone-helicone-7.mintlify.app/api/authentication",
  },
  pattern = [[\b((?:sk|pk)-helicone-(?:(?:eu-|rl-|proxy-)?[a-z0-9]{7}-[a-z0-9]{7}-[a-z0-9]{7}-[a-z0-9]{7}|proxy-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}))\b]],
  keywords = { "-helicone-" },
  entropy = 3.0,
  examples = {
    [[HELICONE_API_KEY=sk-helicone-d2mqapz-jncgah6-sfyjkca-blraqbk]],
    [[  helicone_api_key: "pk-helicone-eu-ngfhdts-qwpvggc-tmajrxc-jcr65tl"]],
  },
  negative_examples = {
    [[HELICONE_API_KEY=sk-helicone-...]],
    [[HELICONE_API_KEY=sk-helicone-7lw3qvw-7kqf7cc]],
  },
}
