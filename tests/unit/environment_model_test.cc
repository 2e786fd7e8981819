// build_environments: the environment model (docs/document-model.md, "Environment"): which files make an
// environment set, in which layout, and what each item holds.
#include <catch2/catch.hpp>

#include <map>
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

  // "set env component" of every item, in order.
  std::vector<std::string> rows() const {
    std::vector<std::string> out;
    for (const auto& i : items)
      out.push_back(i->root->get("set")->text + " " + i->root->get("env")->text + " " + i->root->get("component")->text);
    return out;
  }
  const Node* item(std::string_view path, std::string_view set) const {
    for (const auto& i : items)
      if (i->path() == path && i->root->get("set")->text == set) return i->root;
    return nullptr;
  }
};

Scan scan(std::vector<std::pair<std::string, std::string>> files) {
  Scan s;
  for (auto& [path, text] : files) {
    Classification c = classify(path, text);
    ParseResult r = parse(c.format, SourceText::make(path, text));
    REQUIRE_FALSE(r.error);
    for (auto& d : r.documents) {
      d->kind = c.kind;
      s.docs.push_back(std::move(d));
    }
  }
  std::vector<const Document*> docs;
  for (const auto& d : s.docs)
    if (feeds_model("environment", d->kind, d->path())) docs.push_back(d.get());
  build_environments(docs, &s.items);
  return s;
}

}  // namespace

TEST_CASE("environment: folders of environment folders, and files named by environment", "[environment]") {
  Scan s = scan({
      {"infra/envs/dev/main.tf", "module \"net\" {\n  source = \"../../modules/net\"\n}\n"},
      {"infra/envs/prod/main.tf", "module \"net\" {\n  source = \"../../modules/net\"\n}\n"},
      {"infra/envs/prod/extra/dns.tf", "resource \"aws_route53_zone\" \"main\" {\n  name = \"example.com\"\n}\n"},
      {"vars/staging.tfvars", "size = \"m\"\n"},
      {"vars/prod.tfvars", "size = \"l\"\n"},
      {"charts/api/values-prod.yaml", "replicas: 3\n"},
      {"charts/api/values.yaml", "replicas: 1\n"},
      // One environment alone is not a set: nothing to compare it with.
      {"other/prod/main.tf", "resource \"aws_s3_bucket\" \"b\" {}\n"},
      {"apps/.env.development", "DEBUG=1\n"},
      {"apps/.env.production", "DEBUG=0\n"},
  });
  // In document order (a scan gives them in path order).
  CHECK(s.rows() == std::vector<std::string>{
                        "infra/envs/{env}/ dev main.tf",
                        "infra/envs/{env}/ prod main.tf",
                        "infra/envs/{env}/ prod extra/dns.tf",
                        "vars/{env}.tfvars staging ",
                        "vars/{env}.tfvars prod ",
                        "apps/.env.{env} development ",
                        "apps/.env.{env} production ",
                    });
}

TEST_CASE("environment: tiers and ranks give the promotion order", "[environment]") {
  Scan s = scan({{"envs/dev/a.tf", "locals {}\n"},   {"envs/qa/a.tf", "locals {}\n"},
                 {"envs/uat/a.tf", "locals {}\n"},   {"envs/production/a.tf", "locals {}\n"},
                 {"envs/demo/a.tf", "locals {}\n"}});
  std::map<std::string, std::string> tiers;
  for (const auto& i : s.items) {
    const Node* rank = i->root->get("rank");
    tiers[i->root->get("env")->text] = i->root->get("tier")->text + (rank ? " " + rank->text : "");
  }
  CHECK(tiers == std::map<std::string, std::string>{{"demo", "other"},
                                                    {"dev", "development 1"},
                                                    {"production", "production 4"},
                                                    {"qa", "testing 2"},
                                                    {"uat", "staging 3"}});
}

