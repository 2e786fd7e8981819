return {
  id = "secrets.zoho-zeptomail-send-mail-token",
  title = "Zoho ZeptoMail send mail token",
  severity = "high",
  tags = { "secrets", "zeptomail" },
  applies_to = { "*" },
  help = [[A Zoho ZeptoMail send mail token, unique to one Mail Agent and sent as `Authorization: Zoho-enczapikey <token>`. It sends transactional email from the agent's verified domains through the ZeptoMail API, so a holder can send mail that passes SPF and DKIM for those domains and spend the account's credits.

**Fix:** In ZeptoMail open the Mail Agent, *SMTP/API > API*, generate a new send mail token and delete the exposed one; check the agent's processed-email logs for messages you did not send. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://www.zoho.com/zeptomail/help/api-home.html",
    "https://www.zoho.com/zeptomail/help/sendgrid-transition-api.html",
  },
  pattern = [=[(?i:zoho-enczapikey[ \t]+|zepto\w{0,20}?(?:token|key|secret|auth)\w{0,12}?["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?(?:zoho-enczapikey[ \t]+)?)([A-Za-z0-9+/]{60,400}={0,2})(?:[^A-Za-z0-9+/=]|$)]=],
  keywords = { "enczapikey", "zepto" },
  entropy = 4.5,
  examples = {
    [[curl https://api.zeptomail.com/v1.1/email -H "Authorization: Zoho-enczapikey 7gsKk221SiubXZ0HraNfB8ZXirYLNXPoCkt8/mKYiY3SavlbM9fyejF7VpBkqU4EHqCiHO7L9+rFFYd9lNdhEU6VAN0CglnVCGRLfDT9sjnUwcRsB29h8Rt8HVy6MufTcNWhK4UcJfwmKTzjklM="]],
    [[ZEPTOMAIL_TOKEN=O9J9ZGnAMO6SFjUW3i8vCB3KP+/6tu1gJVsj+gIzPwn38KWDUHHQ73J9InWGRxlkWedsKidv6YeAy+fg6Nz1uac5fsEW/sqcxBT3cNsO5Ro7bhgM6RqGVWhrpRXcQ6iupwkRhcdr2sk=]],
  },
  negative_examples = {
    [[Authorization: zoho-enczapikey <space> <send mail token>]],
    [[headers: { Authorization: `Zoho-enczapikey ${apiKey}` },]],
    [[ZEPTOMAIL_TOKEN=${ZEPTOMAIL_TOKEN}]],
    [[ZEPTOMAIL_TOKEN=O9J9ZGnAMO6SFjUW3i8vCB3KP]],
  },
}
