return {
  id = "secrets.bitwarden-sm-access-token",
  title = "Bitwarden Secrets Manager access token",
  severity = "critical",
  tags = { "secrets", "bitwarden" },
  applies_to = { "*" },
  help = [=[A Bitwarden Secrets Manager machine-account access token (`0.<id>.<client secret>:<encryption key>`). It both authenticates the machine account and carries the key that decrypts the organization's secrets, so it reads (and, with write access, changes) every secret of the projects the machine account can reach.

**Fix:** Revoke the access token in the Bitwarden web app (*Secrets Manager > Machine accounts > account > Access tokens*) and issue a new one; then rotate the secrets the machine account could read. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://bitwarden.com/help/access-tokens/",
    "https://bitwarden.com/help/secret-decryption/",
  },
  pattern = [=[\b(0\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.[A-Za-z0-9]{20,40}:[A-Za-z0-9+/]{22}(?:==)?)(?:[^A-Za-z0-9+/=]|$)]=],
  keywords = { "bws", "bitwarden", "access_token", "accesstoken", "access-token" },
  entropy = 3.8,
  examples = {
    [=[BWS_ACCESS_TOKEN=0.6429552c-0ccc-454d-8dfa-968c0479015d.lM1VVNGpu1p36j0B72d5RRXeRrvxT6:zM5vwEOY6lf9DTrY9NjrfQ==]=],
    [=[bitwarden:
  access_token: "0.076fdf3e-3153-4e8c-bd50-8bec0398719a.NtRhSvQ0eZVesqhVprLTQqxNIk7fTN:OCL4k+eC4QKGDCwECnqjhw=="]=],
    [=[bws secret list --access-token 0.086e4ed5-9e1b-4889-89cf-c340ffd1f22d.uRG2Irf9tS7KabhL5Lci9Xlctvlyah:eI1y0f6OdKDrW/ure0xrEA==]=],
  },
  negative_examples = {
    [=[BWS_ACCESS_TOKEN=1.ae083250-db76-4c4d-a225-5be1a1552e49.MOSgTib239Lyr923oYw30hQ7fOXIZY:o+RPv3p+ZWrlRNC5m3Op1w==]=],
    [=[BWS_ACCESS_TOKEN=${{ secrets.BWS_ACCESS_TOKEN }}]=],
    [=[BWS_PROJECT_ID=e0c59ee2-5b61-4875-bdb1-04ccbeffd95f]=],
  },
}
