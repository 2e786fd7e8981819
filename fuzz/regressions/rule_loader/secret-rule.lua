return {
  id = "secrets.fuzz-seed",
  title = "A seed",
  severity = "high",
  tags = { "secrets" },
  applies_to = { "*" },
  help = [[x]],
  pattern = [[(a+)+$]],
  examples = { "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" },
  negative_examples = { "b" },
}
