return {
  id = "secrets.contentful-pat",
  title = "Contentful personal access token",
  severity = "high",
  tags = { "secrets", "contentful" },
  applies_to = { "*" },
  help = [[A Contentful personal access token (`CFPAT-`). It calls the Content Management API as the user: creating, changing, publishing and deleting content and spaces.

**Fix:** Revoke the token in Contentful (*Account settings > CMA tokens*). Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://www.contentful.com/developers/docs/references/authentication/#the-management-api",
    "https://www.contentful.com/help/token-management/personal-access-tokens/",
  },
  pattern = [[\b(CFPAT-[A-Za-z0-9_\-]{43})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "CFPAT-" },
  entropy = 3.8,
  examples = {
    [[CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-p9QU4muQZ3PNLNWW8GgsMhcdkp8xVXNXrmNDpXnirbz]],
    [[  contentful_cma_token: "CFPAT-NTxdBRMfXi8-xK1GA2Ha7UMcpsrerhlAPMTQME0-qc_"]],
  },
  negative_examples = {
    [[CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-f2xoEWXeayUdFVqdgI6dhbK7ZU77VFXHp2l63hbU]],
  },
}
