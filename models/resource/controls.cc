// The portable side of the resource model (docs/document-model.md, "Resource"): a class per provider type, and
// controls read from each type's own attributes into names that mean the same for AWS, GCP and Azure, so that
// "database without backups" is one rule. Each control is located at the attribute that set it; a control no
// attribute sets is absent, whatever the provider's default (the schema page lists the defaults).
#include <algorithm>
#include <cctype>
#include <unordered_map>

#include "models/resource/resource_model.h"

namespace tollgate::resource {

namespace {

struct ClassOf {
  std::string_view type, cls;
};

constexpr ClassOf kClasses[] = {
    // AWS (Terraform)
    {"aws_db_instance", "database"}, {"aws_rds_cluster", "database"}, {"aws_docdb_cluster", "database"},
    {"aws_neptune_cluster", "database"}, {"aws_redshift_cluster", "database"}, {"aws_dynamodb_table", "database"},
    {"aws_rds_cluster_instance", "database_instance"}, {"aws_docdb_cluster_instance", "database_instance"},
    {"aws_neptune_cluster_instance", "database_instance"},
    {"aws_elasticache_cluster", "cache"}, {"aws_elasticache_replication_group", "cache"},
    {"aws_memorydb_cluster", "cache"}, {"aws_dax_cluster", "cache"},
    {"aws_s3_bucket", "bucket"},
    {"aws_eks_cluster", "cluster"}, {"aws_ecs_cluster", "cluster"}, {"aws_emr_cluster", "cluster"},
    {"aws_sqs_queue", "queue"}, {"aws_mq_broker", "queue"},
    {"aws_kinesis_stream", "stream"}, {"aws_msk_cluster", "stream"},
    {"aws_sns_topic", "topic"},
    {"aws_cloudwatch_log_group", "log_group"},
    {"aws_cloudwatch_metric_alarm", "alarm"}, {"aws_cloudwatch_composite_alarm", "alarm"},
    {"aws_lb", "load_balancer"}, {"aws_alb", "load_balancer"}, {"aws_elb", "load_balancer"},
    {"aws_lb_target_group", "target_group"}, {"aws_alb_target_group", "target_group"},
    {"aws_kms_key", "key"},
    {"aws_efs_file_system", "file_system"}, {"aws_fsx_lustre_file_system", "file_system"},
    {"aws_fsx_windows_file_system", "file_system"}, {"aws_fsx_ontap_file_system", "file_system"},
    {"aws_lambda_function", "function"},
    {"aws_ecs_service", "container_service"}, {"aws_apprunner_service", "container_service"},
    {"aws_vpc", "network"}, {"aws_subnet", "subnet"},
    {"aws_security_group", "security_group"}, {"aws_security_group_rule", "security_group_rule"},
    {"aws_vpc_security_group_ingress_rule", "security_group_rule"},
    {"aws_instance", "instance"}, {"aws_ebs_volume", "volume"},
    {"aws_autoscaling_group", "autoscaling_group"},
    {"aws_secretsmanager_secret", "secret"}, {"aws_ecr_repository", "registry"},
    {"aws_opensearch_domain", "search"}, {"aws_elasticsearch_domain", "search"},
    {"aws_cloudtrail", "audit_trail"}, {"aws_cloudfront_distribution", "cdn"},
    {"aws_lb_listener", "listener"}, {"aws_alb_listener", "listener"},
    {"aws_api_gateway_stage", "api_stage"}, {"aws_apigatewayv2_stage", "api_stage"},
    {"aws_api_gateway_domain_name", "api_domain"}, {"aws_apigatewayv2_domain_name", "api_domain"},
    {"aws_iam_policy", "policy"}, {"aws_iam_role_policy", "policy"}, {"aws_iam_user_policy", "policy"},
    {"aws_iam_group_policy", "policy"}, {"aws_iam_role", "role"}, {"aws_iam_policy_document", "policy"},
    {"aws_ssoadmin_permission_set_inline_policy", "policy"},
    // AWS (CloudFormation)
    {"AWS::RDS::DBInstance", "database"}, {"AWS::RDS::DBCluster", "database"}, {"AWS::DocDB::DBCluster", "database"},
    {"AWS::Neptune::DBCluster", "database"}, {"AWS::Redshift::Cluster", "database"},
    {"AWS::DynamoDB::Table", "database"}, {"AWS::DynamoDB::GlobalTable", "database"},
    {"AWS::ElastiCache::CacheCluster", "cache"}, {"AWS::ElastiCache::ReplicationGroup", "cache"},
    {"AWS::MemoryDB::Cluster", "cache"},
    {"AWS::S3::Bucket", "bucket"},
    {"AWS::EKS::Cluster", "cluster"}, {"AWS::ECS::Cluster", "cluster"},
    {"AWS::SQS::Queue", "queue"}, {"AWS::AmazonMQ::Broker", "queue"},
    {"AWS::Kinesis::Stream", "stream"}, {"AWS::MSK::Cluster", "stream"},
    {"AWS::SNS::Topic", "topic"},
    {"AWS::Logs::LogGroup", "log_group"},
    {"AWS::CloudWatch::Alarm", "alarm"}, {"AWS::CloudWatch::CompositeAlarm", "alarm"},
    {"AWS::ElasticLoadBalancingV2::LoadBalancer", "load_balancer"},
    {"AWS::ElasticLoadBalancing::LoadBalancer", "load_balancer"},
    {"AWS::ElasticLoadBalancingV2::TargetGroup", "target_group"},
    {"AWS::KMS::Key", "key"},
    {"AWS::EFS::FileSystem", "file_system"},
    {"AWS::Lambda::Function", "function"}, {"AWS::Serverless::Function", "function"},
    {"AWS::ECS::Service", "container_service"},
    {"AWS::EC2::VPC", "network"}, {"AWS::EC2::Subnet", "subnet"},
    {"AWS::EC2::SecurityGroup", "security_group"}, {"AWS::EC2::SecurityGroupIngress", "security_group_rule"},
    {"AWS::EC2::Instance", "instance"}, {"AWS::EC2::Volume", "volume"},
    {"AWS::AutoScaling::AutoScalingGroup", "autoscaling_group"},
    {"AWS::SecretsManager::Secret", "secret"}, {"AWS::ECR::Repository", "registry"},
    {"AWS::OpenSearchService::Domain", "search"}, {"AWS::Elasticsearch::Domain", "search"},
    {"AWS::CloudTrail::Trail", "audit_trail"}, {"AWS::CloudFront::Distribution", "cdn"},
    {"AWS::ElasticLoadBalancingV2::Listener", "listener"},
    {"AWS::ApiGateway::Stage", "api_stage"}, {"AWS::ApiGatewayV2::Stage", "api_stage"},
    // A SAM API is a REST (or HTTP) API with its stage.
    {"AWS::Serverless::Api", "api_stage"}, {"AWS::Serverless::HttpApi", "api_stage"},
    {"AWS::ApiGateway::DomainName", "api_domain"}, {"AWS::ApiGatewayV2::DomainName", "api_domain"},
    {"AWS::IAM::Policy", "policy"}, {"AWS::IAM::ManagedPolicy", "policy"}, {"AWS::IAM::Role", "role"},
    {"AWS::IAM::User", "user"}, {"AWS::IAM::Group", "group"},
    // Google Cloud
    {"google_sql_database_instance", "database"}, {"google_spanner_instance", "database"},
    {"google_bigtable_instance", "database"}, {"google_alloydb_cluster", "database"},
    {"google_redis_instance", "cache"}, {"google_memcache_instance", "cache"},
    {"google_storage_bucket", "bucket"},
    {"google_container_cluster", "cluster"},
    {"google_pubsub_subscription", "queue"}, {"google_pubsub_topic", "topic"},
    {"google_logging_project_bucket_config", "log_group"},
    {"google_monitoring_alert_policy", "alarm"},
    {"google_compute_forwarding_rule", "load_balancer"}, {"google_compute_global_forwarding_rule", "load_balancer"},
    {"google_compute_backend_service", "target_group"}, {"google_compute_region_backend_service", "target_group"},
    {"google_kms_crypto_key", "key"},
    {"google_filestore_instance", "file_system"},
    {"google_cloudfunctions_function", "function"}, {"google_cloudfunctions2_function", "function"},
    {"google_cloud_run_service", "container_service"}, {"google_cloud_run_v2_service", "container_service"},
    {"google_compute_network", "network"}, {"google_compute_subnetwork", "subnet"},
    {"google_compute_firewall", "security_group_rule"},
    {"google_compute_instance", "instance"}, {"google_compute_disk", "volume"},
    {"google_compute_instance_group_manager", "autoscaling_group"},
    {"google_compute_region_instance_group_manager", "autoscaling_group"},
    {"google_secret_manager_secret", "secret"}, {"google_artifact_registry_repository", "registry"},
    {"google_compute_ssl_policy", "tls_policy"},
    // Azure
    {"azurerm_mssql_database", "database"}, {"azurerm_sql_database", "database"},
    {"azurerm_postgresql_flexible_server", "database"}, {"azurerm_postgresql_server", "database"},
    {"azurerm_mysql_flexible_server", "database"}, {"azurerm_mysql_server", "database"},
    {"azurerm_mariadb_server", "database"}, {"azurerm_cosmosdb_account", "database"},
    {"azurerm_mssql_server", "database_server"}, {"azurerm_sql_server", "database_server"},
    {"azurerm_redis_cache", "cache"},
    {"azurerm_storage_account", "bucket"},
    {"azurerm_kubernetes_cluster", "cluster"},
    {"azurerm_servicebus_queue", "queue"}, {"azurerm_storage_queue", "queue"},
    {"azurerm_eventhub", "stream"},
    {"azurerm_servicebus_topic", "topic"}, {"azurerm_eventgrid_topic", "topic"},
    {"azurerm_log_analytics_workspace", "log_group"},
    {"azurerm_monitor_metric_alert", "alarm"}, {"azurerm_monitor_scheduled_query_rules_alert_v2", "alarm"},
    {"azurerm_lb", "load_balancer"}, {"azurerm_application_gateway", "load_balancer"},
    {"azurerm_lb_backend_address_pool", "target_group"},
    {"azurerm_key_vault_key", "key"},
    {"azurerm_storage_share", "file_system"},
    {"azurerm_function_app", "function"}, {"azurerm_linux_function_app", "function"},
    {"azurerm_windows_function_app", "function"},
    {"azurerm_container_app", "container_service"}, {"azurerm_container_group", "container_service"},
    {"azurerm_virtual_network", "network"}, {"azurerm_subnet", "subnet"},
    {"azurerm_network_security_group", "security_group"}, {"azurerm_network_security_rule", "security_group_rule"},
    {"azurerm_linux_virtual_machine", "instance"}, {"azurerm_windows_virtual_machine", "instance"},
    {"azurerm_virtual_machine", "instance"}, {"azurerm_managed_disk", "volume"},
    {"azurerm_linux_virtual_machine_scale_set", "autoscaling_group"},
    {"azurerm_windows_virtual_machine_scale_set", "autoscaling_group"},
    {"azurerm_key_vault_secret", "secret"}, {"azurerm_key_vault", "secret_store"},
    {"azurerm_container_registry", "registry"},
};

// How a control's value comes from the attribute at a row's path.
enum class Conv : uint8_t {
  value,          // the attribute as it is (bool, int or string, by the control's kind)
  negate,         // a bool, inverted (aws_lb.internal = false: public)
  equals,         // true when the string is one of arg's '|'-separated words (any case), else false
  when_equals,    // true when it is one of them (or a list holds one), else absent
  false_when,     // false when it is one of them, else absent
  present,        // true when the attribute or block is set and not empty
  zero_when_false,// 0 when the bool is false (backups switched off), else absent
  hours_to_days,  // an int of hours, in days
  open_source,    // public_access: true when a rule at the path admits any address (0.0.0.0/0, ::/0, *, Internet)
                  // in one of arg's fields, false when every such field is known and none does
  all_block,      // public_access: false when every one of arg's flags is true (an S3 public access block)
  keyed_value,    // the Value of the {Key, Value} item whose Key is arg (CloudFormation load balancer attributes)
  positive,       // an int: true when above 0, false when 0 (a monitoring interval)
  only_false,     // a bool: false when false, else absent (actions_enabled = false silences an alarm)
};

struct Row {
  std::string_view type, control, path;
  Conv conv = Conv::value;
  std::string_view arg = {};
};

constexpr std::string_view kPublicAcl = "public-read|public-read-write|authenticated-read";
constexpr std::string_view kOpenTf = "cidr_blocks|ipv6_cidr_blocks";

// For each type, its rows in order: the first that gives a control a value sets it.
constexpr Row kRows[] = {
    // --- AWS, Terraform (and plans)
    {"aws_db_instance", "backup_retention_days", "backup_retention_period"},
    {"aws_db_instance", "deletion_protection", "deletion_protection"},
    {"aws_db_instance", "multi_az", "multi_az"},
    {"aws_db_instance", "encrypted_at_rest", "storage_encrypted"},
    {"aws_db_instance", "kms_key", "kms_key_id"},
    {"aws_db_instance", "public_access", "publicly_accessible"},
    {"aws_rds_cluster", "backup_retention_days", "backup_retention_period"},
    {"aws_rds_cluster", "deletion_protection", "deletion_protection"},
    {"aws_rds_cluster", "encrypted_at_rest", "storage_encrypted"},
    {"aws_rds_cluster", "kms_key", "kms_key_id"},
    {"aws_rds_cluster_instance", "public_access", "publicly_accessible"},
    {"aws_docdb_cluster", "backup_retention_days", "backup_retention_period"},
    {"aws_docdb_cluster", "deletion_protection", "deletion_protection"},
    {"aws_docdb_cluster", "encrypted_at_rest", "storage_encrypted"},
    {"aws_docdb_cluster", "kms_key", "kms_key_id"},
    {"aws_neptune_cluster", "backup_retention_days", "backup_retention_period"},
    {"aws_neptune_cluster", "deletion_protection", "deletion_protection"},
    {"aws_neptune_cluster", "encrypted_at_rest", "storage_encrypted"},
    {"aws_neptune_cluster", "kms_key", "kms_key_arn"},
    {"aws_redshift_cluster", "backup_retention_days", "automated_snapshot_retention_period"},
    {"aws_redshift_cluster", "encrypted_at_rest", "encrypted"},
    {"aws_redshift_cluster", "kms_key", "kms_key_id"},
    {"aws_redshift_cluster", "public_access", "publicly_accessible"},
    {"aws_redshift_cluster", "multi_az", "multi_az"},
    {"aws_dynamodb_table", "point_in_time_recovery", "point_in_time_recovery.enabled"},
    {"aws_dynamodb_table", "deletion_protection", "deletion_protection_enabled"},
    {"aws_dynamodb_table", "kms_key", "server_side_encryption.kms_key_arn"},
    {"aws_elasticache_replication_group", "backup_retention_days", "snapshot_retention_limit"},
    {"aws_elasticache_replication_group", "multi_az", "multi_az_enabled"},
    {"aws_elasticache_replication_group", "encrypted_at_rest", "at_rest_encryption_enabled"},
    {"aws_elasticache_replication_group", "kms_key", "kms_key_id"},
    {"aws_elasticache_cluster", "backup_retention_days", "snapshot_retention_limit"},
    {"aws_s3_bucket", "versioning", "versioning.enabled"},
    {"aws_s3_bucket", "encrypted_at_rest", "server_side_encryption_configuration", Conv::present},
    {"aws_s3_bucket", "kms_key", "server_side_encryption_configuration.rule.apply_server_side_encryption_by_default.kms_master_key_id"},
    {"aws_s3_bucket", "public_access", "acl", Conv::when_equals, kPublicAcl},
    {"aws_s3_bucket_versioning", "versioning", "versioning_configuration.status", Conv::equals, "Enabled"},
    {"aws_s3_bucket_server_side_encryption_configuration", "encrypted_at_rest", "rule", Conv::present},
    {"aws_s3_bucket_server_side_encryption_configuration", "kms_key", "rule.apply_server_side_encryption_by_default.kms_master_key_id"},
    {"aws_s3_bucket_public_access_block", "public_access", "", Conv::all_block,
     "block_public_acls|block_public_policy|ignore_public_acls|restrict_public_buckets"},
    {"aws_s3_bucket_acl", "public_access", "acl", Conv::when_equals, kPublicAcl},
    {"aws_ebs_volume", "encrypted_at_rest", "encrypted"},
    {"aws_ebs_volume", "kms_key", "kms_key_id"},
    {"aws_efs_file_system", "encrypted_at_rest", "encrypted"},
    {"aws_efs_file_system", "kms_key", "kms_key_id"},
    {"aws_sqs_queue", "encrypted_at_rest", "kms_master_key_id", Conv::present},
    {"aws_sqs_queue", "encrypted_at_rest", "sqs_managed_sse_enabled"},
    {"aws_sqs_queue", "kms_key", "kms_master_key_id"},
    {"aws_sns_topic", "encrypted_at_rest", "kms_master_key_id", Conv::present},
    {"aws_sns_topic", "kms_key", "kms_master_key_id"},
    {"aws_kinesis_stream", "encrypted_at_rest", "encryption_type", Conv::equals, "KMS"},
    {"aws_kinesis_stream", "kms_key", "kms_key_id"},
    {"aws_cloudwatch_log_group", "log_retention_days", "retention_in_days"},
    {"aws_cloudwatch_log_group", "kms_key", "kms_key_id"},
    {"aws_kms_key", "key_rotation", "enable_key_rotation"},
    {"aws_lb", "deletion_protection", "enable_deletion_protection"},
    {"aws_lb", "public_access", "internal", Conv::negate},
    {"aws_alb", "deletion_protection", "enable_deletion_protection"},
    {"aws_alb", "public_access", "internal", Conv::negate},
    {"aws_elb", "public_access", "internal", Conv::negate},
    {"aws_ecs_service", "circuit_breaker", "deployment_circuit_breaker.enable"},
    {"aws_ecs_service", "circuit_breaker_rollback", "deployment_circuit_breaker.rollback"},
    {"aws_security_group", "public_access", "ingress", Conv::open_source, kOpenTf},
    {"aws_security_group_rule", "public_access", "", Conv::open_source, kOpenTf},
    {"aws_vpc_security_group_ingress_rule", "public_access", "", Conv::open_source, "cidr_ipv4|cidr_ipv6"},
    {"aws_eks_cluster", "public_access", "vpc_config.endpoint_public_access"},
    {"aws_instance", "public_access", "associate_public_ip_address"},
    {"aws_instance", "encrypted_at_rest", "root_block_device.encrypted"},
    {"aws_instance", "kms_key", "root_block_device.kms_key_id"},
    {"aws_opensearch_domain", "encrypted_at_rest", "encrypt_at_rest.enabled"},
    {"aws_opensearch_domain", "kms_key", "encrypt_at_rest.kms_key_id"},
    {"aws_opensearch_domain", "multi_az", "cluster_config.zone_awareness_enabled"},
    {"aws_elasticsearch_domain", "encrypted_at_rest", "encrypt_at_rest.enabled"},
    {"aws_elasticsearch_domain", "kms_key", "encrypt_at_rest.kms_key_id"},
    {"aws_elasticsearch_domain", "multi_az", "cluster_config.zone_awareness_enabled"},
    {"aws_mq_broker", "multi_az", "deployment_mode", Conv::equals, "ACTIVE_STANDBY_MULTI_AZ|CLUSTER_MULTI_AZ"},
    {"aws_ecr_repository", "kms_key", "encryption_configuration.kms_key"},
    {"aws_secretsmanager_secret", "kms_key", "kms_key_id"},
    {"aws_cloudtrail", "kms_key", "kms_key_id"},
    // --- AWS, CloudFormation (attributes are the resource's Properties)
    {"AWS::RDS::DBInstance", "backup_retention_days", "BackupRetentionPeriod"},
    {"AWS::RDS::DBInstance", "deletion_protection", "DeletionProtection"},
    {"AWS::RDS::DBInstance", "multi_az", "MultiAZ"},
    {"AWS::RDS::DBInstance", "encrypted_at_rest", "StorageEncrypted"},
    {"AWS::RDS::DBInstance", "kms_key", "KmsKeyId"},
    {"AWS::RDS::DBInstance", "public_access", "PubliclyAccessible"},
    {"AWS::RDS::DBCluster", "backup_retention_days", "BackupRetentionPeriod"},
    {"AWS::RDS::DBCluster", "deletion_protection", "DeletionProtection"},
    {"AWS::RDS::DBCluster", "encrypted_at_rest", "StorageEncrypted"},
    {"AWS::RDS::DBCluster", "kms_key", "KmsKeyId"},
    {"AWS::RDS::DBCluster", "public_access", "PubliclyAccessible"},
    {"AWS::DocDB::DBCluster", "backup_retention_days", "BackupRetentionPeriod"},
    {"AWS::DocDB::DBCluster", "deletion_protection", "DeletionProtection"},
    {"AWS::DocDB::DBCluster", "encrypted_at_rest", "StorageEncrypted"},
    {"AWS::DocDB::DBCluster", "kms_key", "KmsKeyId"},
    {"AWS::Neptune::DBCluster", "backup_retention_days", "BackupRetentionPeriod"},
    {"AWS::Neptune::DBCluster", "deletion_protection", "DeletionProtection"},
    {"AWS::Neptune::DBCluster", "encrypted_at_rest", "StorageEncrypted"},
    {"AWS::Neptune::DBCluster", "kms_key", "KmsKeyId"},
    {"AWS::Redshift::Cluster", "backup_retention_days", "AutomatedSnapshotRetentionPeriod"},
    {"AWS::Redshift::Cluster", "encrypted_at_rest", "Encrypted"},
    {"AWS::Redshift::Cluster", "kms_key", "KmsKeyId"},
    {"AWS::Redshift::Cluster", "public_access", "PubliclyAccessible"},
    {"AWS::Redshift::Cluster", "multi_az", "MultiAZ"},
    {"AWS::DynamoDB::Table", "point_in_time_recovery", "PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled"},
    {"AWS::DynamoDB::Table", "deletion_protection", "DeletionProtectionEnabled"},
    {"AWS::DynamoDB::Table", "kms_key", "SSESpecification.KMSMasterKeyId"},
    {"AWS::ElastiCache::ReplicationGroup", "backup_retention_days", "SnapshotRetentionLimit"},
    {"AWS::ElastiCache::ReplicationGroup", "multi_az", "MultiAZEnabled"},
    {"AWS::ElastiCache::ReplicationGroup", "encrypted_at_rest", "AtRestEncryptionEnabled"},
    {"AWS::ElastiCache::ReplicationGroup", "kms_key", "KmsKeyId"},
    {"AWS::ElastiCache::CacheCluster", "backup_retention_days", "SnapshotRetentionLimit"},
    {"AWS::S3::Bucket", "versioning", "VersioningConfiguration.Status", Conv::equals, "Enabled"},
    {"AWS::S3::Bucket", "encrypted_at_rest", "BucketEncryption", Conv::present},
    {"AWS::S3::Bucket", "kms_key",
     "BucketEncryption.ServerSideEncryptionConfiguration.ServerSideEncryptionByDefault.KMSMasterKeyID"},
    // A public access block outranks a public ACL: S3 ignores the ACL behind it.
    {"AWS::S3::Bucket", "public_access", "PublicAccessBlockConfiguration", Conv::all_block,
     "BlockPublicAcls|BlockPublicPolicy|IgnorePublicAcls|RestrictPublicBuckets"},
    {"AWS::S3::Bucket", "public_access", "AccessControl", Conv::when_equals, "PublicRead|PublicReadWrite|AuthenticatedRead"},
    {"AWS::EC2::Volume", "encrypted_at_rest", "Encrypted"},
    {"AWS::EC2::Volume", "kms_key", "KmsKeyId"},
    {"AWS::EFS::FileSystem", "encrypted_at_rest", "Encrypted"},
    {"AWS::EFS::FileSystem", "kms_key", "KmsKeyId"},
    {"AWS::SQS::Queue", "encrypted_at_rest", "KmsMasterKeyId", Conv::present},
    {"AWS::SQS::Queue", "encrypted_at_rest", "SqsManagedSseEnabled"},
    {"AWS::SQS::Queue", "kms_key", "KmsMasterKeyId"},
    {"AWS::SNS::Topic", "encrypted_at_rest", "KmsMasterKeyId", Conv::present},
    {"AWS::SNS::Topic", "kms_key", "KmsMasterKeyId"},
    {"AWS::Kinesis::Stream", "encrypted_at_rest", "StreamEncryption.EncryptionType", Conv::equals, "KMS"},
    {"AWS::Kinesis::Stream", "kms_key", "StreamEncryption.KeyId"},
    {"AWS::Logs::LogGroup", "log_retention_days", "RetentionInDays"},
    {"AWS::Logs::LogGroup", "kms_key", "KmsKeyId"},
    {"AWS::KMS::Key", "key_rotation", "EnableKeyRotation"},
    {"AWS::ElasticLoadBalancingV2::LoadBalancer", "deletion_protection", "LoadBalancerAttributes", Conv::keyed_value,
     "deletion_protection.enabled"},
    {"AWS::ElasticLoadBalancingV2::LoadBalancer", "public_access", "Scheme", Conv::equals, "internet-facing"},
    {"AWS::ElasticLoadBalancing::LoadBalancer", "public_access", "Scheme", Conv::equals, "internet-facing"},
    {"AWS::ECS::Service", "circuit_breaker", "DeploymentConfiguration.DeploymentCircuitBreaker.Enable"},
    {"AWS::ECS::Service", "circuit_breaker_rollback", "DeploymentConfiguration.DeploymentCircuitBreaker.Rollback"},
    {"AWS::EC2::SecurityGroup", "public_access", "SecurityGroupIngress", Conv::open_source, "CidrIp|CidrIpv6"},
    {"AWS::EC2::SecurityGroupIngress", "public_access", "", Conv::open_source, "CidrIp|CidrIpv6"},
    {"AWS::EKS::Cluster", "public_access", "ResourcesVpcConfig.EndpointPublicAccess"},
    {"AWS::OpenSearchService::Domain", "encrypted_at_rest", "EncryptionAtRestOptions.Enabled"},
    {"AWS::OpenSearchService::Domain", "kms_key", "EncryptionAtRestOptions.KmsKeyId"},
    {"AWS::OpenSearchService::Domain", "multi_az", "ClusterConfig.ZoneAwarenessEnabled"},
    {"AWS::Elasticsearch::Domain", "encrypted_at_rest", "EncryptionAtRestOptions.Enabled"},
    {"AWS::Elasticsearch::Domain", "kms_key", "EncryptionAtRestOptions.KmsKeyId"},
    {"AWS::Elasticsearch::Domain", "multi_az", "ElasticsearchClusterConfig.ZoneAwarenessEnabled"},
    {"AWS::AmazonMQ::Broker", "multi_az", "DeploymentMode", Conv::equals, "ACTIVE_STANDBY_MULTI_AZ|CLUSTER_MULTI_AZ"},
    {"AWS::ECR::Repository", "kms_key", "EncryptionConfiguration.KmsKey"},
    {"AWS::SecretsManager::Secret", "kms_key", "KmsKeyId"},
    {"AWS::CloudTrail::Trail", "kms_key", "KMSKeyId"},
    // --- Google Cloud
    {"google_sql_database_instance", "backup_retention_days", "settings.backup_configuration.enabled", Conv::zero_when_false},
    // Backups run daily, so the number kept is the days covered.
    {"google_sql_database_instance", "backup_retention_days",
     "settings.backup_configuration.backup_retention_settings.retained_backups"},
    {"google_sql_database_instance", "deletion_protection", "settings.deletion_protection_enabled"},
    {"google_sql_database_instance", "multi_az", "settings.availability_type", Conv::equals, "REGIONAL"},
    {"google_sql_database_instance", "public_access", "settings.ip_configuration.authorized_networks",
     Conv::open_source, "value"},
    {"google_sql_database_instance", "kms_key", "encryption_key_name"},
    {"google_storage_bucket", "versioning", "versioning.enabled"},
    {"google_storage_bucket", "kms_key", "encryption.default_kms_key_name"},
    {"google_storage_bucket", "public_access", "public_access_prevention", Conv::false_when, "enforced"},
    {"google_storage_bucket_iam_member", "public_access", "member", Conv::when_equals, "allUsers|allAuthenticatedUsers"},
    {"google_storage_bucket_iam_binding", "public_access", "members", Conv::when_equals, "allUsers|allAuthenticatedUsers"},
    {"google_compute_firewall", "public_access", "", Conv::open_source, "source_ranges"},
    {"google_kms_crypto_key", "key_rotation", "rotation_period", Conv::present},
    {"google_container_cluster", "deletion_protection", "deletion_protection"},
    {"google_compute_instance", "deletion_protection", "deletion_protection"},
    {"google_compute_disk", "kms_key", "disk_encryption_key.kms_key_self_link"},
    {"google_redis_instance", "multi_az", "tier", Conv::equals, "STANDARD_HA"},
    {"google_logging_project_bucket_config", "log_retention_days", "retention_days"},
    {"google_pubsub_topic", "kms_key", "kms_key_name"},
    {"google_spanner_database", "deletion_protection", "deletion_protection"},
    // --- Azure
    {"azurerm_mssql_database", "backup_retention_days", "short_term_retention_policy.retention_days"},
    {"azurerm_mssql_database", "multi_az", "zone_redundant"},
    {"azurerm_mssql_database", "encrypted_at_rest", "transparent_data_encryption_enabled"},
    {"azurerm_mssql_server", "public_access", "public_network_access_enabled"},
    {"azurerm_postgresql_flexible_server", "backup_retention_days", "backup_retention_days"},
    {"azurerm_postgresql_flexible_server", "multi_az", "high_availability.mode", Conv::equals, "ZoneRedundant"},
    {"azurerm_postgresql_flexible_server", "public_access", "public_network_access_enabled"},
    {"azurerm_postgresql_flexible_server", "kms_key", "customer_managed_key.key_vault_key_id"},
    {"azurerm_mysql_flexible_server", "backup_retention_days", "backup_retention_days"},
    {"azurerm_mysql_flexible_server", "multi_az", "high_availability.mode", Conv::equals, "ZoneRedundant"},
    {"azurerm_mysql_flexible_server", "public_access", "public_network_access_enabled"},
    {"azurerm_mysql_flexible_server", "kms_key", "customer_managed_key.key_vault_key_id"},
    {"azurerm_postgresql_server", "backup_retention_days", "backup_retention_days"},
    {"azurerm_postgresql_server", "public_access", "public_network_access_enabled"},
    {"azurerm_mysql_server", "backup_retention_days", "backup_retention_days"},
    {"azurerm_mysql_server", "public_access", "public_network_access_enabled"},
    {"azurerm_cosmosdb_account", "backup_retention_days", "backup.retention_in_hours", Conv::hours_to_days},
    {"azurerm_cosmosdb_account", "point_in_time_recovery", "backup.type", Conv::equals, "Continuous"},
    {"azurerm_cosmosdb_account", "public_access", "public_network_access_enabled"},
    {"azurerm_cosmosdb_account", "kms_key", "key_vault_key_id"},
    {"azurerm_cosmosdb_account", "multi_az", "geo_location.zone_redundant"},
    {"azurerm_storage_account", "versioning", "blob_properties.versioning_enabled"},
    {"azurerm_storage_account", "multi_az", "account_replication_type", Conv::equals, "ZRS|GZRS|RAGZRS"},
    {"azurerm_storage_account", "public_access", "allow_nested_items_to_be_public"},
    {"azurerm_storage_account", "public_access", "allow_blob_public_access"},
    {"azurerm_storage_account", "kms_key", "customer_managed_key.key_vault_key_id"},
    {"azurerm_storage_container", "public_access", "container_access_type", Conv::equals, "blob|container"},
    {"azurerm_network_security_rule", "public_access", "", Conv::open_source, "source_address_prefix|source_address_prefixes"},
    {"azurerm_network_security_group", "public_access", "security_rule", Conv::open_source,
     "source_address_prefix|source_address_prefixes"},
    {"azurerm_key_vault_key", "key_rotation", "rotation_policy", Conv::present},
    {"azurerm_key_vault", "deletion_protection", "purge_protection_enabled"},
    {"azurerm_log_analytics_workspace", "log_retention_days", "retention_in_days"},
    {"azurerm_managed_disk", "kms_key", "disk_encryption_set_id"},
    {"azurerm_redis_cache", "public_access", "public_network_access_enabled"},
    // --- Controls of the later rules (issue 10): cluster endpoints, listeners, TLS, registries, monitoring,
    // logging, alarms, tracing, failover, dead letters.
    {"aws_eks_cluster", "control_plane_logging", "enabled_cluster_log_types", Conv::present},
    {"AWS::EKS::Cluster", "control_plane_logging", "Logging.ClusterLogging.EnabledTypes", Conv::present},
    {"google_container_cluster", "public_access", "private_cluster_config.enable_private_endpoint", Conv::negate},
    {"google_container_cluster", "public_access", "control_plane_endpoints_config.ip_endpoints_config.enabled"},
    {"google_container_cluster", "control_plane_logging", "logging_service", Conv::false_when, "none"},
    {"azurerm_kubernetes_cluster", "public_access", "private_cluster_enabled", Conv::negate},
    {"azurerm_kubernetes_cluster", "control_plane_logging", "oms_agent", Conv::present},
    {"aws_lb_listener", "protocol", "protocol"},
    {"aws_lb_listener", "default_action", "default_action.type"},
    {"aws_lb_listener", "redirect_protocol", "default_action.redirect.protocol"},
    {"aws_lb_listener", "tls_policy", "ssl_policy"},
    {"aws_alb_listener", "protocol", "protocol"},
    {"aws_alb_listener", "default_action", "default_action.type"},
    {"aws_alb_listener", "redirect_protocol", "default_action.redirect.protocol"},
    {"aws_alb_listener", "tls_policy", "ssl_policy"},
    {"AWS::ElasticLoadBalancingV2::Listener", "protocol", "Protocol"},
    {"AWS::ElasticLoadBalancingV2::Listener", "default_action", "DefaultActions.Type"},
    {"AWS::ElasticLoadBalancingV2::Listener", "redirect_protocol", "DefaultActions.RedirectConfig.Protocol"},
    {"AWS::ElasticLoadBalancingV2::Listener", "tls_policy", "SslPolicy"},
    {"aws_cloudfront_distribution", "tls_policy", "viewer_certificate.minimum_protocol_version"},
    {"AWS::CloudFront::Distribution", "tls_policy", "DistributionConfig.ViewerCertificate.MinimumProtocolVersion"},
    {"aws_api_gateway_domain_name", "tls_policy", "security_policy"},
    {"aws_apigatewayv2_domain_name", "tls_policy", "domain_name_configuration.security_policy"},
    {"AWS::ApiGateway::DomainName", "tls_policy", "SecurityPolicy"},
    {"AWS::ApiGatewayV2::DomainName", "tls_policy", "DomainNameConfigurations.SecurityPolicy"},
    {"google_compute_ssl_policy", "tls_policy", "min_tls_version"},
    {"azurerm_application_gateway", "tls_policy", "ssl_policy.min_protocol_version"},
    {"azurerm_application_gateway", "tls_policy", "ssl_policy.policy_name"},
    // Azure's minimum TLS versions of a service's own endpoint: "1.0" to "1.2", "TLS1_0" to "TLS1_2".
    {"azurerm_mssql_server", "tls_policy", "minimum_tls_version"},
    {"azurerm_postgresql_server", "tls_policy", "ssl_minimal_tls_version_enforced"},
    {"azurerm_mysql_server", "tls_policy", "ssl_minimal_tls_version_enforced"},
    {"azurerm_mariadb_server", "tls_policy", "ssl_minimal_tls_version_enforced"},
    {"azurerm_storage_account", "tls_policy", "min_tls_version"},
    {"azurerm_redis_cache", "tls_policy", "minimum_tls_version"},
    {"azurerm_linux_web_app", "tls_policy", "site_config.minimum_tls_version"},
    {"azurerm_windows_web_app", "tls_policy", "site_config.minimum_tls_version"},
    {"azurerm_app_service", "tls_policy", "site_config.min_tls_version"},
    {"aws_ecr_repository", "scan_on_push", "image_scanning_configuration.scan_on_push"},
    {"aws_ecr_repository", "immutable_tags", "image_tag_mutability", Conv::equals,
     "IMMUTABLE|IMMUTABLE_WITH_EXCLUSION"},
    {"AWS::ECR::Repository", "scan_on_push", "ImageScanningConfiguration.ScanOnPush"},
    {"AWS::ECR::Repository", "immutable_tags", "ImageTagMutability", Conv::equals, "IMMUTABLE|IMMUTABLE_WITH_EXCLUSION"},
    {"google_artifact_registry_repository", "immutable_tags", "docker_config.immutable_tags"},
    {"aws_db_instance", "enhanced_monitoring", "monitoring_interval", Conv::positive},
    {"aws_db_instance", "performance_insights", "performance_insights_enabled"},
    {"aws_rds_cluster_instance", "enhanced_monitoring", "monitoring_interval", Conv::positive},
    {"aws_rds_cluster_instance", "performance_insights", "performance_insights_enabled"},
    {"aws_rds_cluster", "enhanced_monitoring", "monitoring_interval", Conv::positive},
    {"aws_rds_cluster", "performance_insights", "performance_insights_enabled"},
    {"AWS::RDS::DBInstance", "enhanced_monitoring", "MonitoringInterval", Conv::positive},
    {"AWS::RDS::DBInstance", "performance_insights", "EnablePerformanceInsights"},
    {"AWS::RDS::DBCluster", "enhanced_monitoring", "MonitoringInterval", Conv::positive},
    {"AWS::RDS::DBCluster", "performance_insights", "PerformanceInsightsEnabled"},
    {"google_sql_database_instance", "performance_insights", "settings.insights_config.query_insights_enabled"},
    {"aws_lb", "access_logging", "access_logs.enabled"},
    {"aws_alb", "access_logging", "access_logs.enabled"},
    {"aws_elb", "access_logging", "access_logs.enabled"},
    {"aws_elb", "access_logging", "access_logs", Conv::present},
    {"AWS::ElasticLoadBalancingV2::LoadBalancer", "access_logging", "LoadBalancerAttributes", Conv::keyed_value,
     "access_logs.s3.enabled"},
    {"AWS::ElasticLoadBalancing::LoadBalancer", "access_logging", "AccessLoggingPolicy.Enabled"},
    {"aws_api_gateway_stage", "access_logging", "access_log_settings", Conv::present},
    {"aws_apigatewayv2_stage", "access_logging", "access_log_settings", Conv::present},
    {"AWS::ApiGateway::Stage", "access_logging", "AccessLogSetting", Conv::present},
    {"AWS::Serverless::Api", "access_logging", "AccessLogSetting", Conv::present},
    {"AWS::Serverless::HttpApi", "access_logging", "AccessLogSettings", Conv::present},
    {"AWS::ApiGatewayV2::Stage", "access_logging", "AccessLogSettings", Conv::present},
    {"aws_cloudfront_distribution", "access_logging", "logging_config", Conv::present},
    {"AWS::CloudFront::Distribution", "access_logging", "DistributionConfig.Logging", Conv::present},
    {"aws_cloudwatch_metric_alarm", "notifies", "actions_enabled", Conv::only_false},
    {"aws_cloudwatch_metric_alarm", "notifies", "alarm_actions", Conv::present},
    {"aws_cloudwatch_composite_alarm", "notifies", "actions_enabled", Conv::only_false},
    {"aws_cloudwatch_composite_alarm", "notifies", "alarm_actions", Conv::present},
    {"AWS::CloudWatch::Alarm", "notifies", "ActionsEnabled", Conv::only_false},
    {"AWS::CloudWatch::Alarm", "notifies", "AlarmActions", Conv::present},
    {"AWS::CloudWatch::CompositeAlarm", "notifies", "ActionsEnabled", Conv::only_false},
    {"AWS::CloudWatch::CompositeAlarm", "notifies", "AlarmActions", Conv::present},
    {"google_monitoring_alert_policy", "notifies", "notification_channels", Conv::present},
    {"azurerm_monitor_metric_alert", "notifies", "action", Conv::present},
    {"azurerm_monitor_scheduled_query_rules_alert_v2", "notifies", "action", Conv::present},
    {"aws_lambda_function", "tracing", "tracing_config.mode", Conv::equals, "Active"},
    {"AWS::Lambda::Function", "tracing", "TracingConfig.Mode", Conv::equals, "Active"},
    {"AWS::Serverless::Function", "tracing", "Tracing", Conv::equals, "Active"},
    {"aws_api_gateway_stage", "tracing", "xray_tracing_enabled"},
    {"AWS::ApiGateway::Stage", "tracing", "TracingEnabled"},
    {"AWS::Serverless::Api", "tracing", "TracingEnabled"},
    {"aws_elasticache_replication_group", "automatic_failover", "automatic_failover_enabled"},
    {"AWS::ElastiCache::ReplicationGroup", "automatic_failover", "AutomaticFailoverEnabled"},
    {"aws_sqs_queue", "dead_letter", "redrive_policy", Conv::present},
    {"AWS::SQS::Queue", "dead_letter", "RedrivePolicy", Conv::present},
    {"google_pubsub_subscription", "dead_letter", "dead_letter_policy", Conv::present},
};

enum class Kind : uint8_t { boolean, integer, string };

Kind kind_of(std::string_view control) {
  if (control == "backup_retention_days" || control == "log_retention_days") return Kind::integer;
  if (control == "kms_key" || control == "protocol" || control == "default_action" || control == "redirect_protocol" ||
      control == "tls_policy")
    return Kind::string;
  return Kind::boolean;
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
  return true;
}
bool one_of(std::string_view s, std::string_view words) {
  while (!words.empty()) {
    size_t bar = words.find('|');
    if (iequals(s, words.substr(0, bar))) return true;
    if (bar == std::string_view::npos) break;
    words.remove_prefix(bar + 1);
  }
  return false;
}
template <class F>
void each_word(std::string_view words, F&& fn) {
  while (!words.empty()) {
    size_t bar = words.find('|');
    fn(words.substr(0, bar));
    if (bar == std::string_view::npos) break;
    words.remove_prefix(bar + 1);
  }
}

bool is_unknown(const Node* n) { return n && n->type == NodeType::expr; }

// A bool as Terraform and CloudFormation accept it: true/false, or the strings "true"/"false" (any case).
bool bool_of(const Node* n, bool* out) {
  if (!n) return false;
  if (n->type == NodeType::boolean || n->type == NodeType::string) {
    if (iequals(n->text, "true")) return *out = true, true;
    if (iequals(n->text, "false")) return *out = false, true;
  }
  return false;
}
bool int_of(const Node* n, long long* out) {
  if (!n || (n->type != NodeType::integer && n->type != NodeType::string) || n->text.empty()) return false;
  char* end = nullptr;
  long long v = std::strtoll(n->text.c_str(), &end, 10);
  if (end != n->text.c_str() + n->text.size()) return false;
  *out = v;
  return true;
}

// A block written with `dynamic "x" { ... }` instead of `x { ... }` in Terraform's JSON syntax, which the body
// reader does not expand (terraform.cc expands HCL's): its content is not known until apply.
const Node* dynamic_block(const Node* map, std::string_view name) {
  const Node* dyn = map->get("dynamic");
  if (!dyn) return nullptr;
  if (dyn->is_map()) return dyn->get(name);
  if (dyn->is_seq())
    for (const Entry& e : dyn->entries)
      if (e.value && e.value->is_map() && e.value->get(name)) return e.value->get(name);
  return nullptr;
}

struct Found {
  const Node* node;         // the attribute (nullptr for a dynamic block)
  const Node* dynamic;      // the dynamic block standing for it
  const Node* parent;       // the map holding it
};

// The attributes at a dotted path; a block that repeats (a seq of blocks) gives one per block.
void walk(const Node* at, std::string_view path, const Node* parent, std::vector<Found>* out, int depth = 0) {
  if (!at || depth > kMaxDepth) return;
  if (at->is_seq() && !path.empty()) {
    for (const Entry& e : at->entries) walk(e.value, path, parent, out, depth + 1);
    return;
  }
  // The end of the path, or a block that cannot be known on the way (a `dynamic` block over an unknown for_each):
  // either way what the path reads is this node.
  if (path.empty() || is_unknown(at)) {
    out->push_back(Found{at, nullptr, parent});
    return;
  }
  if (!at->is_map()) return;
  size_t dot = path.find('.');
  std::string_view step = path.substr(0, dot);
  std::string_view rest = dot == std::string_view::npos ? std::string_view() : path.substr(dot + 1);
  if (const Node* next = at->get(step)) {
    walk(next, rest, at, out, depth + 1);
  } else if (const Node* dyn = dynamic_block(at, step)) {
    out->push_back(Found{nullptr, dyn, at});
  }
}

// Every address: a CIDR with prefix length 0 in any spelling (`0.0.0.0/0`, `::/0`, `0000::/0`), or a provider's
// name for all of them.
bool open_address(std::string_view s) {
  return (s.size() > 2 && s.ends_with("/0")) || s == "0.0.0.0" || s == "*" || iequals(s, "Internet") ||
         iequals(s, "Any");
}

// A rule that lets traffic out, or denies it, opens nothing to the world.
bool admits_inbound(const Node* rule) {
  if (!rule || !rule->is_map()) return true;
  const Node* type = rule->get("type");
  if (type && type->is_string() && iequals(type->text, "egress")) return false;
  const Node* dir = rule->get("direction");
  if (dir && dir->is_string() && (iequals(dir->text, "Outbound") || iequals(dir->text, "EGRESS"))) return false;
  const Node* access = rule->get("access");
  if (access && access->is_string() && iequals(access->text, "Deny")) return false;
  if (rule->get("deny") && !rule->get("allow")) return false;
  return true;
}

class Controls {
 public:
  explicit Controls(Draft& d) : d_(d), b_(*d.b) {}

