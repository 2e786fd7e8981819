return {
  id = "secrets.private-packagist-update-token",
  title = "Private Packagist update token",
  severity = "high",
  tags = { "secrets", "packagist" },
  applies_to = { "*" },
  help = [=[A Private Packagist authentication token with update access: an organization token (`packagist_out_…`), a user token (`packagist_uut_…`, access to every organization and suborganization the user belongs to) or a Conductor token (`packagist_cut_…`). It installs every package it can reach and lets Composer mirror new packages into the organization.

**Fix:** Regenerate the token (the user's *Composer Auth* page for user tokens, the organization's *Authentication Tokens* for the others) and check the organization log for packages added since the exposure. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://packagist.com/docs/composer-authentication",
    "https://github.com/packagist/private-packagist-docs/blob/main/docs/composer-authentication.md",
  },
  pattern = [=[\b(packagist_(?:out|uut|cut)_[0-9a-f]{68})\b]=],
  keywords = { "packagist_out_", "packagist_uut_", "packagist_cut_" },
  entropy = 3.0,
  examples = {
    [=[composer config --global --auth http-basic.repo.packagist.com token packagist_out_8ada8ea271af2159075ef55cc58c8224800ba9f881e6fc3103a20081ef693bfff597]=],
    [=[        "repo.packagist.com": { "username": "deploy", "password": "packagist_uut_1302ac819e31b523d24e232aa00783c75518ed8944903a46816ba2bffa7ef19553ff" }]=],
  },
  negative_examples = {
    [=["password": "packagist_ort_c783a30cc0d136dcab10fd4207b0d43edca8894437c3119a31bd99865d9329cd79e6"]=],
    [=["password": "packagist_uut_19bc81d0af466e1259de077661f5e4b6799cf92a9194f9813bf0a91596fc"]=],
    [=["password": "packagist_out_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"]=],
  },
}
