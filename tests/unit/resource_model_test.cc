// build_resources: the resource model (docs/document-model.md, "Resource") from Terraform HCL and JSON, plans and
// CloudFormation, with resolved values, exact spans, portable controls and relations.
#include <catch2/catch.hpp>

#include <chrono>
#include <string>
#include <utility>
#include <vector>

#include "engine/classifier.h"
#include "tollgate/models.h"
#include "tollgate/parsers.h"

using namespace tollgate;

namespace {

struct Scan {
  std::vector<std::unique_ptr<Document>> docs;
  std::vector<std::unique_ptr<Document>> items;

  const Node* item(std::string_view address) const {
    for (const auto& i : items) {
      const Node* a = i->root ? i->root->get("address") : nullptr;
      if (a && a->text == address) return i->root;
    }
    return nullptr;
  }
  const Document* item_doc(std::string_view address) const {
    for (const auto& i : items)
      if (i->root && i->root->get("address") && i->root->get("address")->text == address) return i.get();
    return nullptr;
  }
};

// Files classified and parsed as a scan would, then the resource adapter over all of them.
Scan scan(std::vector<std::pair<std::string, std::string>> files) {
  Scan s;
  for (auto& [path, text] : files) {
    Classification c = classify(path, text);
    ParseResult r = parse(c.format, SourceText::make(path, text));
    INFO(path << ": " << (r.error ? r.error->message : std::string("no error")));
    REQUIRE_FALSE(r.error);
    for (auto& d : r.documents) {
      d->kind = c.kind;
      s.docs.push_back(std::move(d));
    }
  }
  std::vector<const Document*> docs;
  for (const auto& d : s.docs)
    if (feeds_model("resource", d->kind)) docs.push_back(d.get());
  build_resources(docs, &s.items);
  return s;
}

// item["a"]["b"]... with numeric steps indexing seqs; nullptr when any step is missing.
const Node* at(const Node* n, std::initializer_list<std::string_view> path) {
  for (std::string_view k : path) {
    if (!n) return nullptr;
    if (n->is_seq()) n = n->at(std::stoul(std::string(k)));
    else n = n->get(k);
  }
  return n;
}

std::string span_of(const Node* n) {
  REQUIRE(n);
  const Span& s = n->span;
  return std::to_string(s.line) + ":" + std::to_string(s.col) + "-" + std::to_string(s.end_line) + ":" +
         std::to_string(s.end_col);
}

// "bool true", "int 7", "string x", "expr var.x": a node's type and text in one comparable string.
std::string val(const Node* n) {
  if (!n) return "absent";
  return std::string(node_type_name(n->type)) + " " + n->text;
}

}  // namespace

TEST_CASE("resource: a Terraform resource's identity, attributes and controls, at their lines", "[resource]") {
  Scan s = scan({{"infra/main.tf",
                  "resource \"aws_db_instance\" \"main\" {\n"          // 1
                  "  engine                  = \"postgres\"\n"          // 2
                  "  backup_retention_period = 7\n"                     // 3
                  "  storage_encrypted       = true\n"                  // 4
                  "  multi_az                = false\n"                 // 5
                  "  deletion_protection     = true\n"                  // 6
                  "  publicly_accessible     = false\n"                 // 7
                  "  kms_key_id              = aws_kms_key.db.arn\n"    // 8
                  "  tags = {\n"                                        // 9
                  "    Team      = \"data\"\n"                          // 10
                  "    ManagedBy = \"terraform\"\n"                     // 11
                  "  }\n"                                               // 12
                  "}\n"}});
  REQUIRE(s.items.size() == 1);
  const Document& doc = *s.items[0];
  CHECK(doc.kind == "resource");
  CHECK(doc.path() == "infra/main.tf");
  const Node* r = doc.root;
  CHECK(val(r->get("source")) == "string terraform");
  CHECK(val(r->get("provider")) == "string aws");
  CHECK(val(r->get("type")) == "string aws_db_instance");
  CHECK(val(r->get("name")) == "string main");
  CHECK(val(r->get("address")) == "string aws_db_instance.main");
  CHECK(val(r->get("class")) == "string database");
  CHECK(span_of(r->get("name")) == "1:28-1:34");
  CHECK(val(at(r, {"attributes", "engine"})) == "string postgres");
  CHECK(span_of(r->get("attributes")) == "1:1-13:2");
  CHECK(val(r->get("backup_retention_days")) == "int 7");
  CHECK(span_of(r->get("backup_retention_days")) == "3:29-3:30");
  CHECK(val(r->get("encrypted_at_rest")) == "bool true");
  CHECK(span_of(r->get("encrypted_at_rest")) == "4:29-4:33");
  CHECK(val(r->get("multi_az")) == "bool false");
  CHECK(val(r->get("deletion_protection")) == "bool true");
  CHECK(val(r->get("public_access")) == "bool false");
  CHECK(span_of(r->get("public_access")) == "7:29-7:34");
  // A reference to another resource is unknown until apply.
  CHECK(val(r->get("kms_key")) == "expr aws_kms_key.db.arn");
  CHECK(span_of(r->get("kms_key")) == "8:29-8:47");
  CHECK(val(at(r, {"tags", "Team"})) == "string data");
  CHECK(val(r->get("managed_by")) == "string terraform");
  CHECK(span_of(r->get("managed_by")) == "11:17-11:28");
  // Not written: absent, whatever the provider's default.
  CHECK(r->get("point_in_time_recovery") == nullptr);
}

TEST_CASE("resource: variables, tfvars and locals resolve, the value keeps the attribute's place", "[resource]") {
  Scan s = scan({
      {"env/variables.tf",
       "variable \"retention\" {\n"
       "  default = 1\n"
       "}\n"
       "variable \"env\" {\n"
       "  default = \"dev\"\n"
       "}\n"
       "variable \"encrypted\" {\n"
       "  type = bool\n"
       "}\n"
       "variable \"region\" {}\n"},
      {"env/terraform.tfvars", "env = \"staging\"\nretention = 3\n"},
      {"env/prod.auto.tfvars", "env = \"prod\"\n"},
      {"env/main.tf",
       "locals {\n"                                                          // 1
       "  is_prod = var.env == \"prod\"\n"                                   // 2
       "  days    = local.is_prod ? 30 : var.retention\n"                    // 3
       "  name    = \"db-${var.env}-${upper(var.region)}\"\n"                // 4
       "  tags    = merge({ Env = var.env }, { Owner = \"team-${var.env}\" })\n"  // 5
       "}\n"                                                                 // 6
       "resource \"aws_db_instance\" \"db\" {\n"                             // 7
       "  backup_retention_period = local.days\n"                            // 8
       "  multi_az                = local.is_prod && true\n"                 // 9
       "  storage_encrypted       = var.encrypted\n"                         // 10
       "  identifier              = local.name\n"                            // 11
       "  tags                    = local.tags\n"                            // 12
       "  deletion_protection     = lower(format(\"%s\", \"TRUE\")) == \"true\"\n"  // 13
       "}\n"},
  });
  const Node* r = s.item("aws_db_instance.db");
  REQUIRE(r);
  // env: the auto.tfvars (loaded after terraform.tfvars) wins over both the default and terraform.tfvars.
  CHECK(val(r->get("backup_retention_days")) == "int 30");
  CHECK(span_of(r->get("backup_retention_days")) == "8:29-8:39");
  CHECK(val(r->get("multi_az")) == "bool true");
  CHECK(span_of(r->get("multi_az")) == "9:29-9:50");
  // No default, no tfvars: unknown, with the source expression.
  CHECK(val(r->get("encrypted_at_rest")) == "expr var.encrypted");
  CHECK(span_of(r->get("encrypted_at_rest")) == "10:29-10:42");
  // A template with an unknown part is unknown as a whole.
  CHECK(val(at(r, {"attributes", "identifier"})) == "expr local.name");
  CHECK(val(at(r, {"tags", "Env"})) == "string prod");
  CHECK(val(at(r, {"tags", "Owner"})) == "string team-prod");
  CHECK(span_of(at(r, {"tags", "Owner"})) == "12:29-12:39");
  CHECK(val(r->get("deletion_protection")) == "bool true");
}

