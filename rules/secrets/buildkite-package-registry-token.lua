return {
  id = "secrets.buildkite-package-registry-token",
  title = "Buildkite Package Registries token",
  severity = "high",
  tags = { "secrets", "buildkite" },
  applies_to = { "*" },
  help = [[A Buildkite Package Registries token: a registry token (`bkrt_`) or a registry / temporary publish-or-install token (`bkpt_`). Depending on its scope it downloads private packages from the registry or publishes new package versions into it, which the organization's builds and deployments then install.

**Fix:** Delete the token on the registry's *Settings > Tokens* page in Buildkite Package Registries (temporary tokens expire on their own, but treat a leaked one as live until then) and create a new one. Then take the literal out of the file (and out of history when the repository is shared; only rotation really ends the exposure), store the new value in a secret manager (Vault, a cloud secret manager, SOPS-encrypted files) and hand it to the process at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://buildkite.com/docs/platform/security/tokens",
    "https://github.com/buildkite/agent/blob/main/internal/redact/redact.go",
    "https://buildkite.com/docs/package-registries/registries/manage",
  },
  pattern = [[\b((?:bkrt|bkpt)_[A-Za-z0-9_.\-]{38,400})(?:[^A-Za-z0-9_.\-]|$)]],
  keywords = { "bkrt_", "bkpt_" },
  entropy = 3.5,
  examples = {
    [[BUILDKITE_PACKAGES_TOKEN=bkrt_I8oA1DC.iE2sb22n8XHp5h6hEZVT2cb0TuydCL78Tv30txkxaPGsk3YOv429hMWyNHES2Rme]],
    [[//packages.buildkite.com/acme/npm-private/npm/:_authToken=bkpt_IDzEd6Bjhv28wcKosBXFdywEfB5xJVpsMqZhc15fN7ilKby7Gooc07SwI_nKRw-lo1PO9RiBZI2tKy0jjfi9sPj1KubviVLA80JdD9C0pQW9LogvyUD3QZSc]],
    [[  registry_token: 'bkpt_hhWW02_1640204a7b8bd37ae17c13c92cf34c16f71b1847']],
  },
  negative_examples = {
    [[BUILDKITE_PACKAGES_TOKEN=bkpt_...]],
    [[BUILDKITE_PACKAGES_TOKEN=${{ secrets.BUILDKITE_PACKAGES_TOKEN }}]],
    [[BUILDKITE_PACKAGES_TOKEN=bkrt_GXt2IsGZxfjiH8fiq09t]],
  },
}
