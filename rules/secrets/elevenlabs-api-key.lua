return {
  id = "secrets.elevenlabs-api-key",
  title = "ElevenLabs API key",
  severity = "high",
  tags = { "secrets", "elevenlabs" },
  applies_to = { "*" },
  help = [[An ElevenLabs API key. It generates speech and clones voices billed to the account's credits and reads its voice library and history.

**Fix:** Delete the key in ElevenLabs (*Developers > API Keys*). Check usage and billing for calls you do not recognise. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://elevenlabs.io/docs/api-reference/authentication",
    "https://elevenlabs.io/docs/quickstart",
  },
  pattern = [[(?i:(?:elevenlabs|eleven[_\-]labs|xi[_\-]api[_\-]key)[\w.\-]{0,30}?(?:key|token|secret|password|passwd|pass|auth|credential|team|pat)[\w.\-]{0,12}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?(sk_[a-f0-9]{48})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "elevenlabs", "eleven_labs", "eleven-labs", "xi-api-key", "xi_api_key" },
  entropy = 3.5,
  examples = {
    [[ELEVENLABS_API_KEY=sk_07b34e2ef967c93af10c67a940f18db9ae7a2bb989eafe1b]],
    [[  elevenlabs_api_key: "sk_acd57a69ff4442047d3f35ba22309a08294f1d7ac18ec6d6"]],
  },
  negative_examples = {
    [[ELEVENLABS_API_KEY=your-elevenlabs-api-key]],
    [[ELEVENLABS_API_KEY=sk_5651c53498b55c47b0b0b70cf183d5e8e3d68f84eac08]],
    [[API_KEY=sk_77fe9acd1302a59e711a8fc35566001f42ec480dbead286b]],
    [[image: ghcr.io/acme/elevenlabs-gateway@sha256:c3298505cfe8c9857f9d2b2bab493ed35e8cb726faf64fafed1a2da5b11e3079]],
  },
}