TEST_CASE("resource: other tfvars files count only when they agree", "[resource]") {
  std::string vars = "variable \"days\" {\n  default = 1\n}\n";
  std::string main = "resource \"aws_rds_cluster\" \"c\" {\n  backup_retention_period = var.days\n}\n";
  Scan agree = scan({{"a/vars.tf", vars}, {"a/main.tf", main}, {"a/dev.tfvars", "days = 14\n"},
                     {"a/prod.tfvars", "days = 14\n"}});
  CHECK(val(agree.item("aws_rds_cluster.c")->get("backup_retention_days")) == "int 14");
  Scan differ = scan({{"a/vars.tf", vars}, {"a/main.tf", main}, {"a/dev.tfvars", "days = 1\n"},
                      {"a/prod.tfvars", "days = 35\n"}});
  CHECK(val(differ.item("aws_rds_cluster.c")->get("backup_retention_days")) == "expr var.days");
  // Another directory is another module: its tfvars do not apply.
  Scan other = scan({{"a/vars.tf", vars}, {"a/main.tf", main}, {"b/terraform.tfvars", "days = 9\n"}});
  CHECK(val(other.item("aws_rds_cluster.c")->get("backup_retention_days")) == "int 1");
}

TEST_CASE("resource: count = 0 and an empty for_each make no resource, unknown counts keep it", "[resource]") {
  std::string main =
      "variable \"create\" {\n  default = false\n}\n"
      "locals {\n  on = var.create\n}\n"
      "resource \"aws_sqs_queue\" \"off\" {\n  count = local.on ? 1 : 0\n}\n"
      "resource \"aws_sqs_queue\" \"none\" {\n  for_each = {}\n}\n"
      "resource \"aws_sqs_queue\" \"maybe\" {\n  count = length(data.x.y)\n}\n";
  Scan s = scan({{"m/main.tf", main}, {"m/terraform.tfvars", "create = false\n"}});
  CHECK(s.item("aws_sqs_queue.off") == nullptr);
  CHECK(s.item("aws_sqs_queue.none") == nullptr);
  CHECK(s.item("aws_sqs_queue.maybe") != nullptr);
  // Without tfvars the zero comes from a default, which a calling module may override: the resource stays.
  Scan d = scan({{"m/main.tf", main}});
  CHECK(d.item("aws_sqs_queue.off") != nullptr);
}

TEST_CASE("resource: hostile locals (cycles, deep nesting, doubling) end, unknown", "[resource]") {
  std::string deep = "locals {\n  a = local.b\n  b = local.c\n  c = local.a\n";
  // A chain of 2000 locals, each doubling the last: bounded by depth and weight, not by luck.
  for (int i = 0; i < 2000; ++i)
    deep += "  l" + std::to_string(i + 1) + " = \"${local.l" + std::to_string(i) + "}${local.l" + std::to_string(i) + "}\"\n";
  deep += "  l0 = \"xxxxxxxxxxxxxxxx\"\n";
  deep += "  nest = " + std::string(200, '(') + "1" + std::string(200, ')') + "\n}\n";
  deep +=
      "resource \"aws_kms_key\" \"k\" {\n"
      "  enable_key_rotation = local.a\n"
      "  description = local.l2000\n"
      "  deletion_window_in_days = local.nest\n"
      "}\n";
  auto start = std::chrono::steady_clock::now();
  Scan s = scan({{"h/main.tf", deep}});
  auto took = std::chrono::steady_clock::now() - start;
  CHECK(took < std::chrono::seconds(5));
  const Node* r = s.item("aws_kms_key.k");
  REQUIRE(r);
  CHECK(val(r->get("key_rotation")) == "expr local.a");
  CHECK(at(r, {"attributes", "description"})->type == NodeType::expr);
  CHECK(val(at(r, {"attributes", "deletion_window_in_days"})) == "int 1");
}

