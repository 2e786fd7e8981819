return {
  id = "secrets.hcp-service-principal-secret",
  title = "HCP service principal client secret",
  severity = "high",
  tags = { "secrets", "hashicorp" },
  applies_to = { "*" },
  help = [=[The client secret of a HashiCorp Cloud Platform (HCP) service principal key. With the client id it authenticates to the HCP API with the service principal's role at organization or project level: managing HCP Vault, Vault Secrets, Consul, Packer and Boundary resources, and reading the secrets those services hold.

**Fix:** Delete the key in the HCP portal (*Access control (IAM) > Service principals > principal > Keys*) or with `hcp iam service-principals keys delete`, and generate a new one. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://developer.hashicorp.com/hcp/docs/hcp/iam/service-principal/key",
    "https://developer.hashicorp.com/hcp/docs/cli/commands/iam/service-principals/keys/create",
  },
  pattern = [=[(?i:(?:(?:\b|_)hcp[_\-.])[\w.\-]{0,30}?(?:secret)[\w.\-]{0,12}?)[\"']?[ \t]*(?:=|:=|:|=>)[ \t]*[\"']?([A-Za-z0-9_\-]{48,80})(?:[^A-Za-z0-9_\-]|$)]=],
  keywords = { "hcp_", "hcp-", "hcp." },
  entropy = 3.8,
  examples = {
    [=[HCP_CLIENT_SECRET=yrqykRJUYT17GZxSExl7AJ3qzYc3ZStY77TugtR3CiGgjrgUkmIDwPaPy3Qh5fZC]=],
    [=[  hcp_client_secret: "wt0tiiQdsB3AVIwWjbrk4YokbNBoEXbtLh5lzvi00keG3BH9iFeCrqCLZzvkf1xI"]=],
    [=[export HCP_CLIENT_SECRET='4BJeYiunnC6ZQJadBiIaC3ExvxytyIm2VjGqGfCNMn4DKkA36sBlvBa62UHmpXu4']=],
  },
  negative_examples = {
    [=[HCP_CLIENT_ID=tv1j6flfc1RJilxScEvEsxFO7B1M3ztE]=],
    [=[HCP_CLIENT_SECRET=${HCP_CLIENT_SECRET}]=],
    [=[HCP_CLIENT_SECRET=Yo4u8ZFMbB5lye0a38aCuaf9]=],
  },
}
