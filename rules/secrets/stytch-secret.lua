return {
  id = "secrets.stytch-secret",
  title = "Stytch project secret",
  severity = "high",
  tags = { "secrets", "stytch" },
  applies_to = { "*" },
  help = [=[The secret of a Stytch project environment (`secret-live-…` or `secret-test-…`). With the project id it authenticates, by basic authentication, every call of the Stytch backend API for that environment: creating, reading and deleting users or members, minting and revoking sessions, and sending magic links and one-time passcodes.

**Fix:** Create a new secret and delete the exposed one in the Stytch Dashboard (*Project ID & API keys*), or through the Programmatic Workspace Actions API. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://stytch.com/docs/resources/workspace-management/api-keys",
    "https://stytch.com/docs/api",
  },
  pattern = [=[(?i:stytch)[^\n]{0,120}?\b(secret-(?:live|test)-[A-Za-z0-9_\-]{24,64}={0,2})(?:[^A-Za-z0-9_\-=]|$)]=],
  keywords = { "stytch" },
  entropy = 3.6,
  examples = {
    [=[STYTCH_SECRET=secret-live-vrV60F6z1WNXlCg2O6OVDoZsIva3tAewvS8Y=]=],
    [=[  stytch_secret: "secret-test-nxa3LdOsRUIkG3anmIvZKaoVOPmbJjfP6XSC="]=],
    [=[const client = new stytch.Client({ project_id: 'project-live-ac3825a5-5c8f-496b-8511-50c4b6ca9871', secret: 'secret-live-nw37Sa9UDQeQylvOFEqnjcSfH9bGGhtDJJRt=' }); // stytch backend]=],
  },
  negative_examples = {
    [=[STYTCH_PROJECT_ID=project-live-11886c8a-2b61-468b-9fef-22f9e7e8cac3]=],
    [=[STYTCH_SECRET=secret-test-...]=],
    [=[STYTCH_PUBLIC_TOKEN=public-token-live-cd4fd9b2-2bcf-48d3-af14-b7197eeac6a8]=],
  },
}
