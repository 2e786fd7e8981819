return {
  id = "secrets.yandex-cloud-iam-token",
  title = "Yandex Cloud IAM token",
  severity = "high",
  tags = { "secrets", "yandex" },
  applies_to = { "*" },
  help = [[A Yandex Cloud IAM token issued to a Yandex account, federated account or service account. Sent as a bearer token it carries every role of that identity on all Yandex Cloud services for up to 12 hours, and it stays valid until it expires or is revoked.

**Fix:** Revoke the token (`yc iam revoke-token` or the IAM API `IamToken.Revoke`), review Audit Trails for its use, and obtain tokens at runtime from the metadata service or a service account key held in a secret store. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://yandex.cloud/en/docs/iam/concepts/authorization/iam-token",
  },
  pattern = [[\b(t1\.[A-Za-z0-9_\-]{8,400}={0,2}\.[A-Za-z0-9_\-]{86}={0,2})(?:[^A-Za-z0-9_\-=.]|$)]],
  keywords = { "t1." },
  keywords_exact = true,
  entropy = 4.0,
  examples = {
    [[YC_TOKEN=t1.uCdj8ASzthOP1xKfvXDlrzCUjRo0S49eRt-Vn1UtcCkDgviVcjLCG3odSIC8.BFMmVeJodHDCGiuAbT_iqcCMtkbRSXuHuDjPB4JBDnG9sV_C1EpjnxzJXNnrDqVoefx0VTixp74UmKFBv9JYHc]],
    [[curl -H 'Authorization: Bearer t1.qHQMGtJoniAHLoaySEHt9edarqAfSrdLy46S6ABMvaGVBi3LWpYGQXIUnuqD.YberNm2PILN6r2vX5t7t6mAyYxPlV4PsJwtcUbvaUa2mX9AUgqnyfzgKpFXelOYa9BFrNb8zTBnXRs8yQYDVu8' https://resource-manager.api.cloud.yandex.net/resource-manager/v1/clouds]],
  },
  negative_examples = {
    [[YC_TOKEN=t1.BtMICqUyPX6JT08LXujWMzsG7PD86YOY5QfNRM72KMmFPl4UnYR4sFdSMLlR.zGo-36MQW1a645MMgi_ZfP-QHpA0gKRh7bQXKQTq]],
    [[YC_TOKEN=<IAM_token>]],
    [[YC_TOKEN=${{ secrets.YC_TOKEN }}]],
  },
}
