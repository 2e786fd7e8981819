return {
  id = "secrets.testpypi-upload-token",
  title = "TestPyPI API token",
  severity = "medium",
  tags = { "secrets", "pypi" },
  applies_to = { "*" },
  help = [[An API token for test.pypi.org. It uploads releases to the TestPyPI index, a separate instance used for rehearsing releases.

**Fix:** Remove the token on test.pypi.org (*Account settings > API tokens*). Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://pypi.org/help/#apitoken",
    "https://packaging.python.org/en/latest/guides/using-testpypi/",
  },
  pattern = [[\b(pypi-AgENdGVzdC5weXBpLm9yZw[A-Za-z0-9_\-]{50,1000})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "pypi-AgENdGVzdC5weXBpLm9yZw" },
  entropy = 4.0,
  examples = {
    [[TEST_PYPI_TOKEN=pypi-AgENdGVzdC5weXBpLm9yZwBMDuAFjNVl_bwXXMJh6dODxgFuH0_e-iXeQ7AYGHCe-PuW7KkW3rODEGrNd1OEWRnQItMLHL5GfQVkSA4VcJ70PWjCTgp7XpLlhS-5Tf6NmdBZwGRcbtxS4B7DzcT-QY0Y61ze3SCD16kYnWzanpVNP3ksAjiJpl]],
    [[  password: pypi-AgENdGVzdC5weXBpLm9yZwE7yUGkuQYFQqpavpi1Bd2qoMLxcqRFqo48DArm1zkJUzSmKX6pfekVwtzGuYkcm1ZnIZmV_9jZc4mtfxCWVN8leFQ7ZBDQbhz3aoDweEQApNu-8uNj6SBcK6SXauHzSf65VBkymgWu3k89tgghUEMwfMREn_cDFm]],
  },
  negative_examples = {
    [[TEST_PYPI_TOKEN=pypi-AgENdGVzdC5weXBpLm9yZw]],
    [[TEST_PYPI_TOKEN=pypi-AgENdGVzdC5weXBpLm9yZxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]],
  },
}