TEST_CASE("resource: nested blocks, repeated blocks and dynamic blocks", "[resource]") {
  Scan s = scan({{"sg/main.tf",
                  "resource \"aws_security_group\" \"open\" {\n"      // 1
                  "  ingress {\n"                                     // 2
                  "    cidr_blocks = [\"10.0.0.0/8\"]\n"              // 3
                  "  }\n"                                             // 4
                  "  ingress {\n"                                     // 5
                  "    cidr_blocks = [\"10.1.0.0/16\", \"0.0.0.0/0\"]\n"  // 6
                  "  }\n"                                             // 7
                  "  egress {\n"                                      // 8
                  "    cidr_blocks = [\"0.0.0.0/0\"]\n"               // 9
                  "  }\n"                                             // 10
                  "}\n"                                               // 11
                  "resource \"aws_security_group\" \"closed\" {\n"    // 12
                  "  ingress {\n"                                     // 13
                  "    cidr_blocks = [\"10.0.0.0/8\"]\n"              // 14
                  "  }\n"                                             // 15
                  "}\n"                                               // 16
                  "resource \"aws_security_group\" \"dyn\" {\n"       // 17
                  "  dynamic \"ingress\" {\n"                         // 18
                  "    for_each = var.rules\n"                        // 19
                  "    content {\n"                                   // 20
                  "      cidr_blocks = ingress.value.cidrs\n"         // 21
                  "    }\n"                                           // 22
                  "  }\n"                                             // 23
                  "}\n"                                               // 24
                  "resource \"aws_security_group\" \"known\" {\n"     // 25
                  "  ingress {\n"                                     // 26
                  "    cidr_blocks = [\"10.0.0.0/8\"]\n"              // 27
                  "  }\n"                                             // 28
                  "  dynamic \"ingress\" {\n"                         // 29
                  "    for_each = { office = \"192.0.2.0/24\", any = \"0.0.0.0/0\" }\n"  // 30
                  "    iterator = net\n"                              // 31
                  "    content {\n"                                   // 32
                  "      description = net.key\n"                     // 33
                  "      cidr_blocks = [net.value]\n"                 // 34
                  "    }\n"                                           // 35
                  "  }\n"                                             // 36
                  "}\n"}});
  const Node* open = s.item("aws_security_group.open");
  CHECK(val(open->get("public_access")) == "bool true");
  CHECK(span_of(open->get("public_access")) == "6:35-6:46");
  CHECK(val(at(open, {"attributes", "ingress", "1", "cidr_blocks", "1"})) == "string 0.0.0.0/0");
  const Node* closed = s.item("aws_security_group.closed");
  CHECK(val(closed->get("public_access")) == "bool false");
  CHECK(span_of(closed->get("public_access")) == "14:19-14:33");
  // A dynamic block over a for_each the files do not tell is one unknown block, at the for_each.
  const Node* dyn = s.item("aws_security_group.dyn");
  CHECK(dyn->get("public_access")->type == NodeType::expr);
  CHECK(span_of(dyn->get("public_access")) == "19:16-19:25");
  // Over one they tell, it is a block per element, after the written ones, read with the iterator bound.
  const Node* known = s.item("aws_security_group.known");
  CHECK(known->get("attributes")->get("ingress")->size() == 3);
  // A map's elements go in the order of its keys, as Terraform iterates them.
  CHECK(val(at(known, {"attributes", "ingress", "1", "description"})) == "string any");
  CHECK(val(at(known, {"attributes", "ingress", "1", "cidr_blocks", "0"})) == "string 0.0.0.0/0");
  CHECK(val(at(known, {"attributes", "ingress", "2", "description"})) == "string office");
  CHECK(val(known->get("public_access")) == "bool true");
  CHECK(span_of(known->get("public_access")) == "34:22-34:31");
}

TEST_CASE("resource: GCP and Azure set the same controls as AWS", "[resource]") {
  Scan s = scan({{"gcp/main.tf",
                  "resource \"google_sql_database_instance\" \"db\" {\n"           // 1
                  "  settings {\n"                                                 // 2
                  "    availability_type = \"REGIONAL\"\n"                         // 3
                  "    deletion_protection_enabled = true\n"                       // 4
                  "    backup_configuration {\n"                                   // 5
                  "      enabled = true\n"                                         // 6
                  "      point_in_time_recovery_enabled = true\n"                  // 7
                  "      backup_retention_settings {\n"                            // 8
                  "        retained_backups = 14\n"                                // 9
                  "      }\n"                                                      // 10
                  "    }\n"                                                        // 11
                  "    ip_configuration {\n"                                       // 12
                  "      authorized_networks {\n"                                  // 13
                  "        value = \"0.0.0.0/0\"\n"                                // 14
                  "      }\n"                                                      // 15
                  "    }\n"                                                        // 16
                  "  }\n"                                                          // 17
                  "}\n"                                                            // 18
                  "resource \"google_sql_database_instance\" \"nobackup\" {\n"     // 19
                  "  settings {\n"                                                 // 20
                  "    backup_configuration {\n"                                   // 21
                  "      enabled = false\n"                                        // 22
                  "    }\n"                                                        // 23
                  "  }\n"                                                          // 24
                  "}\n"                                                            // 25
                  "resource \"google_storage_bucket\" \"b\" {\n"                   // 26
                  "  versioning {\n"                                               // 27
                  "    enabled = true\n"                                           // 28
                  "  }\n"                                                          // 29
                  "  public_access_prevention = \"enforced\"\n"                    // 30
                  "  labels = { managed-by = \"terraform\" }\n"                    // 31
                  "}\n"},
                 {"azure/main.tf",
                  "resource \"azurerm_mssql_database\" \"db\" {\n"                 // 1
                  "  zone_redundant = true\n"                                      // 2
                  "  short_term_retention_policy {\n"                              // 3
                  "    retention_days = 14\n"                                      // 4
                  "  }\n"                                                          // 5
                  "}\n"                                                            // 6
                  "resource \"azurerm_storage_account\" \"sa\" {\n"                // 7
                  "  account_replication_type = \"LRS\"\n"                         // 8
                  "  allow_nested_items_to_be_public = false\n"                    // 9
                  "  blob_properties {\n"                                          // 10
                  "    versioning_enabled = true\n"                                // 11
                  "  }\n"                                                          // 12
                  "}\n"                                                            // 13
                  "resource \"azurerm_network_security_rule\" \"rdp\" {\n"         // 14
                  "  direction = \"Inbound\"\n"                                    // 15
                  "  access = \"Allow\"\n"                                         // 16
                  "  source_address_prefix = \"*\"\n"                              // 17
                  "}\n"                                                            // 18
                  "resource \"azurerm_network_security_rule\" \"out\" {\n"         // 19
                  "  direction = \"Outbound\"\n"                                   // 20
                  "  access = \"Allow\"\n"                                         // 21
                  "  source_address_prefix = \"*\"\n"                              // 22
                  "}\n"}});
  const Node* g = s.item("google_sql_database_instance.db");
  CHECK(val(g->get("provider")) == "string google");
  CHECK(val(g->get("class")) == "string database");
  CHECK(val(g->get("multi_az")) == "bool true");
  CHECK(span_of(g->get("multi_az")) == "3:25-3:35");
  CHECK(val(g->get("deletion_protection")) == "bool true");
  CHECK(val(g->get("backup_retention_days")) == "int 14");
  CHECK(span_of(g->get("backup_retention_days")) == "9:28-9:30");
  CHECK(val(g->get("point_in_time_recovery")) == "bool true");
  CHECK(val(g->get("public_access")) == "bool true");
  CHECK(span_of(g->get("public_access")) == "14:17-14:28");
  const Node* nb = s.item("google_sql_database_instance.nobackup");
  CHECK(val(nb->get("backup_retention_days")) == "int 0");
  CHECK(span_of(nb->get("backup_retention_days")) == "22:17-22:22");
  const Node* gb = s.item("google_storage_bucket.b");
  CHECK(val(gb->get("class")) == "string bucket");
  CHECK(val(gb->get("versioning")) == "bool true");
  CHECK(val(gb->get("public_access")) == "bool false");
  CHECK(val(gb->get("managed_by")) == "string terraform");

  const Node* a = s.item("azurerm_mssql_database.db");
  CHECK(val(a->get("provider")) == "string azurerm");
  CHECK(val(a->get("class")) == "string database");
  CHECK(val(a->get("multi_az")) == "bool true");
  CHECK(val(a->get("backup_retention_days")) == "int 14");
  CHECK(span_of(a->get("backup_retention_days")) == "4:22-4:24");
  const Node* sa = s.item("azurerm_storage_account.sa");
  CHECK(val(sa->get("class")) == "string bucket");
  CHECK(val(sa->get("multi_az")) == "bool false");
  CHECK(val(sa->get("public_access")) == "bool false");
  CHECK(val(sa->get("versioning")) == "bool true");
  CHECK(val(s.item("azurerm_network_security_rule.rdp")->get("public_access")) == "bool true");
  CHECK(span_of(s.item("azurerm_network_security_rule.rdp")->get("public_access")) == "17:27-17:30");
  CHECK(s.item("azurerm_network_security_rule.out")->get("public_access") == nullptr);
}

