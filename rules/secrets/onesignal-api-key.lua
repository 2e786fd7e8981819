return {
  id = "secrets.onesignal-api-key",
  title = "OneSignal REST API key",
  severity = "high",
  tags = { "secrets", "onesignal" },
  applies_to = { "*" },
  help = [=[A OneSignal App API key (`os_v2_app_…`) or Organization API key (`os_v2_org_…`). An app key sends push, email and SMS messages to the app's subscribers and reads or changes users and subscriptions; an organization key creates apps and manages their API keys.

**Fix:** Rotate or delete the key in the OneSignal dashboard (*Settings > Keys & IDs* for app keys, *Organizations > Keys & IDs* for organization keys). Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://documentation.onesignal.com/docs/keys-and-ids",
    "https://documentation.onesignal.com/reference/create-api-key",
  },
  pattern = [=[\b(os_v2_(?:app|org)_[a-z2-7]{96,112})\b]=],
  keywords = { "os_v2_" },
  entropy = 3.8,
  examples = {
    [=[ONESIGNAL_REST_API_KEY=os_v2_app_srdcjaunbf2pppv56kh56dmt2pbbc7jjevbaqehpsakf3ey4mqxxz4ajxz7esxrpnumsxh6q2rfaszc4z4g32y5hualditbleeystxh]=],
    [=[curl -H 'Authorization: Key os_v2_app_mp2wa4wuiw53y3exgbejxbe6llujd25ocomsoyt4dsy3jt4gscxeanxjltnlr22vx5crziecfsbbprwcd3uhfzqwidee2ofyxl7fmp7' https://api.onesignal.com/notifications]=],
    [=[onesignal_org_key: os_v2_org_vgkpkvxu47ssnox4pxsouevtbvl7pe22vby7evqnskohbjsstrvscy7bwllgmamoxqtv7fq52v6s3plq4jlxc2k6jcapyub5jwytedx]=],
  },
  negative_examples = {
    [=[ONESIGNAL_REST_API_KEY=os_v2_app_...]=],
    [=[ONESIGNAL_REST_API_KEY=os_v2_app_raaj6v3dazfnqe2wlpahk6km2kedvdl4hryeglqrd22qijpbing72rei5fsg]=],
    [=[ONESIGNAL_APP_ID=7ea13429-4fe6-4fdf-9214-440f6c9e2c93]=],
  },
}
