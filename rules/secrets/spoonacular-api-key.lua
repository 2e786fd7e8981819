return {
  id = "secrets.spoonacular-api-key",
  title = "Spoonacular API key",
  severity = "medium",
  tags = { "secrets", "spoonacular" },
  applies_to = { "*" },
  help = [=[A spoonacular Food API key, passed as the `apiKey` query parameter (or `x-api-key` header). Every call spends the plan's daily points, and paid plans bill overage to the owner.

**Fix:** Regenerate the key in the spoonacular console (*Profile > Show/Hide API Key > Regenerate*). Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://spoonacular.com/food-api/docs#Authentication",
  },
  pattern = [=[(?i:https?://api\.spoonacular\.com)/[^\s"'<>]*?[?&](?i:apiKey)=([A-Za-z0-9]{16,64})(?:[^A-Za-z0-9_\-]|$)]=],
  keywords = { "spoonacular.com" },
  entropy = 3.0,
  examples = {
    [=[RECIPES_URL=https://api.spoonacular.com/recipes/complexSearch?query=pasta&apiKey=zLIqi0e1EGV1x6MtFsDdVv8ng2GVz74uveHL10I6]=],
    [=[axios.get('https://api.spoonacular.com/recipes/random?number=3&apiKey=bWY7tUpQeH92K47OIUjRSxOKbqs0EyAEc7IpxKxe')]=],
  },
  negative_examples = {
    [=[RECIPES_URL=https://api.spoonacular.com/recipes/complexSearch?apiKey=YOUR-API-KEY]=],
    [=[axios.get(`https://api.spoonacular.com/recipes/random?apiKey=${apiKey}`)]=],
  },
}