TEST_CASE("resource: Terraform JSON resolves templates in strings", "[resource]") {
  Scan s = scan({{"j/main.tf.json",
                  "{\n"
                  "  \"variable\": { \"days\": { \"default\": 21 } },\n"
                  "  \"locals\": { \"suffix\": \"prod\" },\n"
                  "  \"resource\": {\n"
                  "    \"aws_cloudwatch_log_group\": {\n"
                  "      \"app\": {\n"
                  "        \"name\": \"/app/${local.suffix}\",\n"
                  "        \"retention_in_days\": \"${var.days}\"\n"
                  "      }\n"
                  "    }\n"
                  "  }\n"
                  "}\n"}});
  const Node* r = s.item("aws_cloudwatch_log_group.app");
  REQUIRE(r);
  CHECK(val(at(r, {"attributes", "name"})) == "string /app/prod");
  CHECK(val(r->get("log_retention_days")) == "int 21");
  CHECK(span_of(r->get("log_retention_days")) == "8:30-8:43");
}

TEST_CASE("resource: alarms watch what their dimensions name, log groups serve functions", "[resource]") {
  Scan s = scan({{"mon/db.tf",
                  "resource \"aws_db_instance\" \"main\" {\n"
                  "  identifier = \"orders\"\n"
                  "}\n"
                  "resource \"aws_lambda_function\" \"fn\" {\n"
                  "  function_name = \"worker\"\n"
                  "}\n"
                  "resource \"aws_s3_bucket\" \"logs\" {\n"
                  "  bucket = \"my-logs\"\n"
                  "  acl    = \"public-read\"\n"
                  "}\n"},
                 {"mon/alarms.tf",
                  "resource \"aws_cloudwatch_metric_alarm\" \"cpu\" {\n"             // 1
                  "  dimensions = {\n"                                               // 2
                  "    DBInstanceIdentifier = aws_db_instance.main.id\n"             // 3
                  "  }\n"                                                            // 4
                  "}\n"                                                              // 5
                  "resource \"aws_cloudwatch_metric_alarm\" \"by_name\" {\n"         // 6
                  "  dimensions = {\n"                                               // 7
                  "    DBInstanceIdentifier = \"orders\"\n"                          // 8
                  "  }\n"                                                            // 9
                  "}\n"                                                              // 10
                  "resource \"aws_cloudwatch_log_group\" \"fn\" {\n"                 // 11
                  "  name              = \"/aws/lambda/worker\"\n"                   // 12
                  "  retention_in_days = 14\n"                                       // 13
                  "}\n"                                                              // 14
                  "resource \"aws_s3_bucket_versioning\" \"logs\" {\n"               // 15
                  "  bucket = aws_s3_bucket.logs.id\n"                               // 16
                  "  versioning_configuration {\n"                                   // 17
                  "    status = \"Enabled\"\n"                                       // 18
                  "  }\n"                                                            // 19
                  "}\n"                                                              // 20
                  "resource \"aws_s3_bucket_public_access_block\" \"logs\" {\n"      // 21
                  "  bucket                  = aws_s3_bucket.logs.id\n"              // 22
                  "  block_public_acls       = true\n"                               // 23
                  "  block_public_policy     = true\n"                               // 24
                  "  ignore_public_acls      = true\n"                               // 25
                  "  restrict_public_buckets = true\n"                               // 26
                  "}\n"}});
  const Node* cpu = s.item("aws_cloudwatch_metric_alarm.cpu");
  CHECK(val(at(cpu, {"watches", "0"})) == "string aws_db_instance.main");
  CHECK(span_of(at(cpu, {"watches", "0"})) == "3:28-3:51");
  CHECK(val(at(s.item("aws_cloudwatch_metric_alarm.by_name"), {"watches", "0"})) == "string aws_db_instance.main");
  const Node* db = s.item("aws_db_instance.main");
  REQUIRE(db->get("alarms"));
  CHECK(db->get("alarms")->size() == 2);
  CHECK(span_of(at(db, {"alarms", "0"})) == "1:28-1:34");
  const Node* fn = s.item("aws_lambda_function.fn");
  CHECK(val(at(fn, {"log_groups", "0"})) == "string aws_cloudwatch_log_group.fn");
  // Found in another file: located at the function.
  CHECK(val(fn->get("log_retention_days")) == "int 14");
  CHECK(span_of(fn->get("log_retention_days")) == "4:32-4:36");
  const Node* bucket = s.item("aws_s3_bucket.logs");
  CHECK(val(bucket->get("versioning")) == "bool true");
  CHECK(span_of(bucket->get("versioning")) == "7:26-7:32");
  // The public access block outranks the public ACL.
  CHECK(val(bucket->get("public_access")) == "bool false");
  CHECK(val(at(s.item("aws_s3_bucket_versioning.logs"), {"configures", "0"})) == "string aws_s3_bucket.logs");
  // Companions have no class: a rule over buckets sees each bucket once.
  CHECK(s.item("aws_s3_bucket_versioning.logs")->get("class") == nullptr);
}

TEST_CASE("resource: a plan's resource_changes, with after_unknown as unknown", "[resource]") {
  Scan s = scan({{"plan.json",
                  "{\n"                                                                       // 1
                  "  \"format_version\": \"1.2\",\n"                                          // 2
                  "  \"planned_values\": {},\n"                                               // 3
                  "  \"resource_changes\": [\n"                                               // 4
                  "    {\n"                                                                   // 5
                  "      \"address\": \"module.db.aws_db_instance.this[0]\",\n"               // 6
                  "      \"mode\": \"managed\",\n"                                            // 7
                  "      \"type\": \"aws_db_instance\",\n"                                    // 8
                  "      \"name\": \"this\",\n"                                               // 9
                  "      \"change\": {\n"                                                     // 10
                  "        \"actions\": [\"create\"],\n"                                      // 11
                  "        \"after\": {\n"                                                    // 12
                  "          \"backup_retention_period\": 0,\n"                               // 13
                  "          \"storage_encrypted\": true,\n"                                  // 14
                  "          \"kms_key_id\": null,\n"                                         // 15
                  "          \"tags\": {\"ManagedBy\": \"terraform\"}\n"                      // 16
                  "        },\n"                                                              // 17
                  "        \"after_unknown\": {\"kms_key_id\": true, \"id\": true}\n"         // 18
                  "      }\n"                                                                 // 19
                  "    },\n"                                                                  // 20
                  "    {\n"                                                                   // 21
                  "      \"address\": \"aws_sqs_queue.old\", \"mode\": \"managed\", \"type\": \"aws_sqs_queue\",\n"
                  "      \"name\": \"old\", \"change\": {\"actions\": [\"delete\"], \"after\": null}\n"
                  "    }\n"
                  "  ]\n"
                  "}\n"}});
  REQUIRE(s.items.size() == 1);
  const Node* r = s.item("module.db.aws_db_instance.this[0]");
  REQUIRE(r);
  CHECK(val(r->get("source")) == "string terraform-plan");
  CHECK(val(r->get("name")) == "string this");
  CHECK(val(r->get("class")) == "string database");
  CHECK(val(r->get("backup_retention_days")) == "int 0");
  CHECK(span_of(r->get("backup_retention_days")) == "13:38-13:39");
  CHECK(val(r->get("encrypted_at_rest")) == "bool true");
  CHECK(r->get("kms_key")->type == NodeType::expr);
  CHECK(span_of(r->get("kms_key")) == "18:41-18:45");
  CHECK(val(r->get("managed_by")) == "string terraform");
  CHECK(val(r->get("plan_action")) == "string create");
  CHECK(span_of(r->get("plan_action")) == "11:20-11:30");
  CHECK_FALSE(r->get("replace_paths"));
}

