return {
  id = "secrets.desec-api-token",
  title = "deSEC API token",
  severity = "high",
  tags = { "secrets", "desec" },
  applies_to = { "*" },
  help = [[A deSEC DNS API token, sent as `Authorization: Token <value>`. Within its permissions and scoping policies it reads and changes the DNS records (RRsets) of the account's domains, and depending on its flags creates and deletes domains and manages other tokens.

**Fix:** Delete the token in the deSEC web interface (*Token management*) or with `DELETE /api/v1/auth/tokens/{id}/`, create a replacement restricted by scoping policy, `allowed_subnets` and `max_age`, and review the affected zones. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://desec.readthedocs.io/en/latest/auth/tokens.html",
    "https://desec.readthedocs.io/en/latest/",
  },
  pattern = [=[(?i:desec[\w.\-]{0,30}?(?:token|key|secret|auth|password)[\w.\-]{0,12}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?([A-Za-z0-9_\-]{28})(?:[^A-Za-z0-9_\-]|$)]=],
  keywords = { "desec" },
  entropy = 3.5,
  allow = { [[^4pnk7u-NHvrEkFzrhFDRTjGFyX_S$]] },
  examples = {
    [[DESEC_TOKEN=ykyLCpGubVF2RJavOlvxTxXNF3Cd]],
    [[  desec_api_token: "1DLT1oljwRD6gn0yZI0ZLgRWy3R6"]],
  },
  negative_examples = {
    [[DESEC_TOKEN=4pnk7u-NHvrEkFzrhFDRTjGFyX_S]],
    [[DESEC_TOKEN=${DESEC_TOKEN}]],
    [[DESEC_TOKEN_ID=3a6b94b5-d20e-40bd-a7cc-521f5c79fab3]],
    [[DESEC_TOKEN=ykyLCpGubVF2RJavOlvxTxXNF3Cdq9]],
  },
}
