return {
  id = "secrets.stackhawk-api-key",
  title = "StackHawk API key",
  severity = "high",
  tags = { "secrets", "stackhawk" },
  applies_to = { "*" },
  help = [[A StackHawk API key. HawkScan uses it to upload scan results, and it is exchanged at `/api/v1/auth/login` for a JWT that acts as the user on the StackHawk API: applications, environments, scan findings (a detailed list of the application's vulnerabilities) and triage decisions.

**Fix:** Delete the key in StackHawk (*Settings > API Keys*) and create a new one; keep it in the CI system's secrets as `HAWK_API_KEY`. Then take the literal out of the file (and out of history when the repository is shared; only rotation really ends the exposure), store the new value in a secret manager (Vault, a cloud secret manager, SOPS-encrypted files) and hand it to the process at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.stackhawk.com/apidocs.html",
    "https://apidocs.stackhawk.com/docs/getting-started",
  },
  pattern = [[\b(hawk\.[A-Za-z0-9]{20}\.[A-Za-z0-9]{20})\b]],
  keywords = { "hawk." },
  entropy = 3.5,
  examples = {
    [[HAWK_API_KEY=hawk.A2puhUPZBli9gDfWizOG.ChYBN3G6JSi9RWk2XsOT]],
    [[docker run -e API_KEY=hawk.sN3Il6GgOu8B0xHhgaF4.xy0lrVCVV5wsply4571X --rm -v $(pwd):/hawk:rw -t stackhawk/hawkscan]],
    [[  hawk_api_key: "hawk.b3yaMYaiB4FB2VCwTc4J.f4x3GMB7ycRLV2eKliPz"]],
  },
  negative_examples = {
    [[export HAWK_API_KEY=hawk.xxxxxxxxxxxx.xxxxxxxxxxxx]],
    [[STACKHAWK_API_KEY=hawk.your_stackhawk_api_key_here]],
    [[HAWK_API_KEY=hawk.hkGwZfjEefR1d3tudkbS]],
  },
}
