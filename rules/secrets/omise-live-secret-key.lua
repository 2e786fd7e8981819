return {
  id = "secrets.omise-live-secret-key",
  title = "Omise (Opn Payments) live secret key",
  severity = "critical",
  tags = { "secrets", "omise" },
  applies_to = { "*" },
  help = [=[An Omise (Opn Payments) live secret key (`skey_` followed by 19 characters). It authenticates every non-token API call on the live account: charges, refunds, customers and their cards, transfers to the merchant's bank account and recipients.

**Fix:** Roll the key in the Omise dashboard (*Keys > Roll key*) and update the integration; review charges, refunds, recipients and transfers created since the exposure. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://www.omise.co/api-authentication",
    "https://docs.opn.ooo/en/api-authentication/international",
  },
  pattern = [=[\b(skey_[0-9a-z]{19})\b]=],
  keywords = { "skey_" },
  keywords_exact = true,
  entropy = 3.0,
  examples = {
    [=[OMISE_SECRET_KEY=skey_quon24uj1kbnqy6vd8x]=],
    [=[curl https://api.omise.co/charges -u skey_3yr5x9x5m5vgyd8bfxc: -d "amount=10000" -d "currency=THB"]=],
  },
  negative_examples = {
    [=[OMISE_SECRET_KEY=skey_test_ldy8v331twxysr18wqz]=],
    [=[OMISE_PUBLIC_KEY=pkey_fujgecmd2py6h0kv0mm]=],
    [=[OMISE_SECRET_KEY=skey_qtfzk1tfv261]=],
  },
}
