// What the resource model's adapters share (docs/document-model.md, "Resource"): the item under construction,
// the portable classes and controls, and the relations between items.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "tollgate/models.h"
#include "tollgate/parsers.h"

namespace tollgate::resource {

// A reference from one of an item's attributes to another resource of its group, as written.
struct Link {
  std::string attribute;  // the top-level attribute it sits in: "dimensions", "bucket", "name", ...
  std::string target;     // the address it names: "aws_db_instance.main", or a CloudFormation logical id
  Span at;                // where in the item's file
};

// One resource item while it is built. Relations need every item of a group, so items are finished last.
struct Draft {
  std::unique_ptr<ModelBuilder> b;
  Node* root = nullptr;
  Node* attributes = nullptr;  // the resolved attributes, or nullptr
  const Document* doc = nullptr;  // the file the item is written in (for JSON embedded in Terraform attributes)
  std::string type, address;
  // The items that can refer to each other: a Terraform module directory, a plan file, a template.
  std::string group;
  Span at;                     // the resource's name as written: where facts from other items are located
  std::vector<Link> links;
};

// The portable class of a provider type ("database", "bucket", ...), or empty when it has none.
std::string_view class_of(std::string_view type);
// The provider of a type: "aws" for aws_s3_bucket and AWS::S3::Bucket, "google", "azurerm", ...
std::string provider_of(std::string_view type);
// Sets source, provider, type, name, address and class, then the attributes: the item's root, ready for controls.
Node* start_item(Draft& d, std::string_view source, std::string_view name, const Span& at);
// Reads the portable controls (and tags) from d.attributes into d.root.
void add_controls(Draft& d);
// policy_statements: the statements of the IAM policies an item holds (models/resource/policy.cc); for a Terraform
// `data "aws_iam_policy_document"` block, from `body` (its source) as written.
void add_policy(Draft& d);
// Relations between the items of each group: alarms and what they watch, log groups of functions, companion
// resources (aws_s3_bucket_versioning, aws_security_group_rule) folded into what they configure.
void link(std::vector<Draft>& drafts);

// The adapters: each appends a draft per resource of the documents of its kind.
void terraform_drafts(const std::vector<const Document*>& docs, std::vector<Draft>* out);
void plan_drafts(const Document& plan, std::vector<Draft>* out);
void cloudformation_drafts(const Document& tmpl, std::vector<Draft>* out);

// Every model node an adapter makes from a resolved value counts against this budget (per build): a hostile
// module whose locals reach kMaxWeight and are referenced by thousands of attributes stays bounded.
inline constexpr size_t kMaxResolvedNodes = 4'000'000;

}  // namespace tollgate::resource
