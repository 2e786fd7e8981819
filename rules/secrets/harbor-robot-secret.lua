return {
  id = "secrets.harbor-robot-secret",
  title = "Harbor robot account secret",
  severity = "high",
  tags = { "secrets", "harbor" },
  applies_to = { "*" },
  help = [[The secret of a Harbor robot account (`robot$name`). Used as the registry password with the robot's name, it pulls and pushes images and artifacts in the projects and with the permissions granted to the robot, which is commonly push access to images that production deploys.

**Fix:** Refresh the secret of the robot account in Harbor (*Administration > Robot Accounts* or the project's *Robot Accounts* tab, **Refresh secret**), or delete the robot and create one with narrower permissions and an expiry. Then take the literal out of the file (and out of history when the repository is shared; only rotation really ends the exposure), store the new value in a secret manager (Vault, a cloud secret manager, SOPS-encrypted files) and hand it to the process at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://goharbor.io/docs/2.5.0/working-with-projects/project-configuration/create-robot-accounts/",
    "https://goharbor.io/docs/2.6.0/administration/robot-accounts/",
    "https://github.com/goharbor/harbor/blob/main/src/common/utils/utils.go",
  },
  pattern = [[(?i:\bharbor[\w.\-]{0,30}?(?:secret|token|password|passwd|pass|key|credential)[\w.\-]{0,12}?)["']?[ \t]*(?:=|:=|:|=>)[ \t]*["']?([A-Za-z0-9]{32})\b]],
  keywords = { "harbor" },
  entropy = 3.5,
  examples = {
    [[HARBOR_ROBOT_SECRET=sD247SMlhapAF7E33elwMWMJKV5igl8b]],
    [[  harbor_password: "OlJWOFZ4BQ4lNl34MBpuqQASIa6yGPnT"]],
    [[export HARBOR_TOKEN='Av4rYHC8FVQbJNoDHgJz894OhMOZapEb']],
  },
  negative_examples = {
    [[HARBOR_PASSWORD=Harbor12345]],
    [[HARBOR_ROBOT_SECRET=${HARBOR_ROBOT_SECRET}]],
    [[HARBOR_USERNAME=robot$ci+deployer]],
  },
}