TEST_CASE("resource: a plan's action in one word, and the attributes that force a replacement", "[resource]") {
  auto change = [](const char* address, const char* actions, const char* extra) {
    return std::string("    {\"address\": \"") + address + "\", \"mode\": \"managed\", \"type\": \"aws_db_instance\", "
           "\"name\": \"x\", \"change\": {\"actions\": " + actions + ", \"after\": {}" + extra + "}}";
  };
  Scan s = scan({{"plan.json", "{\"format_version\": \"1.2\", \"resource_changes\": [\n" +
                                   change("aws_db_instance.a", "[\"delete\", \"create\"]",
                                          ", \"replace_paths\": [[\"engine\"], [\"storage\", \"size\"], [\"rule\", 0, \"port\"]]") + ",\n" +
                                   change("aws_db_instance.b", "[\"create\", \"delete\"]", "") + ",\n" +
                                   change("aws_db_instance.c", "[\"update\"]", "") + ",\n" +
                                   change("aws_db_instance.d", "[\"no-op\"]", "") + ",\n" +
                                   change("aws_db_instance.e", "[\"frobnicate\"]", "") + "\n]}\n"}});
  REQUIRE(s.items.size() == 5);
  const Node* a = s.item("aws_db_instance.a");
  CHECK(val(a->get("plan_action")) == "string replace");
  REQUIRE(a->get("replace_paths"));
  REQUIRE(a->get("replace_paths")->size() == 3);
  CHECK(val(a->get("replace_paths")->at(0)) == "string engine");
  CHECK(val(a->get("replace_paths")->at(1)) == "string storage.size");
  CHECK(val(a->get("replace_paths")->at(2)) == "string rule[0].port");
  CHECK(val(s.item("aws_db_instance.b")->get("plan_action")) == "string replace");
  CHECK(val(s.item("aws_db_instance.c")->get("plan_action")) == "string update");
  CHECK(val(s.item("aws_db_instance.d")->get("plan_action")) == "string no-op");
  // An action list this tollgate does not know leaves the field absent rather than guessing.
  CHECK_FALSE(s.item("aws_db_instance.e")->get("plan_action"));
}

TEST_CASE("resource: a plan without resource_changes reads planned_values and child modules", "[resource]") {
  Scan s = scan({{"p/plan.json",
                  "{\"format_version\": \"1.2\", \"planned_values\": {\"root_module\": {\n"
                  "  \"resources\": [{\"address\": \"aws_kms_key.k\", \"mode\": \"managed\", \"type\": \"aws_kms_key\",\n"
                  "                 \"name\": \"k\", \"values\": {\"enable_key_rotation\": false}}],\n"
                  "  \"child_modules\": [{\"resources\": [{\"address\": \"module.m.google_kms_crypto_key.c\",\n"
                  "    \"mode\": \"managed\", \"type\": \"google_kms_crypto_key\", \"name\": \"c\",\n"
                  "    \"values\": {\"rotation_period\": \"7776000s\"}}]}]}}}\n"}});
  CHECK(val(s.item("aws_kms_key.k")->get("key_rotation")) == "bool false");
  CHECK(span_of(s.item("aws_kms_key.k")->get("key_rotation")) == "3:65-3:70");
  CHECK(val(s.item("module.m.google_kms_crypto_key.c")->get("key_rotation")) == "bool true");
}

TEST_CASE("resource: CloudFormation YAML tags resolve from parameters, conditions and mappings", "[resource]") {
  Scan s = scan({{"cfn/db.yaml",
                  "AWSTemplateFormatVersion: '2010-09-09'\n"                      // 1
                  "Parameters:\n"                                                 // 2
                  "  Env:\n"                                                      // 3
                  "    Type: String\n"                                            // 4
                  "    Default: prod\n"                                           // 5
                  "  Retention:\n"                                                // 6
                  "    Type: Number\n"                                            // 7
                  "    Default: 14\n"                                             // 8
                  "  Secret:\n"                                                   // 9
                  "    Type: String\n"                                            // 10
                  "Conditions:\n"                                                 // 11
                  "  IsProd: !Equals [!Ref Env, prod]\n"                          // 12
                  "  IsDev: !Not [!Condition IsProd]\n"                           // 13
                  "Mappings:\n"                                                   // 14
                  "  Sizes:\n"                                                    // 15
                  "    prod: { Az: true }\n"                                      // 16
                  "Resources:\n"                                                  // 17
                  "  Db:\n"                                                       // 18
                  "    Type: AWS::RDS::DBInstance\n"                              // 19
                  "    Properties:\n"                                             // 20
                  "      BackupRetentionPeriod: !Ref Retention\n"                 // 21
                  "      MultiAZ: !FindInMap [Sizes, !Ref Env, Az]\n"             // 22
                  "      DeletionProtection: !If [IsProd, true, false]\n"         // 23
                  "      StorageEncrypted: \"true\"\n"                            // 24
                  "      KmsKeyId: !GetAtt Key.Arn\n"                             // 25
                  "      DBInstanceIdentifier: !Sub '${Env}-orders'\n"            // 26
                  "      MasterUserPassword: !Ref Secret\n"                       // 27
                  "      PubliclyAccessible: !If [IsDev, true, !Ref AWS::NoValue]\n"  // 28
                  "      Tags:\n"                                                 // 29
                  "        - Key: managed-by\n"                                   // 30
                  "          Value: cloudformation\n"                             // 31
                  "  DevOnly:\n"                                                  // 32
                  "    Type: AWS::SQS::Queue\n"                                   // 33
                  "    Condition: IsDev\n"                                        // 34
                  "  Alarm:\n"                                                    // 35
                  "    Type: AWS::CloudWatch::Alarm\n"                            // 36
                  "    Properties:\n"                                             // 37
                  "      Dimensions:\n"                                           // 38
                  "        - Name: DBInstanceIdentifier\n"                        // 39
                  "          Value: !Ref Db\n"                                    // 40
                  "  Key:\n"                                                      // 41
                  "    Type: AWS::KMS::Key\n"                                     // 42
                  "    Properties:\n"                                             // 43
                  "      EnableKeyRotation: true\n"}});                           // 44
  const Node* db = s.item("Db");
  REQUIRE(db);
  CHECK(val(db->get("source")) == "string cloudformation");
  CHECK(val(db->get("provider")) == "string aws");
  CHECK(val(db->get("type")) == "string AWS::RDS::DBInstance");
  CHECK(val(db->get("class")) == "string database");
  CHECK(span_of(db->get("name")) == "18:3-18:5");
  CHECK(val(db->get("backup_retention_days")) == "int 14");
  CHECK(span_of(db->get("backup_retention_days")) == "21:30-21:44");
  CHECK(val(db->get("multi_az")) == "bool true");
  CHECK(span_of(db->get("multi_az")) == "22:16-22:48");
  CHECK(val(db->get("deletion_protection")) == "bool true");
  CHECK(span_of(db->get("deletion_protection")) == "23:40-23:44");
  CHECK(val(db->get("encrypted_at_rest")) == "bool true");
  CHECK(val(db->get("kms_key")) == "expr !GetAtt Key.Arn");
  CHECK(val(at(db, {"attributes", "DBInstanceIdentifier"})) == "string prod-orders");
  CHECK(val(at(db, {"attributes", "MasterUserPassword"})) == "expr !Ref Secret");
  CHECK(at(db, {"attributes", "PubliclyAccessible"}) == nullptr);
  CHECK(val(db->get("managed_by")) == "string cloudformation");
  CHECK(s.item("DevOnly") == nullptr);
  CHECK(val(at(s.item("Alarm"), {"watches", "0"})) == "string Db");
  CHECK(span_of(at(s.item("Alarm"), {"watches", "0"})) == "40:18-40:25");
  CHECK(val(at(db, {"alarms", "0"})) == "string Alarm");
  CHECK(val(s.item("Key")->get("class")) == "string key");
}

