-- resilience.bucket-versioning-disabled: a bucket where an overwrite or a delete is final.
local res = tg.lib("resource")

return {
  id = "resilience.bucket-versioning-disabled",
  title = "Storage bucket without object versioning",
  severity = "low",
  tags = { "resilience", "resource", "backup" },
  applies_to = { "resource" },
  help = [[
Without versioning, an object overwritten or deleted (by a bug, a sync with `--delete`, ransomware) is gone.
Reported for an S3 bucket without versioning enabled (in the bucket or an `aws_s3_bucket_versioning` for it in
the same module), a Cloud Storage bucket without `versioning { enabled = true }`, an Azure storage account without
`blob_properties { versioning_enabled = true }`, and a CloudFormation bucket without `VersioningConfiguration:
{Status: Enabled}`: versioning is off by default on all three clouds.

Not reported: unknown values (`status = var.versioning`), and a bucket whose versioning is set in another folder
(the model relates resources within one module). Severity low: many buckets hold data that can be rebuilt.

Fix: enable versioning, with a lifecycle rule that expires old versions.
See docs/rules/resilience/bucket-versioning-disabled.md.]],
  references = {
    "https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html",
    "https://cloud.google.com/storage/docs/object-versioning",
    "https://learn.microsoft.com/azure/storage/blobs/versioning-overview",
  },
  check = function(doc, ctx)
    local item = doc.root
    if item.class ~= "bucket" then return end
    local v = item.versioning
    if v == nil then
      res.report_absent(ctx, item, tg.excerpt(item.address) .. " does not enable versioning, so overwritten or deleted objects are lost")
    elseif res.known(v) == false then
      ctx:report{ at = item, key = "versioning",
        message = tg.excerpt(item.address) .. " has versioning off, so overwritten or deleted objects are lost" }
    end
  end,
}
