return {
  id = "secrets.agora-app-certificate",
  title = "Agora App Certificate",
  severity = "high",
  tags = { "secrets", "agora" },
  applies_to = { "*" },
  help = [=[The App Certificate of an Agora project. A server uses it with the App ID to sign AccessToken2 tokens, so whoever holds it can mint tokens that join, publish to or log in to any channel of the project (RTC, Signaling/RTM, Chat, Flexible Classroom) as any user, billed to the project.

**Fix:** In Agora Console (*Projects > project > Security*), enable a secondary certificate, move the token server to it, then switch it to primary and delete the old certificate. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://docs.agora.io/en/introduction/account",
    "https://github.com/AgoraIO/Tools/blob/master/DynamicKey/AgoraDynamicKey/python3/src/AccessToken2.py",
  },
  pattern = [=[(?i:(?:agora)[\w.\-]{0,30}?(?:cert(?:ificate)?|secret)[\w.\-]{0,12}?)[\"']?[ \t]*(?:=|:=|:|=>)[ \t]*[\"']?([a-f0-9]{32})\b]=],
  keywords = { "agora" },
  entropy = 3.2,
  examples = {
    [=[AGORA_APP_CERTIFICATE=dae0246d43490798669be10478b3eb7a]=],
    [=[  agora_app_certificate: "dc6be3f375de631f453b7fd92403d8a0"]=],
    [=[const agoraCertificate = "626e43de653191293e4cbc19f5fb08ba";]=],
  },
  negative_examples = {
    [=[AGORA_APP_ID=5abcebdf13e7a70bd91ddad095d0f79e]=],
    [=[AGORA_APP_CERTIFICATE=${AGORA_APP_CERTIFICATE}]=],
    [=[AGORA_APP_CERTIFICATE=da33271b98ccbb5260d41bc1]=],
  },
}
