return {
  id = "secrets.typeform-pat",
  title = "Typeform personal access token",
  severity = "high",
  tags = { "secrets", "typeform" },
  applies_to = { "*" },
  help = [[A Typeform personal access token (`tfp_`). It calls the Create, Responses and Webhooks APIs with its scopes: reading form responses (respondents' personal data) and changing forms.

**Fix:** Delete the token in Typeform (*Account > Personal tokens*). Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://www.typeform.com/developers/get-started/personal-access-token/",
    "https://www.typeform.com/developers/get-started/scopes/",
  },
  pattern = [[\b(tfp_[A-Za-z0-9_\-]{40,70})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "tfp_" },
  entropy = 3.8,
  examples = {
    [[TYPEFORM_TOKEN=tfp_uS5Go0U85mh4SI0de56azTELPZ17hsV5whmjnrnSEa96_AR86O7eOIWMGFp]],
    [[  typeform_token: "tfp_atDwrQoXLXkSYLCff87AYljSRz0o1gKhcLsYB8FVP1CZ_Sy5y3zDq1t3nE6"]],
  },
  negative_examples = {
    [[TYPEFORM_TOKEN=tfp_abc]],
    [[TYPEFORM_FORM_ID=a1B2c3D4]],
  },
}
