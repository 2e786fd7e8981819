return {
  id = "secrets.duffel-test-access-token",
  title = "Duffel test access token",
  severity = "medium",
  tags = { "secrets", "duffel" },
  applies_to = { "*" },
  help = [=[A Duffel test-mode access token (`duffel_test_…`). It calls the Duffel API in test mode (airline sandboxes and Duffel Airways), with read-only or read-write access; a committed test token is a sign that the live token is handled the same way.

**Fix:** Delete the token in the Duffel dashboard (developer test mode > *Access tokens*) and create a replacement. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://duffel.com/docs/api/overview/test-mode",
    "https://duffel.com/docs/api/overview/making-requests",
  },
  pattern = [=[\b(duffel_test_[A-Za-z0-9_\-]{30,100})(?:[^A-Za-z0-9_\-]|$)]=],
  keywords = { "duffel_test_" },
  entropy = 3.5,
  examples = {
    [=[DUFFEL_ACCESS_TOKEN=duffel_test_eYXWmOFW0JOJF74j2pGDmRcgx88YMxzUZtFCnE2Peml]=],
    [=[const duffel = new Duffel({ token: "duffel_test_q0vI0WZbGDn0ipqq5YYSv6msiRufTjltaw151R6YWI9" });]=],
  },
  negative_examples = {
    [=[DUFFEL_API_KEY=duffel_test_...]=],
    [=[DUFFEL_ACCESS_TOKEN=duffel_test_Qf2DBt9FJxc-Va5G]=],
    [=[Authorization: Bearer <YOUR_ACCESS_TOKEN>]=],
  },
}
