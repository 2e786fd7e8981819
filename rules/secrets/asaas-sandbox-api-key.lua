return {
  id = "secrets.asaas-sandbox-api-key",
  title = "Asaas sandbox API key",
  severity = "medium",
  tags = { "secrets", "asaas" },
  applies_to = { "*" },
  help = [=[An Asaas sandbox (homologação) API key (`$aact_hmlg_…`). It calls the Asaas sandbox, with test data only, and a committed sandbox key is a sign that the production key is handled the same way.

**Fix:** Delete the key in the Asaas sandbox account (*Integrações > Chaves de API*) and create a replacement. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://docs.asaas.com/docs/padr%C3%A3o-de-chave-com-e-clientes-php",
    "https://docs.asaas.com/reference/authentication",
  },
  pattern = [=[(\$aact_hmlg_[A-Za-z0-9+/=_\-]{30,400})(?:[^A-Za-z0-9+/=_\-]|$)]=],
  keywords = { "$aact_hmlg_" },
  entropy = 3.5,
  examples = {
    [=[ASAAS_API_KEY='$aact_hmlg_S7ZPNHMEOSEDzT/1JZVN9EJmSktKfJR8J6f3wgukJ2XuNQTy9szPmmkFLlaocT1rCz7UEOhBV+ftK5MF7scQkRUnc1PpifjI==']=],
    [=[$apiKey = '$aact_hmlg_7Qc7YWXey6wryKX2RJW+bV8voto0h1IWtCy4nfi2d6GW4aONDUoxL+mGm30eS6hq+hrXjXWC4zRKCizc3i/3DBzYM60Fs+F16/v+'; // Sandbox]=],
  },
  negative_examples = {
    [=[$apiKey = '$aact_hmlg_xxxxxxxxxxxxxxxxxx'; // Sandbox]=],
    [=[ASAAS_API_KEY='$aact_prod_7BrPgRbO53yGWypMECm/6DTS0nHiWoNp9f9aJrCX/1eN9ayHg1e0+qfG3TPcXpAopB19z5k897LvqTwD0w6gr/n0/dAy70Zx==']=],
    [=[ASAAS_API_KEY='$aact_hmlg_V+gNPW3245jcJn2o']=],
  },
}
