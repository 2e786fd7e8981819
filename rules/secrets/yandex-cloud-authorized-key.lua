return {
  id = "secrets.yandex-cloud-authorized-key",
  title = "Yandex Cloud service account authorized key",
  severity = "critical",
  tags = { "secrets", "yandex" },
  applies_to = { "*" },
  help = [[The private part of a Yandex Cloud authorized key, the JSON file (`yc iam key create -o key.json`) that holds a service account's RSA key pair. It signs the JWTs exchanged for IAM tokens of the service account, so it acts with every role of the service account, and the key never expires.

**Fix:** Delete the authorized key of the service account (`yc iam key delete KEY_ID`, or *Service accounts > the account > Authorized keys*), check Audit Trails for IAM tokens issued with it, and prefer workload identity federation or the metadata service for workloads running in Yandex Cloud. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://yandex.cloud/en/docs/iam/concepts/authorization/key",
    "https://yandex.cloud/en/docs/iam/operations/authorized-key/create",
  },
  pattern = [[(?s)"service_account_id"[ \t]*:[ \t]*"[a-z0-9]{20}".{0,1000}?"private_key"[ \t]*:[ \t]*"((?:PLEASE DO NOT REMOVE THIS LINE! Yandex\.Cloud SA Key ID <[a-z0-9]{20}>\\n)?-----BEGIN PRIVATE KEY-----\\n[A-Za-z0-9+/=\\]{200,}?-----END PRIVATE KEY-----(?:\\n)?)"]],
  keywords = { "service_account_id" },
  entropy = 4.0,
  examples = {
    [[{ "id": "wp1jjnk5zd04pbyqcb9s", "service_account_id": "aje4s23dobx56wrdkq9c", "created_at": "2025-03-20T10:04:56Z", "key_algorithm": "RSA_2048", "public_key": "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAwTszZ3stDTGhKoYOpm9l2142Wdw7tlwBftFLMKoS\n-----END PUBLIC KEY-----\n", "private_key": "PLEASE DO NOT REMOVE THIS LINE! Yandex.Cloud SA Key ID <wp1jjnk5zd04pbyqcb9s>\n-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCk8ZqTpiUlQpKtQospeuhFRB4CevvKvqz\nFkT1qW/slq8CXFHqSvnrrsmnjn4KqPzkFywFnUNJKVeWgVKZHB5Rn7SP29kMeWa3\n0paX2NHQ4Xtu2YdjL8mzWGA8RFUwSIAZXss1TqA5fx1BKwlB0WYIXvcA/hksi45h\nmtaTf3MZHt6PHSZqji5iAaXbU+xkr401y0YnlsrS4gw0PQ4Gs+D4o5CJaQD6h59e\n+Ml8uQ+KqR11MsB4fDlpf676uuTgLOqneyRSOOU4m390HUQQuegHdzmhD7Mh+WyB\nUXNpThc1OLxzXil/3cH7XPEk8FFpANk3/GZgBExRz9XN2SDeNbhM4tV94ChzTYGo\n-----END PRIVATE KEY-----\n" }]],
    [[{
  "id": "0hkbmfzyelrxsnz2nqys",
  "service_account_id": "ajenmygrbdbn0pqjqfc5",
  "created_at": "2025-03-20T10:04:56Z",
  "key_algorithm": "RSA_2048",
  "public_key": "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAqMoOTPmPEVmdKxSSFLK1zQsEKA8c9mDoz4Cbqjou\n-----END PUBLIC KEY-----\n",
  "private_key": "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCClkmoqmb4YOSGJmXQ9FI0xpjREyKtAuY\nxmYH6pS/5l+xMvoZFDyNkaU/iOAz+LgtsMcMugZNW5p0ZtmSpecB85Y09PGuHXRj\nFTbLjhoT8pDZ47jXxhJzi45jRvfBH0BHOaRLMh23bXu71GdhDr/WV4YUWo7o5dGO\nD8J2J6LPtRjOvXYF6IvyXCDI7ES9yzo4cQiWmdREK7slZ9YQaG13ZcO3tcExNd0a\n2bVoTUKMTGaAgSlONDYNq49H8QMu+zJQUJ5Zm6vc6CfwlkAQugWBat2IocgB1ji8\nKccop3buLmtDrrlHc7J0Ai4EQKzlG/+j9IzVbKTiSjqSAbOkUwO8nxk0y2/vldru\n-----END PRIVATE KEY-----\n"
}]],
  },
  negative_examples = {
    [[{"id": "lfkoe35hsk58********", "service_account_id": "ajepg0mjt06s********", "key_algorithm": "RSA_2048", "public_key": "-----BEGIN PUBLIC KEY-----\n...\n-----END PUBLIC KEY-----\n", "private_key": "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----\n"}]],
    [[{"id": "lfkoe35hsk58aks301nl", "service_account_id": "ajepg0mjt06siua65usm", "key_algorithm": "RSA_2048", "public_key": "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n-----END PUBLIC KEY-----\n"}]],
    [[{"service_account_id": "ajepg0mjt06siua65usm", "private_key": "${YC_SA_PRIVATE_KEY}"}]],
  },
}
