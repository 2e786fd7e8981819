return {
  id = "secrets.sanity-api-token",
  title = "Sanity API token",
  severity = "high",
  tags = { "secrets", "sanity" },
  applies_to = { "*" },
  help = [[A Sanity API token (robot or personal token, `sk…`). Sent as a bearer token it acts with the role it was given on the project: Viewer tokens read private datasets and drafts; Editor, Developer and Administrator tokens also create, change and delete documents, datasets and project settings.

**Fix:** Delete the token in Sanity Manage (*your project > API > Tokens*) or with `sanity tokens delete`, and create a replacement with the narrowest role that works. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://www.sanity.io/docs/http-auth",
    "https://sanity.io/docs/cli-reference/tokens",
  },
  pattern = [[(?i:sanity)[^\n]{0,60}?\b(sk[A-Za-z0-9]{70,200})\b]],
  keywords = { "sanity" },
  entropy = 4.0,
  examples = {
    [[SANITY_API_TOKEN=sk3ydmuu1D2XLD2TPmcvWfpjdHZ65biyJnDzC0Uapd0lWUzW2OKcjKsScjesKVxUygWDeAzfjArHRr6E4a6wC9S61T61YZMYPuBJKJNbv20X8MDqvTwE3wojba3khtOalBlnp6F82ASz4V3PHcK4nkWfTM6nE2YWE3TOi8HZnp6fWThsRlgBB5]],
    [[  sanityToken: "skfODug1nqhkmdnDBkY2WsDOun0kneVDC8l94HXPon5VienGhX77sDiTyvQua28sedoUyWqE1TWZ1042qe",]],
  },
  negative_examples = {
    [[SANITY_API_TOKEN=sk-your-token-here]],
    [[SANITY_PROJECT_ID=ki9q9oz7]],
    [[SANITY_API_TOKEN=${SANITY_API_TOKEN}]],
  },
}