  void row(const Row& r) {
    if (d_.root->get(r.control)) return;  // an earlier row set it
    std::vector<Found> found;
    walk(d_.attributes, r.path, nullptr, &found);
    if (found.empty()) return;
    if (Node* v = convert(r, found)) b_.set(d_.root, r.control, v);
  }

 private:
  Draft& d_;
  ModelBuilder& b_;

  Node* unknown_at(const Found& f) {
    if (f.dynamic) return b_.unknown("dynamic", f.dynamic->span);
    return b_.unknown(f.node->text, f.node->span);
  }

  Node* convert(const Row& r, const std::vector<Found>& found) {
    if (r.conv == Conv::open_source) return open_source(r, found);
    const Found& f = found.front();
    if (!f.node || is_unknown(f.node)) return unknown_at(f);
    const Node* n = f.node;
    const Span& at = n->span;
    bool flag;
    long long num;
    switch (r.conv) {
      case Conv::value:
        switch (kind_of(r.control)) {
          case Kind::boolean: return bool_of(n, &flag) ? b_.boolean(flag, at) : nullptr;
          case Kind::integer: return int_of(n, &num) ? b_.integer(num, at) : nullptr;
          case Kind::string: return n->is_string() && !n->text.empty() ? b_.str(n->text, at) : nullptr;
        }
        return nullptr;
      case Conv::negate: return bool_of(n, &flag) ? b_.boolean(!flag, at) : nullptr;
      case Conv::equals: return n->is_string() ? b_.boolean(one_of(n->text, r.arg), at) : nullptr;
      case Conv::when_equals:
        if (n->is_string()) return one_of(n->text, r.arg) ? b_.boolean(true, at) : nullptr;
        if (n->is_seq()) {
          for (const Entry& e : n->entries) {
            if (is_unknown(e.value)) return b_.unknown(e.value->text, e.value->span);
            if (e.value && e.value->is_string() && one_of(e.value->text, r.arg)) return b_.boolean(true, e.value->span);
          }
        }
        return nullptr;
      case Conv::false_when: return n->is_string() && one_of(n->text, r.arg) ? b_.boolean(false, at) : nullptr;
      case Conv::present:
        if (n->type == NodeType::null || ((n->is_string() || n->is_seq() || n->is_map()) && n->text.empty() && n->entries.empty()))
          return nullptr;
        return b_.boolean(true, at);
      case Conv::zero_when_false: return bool_of(n, &flag) && !flag ? b_.integer(0, at) : nullptr;
      case Conv::hours_to_days: return int_of(n, &num) ? b_.integer(num / 24, at) : nullptr;
      case Conv::positive: return int_of(n, &num) ? b_.boolean(num > 0, at) : nullptr;
      case Conv::only_false: return bool_of(n, &flag) && !flag ? b_.boolean(false, at) : nullptr;
      case Conv::all_block: {
        if (!n->is_map()) return nullptr;
        bool all = true, unknown = false;
        each_word(r.arg, [&](std::string_view flag_name) {
          const Node* v = n->get(flag_name);
          bool on = false;
          if (is_unknown(v)) unknown = true;
          else if (!bool_of(v, &on) || !on) all = false;
        });
        if (!all) return nullptr;
        return unknown ? b_.unknown("public access block", at) : b_.boolean(false, at);
      }
      case Conv::keyed_value:
        if (!n->is_seq()) return nullptr;
        for (const Entry& e : n->entries) {
          const Node* k = e.value ? e.value->get("Key") : nullptr;
          if (!k || !k->is_string() || k->text != r.arg) continue;
          const Node* v = e.value->get("Value");
          if (is_unknown(v)) return b_.unknown(v->text, v->span);
          return bool_of(v, &flag) ? b_.boolean(flag, v->span) : nullptr;
        }
        return nullptr;
      case Conv::open_source: break;
    }
    return nullptr;
  }

