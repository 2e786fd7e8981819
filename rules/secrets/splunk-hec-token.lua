return {
  id = "secrets.splunk-hec-token",
  title = "Splunk HTTP Event Collector token",
  severity = "medium",
  tags = { "secrets", "splunk" },
  applies_to = { "*" },
  help = [[A Splunk HTTP Event Collector (HEC) token. It sends events into the indexes the token is allowed to write.

**Fix:** Disable the token and create a new one (*Settings > Data inputs > HTTP Event Collector*). Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.splunk.com/Documentation/Splunk/latest/Data/UsetheHTTPEventCollector",
    "https://docs.splunk.com/Documentation/Splunk/latest/Data/FormateventsforHTTPEventCollector",
  },
  pattern = [[(?:(?i:splunk|\bhec)[\w.\-]{0,30}?["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?|\bSplunk[ \t]+)([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\b]],
  keywords = { "splunk", "hec" },
  entropy = 3.2,
  examples = {
    [[SPLUNK_HEC_TOKEN=e3ff2a98-9d1e-9ae4-14fb-7e58c44db573]],
    [[curl -H 'Authorization: Splunk 5921de47-b93d-90ba-9489-5a4e7e540974' https://splunk.example.org:8088/services/collector]],
  },
  negative_examples = {
    [[check_id: 2fd58b76-c1a6-535f-ccfe-8a0917394be5]],
    [[SPLUNK_HEC_TOKEN=00000000-0000-0000-0000-000000000000]],
  },
}
