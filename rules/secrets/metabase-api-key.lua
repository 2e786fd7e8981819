return {
  id = "secrets.metabase-api-key",
  title = "Metabase API key",
  severity = "high",
  tags = { "secrets", "metabase" },
  applies_to = { "*" },
  help = [=[A Metabase API key (`mb_` followed by 32 random bytes in base64), sent in the `x-api-key` header. Each key is bound to a permission group and acts with that group's rights: it can run native SQL against every database the group may query, read and change questions, dashboards and collections, and, when the group is Administrators, manage users, database connections and settings of the whole instance.

**Fix:** Delete or regenerate the key in Metabase (*Admin > Settings > Authentication > API Keys*), and assign the replacement to the narrowest group that works. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://www.metabase.com/docs/latest/people-and-groups/api-keys",
    "https://github.com/metabase/metabase/blob/master/src/metabase/models/api_key.clj",
  },
  pattern = [=[\b(mb_[A-Za-z0-9+/]{43}=)(?:[^A-Za-z0-9+/=]|$)]=],
  keywords = { "mb_" },
  keywords_exact = true,
  entropy = 4.0,
  examples = {
    [=[METABASE_API_KEY=mb_B3j+IZkP2mAzJ5vez7CW1FBniJcG8ilXzxbghb5/wpw=]=],
    [=[curl -H 'x-api-key: mb_UkFq1zgCoy4nqjpcVMi21RrRBiQUCVh+EGYSJHNcizk=' https://bi.internal.example.net/api/user/current]=],
  },
  negative_examples = {
    [=[METABASE_API_KEY=mb_B3j+IZkP2mAzJ5vez7CW1FBniJc]=],
    [=[METABASE_API_KEY=mb_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx=]=],
    [=[METABASE_API_KEY=${METABASE_API_KEY}]=],
    [=[MB_DB_PASS=Tr0ub4dor-and-horse-staple]=],
  },
}
