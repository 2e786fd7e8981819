-- security.public-bucket: a storage bucket readable (or writable) by anyone.
local res = tg.lib("resource")

-- Grants written apart from their bucket. When the bucket is among the scanned files, the model folds the grant
-- into it and the bucket is reported; otherwise (another module or repository) the grant is reported where it is
-- written, since it is public whatever the bucket.
local kGrants = { google_storage_bucket_iam_member = true, google_storage_bucket_iam_binding = true,
  aws_s3_bucket_acl = true }

return {
  id = "security.public-bucket",
  title = "Storage bucket is open to the public",
  severity = "high",
  tags = { "security", "resource" },
  applies_to = { "resource" },
  help = [[
A public bucket is the most common source of cloud data leaks. Reported for an S3 bucket with a public ACL
(`public-read`, `public-read-write`, `authenticated-read`; `AccessControl: PublicRead`), in the bucket or an
`aws_s3_bucket_acl` for it, unless a public access block with all four flags on covers it; a Cloud Storage bucket
granted to `allUsers` or `allAuthenticatedUsers`; an Azure storage account with
`allow_nested_items_to_be_public = true` or a container with `container_access_type` `blob` or `container`. A
public `aws_s3_bucket_acl` or GCS bucket IAM grant whose bucket is not in the scanned files is reported at the
grant.

Not reported: unknown values, and buckets whose policy (`aws_s3_bucket_policy`) grants public reads, which the
model does not read yet. A website bucket is public on purpose: serve it through a CDN with origin access instead,
or suppress the finding with a reason.

Fix: remove the public grant; add `aws_s3_bucket_public_access_block` with all four flags true,
`public_access_prevention = "enforced"` (GCS), `allow_nested_items_to_be_public = false` (Azure).
See docs/rules/security/public-bucket.md.]],
  references = {
    "https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html",
    "https://cloud.google.com/storage/docs/public-access-prevention",
    "https://learn.microsoft.com/azure/storage/blobs/anonymous-read-access-prevent",
  },
  check = function(doc, ctx)
    local item = doc.root
    local t = item.type
    local grant = kGrants[t] and item.configures == nil
    if item.class ~= "bucket" and t ~= "azurerm_storage_container" and not grant then return end
    if res.known(item.public_access) == true then
      ctx:report{ at = item, key = "public_access",
        message = tg.excerpt(item.address) .. " is readable by anyone on the internet" }
    end
  end,
}