  Node* open_source(const Row& r, const std::vector<Found>& found) {
    const Node* unknown = nullptr;
    const Node* first = nullptr;
    // A block that repeats is a seq of blocks: each is a rule of its own.
    std::vector<Found> rules;
    for (const Found& f : found) {
      if (f.node && f.node->is_seq()) {
        for (const Entry& e : f.node->entries) rules.push_back(Found{e.value, nullptr, f.parent});
      } else {
        rules.push_back(f);
      }
    }
    for (const Found& f : rules) {
      if (!f.node) {
        if (!unknown) unknown = f.dynamic;
        continue;
      }
      if (is_unknown(f.node)) {
        if (!unknown) unknown = f.node;
        continue;
      }
      if (!admits_inbound(f.node)) continue;
      Node* hit = nullptr;
      each_word(r.arg, [&](std::string_view field) {
        const Node* v = f.node->is_map() ? f.node->get(field) : nullptr;
        if (!v || hit) return;
        if (!first) first = v;
        auto check = [&](const Node* s) {
          if (is_unknown(s)) {
            if (!unknown) unknown = s;
          } else if (s && s->is_string() && open_address(s->text) && !hit) {
            hit = b_.boolean(true, s->span);
          }
        };
        if (v->is_seq())
          for (const Entry& e : v->entries) check(e.value);
        else
          check(v);
      });
      if (hit) return hit;
    }
    if (unknown) return b_.unknown(unknown->type == NodeType::expr ? std::string_view(unknown->text) : "dynamic", unknown->span);
    return first ? b_.boolean(false, first->span) : nullptr;
  }
};

// tags (AWS, Azure, CloudFormation) or labels (Google), as a map; CloudFormation writes a seq of {Key, Value}.
void add_tags(Draft& d) {
  const Entry* e = d.attributes->entry("tags");
  if (!e) e = d.attributes->entry("Tags");
  if (!e) e = d.attributes->entry("labels");
  if (!e || !e->value) return;
  ModelBuilder& b = *d.b;
  const Node* src = e->value;
  Node* tags = nullptr;
  if (src->is_map()) {
    tags = b.map(src->span);
    for (const Entry& t : src->entries) b.set(tags, t.key, t.value, t.key_span);
  } else if (src->is_seq()) {
    tags = b.map(src->span);
    for (const Entry& t : src->entries) {
      const Node* k = t.value ? t.value->get("Key") : nullptr;
      const Node* v = t.value ? t.value->get("Value") : nullptr;
      if (k && k->is_string() && v) b.set(tags, k->text, const_cast<Node*>(v), k->span);
    }
  } else if (is_unknown(src)) {
    b.set(d.root, "tags", b.unknown(src->text, src->span), e->key_span);
    return;
  }
  if (!tags) return;
  b.set(d.root, "tags", tags, e->key_span);
  // managed_by: the tag that says what manages the resource (ManagedBy, managed-by, managed_by, any case).
  for (const Entry& t : tags->entries) {
    std::string norm;
    for (char c : t.key)
      if (std::isalnum(static_cast<unsigned char>(c))) norm.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    if (norm == "managedby") b.set(d.root, "managed_by", t.value, t.key_span);
  }
}

// health_check: a target group's (or backend service's) health check, as { enabled, path, protocol, port,
// interval_seconds } where written.
void add_health_check(Draft& d) {
  ModelBuilder& b = *d.b;
  const Node* a = d.attributes;
  struct Field {
    std::string_view from, to;
  };
  auto collect = [&](const Node* block, std::initializer_list<Field> fields, const Span& at) {
    Node* hc = nullptr;
    for (const Field& f : fields) {
      const Node* v = block->get(f.from);
      if (!v) continue;
      if (!hc) hc = b.map(at);
      bool flag;
      if (f.to == "enabled" && !is_unknown(v) && bool_of(v, &flag)) b.set(hc, f.to, b.boolean(flag, v->span));
      else b.set(hc, f.to, const_cast<Node*>(v));
    }
    return hc;
  };
  Node* hc = nullptr;
  if (d.type == "aws_lb_target_group" || d.type == "aws_alb_target_group") {
    const Node* block = a->get("health_check");
    if (block && block->is_seq()) block = block->at(0);
    if (block && block->is_map()) {
      hc = collect(block, {{"enabled", "enabled"}, {"path", "path"}, {"protocol", "protocol"}, {"port", "port"},
                           {"interval", "interval_seconds"}}, block->span);
      if (!hc) hc = b.map(block->span);  // an empty block: the defaults, written
    }
  } else if (d.type == "AWS::ElasticLoadBalancingV2::TargetGroup") {
    hc = collect(a, {{"HealthCheckEnabled", "enabled"}, {"HealthCheckPath", "path"}, {"HealthCheckProtocol", "protocol"},
                     {"HealthCheckPort", "port"}, {"HealthCheckIntervalSeconds", "interval_seconds"}}, a->span);
  } else if (d.type == "google_compute_backend_service" || d.type == "google_compute_region_backend_service") {
    const Node* checks = a->get("health_checks");
    if (is_unknown(checks)) {
      hc = b.map(checks->span);
      b.set(hc, "enabled", b.boolean(true, checks->span));
    } else if (checks && checks->is_seq() && checks->size() > 0) {
      hc = b.map(checks->span);
      b.set(hc, "enabled", b.boolean(true, checks->span));
    }
  }
  if (hc) b.set(d.root, "health_check", hc);
}

// open_ports: for each inbound rule of a security group, firewall or network security group that admits any
// address, the ports it opens, as { from, to } (0-65535 for every port), located at the port attribute (at the
// rule when it names none); an unknown port is an expr. A rule whose sources are unknown opens nothing known, so
// it adds nothing here (public_access is then unknown).
struct PortShape {
  std::string_view type, rules, sources;
  std::string_view from, to, protocol;  // AWS-style ranges; empty when the dialect writes port lists instead
};
constexpr PortShape kPortShapes[] = {
    {"aws_security_group", "ingress", kOpenTf, "from_port", "to_port", "protocol"},
    {"aws_security_group_rule", "", kOpenTf, "from_port", "to_port", "protocol"},
    {"aws_vpc_security_group_ingress_rule", "", "cidr_ipv4|cidr_ipv6", "from_port", "to_port", "ip_protocol"},
    {"AWS::EC2::SecurityGroup", "SecurityGroupIngress", "CidrIp|CidrIpv6", "FromPort", "ToPort", "IpProtocol"},
    {"AWS::EC2::SecurityGroupIngress", "", "CidrIp|CidrIpv6", "FromPort", "ToPort", "IpProtocol"},
    {"google_compute_firewall", "", "source_ranges", "", "", ""},
    {"azurerm_network_security_rule", "", "source_address_prefix|source_address_prefixes", "", "", ""},
    {"azurerm_network_security_group", "security_rule", "source_address_prefix|source_address_prefixes", "", "", ""},
};

bool admits_world(const Node* rule, std::string_view sources) {
  bool open = false;
  each_word(sources, [&](std::string_view field) {
    const Node* v = rule->get(field);
    if (!v) return;
    if (v->is_string() && open_address(v->text)) open = true;
    if (v->is_seq())
      for (const Entry& e : v->entries)
        if (e.value && e.value->is_string() && open_address(e.value->text)) open = true;
  });
  return open;
}

void add_port_range(ModelBuilder& b, Node* out, const Node* spec, const Span& rule_at) {
  if (!spec) {
    Node* r = b.map(rule_at);
    b.set(r, "from", b.integer(0, rule_at));
    b.set(r, "to", b.integer(65535, rule_at));
    b.push(out, r);
    return;
  }
  if (is_unknown(spec)) {
    b.push(out, b.unknown(spec->text, spec->span));
    return;
  }
  if (spec->is_seq()) {
    for (const Entry& e : spec->entries) add_port_range(b, out, e.value, e.value ? e.value->span : rule_at);
    return;
  }
  // "22", "8000-9000", "*" (Azure), or an integer.
  std::string_view t = spec->text;
  long long from = 0, to = 65535;
  if (t != "*") {
    size_t dash = t.find('-');
    std::string a(t.substr(0, dash)), z(dash == std::string_view::npos ? t : t.substr(dash + 1));
    char* end = nullptr;
    from = std::strtoll(a.c_str(), &end, 10);
    if (a.empty() || *end) return;
    to = std::strtoll(z.c_str(), &end, 10);
    if (z.empty() || *end) return;
  }
  Node* r = b.map(spec->span);
  b.set(r, "from", b.integer(from, spec->span));
  b.set(r, "to", b.integer(to, spec->span));
  b.push(out, r);
}

void add_open_ports(Draft& d) {
  const PortShape* shape = nullptr;
  for (const PortShape& p : kPortShapes)
    if (p.type == d.type) shape = &p;
  if (!shape) return;
  ModelBuilder& b = *d.b;
  std::vector<const Node*> rules;
  if (shape->rules.empty()) {
    rules.push_back(d.attributes);
  } else if (const Node* r = d.attributes->get(shape->rules)) {
    if (r->is_seq()) {
      for (const Entry& e : r->entries) rules.push_back(e.value);
    } else {
      rules.push_back(r);
    }
  }
  Node* out = nullptr;
  for (const Node* rule : rules) {
    if (!rule || !rule->is_map() || !admits_inbound(rule) || !admits_world(rule, shape->sources)) continue;
    if (!out) out = b.seq(rule->span);
    if (!shape->from.empty()) {
      const Node* proto = rule->get(shape->protocol);
      const Node* from = rule->get(shape->from);
      const Node* to = rule->get(shape->to);
      bool every_port = proto && proto->is_string() && (proto->text == "-1" || iequals(proto->text, "all"));
      if (every_port || !from) {
        add_port_range(b, out, nullptr, proto && every_port ? proto->span : rule->span);
      } else if (is_unknown(from) || is_unknown(to)) {
        const Node* u = is_unknown(from) ? from : to;
        b.push(out, b.unknown(u->text, u->span));
      } else {
        long long lo = 0, hi = 0;
        if (!int_of(from, &lo)) continue;
        if (!to || !int_of(to, &hi)) hi = lo;
        if (hi < lo) continue;  // a range the provider refuses opens nothing
        Node* r = b.map(from->span);
        b.set(r, "from", b.integer(lo, from->span));
        b.set(r, "to", b.integer(hi, to ? to->span : from->span));
        b.push(out, r);
      }
    } else if (d.type == "google_compute_firewall") {
      // allow { protocol, ports }: no ports (or protocol "all") opens every port of the protocol.
      const Node* allow = rule->get("allow");
      if (!allow) continue;
      std::vector<const Node*> blocks;
      if (allow->is_seq()) {
        for (const Entry& e : allow->entries) blocks.push_back(e.value);
      } else {
        blocks.push_back(allow);
      }
      for (const Node* a : blocks) {
        if (is_unknown(a)) {
          b.push(out, b.unknown(a->text, a->span));
          continue;
        }
        if (!a || !a->is_map()) continue;
        add_port_range(b, out, a->get("ports"), a->span);
      }
    } else {
      // Azure: destination_port_range ("22", "100-200", "*") or destination_port_ranges.
      const Node* ports = rule->get("destination_port_range");
      if (!ports) ports = rule->get("destination_port_ranges");
      add_port_range(b, out, ports, rule->span);
    }
  }
  if (out) b.set(d.root, "open_ports", out);
}


// endpoint_cidrs: the addresses a Kubernetes cluster's public API endpoint admits, a seq of strings (EKS
// public_access_cidrs, GKE master authorized networks, AKS authorized IP ranges). An unknown list, or a dynamic
// block, is unknown; an entry that is unknown stays in the seq as an expr.
void add_endpoint_cidrs(Draft& d) {
  ModelBuilder& b = *d.b;
  const Node* a = d.attributes;
  auto copy_list = [&](const Node* list) {
    if (!list) return;
    if (is_unknown(list)) {
      b.set(d.root, "endpoint_cidrs", b.unknown(list->text, list->span));
      return;
    }
    if (!list->is_seq()) return;
    Node* out = b.set(d.root, "endpoint_cidrs", b.seq(list->span));
    for (const Entry& e : list->entries)
      if (e.value) b.push(out, b.copy(e.value));
  };
  auto at_path = [&](std::string_view path) -> const Node* {
    std::vector<Found> found;
    walk(a, path, nullptr, &found);
    if (found.empty()) return nullptr;
    if (!found.front().node) return b.unknown("dynamic", found.front().dynamic->span);
    return found.front().node;
  };
  if (d.type == "aws_eks_cluster") {
    copy_list(at_path("vpc_config.public_access_cidrs"));
  } else if (d.type == "AWS::EKS::Cluster") {
    copy_list(at_path("ResourcesVpcConfig.PublicAccessCidrs"));
  } else if (d.type == "azurerm_kubernetes_cluster") {
    // An empty list restricts nothing on AKS (on GKE an empty authorized networks block admits no one).
    const Node* l = at_path("api_server_access_profile.authorized_ip_ranges");
    if (!l) l = at_path("api_server_authorized_ip_ranges");
    if (l && l->is_seq() && l->entries.empty()) return;
    copy_list(l);
  } else if (d.type == "google_container_cluster") {
    const Node* cfg = at_path("master_authorized_networks_config");
    if (!cfg) return;
    if (is_unknown(cfg)) return copy_list(cfg);
    if (cfg->is_seq() && !cfg->entries.empty()) cfg = cfg->entries.front().value;
    if (!cfg || !cfg->is_map()) return;
    if (const Node* dyn = dynamic_block(cfg, "cidr_blocks")) {
      b.set(d.root, "endpoint_cidrs", b.unknown("dynamic", dyn->span));
      return;
    }
    Node* out = b.set(d.root, "endpoint_cidrs", b.seq(cfg->span));
    std::vector<Found> found;
    walk(cfg, "cidr_blocks.cidr_block", nullptr, &found);
    for (const Found& f : found)
      if (f.node) b.push(out, b.copy(f.node));
  }
}

// Cloud SQL's backups and point-in-time recovery. Backups are off unless `enabled = true`, which keeps 7 daily
// backups unless `retained_backups` says otherwise: an instance without the flag has no backup_retention_days.
// Point-in-time recovery is binary logging on MySQL, and point_in_time_recovery_enabled on the other engines (the
// provider documents it for PostgreSQL and SQL Server only). With the engine unknown, either.
void add_cloud_sql(Draft& d, Controls& c) {
  if (!d.root->get("backup_retention_days")) {
    std::vector<Found> found;
    walk(d.attributes, "settings.backup_configuration.enabled", nullptr, &found);
    bool on = false;
    if (!found.empty() && found.front().node && bool_of(found.front().node, &on) && on)
      d.b->set(d.root, "backup_retention_days", d.b->integer(7, found.front().node->span));
  }
  static constexpr Row kPitr{"google_sql_database_instance", "point_in_time_recovery",
                             "settings.backup_configuration.point_in_time_recovery_enabled"};
  static constexpr Row kBinaryLog{"google_sql_database_instance", "point_in_time_recovery",
                                  "settings.backup_configuration.binary_log_enabled"};
  const Node* version = d.attributes->get("database_version");
  bool known = version && version->is_string() && !is_unknown(version);
  bool mysql = known && version->text.starts_with("MYSQL");
  if (!known || !mysql) c.row(kPitr);
  if (!known || mysql) c.row(kBinaryLog);
}

}  // namespace

std::string_view class_of(std::string_view type) {
  static const std::unordered_map<std::string_view, std::string_view> kByType = [] {
    std::unordered_map<std::string_view, std::string_view> m;
    for (const ClassOf& c : kClasses) m.emplace(c.type, c.cls);
    return m;
  }();
  auto it = kByType.find(type);
  return it == kByType.end() ? std::string_view() : it->second;
}

std::string provider_of(std::string_view type) {
  size_t cut = type.find("::");
  if (cut == std::string_view::npos) cut = type.find('_');
  std::string p(type.substr(0, cut));
  for (char& c : p) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return p;
}

Node* start_item(Draft& d, std::string_view source, std::string_view name, const Span& at) {
  ModelBuilder& b = *d.b;
  d.at = at;
  d.root = b.map(at);
  b.set(d.root, "source", b.str(source, at));
  b.set(d.root, "provider", b.str(provider_of(d.type), at));
  b.set(d.root, "type", b.str(d.type, at));
  b.set(d.root, "name", b.str(name, at));
  b.set(d.root, "address", b.str(d.address, at));
  std::string_view cls = class_of(d.type);
  if (!cls.empty()) b.set(d.root, "class", b.str(cls, at));
  return d.root;
}

void add_controls(Draft& d) {
  if (!d.attributes || !d.attributes->is_map()) return;
  static const std::unordered_map<std::string_view, std::vector<const Row*>> kByType = [] {
    std::unordered_map<std::string_view, std::vector<const Row*>> m;
    for (const Row& r : kRows) m[r.type].push_back(&r);
    return m;
  }();
  auto it = kByType.find(d.type);
  if (it != kByType.end()) {
    Controls c(d);
    for (const Row* r : it->second) c.row(*r);
    if (d.type == "google_sql_database_instance") add_cloud_sql(d, c);
  }
  add_health_check(d);
  add_open_ports(d);
  add_endpoint_cidrs(d);
  add_policy(d);
  add_tags(d);
}

}  // namespace tollgate::resource
