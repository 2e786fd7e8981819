return {
  id = "secrets.pypi-upload-token",
  title = "PyPI API token",
  severity = "critical",
  tags = { "secrets", "pypi" },
  applies_to = { "*" },
  help = [[A PyPI API token. Account-scoped tokens upload new releases of every project of the account; project-scoped tokens upload releases of one project.

**Fix:** Remove the token on pypi.org (*Account settings > API tokens*), check the projects for unexpected releases, and move CI uploads to Trusted Publishing. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://pypi.org/help/#apitoken",
    "https://docs.pypi.org/trusted-publishers/",
  },
  pattern = [[\b(pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_\-]{50,1000})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "pypi-AgEIcHlwaS5vcmc" },
  entropy = 4.0,
  examples = {
    [[TWINE_PASSWORD=pypi-AgEIcHlwaS5vcmcsze2Ugvx4t6cU91xzwtlRRvwU6YhRC26CaZTPkF_jXVlyFWBOtg9fPOx40IpBoURNj-Fhviod-WpSs7AADubPAUHbsGu9YIacnI6X87PgzcnXK6q_EHe1P6e1ZP6Ss8VitVuvfsO2QpA2_8XG5GnDzDbJQ7PBmqu]],
    [[password = pypi-AgEIcHlwaS5vcmcMKVTFRDqCPOAlxxWTq3NtO1APfGGTfITGyz77i75046976R3FhH2IZMX0j_5GEpVyQ7zfGo4fkKyAUxJwffNARju9HXwC7hSbEPoqBj7jSUEXNDjpokRb6FQZqTI3-3sVTvf-O5YcHp9xgUM--kTS9kiR0qj6MIm]],
  },
  negative_examples = {
    [[TWINE_PASSWORD=pypi-AgEIcHlwaS5vcmc...]],
    [[TWINE_PASSWORD=pypi-AgENdGVzdC5weXBpLm9yZwxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]],
  },
}
