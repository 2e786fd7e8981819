return {
  id = "secrets.asaas-production-api-key",
  title = "Asaas production API key",
  severity = "critical",
  tags = { "secrets", "asaas" },
  applies_to = { "*" },
  help = [=[An Asaas production API key (`$aact_prod_…`; the `$` is part of the key). It calls the Asaas payments API for the account: charges (Pix, boleto, card), customers, transfers and withdrawals of the account balance.

**Fix:** Delete or disable the key in Asaas (*Integrações > Chaves de API*), create a replacement with an expiry date and authorized IP addresses, and review transfers and charges created since the exposure. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://docs.asaas.com/docs/padr%C3%A3o-de-chave-com-e-clientes-php",
    "https://docs.asaas.com/reference/authentication",
  },
  pattern = [=[(\$aact_prod_[A-Za-z0-9+/=_\-]{30,400})(?:[^A-Za-z0-9+/=_\-]|$)]=],
  keywords = { "$aact_prod_" },
  entropy = 3.5,
  examples = {
    [=[ASAAS_API_KEY='$aact_prod_7BrPgRbO53yGWypMECm/6DTS0nHiWoNp9f9aJrCX/1eN9ayHg1e0+qfG3TPcXpAopB19z5k897LvqTwD0w6gr/n0/dAy70Zx==']=],
    [=[$apiKey = '$aact_prod_pE/Ehn/vyaJOapZPfwFZkVxYsERlxIZ3fcqZ7Nk7A4S2OqP4GrHEV834KGbWJmLikKtUTzIJ2g5NCLCe7mzPCqdYQq5CFSbup2Qa';]=],
  },
  negative_examples = {
    [=[access_token: $aact_prod_xxxxxxxxxxxxxxxx]=],
    [=[ASAAS_API_KEY='$aact_hmlg_S7ZPNHMEOSEDzT/1JZVN9EJmSktKfJR8J6f3wgukJ2XuNQTy9szPmmkFLlaocT1rCz7UEOhBV+ftK5MF7scQkRUnc1PpifjI==']=],
    [=[ASAAS_API_KEY='$aact_prod_iQ1DodTf+LE6ODnI']=],
  },
}
