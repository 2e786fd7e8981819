return {
  id = "secrets.ibm-cloud-api-key",
  title = "IBM Cloud API key",
  severity = "critical",
  tags = { "secrets", "ibm" },
  applies_to = { "*" },
  help = [[An IBM Cloud user or service ID API key. It is exchanged for IAM tokens that carry every access policy of the user or service ID, across all resources and account management services it can reach.

**Fix:** Delete the key (`ibmcloud iam api-key-delete NAME` or Manage > Access (IAM) > API keys), check Activity Tracker, and use trusted profiles or compute resource identities where possible. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://cloud.ibm.com/docs/account?topic=account-userapikey",
    "https://cloud.ibm.com/docs/account?topic=account-manapikey",
  },
  pattern = [[(?i)(?:\bibm[\w.\-]{0,20}(?:api[_\-]?key|apikey)|\bIC_API_KEY|\bIBMCLOUD_API_KEY|\bBLUEMIX_API_KEY)["']?[ \t]*(?:=|:|=>)[ \t]*["']?([A-Za-z0-9_\-]{44})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "ibm", "IC_API_KEY", "bluemix" },
  entropy = 4.0,
  examples = {
    [[export IBMCLOUD_API_KEY=nUYz6t3XLCvsrG5IwG_BfXfjuo_Hmwt-P6FaHWkNarWI]],
    [[  ibmcloud_api_key = "XPtcVmv8Vffh3AZ-s4cg_YJYX70OPBVq4nSVht9jX9nT"]],
    [[IC_API_KEY: f1odiU4obr7c41MD5Ex71IdtnsduxaScm1YEBJz7Ivkg]],
  },
  negative_examples = {
    [[IBMCLOUD_API_KEY=${IBMCLOUD_API_KEY}]],
    [[ibm_api_key = w2W9hc2YYCrjZTi_ISTAesAeWjWXa1WWci0YFyiX]],
    [[ibmcloud_api_key = xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx]],
  },
}