TEST_CASE("environment: what an item holds, located in its file", "[environment]") {
  Scan s = scan({
      {"envs/dev/main.tf",
       "module \"net\" {\n"                                                        // 1
       "  source = \"git::https://example.com/m.git//net?ref=v1.2.0&depth=1\"\n"  // 2
       "}\n"                                                                       // 3
       "module \"db\" {\n"                                                         // 4
       "  source  = \"terraform-aws-modules/rds/aws\"\n"                           // 5
       "  version = \"6.1.0\"\n"                                                   // 6
       "}\n"                                                                       // 7
       "resource \"aws_s3_bucket\" \"logs\" {}\n"},                                // 8
      {"envs/prod/main.tf", "locals {}\n"},
      {"envs/dev/app.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: flags\ndata:\n  A: \"1\"\n"},
      {"envs/prod/kustomization.yaml",
       "resources:\n  - ../base\nimages:\n  - name: registry.example.com/api\n    newTag: \"2.1.0\"\n"},
      {"envs/dev/terraform.tfvars", "size = \"m\"\ntags = { team = \"a\" }\n"},
  });
  const Node* tf = s.item("envs/dev/main.tf", "envs/{env}/");
  REQUIRE(tf);
  CHECK(tf->get("modules")->get("net")->get("version")->text == "v1.2.0");
  CHECK(tf->get("modules")->get("db")->get("version")->text == "6.1.0");
  CHECK(tf->get("modules")->entry("db")->key_span.line == 4);
  CHECK(tf->get("resources")->get("aws_s3_bucket.logs")->span.line == 8);
  const Node* cm = s.item("envs/dev/app.yaml", "envs/{env}/");
  REQUIRE(cm);
  CHECK(cm->get("objects")->get("ConfigMap/flags")->span.line == 4);
  const Node* k = s.item("envs/prod/kustomization.yaml", "envs/{env}/");
  REQUIRE(k);
  CHECK(k->get("images")->get("registry.example.com/api")->text == "2.1.0");
  CHECK(k->get("images")->get("registry.example.com/api")->span.line == 5);
  const Node* vars = s.item("envs/dev/terraform.tfvars", "envs/{env}/");
  REQUIRE(vars);
  CHECK(vars->get("settings")->get("tags")->get("team")->text == "a");
  CHECK(vars->get("component")->text == "terraform.tfvars");
}

TEST_CASE("environment: only paths with an environment word are kept for the model", "[environment]") {
  CHECK(feeds_environment_model("envs/prod/main.tf"));
  CHECK(feeds_environment_model("charts/api/values-staging.yaml"));
  CHECK(feeds_environment_model(".env.production"));
  CHECK(feeds_environment_model("config/QA.json"));
  CHECK_FALSE(feeds_environment_model("services/api/main.tf"));
  CHECK_FALSE(feeds_environment_model("product/catalog.yaml"));  // a word inside a word is not one
  CHECK_FALSE(feeds_environment_model("devops/tools.yaml"));
  CHECK(feeds_model("environment", "terraform", "envs/dev/main.tf"));
  CHECK_FALSE(feeds_model("environment", "terraform", "modules/net/main.tf"));
  CHECK_FALSE(feeds_model("environment", "dockerfile", "envs/dev/Dockerfile"));
}

TEST_CASE("environment: the environments pipelines deploy to, one item per deploy job", "[environment]") {
  std::vector<std::pair<std::string, std::string>> files = {
      {".github/workflows/deploy.yml",
       "on: push\n"
       "jobs:\n"
       "  test:\n"
       "    runs-on: ubuntu-latest\n"
       "    steps: [{run: make test}]\n"
       "  deploy-staging:\n"
       "    runs-on: ubuntu-latest\n"
       "    environment: staging\n"
       "    steps: [{run: ./deploy.sh staging}]\n"
       "  deploy-prod:\n"
       "    runs-on: ubuntu-latest\n"
       "    environment:\n"
       "      name: production\n"
       "    steps: [{run: ./deploy.sh prod}]\n"
       "  preview:\n"
       "    runs-on: ubuntu-latest\n"
       "    environment: ${{ inputs.env }}\n"
       "    steps: [{run: ./deploy.sh}]\n"},
  };
  std::vector<std::unique_ptr<Document>> docs;
  for (auto& [path, text] : files) {
    Classification c = classify(path, text);
    ParseResult r = parse(c.format, SourceText::make(path, text));
    REQUIRE_FALSE(r.error);
    for (auto& d : r.documents) {
      d->kind = c.kind;
      docs.push_back(std::move(d));
    }
  }
  std::vector<const Document*> all;
  for (const auto& d : docs) all.push_back(d.get());
  CHECK(feeds_model("environment", "github-actions", ".github/workflows/deploy.yml"));
  // Built with the environment model alone: the pipeline items are made for it.
  std::vector<std::unique_ptr<Document>> items = build_models({"environment"}, all, 1);
  std::vector<std::string> rows;
  for (const auto& i : items) {
    if (i->kind != "environment") continue;
    const Node* r = i->root;
    rows.push_back(r->get("set")->text + " " + r->get("env")->text + " " + r->get("tier")->text + " " +
                   r->get("components")->entries[0].key + " " + std::to_string(r->span.line));
  }
  CHECK(rows == std::vector<std::string>{
                    "pipelines staging staging job..github/workflows/deploy.yml#deploy-staging 8",
                    "pipelines production production job..github/workflows/deploy.yml#deploy-prod 13",
                });
}
