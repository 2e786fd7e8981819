// Relations between the resources of one group (a Terraform module directory, a plan, a template): alarms and
// what they watch, the log groups of functions, and the companion resources that configure another one
// (aws_s3_bucket_versioning for a bucket, aws_security_group_rule for a security group).
#include <map>
#include <unordered_map>

#include "models/resource/resource_model.h"

namespace tollgate::resource {

namespace {

// The attributes that name a resource in the provider's API, which an alarm dimension or a companion resource
// may write as a literal instead of a reference.
constexpr std::string_view kNameAttributes[] = {
    "identifier", "name", "bucket", "function_name", "cluster_identifier", "replication_group_id", "cluster_id",
    "DBInstanceIdentifier", "DBClusterIdentifier", "BucketName", "FunctionName", "QueueName", "TopicName",
    "TableName", "LogGroupName", "ReplicationGroupId", "ClusterName", "CacheClusterId", "AlarmName"};

struct Group {
  std::vector<Draft*> items;
  std::unordered_map<std::string, Draft*> by_address;
  std::unordered_map<std::string, Draft*> by_name;  // literal API names (first one wins)
  // API names that cannot be known (`bucket = var.name` with no value), by their expression's text: a companion
  // that writes the same expression configures that resource.
  std::unordered_map<std::string, Draft*> by_expression;
};

const Node* attr(const Draft& d, std::string_view key) { return d.attributes ? d.attributes->get(key) : nullptr; }

std::string_view cls(const Draft& d) {
  const Node* c = d.root->get("class");
  return c ? std::string_view(c->text) : std::string_view();
}

// A value of another item as a node of this one: at its own place when both lie in one file, else at `at`.
Node* carry(Draft& to, const Draft& from, const Node* v, const Span& at) {
  Node* n = to.b->copy(v);
  bool same_file = to.b->doc().source == from.b->doc().source;
  if (!same_file) n->span = at;
  return n;
}

Node* seq_field(Draft& d, std::string_view key) {
  if (Node* s = const_cast<Node*>(d.root->get(key))) return s;
  return d.b->set(d.root, key, d.b->seq(d.at), d.at);
}

void relate(Draft& from, std::string_view from_field, Draft& to, std::string_view to_field, const Span& at) {
  // Once per pair: an alarm with two dimensions naming one table watches it once.
  Node* out = seq_field(from, from_field);
  for (const Entry& e : out->entries)
    if (e.value->text == to.address) return;
  from.b->push(out, from.b->str(to.address, at));
  to.b->push(seq_field(to, to_field), to.b->str(from.address, to.at));
}

// What an item's attribute `key` points at: references first, then literal names.
std::vector<std::pair<Draft*, Span>> targets(Group& g, Draft& d, std::initializer_list<std::string_view> keys) {
  std::vector<std::pair<Draft*, Span>> out;
  for (const Link& l : d.links) {
    for (std::string_view k : keys) {
      if (l.attribute != k) continue;
      auto it = g.by_address.find(l.target);
      if (it != g.by_address.end() && it->second != &d) out.emplace_back(it->second, l.at);
    }
  }
  auto literal = [&](const Node* v) {
    if (!v || (!v->is_string() && v->type != NodeType::expr)) return;
    auto& names = v->is_string() ? g.by_name : g.by_expression;
    auto it = names.find(v->text);
    if (it != names.end() && it->second != &d) out.emplace_back(it->second, v->span);
  };
  for (std::string_view k : keys) {
    const Node* v = attr(d, k);
    if (!v) continue;
    literal(v);
    for (const Entry& e : v->entries) {
      literal(e.value);
      if (e.value && e.value->is_map()) literal(e.value->get("Value"));  // CloudFormation {Name, Value}
    }
  }
  return out;
}

// The controls a companion resource gives the resource it configures.
struct Companion {
  std::string_view type, target_attribute;
};
constexpr Companion kCompanions[] = {
    {"aws_s3_bucket_versioning", "bucket"},
    {"aws_s3_bucket_server_side_encryption_configuration", "bucket"},
    {"aws_s3_bucket_public_access_block", "bucket"},
    {"aws_s3_bucket_acl", "bucket"},
    {"aws_security_group_rule", "security_group_id"},
    {"aws_vpc_security_group_ingress_rule", "security_group_id"},
    {"AWS::EC2::SecurityGroupIngress", "GroupId"},
    {"google_storage_bucket_iam_member", "bucket"},
    {"google_storage_bucket_iam_binding", "bucket"},
    {"azurerm_network_security_rule", "network_security_group_name"},
};
constexpr std::string_view kFolded[] = {"versioning", "encrypted_at_rest", "kms_key", "public_access"};

void fold(Draft& companion, Draft& target) {
  for (std::string_view control : kFolded) {
    const Node* v = companion.root->get(control);
    if (!v) continue;
    const Node* have = target.root->get(control);
    bool replace = !have;
    if (have && control == "public_access" && v->type == NodeType::boolean && have->type == NodeType::boolean) {
      // A public access block (false) outranks a public ACL (true): S3 ignores the ACL behind it. Any rule that
      // opens a security group (true) makes the group open.
      bool bucket = cls(target) == "bucket";
      replace = bucket ? v->text == "false" : v->text == "true";
    }
    if (replace) target.b->set(target.root, control, carry(target, companion, v, target.at), target.at);
  }
}

}  // namespace

void link(std::vector<Draft>& drafts) {
  std::map<std::string, Group> groups;
  for (Draft& d : drafts) {
    Group& g = groups[d.group];
    g.items.push_back(&d);
    g.by_address.emplace(d.address, &d);
    if (class_of(d.type).empty()) continue;  // companions name what they configure, not themselves
    for (std::string_view k : kNameAttributes) {
      const Node* v = attr(d, k);
      if (v && v->is_string() && !v->text.empty()) g.by_name.emplace(v->text, &d);
      if (v && v->type == NodeType::expr && !v->text.empty()) g.by_expression.emplace(v->text, &d);
    }
  }
  for (auto& [name, g] : groups) {
    for (Draft* d : g.items) {
      std::string_view c = cls(*d);
      if (c == "alarm") {
        for (auto& [t, at] : targets(g, *d, {"dimensions", "Dimensions"}))
          if (cls(*t) != "alarm") relate(*d, "watches", *t, "alarms", at);
      } else if (c == "log_group") {
        for (auto& [t, at] : targets(g, *d, {"name", "LogGroupName"})) {
          if (cls(*t) != "function") continue;
          relate(*d, "serves", *t, "log_groups", at);
          if (const Node* days = d->root->get("log_retention_days"); days && !t->root->get("log_retention_days"))
            t->b->set(t->root, "log_retention_days", carry(*t, *d, days, t->at), t->at);
        }
        // /aws/lambda/NAME is where Lambda writes a function's logs.
        const Node* n = attr(*d, "name");
        if (!n) n = attr(*d, "LogGroupName");
        if (n && n->is_string() && n->text.rfind("/aws/lambda/", 0) == 0) {
          auto it = g.by_name.find(n->text.substr(12));
          if (it != g.by_name.end() && cls(*it->second) == "function") {
            Draft* t = it->second;
            relate(*d, "serves", *t, "log_groups", n->span);
            if (const Node* days = d->root->get("log_retention_days"); days && !t->root->get("log_retention_days"))
              t->b->set(t->root, "log_retention_days", carry(*t, *d, days, t->at), t->at);
          }
        }
      }
      for (const Companion& comp : kCompanions) {
        if (d->type != comp.type) continue;
        for (auto& [t, at] : targets(g, *d, {comp.target_attribute})) {
          relate(*d, "configures", *t, "configured_by", at);
          fold(*d, *t);
        }
      }
    }
  }
}

}  // namespace tollgate::resource
