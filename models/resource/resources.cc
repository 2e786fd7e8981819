// The resource model's adapters (docs/document-model.md, "Resource"): one item per cloud resource of Terraform
// configuration (HCL and JSON), Terraform plans and CloudFormation templates.
#include "models/resource/resource_model.h"

namespace tollgate {

void build_resources(const std::vector<const Document*>& docs, std::vector<std::unique_ptr<Document>>* out) {
  std::vector<resource::Draft> drafts;
  resource::terraform_drafts(docs, &drafts);
  for (const Document* d : docs) {
    if (d->kind == "terraform-plan") resource::plan_drafts(*d, &drafts);
    else if (d->kind == "cloudformation") resource::cloudformation_drafts(*d, &drafts);
  }
  resource::link(drafts);
  for (resource::Draft& d : drafts) out->push_back(d.b->finish(d.root));
}

}  // namespace tollgate
