return {
  id = "secrets.aws-secret-access-key",
  title = "AWS secret access key",
  severity = "critical",
  tags = { "secrets", "aws" },
  applies_to = { "*" },
  help = [[The private half of an AWS access key pair. With the matching access key ID it signs API requests (SigV4) with every permission of the IAM user or role, often administrative, until it is deactivated.

**Fix:** Deactivate and delete the access key in IAM (`aws iam update-access-key --status Inactive`, then `delete-access-key`), create a replacement only if still needed, and review CloudTrail for its use. Prefer roles (OIDC federation for CI, instance/task roles) over long-term keys. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html",
    "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html",
  },
  pattern = [[(?i)(?:\b(?:aws|amazon)[\w.\-]{0,20}secret[\w.\-]{0,20}|\bsecret_?access_?key)["']?[ \t]*(?:=|:|=>)[ \t]*["']?([A-Za-z0-9/+]{40})(?:[^A-Za-z0-9+/=]|$)]],
  keywords = { "aws", "amazon", "secret_access", "secretaccess" },
  entropy = 4.0,
  stopwords = { "EXAMPLE" },
  examples = {
    [[aws_secret_access_key = CjIZLg8hJIsXYMiM7e1mvOvUt74954NWrd+xKFD7]],
    [[export AWS_SECRET_ACCESS_KEY="llti8sIJnDU5NP3cxmBDrftqski67vQKTuashe4c"]],
    [[  "SecretAccessKey": "2J239CJiZ9f7aAEZVNcphl95WzskoobnuXh+28qC",]],
  },
  negative_examples = {
    [[aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY]],
    [[aws_secret_access_key = ${AWS_SECRET_ACCESS_KEY}]],
    [[aws_secret_access_key = zq8FafmpJqNeNlTZmcNlP0rpyOMGmSEgMpzmVzM]],
    [[aws_secret_access_key = AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA]],
    [[  "node_modules/aws-sdk": {"resolved": "https://registry.npmjs.org/aws-sdk/-/aws-sdk-2.1692.0.tgz", "integrity": "sha512-YsSJoj8E27/8wdGmYdiEXlk4e2gLyRenI50Fq2vpPCQLuxe/1NDvLnPpzMjThwsqwpKOi5qnojyRLz9Q3qI18D=="},]],
  },
}