TEST_CASE("resource: CloudFormation JSON Fn:: forms", "[resource]") {
  Scan s = scan({{"cfn/bucket.json",
                  "{\n"                                                                              // 1
                  "  \"AWSTemplateFormatVersion\": \"2010-09-09\",\n"                                // 2
                  "  \"Parameters\": {\"Versioning\": {\"Type\": \"String\", \"Default\": \"Enabled\"}},\n"  // 3
                  "  \"Conditions\": {\"Loop\": {\"Condition\": \"Loop\"}},\n"                       // 4
                  "  \"Resources\": {\n"                                                             // 5
                  "    \"Bucket\": {\n"                                                              // 6
                  "      \"Type\": \"AWS::S3::Bucket\",\n"                                           // 7
                  "      \"Properties\": {\n"                                                        // 8
                  "        \"BucketName\": {\"Fn::Join\": [\"-\", [\"logs\", {\"Ref\": \"AWS::Region\"}]]},\n"  // 9
                  "        \"VersioningConfiguration\": {\"Status\": {\"Ref\": \"Versioning\"}},\n"  // 10
                  "        \"AccessControl\": {\"Fn::If\": [\"Loop\", \"PublicRead\", \"Private\"]},\n"  // 11
                  "        \"PublicAccessBlockConfiguration\": {\"BlockPublicAcls\": true, \"BlockPublicPolicy\": true,\n"
                  "          \"IgnorePublicAcls\": true, \"RestrictPublicBuckets\": true}\n"        // 13
                  "      }\n"                                                                        // 14
                  "    },\n"                                                                         // 15
                  "    \"Lb\": {\"Type\": \"AWS::ElasticLoadBalancingV2::LoadBalancer\", \"Properties\": {\n"  // 16
                  "      \"LoadBalancerAttributes\": [{\"Key\": \"deletion_protection.enabled\", \"Value\": \"true\"}]}}\n"
                  "  }\n"
                  "}\n"}});
  const Node* b = s.item("Bucket");
  REQUIRE(b);
  // A pseudo parameter is known only to CloudFormation.
  CHECK(at(b, {"attributes", "BucketName"})->type == NodeType::expr);
  CHECK(val(b->get("versioning")) == "bool true");
  CHECK(span_of(b->get("versioning")) == "10:47-10:68");
  // A condition that names itself is unknown; so is the Fn::If over it.
  CHECK(at(b, {"attributes", "AccessControl"})->type == NodeType::expr);
  CHECK(val(b->get("public_access")) == "bool false");
  CHECK(span_of(b->get("public_access")) == "12:43-13:67");
  const Node* lb = s.item("Lb");
  CHECK(val(lb->get("deletion_protection")) == "bool true");
  CHECK(span_of(lb->get("deletion_protection")) == "17:82-17:88");
  // No Scheme: absent (the default, internet-facing, is for rules to know).
  CHECK(lb->get("public_access") == nullptr);
}

TEST_CASE("resource: health checks and circuit breakers", "[resource]") {
  Scan s = scan({{"svc/main.tf",
                  "resource \"aws_lb_target_group\" \"tg\" {\n"     // 1
                  "  health_check {\n"                              // 2
                  "    enabled = false\n"                           // 3
                  "    path    = \"/healthz\"\n"                    // 4
                  "  }\n"                                           // 5
                  "}\n"                                             // 6
                  "resource \"aws_ecs_service\" \"svc\" {\n"        // 7
                  "  deployment_circuit_breaker {\n"                // 8
                  "    enable   = true\n"                           // 9
                  "    rollback = false\n"                          // 10
                  "  }\n"                                           // 11
                  "}\n"}});
  const Node* tg = s.item("aws_lb_target_group.tg");
  CHECK(val(tg->get("class")) == "string target_group");
  CHECK(val(at(tg, {"health_check", "enabled"})) == "bool false");
  CHECK(span_of(at(tg, {"health_check", "enabled"})) == "3:15-3:20");
  CHECK(val(at(tg, {"health_check", "path"})) == "string /healthz");
  CHECK(span_of(tg->get("health_check")) == "2:3-5:4");
  const Node* svc = s.item("aws_ecs_service.svc");
  CHECK(val(svc->get("class")) == "string container_service");
  CHECK(val(svc->get("circuit_breaker")) == "bool true");
  CHECK(span_of(svc->get("circuit_breaker")) == "9:16-9:20");
  CHECK(val(svc->get("circuit_breaker_rollback")) == "bool false");
}

