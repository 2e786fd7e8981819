return {
  id = "secrets.ns1-api-key",
  title = "NS1 (IBM NS1 Connect) API key",
  severity = "high",
  tags = { "secrets", "ns1" },
  applies_to = { "*" },
  help = [[An NS1 (IBM NS1 Connect) API key secret, sent in the `X-NSONE-Key` header. With the key's permissions it manages the account's DNS zones and records, traffic-steering filter chains and data feeds, monitoring, and depending on permissions users, teams and other API keys.

**Fix:** Delete or rotate the key in the NS1 Connect portal (*Account settings > Users & teams > API keys*) or through the API-keys API, give the replacement only the permissions and IP allow-list it needs, and review the account's activity log and zones. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://www.ibm.com/docs/en/SSSYGZ/getting_started/using_the_ns1_connect_api.html",
    "https://github.com/ns1/nsone-php",
  },
  pattern = [=[(?i:x-nsone-key["']?[ \t]*[:=,][ \t]*["']?|(?:nsone|\bns1)[\w.\-]{0,20}?(?:api[_\-]?key|key|token|secret)[\w.\-]{0,12}?["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?)([A-Za-z0-9]{20})(?:[^A-Za-z0-9]|$)]=],
  keywords = { "nsone", "ns1" },
  entropy = 3.3,
  allow = { [[^qACMD09OJXBxT7XO]] },
  examples = {
    [[NS1_APIKEY=VJ7TrF65NLwg06xMckay]],
    [[curl -H "X-NSONE-Key: 3dAitzTKbpp9MtHj6peF" https://api.nsone.net/v1/zones]],
  },
  negative_examples = {
    [["key": "qACMD09OJXBxT7XOuRs8",]],
    [[curl -H "X-NSONE-Key: $NS1_APIKEY" https://api.nsone.net/v1/zones]],
    [[NS1_APIKEY=VJ7TrF65NLwg06xMckayQ]],
    [[ns1.example.com key: VJ7TrF65NLwg06xMckay]],
  },
}
