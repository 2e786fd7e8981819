// The generators of tollgate-bench's corpus (bench/bench_scan.cc), one file's content per call. The YAML parser
// tests read the same Kubernetes and workflow files (tests/unit/yaml_fast_test.cc), so the inputs the benchmark
// times are inputs the tests check.
#pragma once

#include <cstdint>
#include <string>

namespace tollgate::bench {

// Deterministic pseudo-random numbers (xorshift), so every run scans the same corpus.
struct Rng {
  uint64_t s = 0x9E3779B97F4A7C15ull;
  uint64_t next() {
    s ^= s << 13;
    s ^= s >> 7;
    s ^= s << 17;
    return s;
  }
  int below(int n) { return static_cast<int>(next() % static_cast<uint64_t>(n)); }
};

inline std::string k8s_file(Rng& r, int i) {
  std::string out;
  int docs = 3 + r.below(4);
  for (int d = 0; d < docs; ++d) {
    std::string name = "svc-" + std::to_string(i) + "-" + std::to_string(d);
    out += "---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: " + name +
           "\n  namespace: payments\n  labels:\n    app.kubernetes.io/name: " + name +
           "\n    app.kubernetes.io/part-of: platform\nspec:\n  replicas: " + std::to_string(2 + r.below(3)) +
           "\n  strategy:\n    type: " + (r.below(10) ? "RollingUpdate" : "Recreate") +
           "\n  selector:\n    matchLabels:\n      app: " + name + "\n  template:\n    metadata:\n      labels:\n        app: " +
           name + "\n    spec:\n      containers:\n        - name: app\n          image: registry.example.com/" + name +
           ":1." + std::to_string(r.below(30)) + ".0\n          ports:\n            - containerPort: 8080\n"
           "          env:\n            - name: LOG_LEVEL\n              value: info\n            - name: DB_HOST\n"
           "              value: db.internal\n            - name: DB_PASSWORD\n              valueFrom:\n"
           "                secretKeyRef:\n                  name: db\n                  key: password\n"
           "          resources:\n            requests:\n              cpu: 100m\n              memory: 128Mi\n"
           "            limits:\n              memory: 256Mi\n";
    if (r.below(4)) out += "          readinessProbe:\n            httpGet:\n              path: /ready\n              port: 8080\n";
    if (r.below(4)) out += "          livenessProbe:\n            httpGet:\n              path: /live\n              port: 8080\n";
    out += "---\napiVersion: v1\nkind: Service\nmetadata:\n  name: " + name + "\nspec:\n  selector:\n    app: " + name +
           "\n  ports:\n    - port: 80\n      targetPort: 8080\n";
  }
  return out;
}

inline std::string terraform_file(Rng& r, int i) {
  std::string out = "variable \"env\" {\n  type = string\n}\n\nlocals {\n  tags = {\n    ManagedBy = \"terraform\"\n    Env = var.env\n  }\n}\n\n";
  int n = 4 + r.below(6);
  for (int k = 0; k < n; ++k) {
    std::string name = "r" + std::to_string(i) + "_" + std::to_string(k);
    switch (r.below(4)) {
      case 0:
        out += "resource \"aws_db_instance\" \"" + name + "\" {\n  engine = \"postgres\"\n  instance_class = \"db.t3.medium\"\n"
               "  allocated_storage = 20\n  backup_retention_period = " + std::to_string(r.below(8)) +
               "\n  password = var.db_password\n  multi_az = true\n  tags = local.tags\n}\n\n";
        break;
      case 1:
        out += "resource \"aws_cloudwatch_log_group\" \"" + name + "\" {\n  name = \"/app/" + name + "\"\n" +
               (r.below(3) ? "  retention_in_days = 30\n" : "") + "}\n\n";
        break;
      case 2:
        out += "module \"" + name + "\" {\n  source = \"git::https://example.com/modules.git//net?ref=v1." +
               std::to_string(r.below(9)) + "\"\n  cidr = \"10.0.0.0/16\"\n  env = var.env\n}\n\n";
        break;
      default:
        out += "resource \"aws_s3_bucket\" \"" + name + "\" {\n  bucket = \"logs-${var.env}-" + name +
               "\"\n  tags = merge(local.tags, { Name = \"" + name + "\" })\n  lifecycle {\n    prevent_destroy = true\n  }\n}\n\n";
    }
  }
  return out;
}

inline std::string workflow_file(Rng& r, int i) {
  return "name: ci-" + std::to_string(i) +
         "\non:\n  push:\n    branches: [main]\n  pull_request:\npermissions:\n  contents: read\njobs:\n  test:\n"
         "    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@" +
         std::string(r.below(2) ? "v4" : "11bd71901bbe5b1630ceea73d27597364c9af683") +
         "\n      - run: make test\n      - name: scan\n        run: tollgate scan .\n  deploy:\n    needs: test\n"
         "    runs-on: ubuntu-latest\n    environment: production\n    steps:\n      - run: ./deploy.sh\n"
         "        env:\n          TOKEN: ${{ secrets.DEPLOY_TOKEN }}\n";
}

inline std::string dockerfile(Rng& r, int i) {
  return "FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app ./cmd/app && \\\n    strip /out/app\n"
         "FROM gcr.io/distroless/base-debian12\nCOPY --from=build /out/app /app\nENV PORT=8080 LOG_LEVEL=info\n"
         "HEALTHCHECK CMD [\"/app\", \"health\"]\nUSER nonroot\nENTRYPOINT [\"/app\"]\n";
}

inline std::string shell_file(Rng& r, int i) {
  return "#!/usr/bin/env bash\nset -euo pipefail\nfor f in *.yaml; do\n  kubectl apply --dry-run=server -f \"$f\"\ndone\n"
         "curl -fsSL https://example.com/install.sh -o install.sh\nsha256sum -c install.sh.sha256\n"
         "terraform plan -out plan.tfplan\necho done " + std::to_string(i) + "\n";
}

inline std::string json_file(Rng& r, int i) {
  std::string out = "{\n  \"name\": \"pkg-" + std::to_string(i) + "\",\n  \"version\": \"1.0.0\",\n  \"dependencies\": {\n";
  int n = 20 + r.below(30);
  for (int k = 0; k < n; ++k)
    out += "    \"dep-" + std::to_string(k) + "\": \"^" + std::to_string(r.below(9)) + "." + std::to_string(r.below(20)) +
           ".0\"" + (k + 1 < n ? ",\n" : "\n");
  return out + "  }\n}\n";
}

inline std::string markdown_file(Rng& r, int i) {
  std::string out = "# Service " + std::to_string(i) + "\n\n";
  for (int k = 0; k < 40; ++k)
    out += "The service handles request routing for tenant " + std::to_string(r.below(1000)) +
           " and reports metrics to the platform dashboard.\n";
  return out;
}

}  // namespace tollgate::bench
