return {
  id = "secrets.amazon-ses-smtp-password",
  title = "Amazon SES SMTP password",
  severity = "high",
  tags = { "secrets", "aws" },
  applies_to = { "*" },
  help = [[An Amazon SES SMTP password: a base64 string derived (HMAC-SHA256, region-specific, version byte `0x04`; `0x02` for the legacy form) from the secret access key of the IAM user whose access key ID is the SMTP user name. With that user name it sends email through the SES SMTP endpoints of the region as any verified identity the IAM user's policy allows.

**Fix:** Deactivate and delete the IAM access key behind the SMTP credentials (IAM console, the SMTP user's *Security credentials*), create new SMTP credentials in the SES console, and review SES sending statistics and CloudTrail for the key's use. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.aws.amazon.com/ses/latest/dg/smtp-credentials.html",
    "https://docs.aws.amazon.com/ses/latest/dg/smtp-connect.html",
  },
  pattern = [=[(?i:(?:smtp|\bses)[\w.\-]{0,30}?(?:pass(?:word)?|pwd|secret|credential)[\w.\-]{0,12}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?((?:B[A-P]|A[g-v])[A-Za-z0-9+/]{42})(?:[^A-Za-z0-9+/=]|$)]=],
  keywords = { "smtp", "ses_", "ses-" },
  entropy = 4.0,
  examples = {
    [[SES_SMTP_PASSWORD=BORYxi90ReV9piFKMFp1nrfSD1ihgQVeVqXsptrBIPWu]],
    [[spring.mail.smtp.password: "BP/D2Zqv7bKLNncCbAMehFvP+jEZxSEceqI7Om5jYx9m"]],
  },
  negative_examples = {
    [[SES_SMTP_PASSWORD=BSf4dDnvGqdRdJ/jhy4bG05XjKEkipGnbrWzsxuM]],
    [[SES_SMTP_PASSWORD=${SES_SMTP_PASSWORD}]],
    [[SMTP_PASSWORD=xsmtpsib-BORYxi90ReV9piFKMFp1nrfSD1ihgQVeVqXsptrBIPWu]],
    [[SMTP_PASSWORD=CORYxi90ReV9piFKMFp1nrfSD1ihgQVeVqXsptrBIPWu]],
  },
}
