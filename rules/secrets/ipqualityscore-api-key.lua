return {
  id = "secrets.ipqualityscore-api-key",
  title = "IPQualityScore API key",
  severity = "medium",
  tags = { "secrets", "ipqualityscore" },
  applies_to = { "*" },
  help = [=[An IPQualityScore API key, which its JSON APIs (proxy/VPN detection, email and phone validation, URL scanning) carry as a path segment: `https://ipqualityscore.com/api/json/ip/<key>/<ip>`. Every lookup is billed to the account's credits, and the account's fraud-scoring settings apply to it.

**Fix:** Regenerate the key in the IPQualityScore account settings (*API Keys*). Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://www.ipqualityscore.com/documentation/proxy-detection-api/overview",
    "https://www.ipqualityscore.com/documentation/email-validation-api/overview",
  },
  pattern = [=[(?i:https?://(?:www\.)?ipqualityscore\.com/api/json/[a-z_]+)/([A-Za-z0-9]{16,64})(?:[^A-Za-z0-9_\-]|$)]=],
  keywords = { "ipqualityscore.com" },
  entropy = 3.0,
  examples = {
    [=[IPQS_URL=https://ipqualityscore.com/api/json/ip/53a704a6e5c8ea41dee4286d2dfa56af/8.8.8.8?strictness=1]=],
    [=[url = "https://www.ipqualityscore.com/api/json/email/0b447d91cfdb19b40266717788b1f1cd/someone@acme.io"]=],
  },
  negative_examples = {
    [=[IPQS_URL=https://ipqualityscore.com/api/json/ip/YOUR_API_KEY_HERE/USER_IP_HERE]=],
    [=[url = f"https://www.ipqualityscore.com/api/json/email/{key}/someone@acme.io"]=],
  },
}
