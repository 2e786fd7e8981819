return {
  id = "secrets.misp-auth-key",
  title = "MISP automation (auth) key",
  severity = "high",
  tags = { "secrets", "misp" },
  applies_to = { "*" },
  help = [[A MISP automation key (auth key), sent as the `Authorization` header to a MISP instance's REST API. It acts as the user who owns it: it reads every event, attribute and sighting that user can see (often the organization's whole threat-intelligence store, including TLP:RED sharing groups) and, unless the key is read-only, adds, edits, publishes and deletes events.

**Fix:** Delete the key in MISP (*My Profile > Auth keys*, or as an admin on the user's page) and create a new one, restricted to the IPs that need it and read-only where possible. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://www.circl.lu/doc/misp/automation/#automation-key",
    "https://github.com/MISP/MISP/blob/2.4/app/webroot/doc/openapi.yaml",
  },
  pattern = [[(?i:misp[\w.\-]{0,30}?(?:key|token|auth|secret)[\w.\-]{0,12}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?([A-Za-z0-9]{40})\b]],
  keywords = { "misp" },
  entropy = 3.5,
  examples = {
    [[MISP_KEY=xFzYT0EteU4Ta6GNB8iQO2QOq6MLzyeVPjJl75in]],
    [[misp_authkey: "0MUMTiInDAYcjXFLTODwoEuaYiCKi4TUkNINK7gi"]],
  },
  negative_examples = {
    [[MISP_KEY=${{ secrets.MISP_KEY }}]],
    [[MISP_KEY=AYsNW0gOTOOb3egpQzrJ5Irv5dEaWD4BuUjL]],
    [[misp_url = "https://misp.internal.corp/events/view/1234567890123456789012345678901234567890"]],
  },
}
