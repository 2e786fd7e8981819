return {
  id = "secrets.calcom-api-key",
  title = "Cal.com API key",
  severity = "high",
  tags = { "secrets", "calcom" },
  applies_to = { "*" },
  help = [=[A Cal.com API key (`cal_live_…` in live mode, `cal_…` in test mode). It calls the Cal.com API as the user who created it: bookings, event types, schedules and availability, attendees' names and e-mail addresses, and for organization admins every member's data.

**Fix:** Delete the key in Cal.com (*Settings > Developer > API keys*), create a replacement with an expiry date, and review bookings and webhooks for changes since the exposure. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://cal.com/docs/api-reference/v1/authentication",
    "https://cal.com/docs/api-reference/v2/introduction",
  },
  pattern = [=[\b(cal_(?:live_)?[0-9a-f]{32})\b]=],
  keywords = { "cal_" },
  keywords_exact = true,
  entropy = 3.0,
  examples = {
    [=[CALCOM_API_KEY=cal_live_49e9f272da0e20f7ebaae0b064e24fcb]=],
    [=[requests.get("https://api.cal.com/v1/bookings", params={"apiKey": "cal_cbc5379c1173e08f379a2bd4bb9262de"})]=],
  },
  negative_examples = {
    [=[curl "https://api.cal.com/v1/?apiKey=cal_live_xxxxxx"]=],
    [=[CALCOM_API_KEY=cal_live_fa02ab41175a243e306e12b9]=],
    [=[local_f9313721337f46354eda40e22418b489 = 1]=],
  },
}
