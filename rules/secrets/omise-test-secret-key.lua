return {
  id = "secrets.omise-test-secret-key",
  title = "Omise (Opn Payments) test secret key",
  severity = "medium",
  tags = { "secrets", "omise" },
  applies_to = { "*" },
  help = [=[An Omise (Opn Payments) test-mode secret key (`skey_test_…`). It cannot move real money, but it reads and writes the account's test data, and a committed test key is a sign that the live key is handled the same way.

**Fix:** Roll the test key in the Omise dashboard (*Keys > Roll key* in test mode) and update the integration. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://www.omise.co/api-authentication",
    "https://docs.opn.ooo/en/api-authentication/international",
  },
  pattern = [=[\b(skey_test_[0-9a-z]{19})\b]=],
  keywords = { "skey_test_" },
  keywords_exact = true,
  entropy = 3.0,
  examples = {
    [=[OMISE_SECRET_KEY=skey_test_ldy8v331twxysr18wqz]=],
    [=[Omise.secret_api_key = "skey_test_rtj2f31q6y0jf8o5pt1"]=],
  },
  negative_examples = {
    [=[OMISE_PUBLIC_KEY=pkey_test_z138ywnjojxnpcx6mm7]=],
    [=[OMISE_SECRET_KEY=skey_test_xbxs64w3ou]=],
    [=[OMISE_SECRET_KEY=skey_test_...]=],
  },
}
