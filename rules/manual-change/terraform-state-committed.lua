-- manual-change.terraform-state-committed: a Terraform state file in the repository.
return {
  id = "manual-change.terraform-state-committed",
  title = "Terraform state file is committed",
  severity = "high",
  tags = { "manual-change", "terraform" },
  applies_to = { "terraform-state" },
  help = [[
A `terraform.tfstate` (or its `.backup`) in the repository means state is kept by hand on someone's machine
rather than in a locked remote backend: two people apply against different copies, and every secret Terraform
knows (database passwords, private keys, tokens of providers) sits in the file in plain text. Reported once per
state file, at its first line. Fix: move state to a remote backend with locking and encryption (S3 with
DynamoDB or native locking, GCS, azurerm, Terraform Cloud), remove the file from the repository and its
history, and rotate the secrets it held. See docs/rules/manual-change/terraform-state-committed.md.]],
  references = {
    "https://developer.hashicorp.com/terraform/language/state/sensitive-data",
    "https://developer.hashicorp.com/terraform/language/backend",
  },
  check = function(doc, ctx)
    if doc.index ~= 0 then return end
    ctx:report{ at = { line = 1 }, message = "Terraform state is committed: it holds secrets in plain text and is not locked" }
  end,
}
