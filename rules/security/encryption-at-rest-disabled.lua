-- security.encryption-at-rest-disabled: a data store whose storage is not encrypted.
local res = tg.lib("resource")

-- Types stored unencrypted unless set (the provider's documented default). S3 (since 2023), DynamoDB, SQS (SSE-SQS
-- since 2022), Google and Azure storage encrypt by default and appear only when switched off.
local kPlainByDefault = {
  aws_db_instance = true, aws_rds_cluster = true, aws_docdb_cluster = true, aws_neptune_cluster = true,
  aws_ebs_volume = true, aws_efs_file_system = true, aws_elasticache_replication_group = true,
  aws_sns_topic = true, aws_kinesis_stream = true, aws_opensearch_domain = true, aws_elasticsearch_domain = true,
  ["AWS::RDS::DBInstance"] = true, ["AWS::RDS::DBCluster"] = true, ["AWS::DocDB::DBCluster"] = true,
  ["AWS::Neptune::DBCluster"] = true, ["AWS::EC2::Volume"] = true, ["AWS::EFS::FileSystem"] = true,
  ["AWS::ElastiCache::ReplicationGroup"] = true, ["AWS::SNS::Topic"] = true, ["AWS::Kinesis::Stream"] = true,
  ["AWS::OpenSearchService::Domain"] = true, ["AWS::Elasticsearch::Domain"] = true,
}
local kClasses = { database = true, bucket = true, volume = true, file_system = true, queue = true, topic = true,
  stream = true, cache = true, search = true }

return {
  id = "security.encryption-at-rest-disabled",
  title = "Data store is not encrypted at rest",
  severity = "medium",
  tags = { "security", "resource", "encryption" },
  applies_to = { "resource" },
  help = [[
Unencrypted storage exposes its data to anyone who gets a snapshot, a disk or a backup copy, and most compliance
regimes require encryption at rest. Reported when encryption is switched off (`storage_encrypted = false`,
`encrypted = false`, `at_rest_encryption_enabled = false`, `sqs_managed_sse_enabled = false`,
`transparent_data_encryption_enabled = false`, the CloudFormation equivalents), and when it is unset on a type
that stores data in the clear by default: RDS and Aurora, DocumentDB, Neptune, EBS volumes, EFS file systems,
ElastiCache replication groups, SNS topics (no `kms_master_key_id`), Kinesis streams, OpenSearch and
Elasticsearch domains.

Not reported: replicas and restores that leave it unset (they inherit their source's encryption), Aurora
Serverless v1 (always encrypted), DB instances of an Aurora cluster (the cluster's setting holds), unknown values,
and types encrypted by default (S3 since January 2023, DynamoDB, SQS since 2022, Redshift, Google Cloud and Azure
storage). An account-wide EBS default encryption is not visible in the files: say so with `encrypted = true`.

Fix: `storage_encrypted = true` / `encrypted = true`, with `kms_key_id` where key control is required (it cannot
be turned on later for RDS without a copy). See docs/rules/security/encryption-at-rest-disabled.md.]],
  references = {
    "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html",
    "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html",
    "https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html",
  },
  check = function(doc, ctx)
    local item = doc.root
    if not kClasses[item.class] then return end
    local enc = item.encrypted_at_rest
    if enc == nil then
      if not kPlainByDefault[item.type] or res.is_copy(item) then return end
      if item.kms_key ~= nil then return end  -- a key named implies encryption
      local mode = tg.get(item.attributes, "engine_mode") or tg.get(item.attributes, "EngineMode")
      if mode == "serverless" then return end
      res.report_absent(ctx, item, tg.excerpt(item.address) .. " does not enable encryption at rest, which is off by default")
    elseif res.known(enc) == false then
      ctx:report{ at = item, key = "encrypted_at_rest",
        message = tg.excerpt(item.address) .. " disables encryption at rest" }
    end
  end,
}
