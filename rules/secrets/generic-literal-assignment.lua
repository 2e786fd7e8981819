-- secrets.generic-literal-assignment: a key that names a secret is given a literal value.
-- Implemented in the engine (engine/native_rules.cc): it looks at every key of every document, where a Lua call
-- per node would cost more than the rest of the scan. This file carries the rule's metadata.
return {
  id = "secrets.generic-literal-assignment",
  title = "Secret-named key is assigned a hardcoded literal value",
  severity = "high",
  tags = { "secrets", "generic" },
  applies_to = { "terraform", "terraform-vars", "kubernetes", "helm-values", "kustomization", "cloudformation",
    "github-actions", "gitlab-ci", "azure-pipelines", "bitbucket-pipelines", "docker-compose", "dockerfile",
    "dotenv", "ini", "shell", "makefile", "text", "jenkinsfile", "groovy", "ansible", "generic-yaml", "generic-json" },
  help = [[
A key whose last word names a secret (`password`, `passwd`, `pwd`, `passphrase`, `secret`, `token`,
`api_key`/`apikey`, `access_key`, `secret_key`, `private_key`, `client_secret`, `credentials`, `auth`, ...,
in any snake, camel, kebab or dotted case) is assigned a literal string in a structured file: YAML, JSON,
Terraform, dotenv, Dockerfile `ENV`/`ARG`, CI variables, a Kubernetes `env` entry (`name:` + `value:`),
a Terraform `variable` default. The value is masked in every report.

Not reported: keys that name a secret rather than hold one (`token_url`, `password_policy`, `secret_name`,
`secretRef`, `*_file`, `*_path`, `*_id` except `secret_id`, ...), values holding a reference anywhere
(`${{ secrets.X }}`, `${VAR}`, `var.x`, `{{ .Values.x }}`, `$(Var)`, `#{Var}`, `((var))`, `secretKeyRef`),
lock files (package names are not secrets), values shorter than 6 characters, values with spaces, paths and
URLs, and placeholders (`changeme`, `<password>`, `xxx`, `TODO`, `example`, `dummy`,
`redacted`, one repeated character, an env-var name, ...).

Fix: read the value from a secret store (CI secrets, Kubernetes Secrets via `secretKeyRef`, Vault, a cloud
secret manager, a generated `random_password`), rotate the exposed credential, and remove it from history.
See docs/rules/secrets/generic-literal-assignment.md.]],
  references = {
    "https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html",
    "https://cwe.mitre.org/data/definitions/798.html",
    "https://kubernetes.io/docs/concepts/configuration/secret/",
    "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions",
  },
  native = true,
}
