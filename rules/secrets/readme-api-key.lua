return {
  id = "secrets.readme-api-key",
  title = "ReadMe API key",
  severity = "high",
  tags = { "secrets", "readme" },
  applies_to = { "*" },
  help = [[A ReadMe (readme.com) project API key. Used by the `rdme` CLI, its GitHub Action and the ReadMe API, it can read and overwrite the project's documentation, API definitions, changelogs and custom pages, and read API metrics.

**Fix:** Delete the key in the ReadMe dashboard (*project > Configuration > API Keys*) and create a new one for the CI job. Then take the literal out of the file (and out of history when the repository is shared; only rotation really ends the exposure), store the new value in a secret manager (Vault, a cloud secret manager, SOPS-encrypted files) and hand it to the process at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.readme.com/reference/authentication",
    "https://docs.readme.com/main/docs/your-dashboard-and-profile",
    "https://github.com/readmeio/rdme",
  },
  pattern = [[\b(rdme_[a-z0-9]{70})\b]],
  keywords = { "rdme_" },
  entropy = 3.5,
  allow = { [[^rdme_xn8s9h06045b8f21df0cefbd65178234b54cdfd3918c48be52af543ca773b70de70da9$]] },
  examples = {
    [[README_API_KEY=rdme_tg7ilp8jvrcmpojzjxod8dmnps6mvuatcpfblxj6oul4fyqw009tp3820tjjgs2cn3u2xb]],
    [[npx rdme openapi upload petstore.json --key=rdme_e6xuy04ueg0lt0vfrw5bpvtsa3zav978ojgaiz2wpb1hke68maoupd2pqha7stzxu2xnce]],
    [[  readme_api_key: 'rdme_m8wi9o7341i46i4pfsges2wjuql5gtm1pxvc57x9altg4olxw2calkdqv5ejnwd1fippf8']],
  },
  negative_examples = {
    [[readme.log('rdme_xn8s9h06045b8f21df0cefbd65178234b54cdfd3918c48be52af543ca773b70de70da9', req, res, {]],
    [[README_API_KEY=rdme_your_readme_api_key]],
    [[README_API_KEY=rdme_ralmj5k6ike8o3lolrsad6b2xc15vlvvg0a2fw1f]],
  },
}
