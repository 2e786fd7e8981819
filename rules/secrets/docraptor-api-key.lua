return {
  id = "secrets.docraptor-api-key",
  title = "DocRaptor API key",
  severity = "medium",
  tags = { "secrets", "docraptor" },
  applies_to = { "*" },
  help = [=[A DocRaptor API key. It authenticates HTML-to-PDF/XLS conversion requests (as the Basic-auth user, `https://<key>@api.docraptor.com/docs`, or the `user_credentials` query parameter), reads the account's document history and hosted documents, and every production document is billed to the account's plan.

**Fix:** Regenerate the key in the DocRaptor dashboard (*Settings*) and update the services that use it. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://docraptor.com/documentation/api/making_documents",
    "https://docraptor.com/documentation",
  },
  pattern = [=[(?:https?://|[?&]user_credentials=)([A-Za-z0-9]{16,64})(?:@(?:api\.)?docraptor\.com\b|&|[\s\"']|$)]=],
  keywords = { "docraptor.com" },
  entropy = 3.0,
  examples = {
    [=[curl https://CbmKR28tjJEzlLzG6X3k@api.docraptor.com/docs --header 'Content-Type:application/json' --data @params.json]=],
    [=[DOCRAPTOR_URL=https://docraptor.com/docs?user_credentials=J9YJrKaFzFvASby1bwcb]=],
  },
  negative_examples = {
    [=[curl https://YOUR_API_KEY_HERE@api.docraptor.com/docs --data @params.json]=],
    [=[DOCRAPTOR_URL=https://docraptor.com/docs?user_credentials=${DOCRAPTOR_KEY}]=],
  },
}
