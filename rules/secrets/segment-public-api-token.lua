return {
  id = "secrets.segment-public-api-token",
  title = "Segment Public API token",
  severity = "high",
  tags = { "secrets", "segment" },
  applies_to = { "*" },
  help = [[A Segment (Twilio Segment) Public API token (`sgp_`). It manages the workspace: sources, destinations (and their credentials), tracking plans, users.

**Fix:** Delete the token in Segment (*Settings > Workspace settings > Access Management > Tokens*). Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.segmentapis.com/tag/Getting-Started#section/Get-an-API-token",
    "https://segment.com/docs/api/public-api/",
  },
  pattern = [[\b(sgp_[A-Za-z0-9]{40,80})\b]],
  keywords = { "sgp_" },
  entropy = 3.8,
  examples = {
    [[SEGMENT_TOKEN=sgp_7N7FCBaU746uCmfmeiE81xlAsPKMQOTX8XeYA6o6tzOG0p1BkeE3IBGisYcuinws]],
    [[  segment_public_api_token: "sgp_vF7sEaQz5hStLcMaBTiAgQ1tdbJ5BPxKsDd8JnBjtOvw7OrwSD3exNxoKttSLxIO"]],
  },
  negative_examples = {
    [[SEGMENT_WRITE_KEY=Qk7Lm2Xw9Bv4Nc8Pz1Rt6Yh3Jd5Fs0Ga]],
    [[SEGMENT_TOKEN=sgp_abc]],
  },
}
