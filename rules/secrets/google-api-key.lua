return {
  id = "secrets.google-api-key",
  title = "Google API key",
  severity = "high",
  tags = { "secrets", "gcp", "google" },
  applies_to = { "*" },
  help = [[An API key for Google Cloud and Google Maps Platform / Gemini APIs. It identifies a project for billing and quota and, unless restricted, can call every API enabled on the project that accepts API keys, including billable generative-AI endpoints.

**Fix:** Delete or regenerate the key in Google Cloud console > APIs & Services > Credentials, and add application and API restrictions to its replacement. Then remove the value from the file and from history, keep the replacement in a secret store (Vault, a cloud secret manager, Doppler, SOPS-encrypted files) and inject it at runtime or through your CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked variables), never as a literal.]],
  references = {
    "https://cloud.google.com/docs/authentication/api-keys",
    "https://cloud.google.com/api-keys/docs/overview",
  },
  pattern = [[\b(AIza[0-9A-Za-z_\-]{35})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "AIza" },
  entropy = 3.5,
  examples = {
    [[GOOGLE_API_KEY=AIzaf_ynm7tvx-iA5mnZjDcYUfACYZb4JEKQ4br]],
    [[  <meta-data android:name="com.google.android.geo.API_KEY" android:value="AIza9QFu8xlZ8sHGulNBZcZus8ISQsGlNWo0K_d"/>]],
    [[gemini:
  api_key: "AIzaqvU_R_bo35IaeWDhN-xcS85x5PML2iEOht8"]],
  },
  negative_examples = {
    [[GOOGLE_API_KEY=AIzaLJeWyzl941kWmI1JTcgAoQnmI4UZnc]],
    [[GOOGLE_API_KEY=AIzaXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX]],
    [[key=AIza${API_KEY_SUFFIX}]],
  },
}
