return {
  id = "secrets.flyio-macaroon-token",
  title = "Fly.io macaroon token (deploy or org token)",
  severity = "high",
  tags = { "secrets", "flyio" },
  applies_to = { "*" },
  help = [[A Fly.io macaroon access token created with `fly tokens create deploy|org|readonly|ssh|machine-exec`. Deploy tokens manage one app (machines, secrets, volumes, WireGuard peers); org tokens manage every app of an organization.

**Fix:** Revoke it with `fly tokens revoke ID` (list with `fly tokens list`) and mint a new, narrower, shorter-lived token. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://fly.io/docs/security/tokens/",
    "https://fly.io/blog/macaroons-escalated-quickly/",
  },
  pattern = [[\b(FlyV1 fm[12][a-z]?_[A-Za-z0-9+/=_\-]{100,}(?:,[ ]?fm[12][a-z]?_[A-Za-z0-9+/=_\-]{20,})*)]],
  keywords = { "FlyV1" },
  entropy = 4.0,
  examples = {
    [[FLY_API_TOKEN="FlyV1 fm2_8S2x+aWPr7zMmDza8ld3y9CyR2Nuh/FdkG/cU0YHMsCvpcUZ9RbJTcH3VCLwlnMy7xoWrGoP9d6S8Sjn/7foL1RuMoStjCGUIXv143YpbOfCM0gKFRAW/dRP6RTbz6egcyibye/QuoHEObxWExtG+PvMihJitof5EPc/lClYL+t83DE6uZFH,fm2_JcNoaDmgXBb0thEJM5kHihHHaFtPZdW6cJKgGBQdf7zsRQxARYULEOA48k2vElJ7JazO+rZuIaicAt8Q+zCedNk2BA3CcFZ/M59h40bOCNSx+ZWaqE0cCRhm"]],
    [[  fly_deploy_token: FlyV1 fm2_RGvgd7IOzzOh1Ik/9np51nzbuoSUxQ9TTZAuAgNbqctQjr8/I6AR3EKpN+UoUGugWjZ71ckCwPZI8rJ8Kg5kdKzdQQZbQNGDubYGVkq7FPsrAamoV0Ek0Eq7UHQG/BBNKbUgJxkaq1AK2ZDuJcS/wdIAk58CjwaSJNMne18VuhdHUuDAqpHanSWHscCP8PV++sdtwyvXus8lfxdtwGTyHaMpQBc5YXlEdbhcgsNb+VZEmGd3]],
  },
  negative_examples = {
    [[FLY_API_TOKEN="FlyV1 fm2_<token>"]],
    [[FLY_API_TOKEN=FlyV1 fm2_YUhSY5YGszrmujTiNGnF+91u2ZjtcAcRnzKg7tNe]],
    [[Authorization: FlyV1 ${FLY_TOKEN}]],
  },
}
