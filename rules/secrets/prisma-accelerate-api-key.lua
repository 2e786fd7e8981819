return {
  id = "secrets.prisma-accelerate-api-key",
  title = "Prisma Accelerate API key",
  severity = "critical",
  tags = { "secrets", "prisma" },
  applies_to = { "*" },
  help = [=[The API key of a Prisma Accelerate (or Prisma Postgres) connection string, `prisma://accelerate.prisma-data.net/?api_key=…`. With it, Prisma Client runs any query through Accelerate against the project's database with the database user configured in the Prisma Console.

**Fix:** Delete the API key in the Prisma Console (the project's environment > *API keys*) and generate a new connection string; review the database for changes since the exposure. Then delete the literal from the file (and from history if the repository is shared; rotation is what actually closes the exposure), keep the new value in a secret store (Vault, a cloud secret manager, SOPS-encrypted files) and inject it at runtime or through the CI system's secret mechanism (GitHub Actions `secrets.*`, GitLab masked and protected variables), never as a literal.]=],
  references = {
    "https://www.prisma.io/docs/data-platform/accelerate/getting-started",
    "https://www.prisma.io/docs/accelerate/local-development",
  },
  pattern = [=[\bprisma(?:\+postgres)?://accelerate\.prisma-data\.net/?\?api_key=([A-Za-z0-9_\-.]{40,1000})]=],
  keywords = { "accelerate.prisma-data.net" },
  entropy = 3.5,
  examples = {
    [=[DATABASE_URL="prisma://accelerate.prisma-data.net/?api_key=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.jo4wn7dXUbqHV4XnQrPeXkA2-C7qIOJFtJKNeq_k5CKvBMErBmSVKgL3qcwQGHbtRoRfOUOU2rhn6QZ6fbNZFYg9LfFWRW9usUbqA0pyzMtZqt_zSq1ljMfk.yaHIlCEiClFJ3-mKr7RYnTp10n4BrFitYcv1IW387IT"]=],
    [=[      DATABASE_URL: prisma+postgres://accelerate.prisma-data.net/?api_key=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.OfCO_BejAH-BAHuYPLTDLxJSeTM8cppcANfsYvBQQWiji0OYvpQoMy4qeJRxtwY2d3lUZ2zJ40CJdfuSf26V-HD2vV2-mASroCTTWUzt4kuhBDidnjRMD40Y.Y0cnA8MoM19uOhuaa_jMphcXDQrIYPezrRRaYfkD49a]=],
  },
  negative_examples = {
    [=[DATABASE_URL="prisma://accelerate.prisma-data.net/?api_key=__API_KEY__"]=],
    [=[DATABASE_URL="prisma://accelerate.prisma-data.net/?api_key=${ACCELERATE_KEY}"]=],
    [=[DATABASE_URL="postgresql://app@db.internal:5432/app"]=],
  },
}
