return {
  id = "secrets.yandex-cloud-static-secret-key",
  title = "Yandex Cloud static access key secret",
  severity = "high",
  tags = { "secrets", "yandex" },
  applies_to = { "*" },
  help = [[The secret half of a Yandex Cloud static access key, the AWS-compatible credential of a service account. With the key ID it signs requests to Object Storage, Message Queue and the other AWS-compatible APIs with the service account's roles, and it never expires.

**Fix:** Delete the static key of the service account (`yc iam access-key delete` or *Service accounts > the account > Static access keys*), create a new one only if still needed, and check Audit Trails and bucket logs for its use. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://yandex.cloud/en/docs/iam/concepts/authorization/access-key",
  },
  pattern = [[(?:^|[^A-Za-z0-9_\-+/])(YC[A-Za-z0-9_\-]{38})(?:[^A-Za-z0-9_\-+/=]|$)]],
  keywords = { "YC" },
  keywords_exact = true,
  entropy = 4.0,
  examples = {
    [[aws_secret_access_key = YCMuBXXYaLKqIKWBGAHOjWvumHMzF6rDfft0LQE4]],
    [[  secret_key: "YCvfbvF0LHF60Lzp7Vf16TAgk9xEnc57yn-Pg4bs"]],
  },
  negative_examples = {
    [[aws_access_key_id = YCHZN_AyVH64j4GVsNZTZuSrB]],
    [[secret_key: YCRMNTzriXojvy49ehZJgzDNejQ88c9HSOvsWXlPsMpQae-]],
    [[secret_key: ${YC_SECRET_KEY}]],
  },
}
