return {
  id = "secrets.edamam-app-key",
  title = "Edamam application key",
  severity = "medium",
  tags = { "secrets", "edamam" },
  applies_to = { "*" },
  help = [=[The application key of an Edamam API application (Recipe Search, Food Database, Nutrition Analysis), passed with its `app_id` as the `app_key` query parameter. Calls made with it count against the plan's quota and paid plans bill the owner.

**Fix:** Delete the application's key in the Edamam developer dashboard (*Applications*) and create a new one. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://developer.edamam.com/edamam-docs-recipe-api",
    "https://developer.edamam.com/food-database-api-docs",
  },
  pattern = [=[(?i:https?://api\.edamam\.com)/[^\s"'<>]*?[?&](?i:app_key)=([A-Za-z0-9]{16,64})(?:[^A-Za-z0-9_\-]|$)]=],
  keywords = { "api.edamam.com" },
  entropy = 3.0,
  examples = {
    [=[RECIPE_URL=https://api.edamam.com/api/recipes/v2?type=public&q=chicken&app_id=3f1c2a7b&app_key=6455ea33ee9e076f6f2385a52448e440]=],
    [=[r = requests.get("https://api.edamam.com/api/food-database/v2/parser?app_id=9b2e41aa&app_key=fcf8ad3d433025d9314084b018682423&ingr=apple")]=],
  },
  negative_examples = {
    [=[RECIPE_URL=https://api.edamam.com/api/recipes/v2?type=public&q=chicken&app_id=YOUR_APP_ID&app_key=YOUR_APP_KEY]=],
    [=[r = requests.get(f"https://api.edamam.com/api/food-database/v2/parser?app_id={app_id}&app_key={app_key}&ingr=apple")]=],
  },
}
