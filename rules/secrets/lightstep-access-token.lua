return {
  id = "secrets.lightstep-access-token",
  title = "Lightstep (Cloud Observability) access token",
  severity = "medium",
  tags = { "secrets", "lightstep" },
  applies_to = { "*" },
  help = [[A Lightstep / ServiceNow Cloud Observability project access token. Tracers and collectors use it to send spans and metrics into the project.

**Fix:** Delete the token in the project's settings (*Access tokens*) and create a new one. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.lightstep.com/docs/create-and-manage-access-tokens",
  },
  pattern = [[(?i:(?:lightstep)[\w.\-]{0,30}?(?:key|token|secret|password|passwd|pass|auth|credential|team|pat)[\w.\-]{0,12}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?([A-Za-z0-9+/]{60,200}={0,2})(?:[^A-Za-z0-9_\-+/=]|$)]],
  keywords = { "lightstep" },
  entropy = 4.0,
  examples = {
    [[LIGHTSTEP_ACCESS_TOKEN=N6FkWP0z+OAtNTDw6ix99qqzuAzgES/AJg/Dyz9PZFgWK9eGkmnAydq/F9BVx6CKRzvwDXavvIekHYOtohSb]],
    [[  lightstep-access-token: "OhjSVs+11izqDNLSozUNImklpfxz2Tc9dTUsYsu1alSM5bxZwf4qCB9LpRx3E8BHVpyq7LqvmNokl9IKYb9P"]],
  },
  negative_examples = {
    [[LIGHTSTEP_ACCESS_TOKEN=your-access-token]],
    [[LIGHTSTEP_PROJECT=checkout-prod]],
  },
}
