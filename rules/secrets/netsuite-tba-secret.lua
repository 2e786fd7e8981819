return {
  id = "secrets.netsuite-tba-secret",
  title = "NetSuite token-based authentication secret",
  severity = "high",
  tags = { "secrets", "netsuite" },
  applies_to = { "*" },
  help = [=[The secret half of a NetSuite token-based authentication (TBA) credential: the token secret shown once when an access token is created, or the consumer secret of the integration record, each 64 hexadecimal digits. Together with the token ID and consumer key (often stored next to it) it signs OAuth 1.0a requests to SuiteTalk SOAP/REST web services and RESTlets as the token's user and role; TBA tokens do not expire, and integration roles often reach the general ledger, customers, vendors and payments.

**Fix:** Revoke the access token in NetSuite (*Setup > Users/Roles > Access Tokens*, or *Manage Access Tokens* for your own), reset the integration record's consumer secret if it leaked, and issue new credentials to the integration. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/bridgehead_4254083671.html",
    "https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/article_163240164565.html",
    "https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/section_1530099787.html",
  },
  pattern = [=[(?i:netsuite[\w.\-]{0,30}?(?:token|consumer)[_\-]?secret[\w.\-]{0,12}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?([0-9a-f]{64})(?:[^A-Za-z0-9_\-]|$)]=],
  keywords = { "netsuite" },
  entropy = 3.2,
  examples = {
    [=[NETSUITE_TOKEN_SECRET=4be35f23fdd93f3af3554269b6df67150d8b3c246d29b0777e80f0a9d474baf3]=],
    [=[  netsuite_consumer_secret: "8616221038c569b44c37dc8f308800fda859457c6eccad03d487df4c741c3bdc"]=],
  },
  negative_examples = {
    [=[NETSUITE_TOKEN_ID=656c1995329741c5a553c99935ff7d78f39ffcaa224a49fbe157a0a714d317a9]=],
    [=[NETSUITE_TOKEN_SECRET=${NETSUITE_TOKEN_SECRET}]=],
    [=[NETSUITE_TOKEN_SECRET=4be35f23fdd93f3af3554269b6df6715]=],
    [=[NETSUITE_TOKEN_SECRET=0000000000000000000000000000000000000000000000000000000000000000]=],
  },
}
