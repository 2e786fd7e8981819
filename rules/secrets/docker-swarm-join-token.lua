return {
  id = "secrets.docker-swarm-join-token",
  title = "Docker Swarm join token",
  severity = "high",
  tags = { "secrets", "docker", "docker-swarm" },
  applies_to = { "*" },
  help = [[A Docker Swarm join token, as `docker swarm join-token worker|manager` prints it: `SWMTKN-1-`, the digest of the swarm's root CA and a random secret. Passed to `docker swarm join --token`, it lets any host that can reach a manager join the swarm as a worker (and receive the tasks, and so the secrets, scheduled to it) or, with the manager token, as a manager with full control of the cluster.

**Fix:** Rotate the token with `docker swarm join-token --rotate worker` (and `manager`), check `docker node ls` for nodes that should not be there and remove them, and fetch the token from a manager at provisioning time instead of storing it. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]],
  references = {
    "https://docs.docker.com/reference/cli/docker/swarm/join-token/",
    "https://docs.docker.com/reference/cli/docker/swarm/join/",
  },
  -- Format from the docker swarm join-token reference: SWMTKN-1-, 50 lowercase base-36 characters (the CA digest),
  -- '-', 25 (the secret). The tokens printed in Docker's own documentation are allowed.
  pattern = [[\b(SWMTKN-1-[0-9a-z]{50}-[0-9a-z]{25})\b]],
  keywords = { "SWMTKN-1-" },
  keywords_exact = true,
  entropy = 3.5,
  allow = {
    [[^SWMTKN-1-3pu6hszjas19xyp7ghgosyx9k8atbfcr8p2is99znpy26u2lkl-]],
    [[aabbccdd]],
  },
  examples = {
    [[docker swarm join --token SWMTKN-1-q1mdz437abczlscixa76farroivltgy9ar8qybujbd94jicaxf-uu28bp8iugwxjlltc94gghnbo 10.0.4.11:2377]],
    [[SWARM_MANAGER_TOKEN=SWMTKN-1-pn2lm6sw1mkyh74ex4ktckblo3f8hi008s5h0sboify5sl2nh9-z8om8b5negihcq8htzmewc2o3]],
  },
  negative_examples = {
    [[docker swarm join --token SWMTKN-1-3pu6hszjas19xyp7ghgosyx9k8atbfcr8p2is99znpy26u2lkl-1awxwuwd3z9j1z3puu7rcgdbx 172.17.0.2:2377]],
    [[docker swarm join --token ${SWARM_TOKEN} 10.0.4.11:2377]],
    [[SWARM_TOKEN=SWMTKN-1-egegy9tnpi7fxt3qto9k2zhq5deuv2ifp6paqv6m0a2z5w8dxg-isk7oivom56xdqc33o81q9]],
  },
}