TEST_CASE("resource: open_ports lists the ports each world-open inbound rule opens", "[resource]") {
  Scan s = scan({{"net/main.tf",
                  "resource \"aws_security_group\" \"web\" {\n"               // 1
                  "  ingress {\n"                                              // 2
                  "    from_port   = 443\n"                                    // 3
                  "    to_port     = 443\n"                                    // 4
                  "    protocol    = \"tcp\"\n"                                // 5
                  "    cidr_blocks = [\"0.0.0.0/0\"]\n"                        // 6
                  "  }\n"                                                      // 7
                  "  ingress {\n"                                              // 8
                  "    from_port   = 22\n"                                     // 9
                  "    to_port     = 22\n"                                     // 10
                  "    protocol    = \"tcp\"\n"                                // 11
                  "    cidr_blocks = [\"10.0.0.0/8\"]\n"                       // 12
                  "  }\n"                                                      // 13
                  "}\n"                                                        // 14
                  "resource \"aws_security_group_rule\" \"all\" {\n"           // 15
                  "  type        = \"ingress\"\n"                              // 16
                  "  from_port   = 0\n"                                        // 17
                  "  to_port     = 0\n"                                        // 18
                  "  protocol    = \"-1\"\n"                                   // 19
                  "  cidr_blocks = [\"0.0.0.0/0\"]\n"                          // 20
                  "}\n"                                                        // 21
                  "resource \"google_compute_firewall\" \"ssh\" {\n"           // 22
                  "  source_ranges = [\"0.0.0.0/0\"]\n"                        // 23
                  "  allow {\n"                                                // 24
                  "    protocol = \"tcp\"\n"                                   // 25
                  "    ports    = [\"22\", \"8000-8080\"]\n"                   // 26
                  "  }\n"                                                      // 27
                  "}\n"                                                        // 28
                  "resource \"azurerm_network_security_rule\" \"rdp\" {\n"     // 29
                  "  direction              = \"Inbound\"\n"                   // 30
                  "  access                 = \"Allow\"\n"                     // 31
                  "  source_address_prefix  = \"*\"\n"                         // 32
                  "  destination_port_range = \"3389\"\n"                      // 33
                  "}\n"                                                        // 34
                  "resource \"aws_security_group_rule\" \"out\" {\n"           // 35
                  "  type        = \"egress\"\n"                               // 36
                  "  from_port   = 0\n"                                        // 37
                  "  to_port     = 65535\n"                                    // 38
                  "  protocol    = \"tcp\"\n"                                  // 39
                  "  cidr_blocks = [\"0.0.0.0/0\"]\n"                          // 40
                  "}\n"                                                        // 41
                  "resource \"aws_security_group_rule\" \"var\" {\n"           // 42
                  "  type        = \"ingress\"\n"                              // 43
                  "  from_port   = var.port\n"                                 // 44
                  "  to_port     = var.port\n"                                 // 45
                  "  protocol    = \"tcp\"\n"                                  // 46
                  "  cidr_blocks = [\"0.0.0.0/0\"]\n"                          // 47
                  "}\n"}});
  const Node* web = s.item("aws_security_group.web");
  REQUIRE(web->get("open_ports"));
  CHECK(web->get("open_ports")->size() == 1);  // the SSH rule admits 10.0.0.0/8 only
  CHECK(val(at(web, {"open_ports", "0", "from"})) == "int 443");
  CHECK(val(at(web, {"open_ports", "0", "to"})) == "int 443");
  CHECK(span_of(at(web, {"open_ports", "0"})) == "3:19-3:22");
  const Node* all = s.item("aws_security_group_rule.all");
  CHECK(val(at(all, {"open_ports", "0", "from"})) == "int 0");
  CHECK(val(at(all, {"open_ports", "0", "to"})) == "int 65535");
  CHECK(span_of(at(all, {"open_ports", "0"})) == "19:17-19:21");
  const Node* ssh = s.item("google_compute_firewall.ssh");
  CHECK(ssh->get("open_ports")->size() == 2);
  CHECK(val(at(ssh, {"open_ports", "0", "from"})) == "int 22");
  CHECK(val(at(ssh, {"open_ports", "1", "from"})) == "int 8000");
  CHECK(val(at(ssh, {"open_ports", "1", "to"})) == "int 8080");
  CHECK(span_of(at(ssh, {"open_ports", "1"})) == "26:23-26:34");
  const Node* rdp = s.item("azurerm_network_security_rule.rdp");
  CHECK(val(at(rdp, {"open_ports", "0", "from"})) == "int 3389");
  CHECK(span_of(at(rdp, {"open_ports", "0"})) == "33:28-33:34");
  CHECK(s.item("aws_security_group_rule.out")->get("open_ports") == nullptr);
  const Node* var = s.item("aws_security_group_rule.var");
  CHECK(at(var, {"open_ports", "0"})->type == NodeType::expr);
  CHECK(span_of(at(var, {"open_ports", "0"})) == "44:17-44:25");
}

