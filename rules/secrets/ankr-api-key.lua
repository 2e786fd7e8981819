return {
  id = "secrets.ankr-api-key",
  title = "Ankr RPC / Advanced API key",
  severity = "medium",
  tags = { "secrets", "ankr" },
  applies_to = { "*" },
  help = [=[An Ankr Premium API key (64 hexadecimal digits), the last path segment of an Ankr endpoint (`https://rpc.ankr.com/<chain>/<key>`, `https://rpc.ankr.com/multichain/<key>`). Requests through it, including archive and trace calls and transaction broadcasts, are billed to the account's API credits and count against its rate limits.

**Fix:** Delete or regenerate the project's key in the Ankr dashboard (*RPC Service > Projects*), and restrict the new one with the domain and IP allowlists. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://www.ankr.com/docs/api-reference/",
    "https://www.ankr.com/docs/rpc-service/service-plans/",
  },
  pattern = [=[(?:rpc\.ankr\.com/[a-z0-9_]+/|(?i:ankr[\w.\-]{0,20}?(?:key|token))["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?)([0-9a-f]{64})(?:[^A-Za-z0-9_\-]|$)]=],
  keywords = { "rpc.ankr.com", "ankr" },
  entropy = 3.2,
  allow = { [=[^9f7d929b018cdffb338517efa06f58359e86ff1ffd350bc889738523659e7972$]=] },
  examples = {
    [=[ETH_RPC_URL=https://rpc.ankr.com/eth/70db4bdeef7ab2c578445a49892ce87901f99dad6b45004ffe8394f76701b720]=],
    [=[ANKR_API_KEY=67be6f72a55766cf2a0490697adfc22ee233e7956a04f4b1454d03a6d173b431]=],
  },
  negative_examples = {
    [=[ETH_RPC_URL=https://rpc.ankr.com/eth]=],
    [=[ETH_RPC_URL=https://rpc.ankr.com/eth/YOUR_API_KEY]=],
    [=[const defaultApiKey = "9f7d929b018cdffb338517efa06f58359e86ff1ffd350bc889738523659e7972"; // https://rpc.ankr.com/eth/]=],
    [=[ANKR_API_KEY=${ANKR_API_KEY}]=],
  },
}
