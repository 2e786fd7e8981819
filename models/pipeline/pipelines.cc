// The pipeline model's adapters (docs/document-model.md, "Models"). Not built yet.
#include "tollgate/models.h"

namespace tollgate {

void build_pipelines(const std::vector<const Document*>& docs, std::vector<std::unique_ptr<Document>>* out) {}

}  // namespace tollgate
