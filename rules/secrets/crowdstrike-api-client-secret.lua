return {
  id = "secrets.crowdstrike-api-client-secret",
  title = "CrowdStrike Falcon API client secret",
  severity = "high",
  tags = { "secrets", "crowdstrike" },
  applies_to = { "*" },
  help = [=[The secret of a CrowdStrike Falcon OAuth2 API client. With the client id it obtains bearer tokens for the Falcon APIs with the client's scopes, which can include reading detections and host data, changing prevention policies, containing hosts, and running Real Time Response commands on endpoints.

**Fix:** Reset the secret or delete the API client in the Falcon console (*Support and resources > API clients and keys*); then review the audit log for the client's activity. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://developer.crowdstrike.com/sdks/",
    "https://github.com/CrowdStrike/psfalcon/wiki/Request-FalconToken",
  },
  pattern = [=[(?i:(?:(?:falcon|crowdstrike)[\w.\-]{0,30}?secret[\w.\-]{0,12}?[\"']?[ \t]*(?:=|:=|:|=>)|falcon[^\n]{0,80}?-clientsecret)[ \t]*[\"']?)([A-Za-z0-9]{40})\b]=],
  keywords = { "falcon", "crowdstrike" },
  entropy = 3.8,
  examples = {
    [=[FALCON_CLIENT_SECRET=QsW8duG0n7ymBGaaANkhMZ5RjH5i62ynJgLI2WVJ]=],
    [=[  crowdstrike_client_secret: "46DLqjeiRUpdHckSqelTqBSEVFXvKph3hWdmCXOv"]=],
    [=[Request-FalconToken -ClientId 805a708036490b94a36cce9f441da702 -ClientSecret qKF5OHQqTbtLgMLihNKGPJrJThx2LCRA2Ikqu1jt]=],
  },
  negative_examples = {
    [=[FALCON_CLIENT_ID=db3faa950d43385ade948b5a36e6c49f]=],
    [=[FALCON_CLIENT_SECRET=cfOxVOHqlUvbH6rOVjzSa1F5GHUDZoTc]=],
    [=[FALCON_CLIENT_SECRET=${FALCON_CLIENT_SECRET}]=],
  },
}
