-- supply-chain.registry-mutable-tags: an image repository whose tags can be moved to other images.
local res = tg.lib("resource")

return {
  id = "supply-chain.registry-mutable-tags",
  title = "Container registry allows tags to be overwritten",
  severity = "low",
  tags = { "supply-chain", "resource" },
  applies_to = { "resource" },
  help = [[
When a repository's tags are mutable, pushing `app:1.4.2` again silently replaces what every deployment of
`app:1.4.2` runs: a tag stops naming one image, and a compromised pipeline can swap a released image. Reported for
an `aws_ecr_repository` (`AWS::ECR::Repository`) whose `image_tag_mutability` (`ImageTagMutability`) is `MUTABLE`
or not set (mutable by default), and a Docker `google_artifact_registry_repository` without
`docker_config.immutable_tags = true`.

Not reported: `IMMUTABLE` (and `IMMUTABLE_WITH_EXCLUSION`) repositories, non-Docker Artifact Registry
repositories, and unknown values.

Fix: set `image_tag_mutability = "IMMUTABLE"` (Google: `docker_config { immutable_tags = true }`) and publish every
build under a new tag; pin deployments by digest.
See docs/rules/supply-chain/registry-mutable-tags.md.]],
  references = {
    "https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html",
    "https://cloud.google.com/artifact-registry/docs/docker/manage-images#immutable_tags",
  },
  check = function(doc, ctx)
    local item = doc.root
    local t = item.type
    if t == "google_artifact_registry_repository" then
      local format = tg.get(item.attributes, "format")
      if type(format) ~= "string" or format:upper() ~= "DOCKER" then return end
    elseif t ~= "aws_ecr_repository" and t ~= "AWS::ECR::Repository" then
      return
    end
    if item.immutable_tags == nil then
      res.report_absent(ctx, item, tg.excerpt(item.address) .. " lets tags be overwritten (tags are mutable by default)")
    elseif res.known(item.immutable_tags) == false then
      ctx:report{ at = item, key = "immutable_tags",
        message = tg.excerpt(item.address) .. " lets tags be overwritten" }
    end
  end,
}
