return {
  id = "secrets.carbon-black-edr-api-token",
  title = "Carbon Black EDR (CB Response) API token",
  severity = "high",
  tags = { "secrets", "carbon-black" },
  applies_to = { "*" },
  help = [[A Carbon Black EDR (formerly CB Response) user API token, sent in the `X-Auth-Token` header to the EDR server. It carries every right of the user it belongs to: searching process and binary data collected from all sensors, managing watchlists and feeds, isolating hosts and, for users allowed to, opening live-response sessions that run commands on endpoints.

**Fix:** Reset the token in the EDR console (*username > Profile info > API Token > Reset*), which revokes the old one; an administrator can disable the account if the owner is unavailable. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://developer.carbonblack.com/reference/enterprise-response/authentication/",
    "https://docs.vmware.com/en/VMware-Carbon-Black-EDR/7.8.0/vmw-cb-edr-ug/GUID-703449AB-5263-4C90-98F8-1B0BBB60DB02.html",
  },
  pattern = [[(?i:(?:carbon[_.\-]?black|cb[_.\-]?(?:edr|response))[\w.\-]{0,30}?(?:token|key|secret|auth)[\w.\-]{0,12}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?([0-9a-fA-F]{40})\b]],
  keywords = { "carbonblack", "carbon_black", "carbon-black", "carbon.black", "cbedr", "cb_edr", "cb-edr", "cb.edr", "cbresponse", "cb_response", "cb-response", "cb.response" },
  entropy = 3.3,
  examples = {
    [[CB_EDR_API_TOKEN=446e591ef410b16cc45b9a43b1fd36d617e5890f]],
    [[carbonblack_response_token: "167be85b7be8b6da2acbef14d0289766e273d5a0"]],
  },
  negative_examples = {
    [[CB_EDR_API_TOKEN=${CB_EDR_API_TOKEN}]],
    [[CB_RESPONSE_TOKEN=8ff75cdcccea727415193a6234ab4bbd7241]],
    [[carbon_black_cloud_token=P7IKATJO6NG6G3YHGEI1VUXX/PLUG5NCTWE]],
  },
}
