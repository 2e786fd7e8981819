return {
  id = "secrets.quay-robot-token",
  title = "Quay robot account token",
  severity = "high",
  tags = { "secrets", "quay" },
  applies_to = { "*" },
  help = [[The token of a Quay.io or Red Hat Quay robot account (`namespace+robotname`). Used as the registry password, it pulls and pushes images in the repositories the robot was granted, with read, write or admin permission.

**Fix:** Regenerate the robot token in Quay (*Organization or account settings > Robot Accounts > robot > Regenerate Token*, or `POST /api/v1/organization/{org}/robots/{robot}/regenerate`) and update the CI secret. Then take the literal out of the file (and out of history when the repository is shared; only rotation really ends the exposure), store the new value in a secret manager (Vault, a cloud secret manager, SOPS-encrypted files) and hand it to the process at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.quay.io/glossary/robot-accounts.html",
    "https://docs.redhat.com/en/documentation/red_hat_quay/3/html/use_red_hat_quay/allow-robot-access-user-repo",
    "https://github.com/quay/quay/blob/master/data/model/user.py",
  },
  pattern = [[(?i:(?:\bquay[\w.\-]{0,30}?(?:token|password|passwd|pass|secret|key|credential)[\w.\-]{0,12}?["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?|[ \t]-p[ \t]*=?[ \t]*[\"']?|--password[ \t]*=?[ \t]*[\"']?))([A-Z0-9]{64})\b]],
  keywords = { "quay" },
  entropy = 3.5,
  examples = {
    [[QUAY_ROBOT_TOKEN=JSYH40CU0EE991RD5730FGHRJ0WABOI4HYMY284ODM5FZZ15X580CESCE4E1786M]],
    [[docker login -u="acme+ci_pusher" -p="T7K6KOV8MPJT5K3K76JR9DIU8NPNFQVKI16GLAF3MZ7DWPTZA5S3EFZINWCD1OZ5" quay.io]],
    [[  quay_password: '47AQV5AN5W74ILX7AHUNXLNA4015ZUVT5RJK6Q0O1EJGTH840BW5VK8IDPERK6K3']],
  },
  negative_examples = {
    [[QUAY_ROBOT_TOKEN=${QUAY_ROBOT_TOKEN}]],
    [[docker login -u="acme+ci_pusher" -p="$QUAY_TOKEN" quay.io]],
    [[QUAY_ROBOT_TOKEN=KB3KHMYM4J0DYY6RBDQ0ML5X2PHN8UJ5MSY7TMNQ]],
  },
}
