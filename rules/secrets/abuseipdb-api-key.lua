return {
  id = "secrets.abuseipdb-api-key",
  title = "AbuseIPDB API key",
  severity = "medium",
  tags = { "secrets", "abuseipdb" },
  applies_to = { "*" },
  help = [=[An AbuseIPDB APIv2 key, sent in the `Key` header. It checks and reports IP addresses as the account, downloads the blacklist, and spends the account's daily quota; reports filed with it are attributed to the account.

**Fix:** Delete the key in the AbuseIPDB account (*API* tab) and create a new one. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://docs.abuseipdb.com/",
    "https://www.abuseipdb.com/api",
  },
  pattern = [=[(?i:abuse_?ipdb[\w.\-]{0,30}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?([a-z0-9]{80})(?:[^A-Za-z0-9_\-]|$)]=],
  keywords = { "abuseipdb", "abuse_ipdb" },
  entropy = 3.5,
  examples = {
    [=[ABUSEIPDB_API_KEY=029fqadcm34e46o40h4nu0pao8xl2j5pph28thw4rq1ehilk9wrvh1zfa1a7xpro58py5use87c9o3rb]=],
    [=[abuseipdb_apikey = ymufu9yhu2ao6o0hybpw4cci6locab3ufm674k9h5u0fad211pkfb2piz97cy79n0153ml1zpjsz4zqz]=],
  },
  negative_examples = {
    [=[ABUSEIPDB_API_KEY=<abuseipdb_apikey>]=],
    [=[ABUSEIPDB_API_KEY=029fqadcm34e46o40h4nu0pao8xl2j5pph28thw4rq1eh]=],
    [=[ABUSEIPDB_API_KEY=${ABUSEIPDB_API_KEY}]=],
  },
}