TEST_CASE("resource: policy_statements from jsonencode, heredocs, strings, documents and templates", "[resource]") {
  Scan s = scan({{"iam/main.tf",
                  "resource \"aws_iam_policy\" \"enc\" {\n"                                  // 1
                  "  policy = jsonencode({\n"                                               // 2
                  "    Statement = [{\n"                                                    // 3
                  "      Effect   = \"Allow\"\n"                                            // 4
                  "      Action   = \"*\"\n"                                                // 5
                  "      Resource = [aws_s3_bucket.b.arn, \"*\"]\n"                         // 6
                  "    }]\n"                                                                // 7
                  "  })\n"                                                                  // 8
                  "}\n"                                                                     // 9
                  "resource \"aws_iam_role_policy\" \"doc\" {\n"                            // 10
                  "  policy = <<EOF\n"                                                      // 11
                  "{\"Statement\": {\"Effect\": \"Deny\", \"NotAction\": \"s3:*\", \"Resource\": \"*\"}}\n"  // 12
                  "EOF\n"                                                                   // 13
                  "}\n"                                                                     // 14
                  "resource \"aws_iam_policy\" \"ref\" {\n"                                 // 15
                  "  policy = data.aws_iam_policy_document.d.json\n"                        // 16
                  "}\n"                                                                     // 17
                  "data \"aws_iam_policy_document\" \"d\" {\n"                              // 18
                  "  statement {\n"                                                         // 19
                  "    actions   = [\"ec2:*\"]\n"                                           // 20
                  "    resources = [\"*\"]\n"                                               // 21
                  "  }\n"                                                                   // 22
                  "}\n"},
                 {"stack/template.yaml",
                  "AWSTemplateFormatVersion: \"2010-09-09\"\n"    // 1
                  "Resources:\n"                                  // 2
                  "  Role:\n"                                     // 3
                  "    Type: AWS::IAM::Role\n"                    // 4
                  "    Properties:\n"                             // 5
                  "      Policies:\n"                             // 6
                  "        - PolicyDocument:\n"                   // 7
                  "            Statement:\n"                      // 8
                  "              - Effect: Allow\n"               // 9
                  "                Action: [\"sqs:*\"]\n"         // 10
                  "                Resource: !GetAtt Queue.Arn\n"}});  // 11
  const Node* enc = s.item("aws_iam_policy.enc");
  REQUIRE(enc);
  CHECK(val(enc->get("class")) == "string policy");
  CHECK(val(at(enc, {"policy_statements", "0", "effect"})) == "string Allow");
  CHECK(val(at(enc, {"policy_statements", "0", "actions", "0"})) == "string *");
  CHECK(span_of(at(enc, {"policy_statements", "0", "actions", "0"})) == "5:18-5:21");
  CHECK(val(at(enc, {"policy_statements", "0", "resources", "0"})) == "expr aws_s3_bucket.b.arn");
  CHECK(val(at(enc, {"policy_statements", "0", "resources", "1"})) == "string *");
  const Node* doc = s.item("aws_iam_role_policy.doc");
  REQUIRE(doc);
  CHECK(val(at(doc, {"policy_statements", "0", "effect"})) == "string Deny");
  CHECK(val(at(doc, {"policy_statements", "0", "not_actions", "0"})) == "string s3:*");
  REQUIRE(at(doc, {"policy_statements", "0", "not_actions", "0"}));
  CHECK(at(doc, {"policy_statements", "0", "not_actions", "0"})->span.line == 12);
  const Node* ref = s.item("aws_iam_policy.ref");
  REQUIRE(ref);
  REQUIRE(at(ref, {"policy_statements", "0"}));
  CHECK(at(ref, {"policy_statements", "0"})->type == NodeType::expr);
  const Node* d = s.item("data.aws_iam_policy_document.d");
  REQUIRE(d);
  CHECK(val(d->get("class")) == "string policy");
  CHECK(d->get("attributes") == nullptr);
  CHECK(val(at(d, {"policy_statements", "0", "effect"})) == "string Allow");
  CHECK(val(at(d, {"policy_statements", "0", "actions", "0"})) == "string ec2:*");
  CHECK(span_of(at(d, {"policy_statements", "0", "actions", "0"})) == "20:18-20:25");
  const Node* role = s.item("Role");
  CHECK(val(at(role, {"policy_statements", "0", "actions", "0"})) == "string sqs:*");
  REQUIRE(at(role, {"policy_statements", "0", "resources"}));
  CHECK(at(role, {"policy_statements", "0", "resources"})->type == NodeType::expr);  // an unknown list
}

TEST_CASE("resource: cluster endpoints, listeners, TLS policies and the later controls", "[resource]") {
  Scan s = scan({{"k8s/main.tf",
                  "resource \"aws_eks_cluster\" \"a\" {\n"                               // 1
                  "  enabled_cluster_log_types = [\"audit\"]\n"                          // 2
                  "  vpc_config {\n"                                                     // 3
                  "    public_access_cidrs = [\"10.0.0.0/8\", var.office]\n"             // 4
                  "  }\n"                                                                // 5
                  "}\n"                                                                  // 6
                  "resource \"google_container_cluster\" \"g\" {\n"                      // 7
                  "  master_authorized_networks_config {\n"                              // 8
                  "    cidr_blocks {\n"                                                  // 9
                  "      cidr_block = \"0.0.0.0/0\"\n"                                   // 10
                  "    }\n"                                                              // 11
                  "  }\n"                                                                // 12
                  "}\n"                                                                  // 13
                  "resource \"aws_lb_listener\" \"l\" {\n"                               // 14
                  "  protocol   = \"HTTP\"\n"                                            // 15
                  "  ssl_policy = \"ELBSecurityPolicy-2016-08\"\n"                       // 16
                  "  default_action {\n"                                                 // 17
                  "    type = \"redirect\"\n"                                            // 18
                  "    redirect {\n"                                                     // 19
                  "      protocol = \"HTTPS\"\n"                                         // 20
                  "    }\n"                                                              // 21
                  "  }\n"                                                                // 22
                  "}\n"                                                                  // 23
                  "resource \"aws_db_instance\" \"db\" {\n"                              // 24
                  "  monitoring_interval = 0\n"                                          // 25
                  "}\n"                                                                  // 26
                  "resource \"aws_cloudwatch_metric_alarm\" \"al\" {\n"                  // 27
                  "  alarm_actions   = [\"arn:aws:sns:eu-west-1:1:x\"]\n"                // 28
                  "  actions_enabled = false\n"                                          // 29
                  "}\n"}});
  const Node* a = s.item("aws_eks_cluster.a");
  CHECK(val(a->get("control_plane_logging")) == "bool true");
  CHECK(val(at(a, {"endpoint_cidrs", "0"})) == "string 10.0.0.0/8");
  REQUIRE(at(a, {"endpoint_cidrs", "1"}));
  CHECK(at(a, {"endpoint_cidrs", "1"})->type == NodeType::expr);
  const Node* g = s.item("google_container_cluster.g");
  CHECK(val(at(g, {"endpoint_cidrs", "0"})) == "string 0.0.0.0/0");
  CHECK(span_of(at(g, {"endpoint_cidrs", "0"})) == "10:20-10:31");
  const Node* l = s.item("aws_lb_listener.l");
  CHECK(val(l->get("class")) == "string listener");
  CHECK(val(l->get("protocol")) == "string HTTP");
  CHECK(val(l->get("default_action")) == "string redirect");
  CHECK(val(l->get("redirect_protocol")) == "string HTTPS");
  CHECK(val(l->get("tls_policy")) == "string ELBSecurityPolicy-2016-08");
  REQUIRE(s.item("aws_db_instance.db"));
  CHECK(val(s.item("aws_db_instance.db")->get("enhanced_monitoring")) == "bool false");
  const Node* al = s.item("aws_cloudwatch_metric_alarm.al");
  CHECK(val(al->get("notifies")) == "bool false");
  CHECK(span_of(al->get("notifies")) == "29:21-29:26");
}

TEST_CASE("resource: null from a variable's default is unknown, a literal null is absent", "[resource]") {
  Scan s = scan({{"alarm/main.tf",
                  "variable \"actions\" {\n"                                  // 1
                  "  default = null\n"                                        // 2
                  "}\n"                                                       // 3
                  "resource \"aws_cloudwatch_metric_alarm\" \"a\" {\n"        // 4
                  "  alarm_actions = var.actions\n"                           // 5
                  "}\n"                                                       // 6
                  "resource \"aws_cloudwatch_metric_alarm\" \"b\" {\n"        // 7
                  "  alarm_actions = null\n"                                  // 8
                  "}\n"}});
  const Node* a = s.item("aws_cloudwatch_metric_alarm.a");
  REQUIRE(a);
  CHECK(val(at(a, {"attributes", "alarm_actions"})) == "expr var.actions");
  CHECK(val(a->get("notifies")) == "expr var.actions");
  const Node* b = s.item("aws_cloudwatch_metric_alarm.b");
  REQUIRE(b);
  CHECK(at(b, {"attributes", "alarm_actions"}) == nullptr);
  CHECK(b->get("notifies") == nullptr);
}
