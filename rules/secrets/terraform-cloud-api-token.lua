return {
  id = "secrets.terraform-cloud-api-token",
  title = "HCP Terraform (Terraform Cloud) API token",
  severity = "high",
  tags = { "secrets", "terraform", "hashicorp" },
  applies_to = { "*" },
  help = [[An HCP Terraform / Terraform Enterprise API token (user, team, organization or agent token). It acts on workspaces, runs, state (which often contains secrets) and variables with the token's permissions.

**Fix:** Delete the token (User settings > Tokens, or the team/organization API token page) and review workspace runs and state versions. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://developer.hashicorp.com/terraform/cloud-docs/users-teams-organizations/api-tokens",
    "https://developer.hashicorp.com/terraform/cli/config/config-file#credentials",
  },
  pattern = [[\b([A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_\-]{60,70})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "atlasv1" },
  entropy = 3.5,
  examples = {
    [[TF_TOKEN_app_terraform_io=P2O0THewBorkXo.atlasv1.j0HR_7dmnZWA-AMXoU4eJJsWeYbcUNZC3cym1pH8LkfUdkoOLqyKTqQzGLbp3L0KgcM]],
    [[credentials "app.terraform.io" {
  token = "Z9pBTIEnEmvVTe.atlasv1.lslv60iuo045nMKE_Y0MV2f-F3Lqe3X_B9iJxyFPQLAbwxKMTl-M9hzPEvdr-lLxnYC"
}]],
  },
  negative_examples = {
    [[TF_TOKEN_app_terraform_io=CHihXkTpP0Rl6c.atlasv1.9obsqhilitI6IrHGAfSr7UvVv0xpwe]],
    [[token = "<token>.atlasv1.<secret>"]],
  },
}
