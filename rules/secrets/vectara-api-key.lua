return {
  id = "secrets.vectara-api-key",
  title = "Vectara personal or index API key",
  severity = "high",
  tags = { "secrets", "vectara" },
  applies_to = { "*" },
  help = [[A Vectara personal API key (`zut_`, account-wide, inheriting its user's permissions: corpus management, API key management, indexing and querying) or index API key (`zwt_`, corpus-scoped read and write). Query-only keys (`zqt_`) are meant for front-end use and are not reported.

**Fix:** Revoke the key in the Vectara console (*Authorization* / *API Keys*) and create a new one; use a query key where only search is needed. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.vectara.com/docs/console-ui/api-access-overview",
    "https://docs.vectara.com/docs/common-use-cases/app-authn-authz/api-keys",
  },
  pattern = [[\b(z[uw]t_[A-Za-z0-9_\-]{30,60})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "zut_", "zwt_" },
  keywords_exact = true,
  keywords_exact = true,
  entropy = 3.5,
  examples = {
    [[VECTARA_API_KEY=zut_QAI5NiwsrolNrKmL1kRFEsHEwT-opXgNKnJzbE]],
    [[  vectara_index_api_key: "zwt_5p32tPkGKdciRMgGga7SCsF7aH_utDFasafqwo"]],
  },
  negative_examples = {
    [[VECTARA_QUERY_API_KEY=zqt_Lv14fYkLf9ibxezqwc2qjfEoRdirEj_JAQRAEb]],
    [[VECTARA_API_KEY=zut_CgYYXwjQr6G4]],
  },
}
