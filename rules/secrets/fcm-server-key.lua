return {
  id = "secrets.fcm-server-key",
  title = "Firebase Cloud Messaging legacy server key",
  severity = "high",
  tags = { "secrets", "firebase" },
  applies_to = { "*" },
  help = [[A legacy Firebase Cloud Messaging server key. It sends push notifications to every device registered with the project through the legacy FCM API.

**Fix:** Delete the server key in the Firebase console (*Project settings > Cloud Messaging*) and migrate to the HTTP v1 API with short-lived OAuth tokens. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://firebase.google.com/docs/cloud-messaging/auth-server",
    "https://firebase.google.com/docs/cloud-messaging/migrate-v1",
  },
  pattern = [[\b(AAAA[A-Za-z0-9_\-]{7}:APA91b[A-Za-z0-9_\-]{120,160})(?:[^A-Za-z0-9_\-]|$)]],
  keywords = { "APA91b" },
  entropy = 4.0,
  examples = {
    [[FCM_SERVER_KEY=AAAARzDOSAc:APA91bkMRQYU2-haWgBsvx7yBHJueckd6GgNGdD2q7JJImZkHs39q-HajhY2ojaQzBWMx9b2tB8h-v4St0H_J0O7CJRVOYR_pIrBaWzcwKgJyTzXFFyqkER74T0Y0L9ohYu9JQw4miTM]],
    [[  "serverKey": "AAAA66BpUtF:APA91bjhOBtYNvGHk8kWr0FhGsH-TV4ovdNP71wBCyD1Ebl7pXJHFs-SsIdkhCmQobdDWn7GXwYKOnF11LJxlG16ERXD8FGUor4TlP9yxNdBhdAuu8eChb4u8QoJB7pDOAV7WJ0qK_y3",]],
  },
  negative_examples = {
    [[FCM_SERVER_KEY=AAAA...:APA91b...]],
    [[FCM_SENDER_ID=123456789012]],
  },
}
