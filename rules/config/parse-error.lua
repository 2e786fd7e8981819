-- config.parse-error: emitted by the engine itself when a file cannot be parsed.
return {
  id = "config.parse-error",
  title = "File cannot be parsed",
  severity = "high",
  tags = { "config" },
  -- Structured formats only: a shell script or a Makefile with odd syntax is not a configuration file.
  applies_to = { "terraform", "terraform-vars", "terraform-plan", "terraform-state", "kubernetes", "helm-values",
    "kustomization", "cloudformation", "github-actions", "gitlab-ci", "azure-pipelines", "bitbucket-pipelines",
    "jenkinsfile", "docker-compose", "dockerfile", "dotenv", "ansible", "generic-yaml", "generic-json" },
  native = true,
  help = [[
tollgate could not parse this file (YAML, JSON, HCL, Dockerfile, Jenkinsfile, ...), so no other rule could check it.
A file that its own tool cannot read either breaks the pipeline or, worse, is silently skipped by it;
either way its settings are not what the author thinks. The finding is located at the parser's error
position, and its message is the parser's.

Templates are not reported: a file with a template extension, a Helm chart template, or a file that
parses once its `{{ }}`, `{% %}`, `%{ }` directives are blanked out is read as text, for secrets.

Fix: correct the syntax (the message names the problem). See docs/rules/config/parse-error.md.]],
  references = {
    "https://yaml.org/spec/1.2.2/",
    "https://developer.hashicorp.com/terraform/language/syntax/configuration",
    "https://www.rfc-editor.org/rfc/rfc8259",
  },
}
