return {
  id = "secrets.namecheap-api-key",
  title = "Namecheap API key",
  severity = "high",
  tags = { "secrets", "namecheap" },
  applies_to = { "*" },
  help = [[A Namecheap API key, the password of the Namecheap API (`ApiKey` with `ApiUser` and a whitelisted `ClientIp`). It acts as the account: listing, registering, renewing and transferring domains paid from the account balance, changing name servers and DNS host records, and buying SSL certificates.

**Fix:** Reset the key in Namecheap (*Profile > Tools > Business & Dev Tools > Namecheap API Access*), keep the IP whitelist to the hosts that call the API, and review the account's domains, DNS records and balance. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://www.namecheap.com/support/api/intro/",
    "https://www.namecheap.com/support/api/methods/users/login/",
  },
  pattern = [=[(?i:namecheap[\w.\-]{0,30}?(?:api[_\-]?key|key|token|secret)[\w.\-]{0,12}?["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?|api\.(?:sandbox\.)?namecheap\.com/xml\.response\?[^\s"']{0,200}?\bapikey=)([a-f0-9]{32})(?:[^A-Za-z0-9]|$)]=],
  keywords = { "namecheap" },
  entropy = 3.2,
  examples = {
    [[NAMECHEAP_API_KEY=166b52633d0f19b3190215d3ffcad29e]],
    [[curl "https://api.namecheap.com/xml.response?ApiUser=acme&ApiKey=182594c93aa14d80c70fa788aa5f4d54&UserName=acme&Command=namecheap.domains.getList&ClientIp=203.0.113.10"]],
  },
  negative_examples = {
    [[https://api.namecheap.com/xml.response?ApiUser=apiexample&ApiKey=56b4c87ef4fd49cb96d915c0db68194&UserName=user123&Command=namecheap.users.login]],
    [[NAMECHEAP_API_KEY=${NAMECHEAP_API_KEY}]],
    [[NAMECHEAP_API_USER=acme]],
    [[NAMECHEAP_API_KEY=166b52633d0f19b3190215d3ffcad29e00]],
  },
}
