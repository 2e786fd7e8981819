return {
  id = "secrets.people-data-labs-api-key",
  title = "People Data Labs API key",
  severity = "high",
  tags = { "secrets", "peopledatalabs" },
  applies_to = { "*" },
  help = [=[A People Data Labs API key, passed as the `api_key` query parameter or the `X-Api-Key` header. It runs person and company enrichment and search against PDL's dataset, returning personal data (emails, phone numbers, employment history), and every matched record is billed as credits to the key's account.

**Fix:** Roll the key in the PDL API Dashboard (*Account > API Keys > Roll*). Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://docs.peopledatalabs.com/docs/authentication",
    "https://docs.peopledatalabs.com/support/account/find-your-api-key",
  },
  pattern = [=[(?i:https?://api\.peopledatalabs\.com)/[^\s"'<>]*?[?&](?i:api_key)=([A-Za-z0-9]{16,64})(?:[^A-Za-z0-9_\-]|$)]=],
  keywords = { "peopledatalabs.com" },
  entropy = 3.0,
  examples = {
    [=[PDL_URL=https://api.peopledatalabs.com/v5/person/enrich?api_key=b5cc6ec31561e33e0d70ccad52275db9&email=a%40b.co]=],
    [=[curl -X GET 'https://api.peopledatalabs.com/v5/company/enrich?api_key=bb78ae1e83e70975b0d13d4b4884b5c1&website=acme.io']=],
  },
  negative_examples = {
    [=[curl -X GET 'https://api.peopledatalabs.com/v5/person/enrich?api_key=xxxx']=],
    [=[PDL_URL = "https://api.peopledatalabs.com/v5/person/enrich?api_key={}".format(API_KEY)]=],
  },
}
