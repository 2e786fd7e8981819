return {
  id = "secrets.buildkite-agent-token",
  title = "Buildkite agent token",
  severity = "high",
  tags = { "secrets", "buildkite" },
  applies_to = { "*" },
  help = [[A Buildkite agent credential: a cluster agent token (`bkct_`), an unclustered agent registration token (`bkar_`) or an agent session (access) token (`bkaa_`). With it, anyone can register an agent in the organization's cluster, or act as an already registered agent, and be handed jobs from the cluster's queues, together with the job environment, checkout credentials and secrets those jobs receive.

**Fix:** Revoke the token in Buildkite (*Agents > cluster > Agent Tokens*, or *Agents > Unclustered > Agent Tokens*; stop the agent that owns a `bkaa_` session token), create a new one and roll it out to the agent fleet through its secret store. Then take the literal out of the file (and out of history when the repository is shared; only rotation really ends the exposure), store the new value in a secret manager (Vault, a cloud secret manager, SOPS-encrypted files) and hand it to the process at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://buildkite.com/docs/platform/security/tokens",
    "https://github.com/buildkite/agent/blob/main/internal/redact/redact.go",
    "https://buildkite.com/docs/agent/v3/tokens",
  },
  pattern = [[\b((?:bkct|bkar|bkaa)_[A-Za-z0-9_.\-]{38,200})(?:[^A-Za-z0-9_.\-]|$)]],
  keywords = { "bkct_", "bkar_", "bkaa_" },
  entropy = 3.5,
  examples = {
    [[BUILDKITE_AGENT_TOKEN=bkct_U0GiGAb.xUb76RFENjKNQW1xeJT0FLUIHE5Ht1SB2klpkRvY1cgy9jpe5pRGGje7w18Mi78S]],
    [[token="bkar_5X8fIdc.C00kfJfXHqMRCtMt2ggRbJRrXzC5efH16Wzvp4kFDHWC0PyUvAx1Q3wxQZddygFJ5Z"]],
    [[  agent_token: bkaa_JUk.MYwUPERNYLVGoMduKb5FW1pwvSaFvotrCk0TCFKWDUtAKvIn4mUAT5uBt1LgsEzHVxBptXDvorluw]],
  },
  negative_examples = {
    [[BUILDKITE_AGENT_TOKEN=bkct_...]],
    [[token="bkct_xxxx..."   # cluster token from step above]],
    [[BUILDKITE_AGENT_TOKEN=${BUILDKITE_AGENT_TOKEN}]],
  },
}
