-- secrets.weak-default-credential: a secret-named key is set to a well-known default such as "changeme".
-- Implemented in the engine (engine/native_rules.cc) by the same walk as secrets.generic-literal-assignment;
-- this file carries the rule's metadata.
return {
  id = "secrets.weak-default-credential",
  title = "Secret-named key is set to a well-known default credential",
  severity = "low",
  tags = { "secrets", "generic" },
  applies_to = { "terraform", "terraform-vars", "kubernetes", "helm-values", "kustomization", "cloudformation",
    "github-actions", "gitlab-ci", "azure-pipelines", "bitbucket-pipelines", "docker-compose", "dockerfile",
    "dotenv", "ini", "shell", "makefile", "text", "jenkinsfile", "groovy", "ansible", "generic-yaml", "generic-json" },
  help = [[
A key that names a secret (`password`, `token`, `secret_key`, ... as for secrets.generic-literal-assignment)
is set to a value that every attacker tries first: `changeme`, `password`, `admin`, `root`, `guest`,
`letmein`, `123456`, `changeit`, `postgres`, ... A placeholder that reaches a deployment is a working
credential nobody chose.

Not reported: references and template expressions, empty values, placeholders that cannot work as a
credential (`<password>`, `xxxx`, `****`, `REDACTED`), files named `*.example`, `*.sample`, `*.template`.

Fix: generate the credential (a `random_password` resource, the platform's secret generator) and read it from a
secret store; keep placeholders only in example files.
See docs/rules/secrets/weak-default-credential.md.]],
  references = {
    "https://cwe.mitre.org/data/definitions/1392.html",
    "https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html",
  },
  native = true,
}
