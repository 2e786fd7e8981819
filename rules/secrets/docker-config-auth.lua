return {
  id = "secrets.docker-config-auth",
  title = "Registry credentials in a Docker config.json auths entry",
  severity = "high",
  tags = { "secrets", "generic", "docker-config" },
  applies_to = { "*" },
  help = [[The base64 encoding of `username:password` that `docker login` (or `podman login`) stores for a registry when no credential store is configured. Decoding it gives the registry account's password or access token in clear: pull of private images and, usually, push of new ones under the same names.

**Fix:** Revoke the token or change the password of the registry account (decode the value to see which), then configure a credential store or helper (`credsStore`, `credHelpers`) instead of inline auths, and create pull secrets and CI logins from the secret store (`docker login --password-stdin`). Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.docker.com/reference/cli/docker/login/",
    "https://docs.docker.com/reference/cli/docker/login/#credential-stores",
    "https://github.com/containers/image/blob/main/docs/containers-auth.json.5.md",
  },
  -- docker login reference and containers-auth.json(5): "auth" holds base64(username:password). The value must be
  -- padded base64 (length a multiple of 4), 12 characters or more; a JSON string escaped inside another string
  -- (\"auth\") is matched too. The engine also decodes Kubernetes Secret data, so a .dockerconfigjson Secret is
  -- covered.
  pattern = [[\\?\"auth\\?\"[ \t]*:[ \t]*\\?\"((?:[A-Za-z0-9+/]{4}){3,}(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?)\\?\"]],
  keywords = { "\"auth" },
  entropy = 3.3,
  allow = {
    [[^dXNlcm5hbWU6cGFzc3dvcmQ=$]],
    [[^dXNlcjpwYXNz]],
  },
  examples = {
    [[{"auths": {"registry.acme.io": {"auth": "Y2ktYm90OjVJZzRWdk9kUHVnbXRIeVBlVEcxcFBsVg=="}}}]],
    [[      "auth": "ZGVwbG95QGFjbWUuaW86RWdRdHo0ZkdpQ3RyMXdOb2lWajQ=",]],
  },
  negative_examples = {
    [[{"auths": {"registry.acme.io": {"auth": ""}}}]],
    [[{"auths": {"registry.acme.io": {"auth": "${REGISTRY_AUTH}"}}}]],
    [["auth": "dXNlcm5hbWU6cGFzc3dvcmQ="]],
    [[{"auths": {"ghcr.io": {}}, "credsStore": "desktop"}]],
  },
}
