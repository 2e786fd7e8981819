return {
  id = "secrets.snowflake-password",
  title = "Snowflake password in configuration",
  severity = "high",
  tags = { "secrets", "snowflake" },
  applies_to = { "*" },
  help = [[The password of a Snowflake user, as written in connector settings, dbt profiles or SQLAlchemy URLs. It logs in with every role granted to that user, often a service user with broad warehouse and data access.

**Fix:** Reset the user's password (`ALTER USER … SET PASSWORD = …` or Snowsight > Admin > Users), review LOGIN_HISTORY and QUERY_HISTORY, and move service users to key-pair or OAuth authentication. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://docs.snowflake.com/en/user-guide/admin-user-management#resetting-the-password-for-a-user",
    "https://docs.snowflake.com/en/developer-guide/python-connector/python-connector-connect",
  },
  pattern = [[(?i)(?:\bsnowflake[\w.\-]{0,30}(?:password|passwd|pwd)["']?[ \t]*(?:=|:)[ \t]*["']?|\bsnowflake://[^\s:@/"']+:)([^\s"'$<>{}@]{8,128})]],
  keywords = { "snowflake" },
  entropy = 3.0,
  allow = {
    [[^\*+$]],
  },
  stopwords = { "changeme", "password", "example", "placeholder" },
  examples = {
    [[SNOWFLAKE_PASSWORD=aWGF8iiQGe07An!ylO]],
    [[  snowflake_password: "FZZTct2kA4lHf60Hrb"]],
    [[SQLALCHEMY_URL=snowflake://etl_user:hgYZ2YCfIbQvXu8u@xy12345.eu-central-1/ANALYTICS/PUBLIC]],
  },
  negative_examples = {
    [[SNOWFLAKE_PASSWORD=${SNOWFLAKE_PASSWORD}]],
    [[snowflake_password: '********']],
    [[SNOWFLAKE_PASSWORD=changeme123]],
    [[snowflake_password: <password>]],
  },
}
