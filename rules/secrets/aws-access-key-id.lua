return {
  id = "secrets.aws-access-key-id",
  title = "AWS access key ID",
  severity = "high",
  tags = { "secrets", "aws" },
  applies_to = { "*" },
  help = [[The public half of an AWS access key pair. `AKIA` marks a long-term IAM user key, `ASIA` a temporary STS key, `ABIA` an STS service bearer token and `ACCA` a context-specific credential. The ID alone does not sign requests, but it names the principal and is almost always committed next to its secret access key, which signs requests with every permission of that user or role.

**Fix:** In the IAM console (or `aws iam update-access-key --status Inactive` then `aws iam delete-access-key`) deactivate and delete the key; for ASIA keys revoke the role's active sessions. Review CloudTrail for use of the key ID. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids",
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html",
  },
  pattern = [[\b((?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\b]],
  keywords = { "AKIA", "ASIA", "ABIA", "ACCA" },
  entropy = 3.0,
  stopwords = { "EXAMPLE" },
  examples = {
    [[export AWS_ACCESS_KEY_ID=AKIACQTJKSZPRFK5CKNC]],
    [[  access_key = "ASIA7JBD4R6CC6PKYQJR"]],
    [[{"AccessKeyId": "ABIA2I5PSGRGIUF7KFEB", "Expiration": "2026-11-27T14:00:00Z"}]],
  },
  negative_examples = {
    [[aws_access_key_id = AKIAIOSFODNN7EXAMPLE]],
    [[role_id: AROACSORV4QPAFUH76SL]],
    [[key: AKIA3OQGGUCSCELD]],
  },
}
