// Signed snapshots: what an object is, what counts as a change, signing and verifying, and drift findings.
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "engine/snapshot.h"

using namespace tollgate;

namespace {

std::vector<SnapshotObject> objects(const std::string& path, const std::string& text) {
  return file_objects(SourceText::make(path, text), "");
}

std::vector<std::string> ids(const std::vector<SnapshotObject>& objs) {
  std::vector<std::string> out;
  for (const auto& o : objs) out.push_back(o.object);
  return out;
}

std::string hash_of(const std::string& path, const std::string& text) {
  auto objs = objects(path, text);
  REQUIRE(objs.size() == 1);
  return objs[0].sha256;
}

// A fresh Ed25519 key pair as PEM: what `openssl genpkey -algorithm ed25519` and `openssl pkey -pubout` write.
struct KeyPair {
  std::string private_pem, public_pem;
  KeyPair() {
    EVP_PKEY* k = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
    REQUIRE(k);
    BIO* b = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(b, k, nullptr, nullptr, 0, nullptr, nullptr);
    private_pem = drain(b);
    PEM_write_bio_PUBKEY(b, k);
    public_pem = drain(b);
    BIO_free(b);
    EVP_PKEY_free(k);
  }
  static std::string drain(BIO* b) {
    char* data = nullptr;
    long n = BIO_get_mem_data(b, &data);
    std::string out(data, static_cast<size_t>(n));
    (void)BIO_reset(b);
    return out;
  }
};

Manifest manifest(std::vector<std::pair<std::string, std::string>> files) {
  Manifest m;
  m.tool_version = "0.1.0";
  m.rule_pack = "sha256:" + std::string(64, '0');
  for (auto& [path, text] : files)
    for (auto& o : objects(path, text)) m.objects.push_back(std::move(o));
  sort_objects(&m.objects);
  return m;
}

RuleInfo snapshot_rule() {
  RuleInfo r;
  r.id = kSnapshotRule;
  r.severity = Severity::high;
  return r;
}

const char* kDeployment =
    "apiVersion: apps/v1\n"
    "kind: Deployment\n"
    "metadata:\n"
    "  name: api\n"
    "  namespace: payments\n"
    "spec:\n"
    "  replicas: 3\n";

}  // namespace

TEST_CASE("snapshot: Kubernetes objects are named by kind, namespace and name, others by document") {
  auto objs = objects("k8s/app.yaml", std::string(kDeployment) +
                                          "---\napiVersion: v1\nkind: Service\nmetadata:\n  name: api\n"
                                          "---\napiVersion: v1\nkind: Service\nmetadata:\n  name: api\n"
                                          "---\nplain: document\n");
  CHECK(ids(objs) == std::vector<std::string>{"Deployment/payments/api", "Service/api", "Service/api#2", "#4"});
  CHECK(objs[0].span.line == 1);
  CHECK(objs[1].span.line == 9);
  CHECK(objs[0].kind == "kubernetes");
  // A single document that is not an object is the file.
  CHECK(ids(objects("config/app.yaml", "a: 1\n")) == std::vector<std::string>{""});
}

TEST_CASE("snapshot: Terraform blocks are named by address, CloudFormation resources by logical id") {
  auto tf = objects("main.tf",
                    "variable \"env\" {}\n"
                    "locals {\n  a = 1\n  b = 2\n}\n"
                    "resource \"aws_s3_bucket\" \"logs\" {\n  bucket = \"x\"\n}\n"
                    "data \"aws_ami\" \"ubuntu\" {}\n"
                    "module \"net\" {\n  source = \"./net\"\n}\n"
                    "terraform {\n  required_version = \">= 1.5\"\n}\n");
  CHECK(ids(tf) == std::vector<std::string>{"variable.env", "local.a", "local.b", "resource.aws_s3_bucket.logs",
                                            "data.aws_ami.ubuntu", "module.net", "terraform"});
  CHECK(tf[3].span.line == 6);
  auto cfn = objects("stack.yaml",
                     "AWSTemplateFormatVersion: '2010-09-09'\n"
                     "Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n  Queue:\n    Type: AWS::SQS::Queue\n");
  CHECK(ids(cfn) == std::vector<std::string>{"AWSTemplateFormatVersion", "Resources.Bucket", "Resources.Queue"});
  CHECK(cfn[2].span.line == 5);
}

TEST_CASE("snapshot: comments, layout, quoting and key order are not changes, values are") {
  std::string base = hash_of("k8s/app.yaml", kDeployment);
  CHECK(hash_of("k8s/app.yaml",
                "# a comment\nkind: \"Deployment\"\napiVersion: apps/v1\nspec: {replicas: 3}\n"
                "metadata:\n    namespace: payments   # trailing\n    name: 'api'\n") == base);
  CHECK(hash_of("k8s/app.yaml", std::string(kDeployment).replace(std::string(kDeployment).find("3"), 1, "4")) != base);
  // A string is not the number it looks like.
  CHECK(hash_of("k8s/app.yaml", std::string(kDeployment).replace(std::string(kDeployment).find("3"), 1, "\"3\"")) != base);
  // The same in JSON is the same object.
  CHECK(hash_of("k8s/app.json",
                R"({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "api", "namespace": "payments"},
                    "spec": {"replicas": 3}})") == base);
  // A list's order counts.
  CHECK(hash_of("a.yaml", "x: [1, 2]\n") != hash_of("a.yaml", "x: [2, 1]\n"));
  // HCL: an expression's spacing is layout.
  CHECK(hash_of("main.tf", "locals {\n  a = var.x+1\n}\n") == hash_of("main.tf", "locals {\n  a = var.x   +   1\n}\n"));
  CHECK(hash_of("main.tf", "locals {\n  a = [for s in var.l : upper(s)]\n}\n") ==
        hash_of("main.tf", "locals {\n  a = [ for s in var.l: upper( s ) ]\n}\n"));
  // Inside a quoted string, spaces are content.
  CHECK(hash_of("main.tf", "locals {\n  a = \"${var.x} b\"\n}\n") != hash_of("main.tf", "locals {\n  a = \"${var.x}  b\"\n}\n"));
}

TEST_CASE("snapshot: YAML aliases hash as their expansion") {
  std::string aliased = "base: &b {image: app, port: 80}\nweb: *b\nworker: *b\n";
  std::string expanded = "base: {image: app, port: 80}\nweb: {image: app, port: 80}\nworker: {image: app, port: 80}\n";
  CHECK(hash_of("c.yaml", aliased) == hash_of("c.yaml", expanded));
}

TEST_CASE("snapshot: scripts, Markdown and broken files are compared as text") {
  std::string script = "#!/bin/sh\nset -eu\n\nterraform apply plan.tfplan\n";
  CHECK(hash_of("deploy.sh", script) == hash_of("deploy.sh", "#!/bin/sh   \r\nset -eu\r\n\r\n\r\nterraform apply plan.tfplan\r\n"));
  CHECK(hash_of("deploy.sh", script) != hash_of("deploy.sh", "#!/bin/sh\nset -eu\nterraform apply -auto-approve\n"));
  // In a script a comment is content.
  CHECK(hash_of("deploy.sh", script) != hash_of("deploy.sh", "# note\n" + script));
  // YAML that does not parse is one object, the file, whatever the documents before the error.
  auto broken = objects("k8s/bad.yaml", std::string(kDeployment) + "---\nkey: [unclosed\n");
  CHECK(ids(broken) == std::vector<std::string>{""});
}

TEST_CASE("snapshot: a signed manifest reads back, and re-indenting it does not matter") {
  KeyPair key;
  Manifest m = manifest({{"k8s/app.yaml", kDeployment}, {"deploy.sh", "echo hi\n"}});
  std::string text, error;
  REQUIRE(sign_snapshot(m, key.private_pem, &text, &error));
  Manifest back;
  REQUIRE(read_snapshot(text, key.public_pem, &back, &error));
  REQUIRE(back.objects.size() == 2);
  CHECK(back.objects[1].object == "Deployment/payments/api");
  CHECK(back.objects[1].span.line == 1);
  CHECK(back.objects[1].sha256 == m.objects[1].sha256);
  CHECK(back.rule_pack == m.rule_pack);
  // Ed25519 is deterministic: the same manifest and key give the same bytes.
  std::string again;
  REQUIRE(sign_snapshot(m, key.private_pem, &again, &error));
  CHECK(again == text);
  // Another layout of the same JSON verifies.
  std::string pretty = nlohmann::json::parse(text).dump(8);
  CHECK(read_snapshot(pretty, key.public_pem, &back, &error));
}

TEST_CASE("snapshot: a changed, re-signed or malformed snapshot is refused with a reason") {
  KeyPair key, other;
  Manifest m = manifest({{"k8s/app.yaml", kDeployment}});
  std::string text, error;
  REQUIRE(sign_snapshot(m, key.private_pem, &text, &error));
  Manifest out;
  auto refused = [&](const std::string& snapshot, const std::string& pub = "") {
    std::string why;
    bool key_fault = false;
    CHECK_FALSE(read_snapshot(snapshot, pub.empty() ? key.public_pem : pub, &out, &why, &key_fault));
    return why;
  };
  auto edited = [&](auto change) {
    nlohmann::json j = nlohmann::json::parse(text);
    change(j);
    return j.dump();
  };
  CHECK(refused(edited([](auto& j) { j["objects"][0]["sha256"] = std::string(64, 'a'); })) ==
        "the signature does not match: the snapshot was changed after it was signed");
  CHECK(refused(edited([](auto& j) { j["objects"] = nlohmann::json::array(); })) ==
        "the signature does not match: the snapshot was changed after it was signed");
  CHECK(refused(text, other.public_pem).rfind("the snapshot was signed by key sha256:", 0) == 0);
  CHECK(refused(text.substr(0, text.size() / 2)).rfind("not a snapshot: invalid JSON at byte ", 0) == 0);
  CHECK(refused("[]") == "not a snapshot: no \"format\": \"tollgate-snapshot\"");
  CHECK(refused(edited([](auto& j) { j["version"] = 2; })) == "unsupported snapshot version (this tollgate reads version 1)");
  CHECK(refused(edited([](auto& j) { j.erase("signature"); })).rfind("malformed snapshot: signature must be", 0) == 0);
  CHECK(refused(edited([](auto& j) { j["signature"]["value"] = "xyz"; })) ==
        "malformed snapshot: signature.value is not 128 lowercase hex digits");
  CHECK(refused(text, "not a key") == "not a PEM public key (as `openssl pkey -in KEY.pem -pubout` writes)");
  // A private key is not a public one.
  CHECK(refused(text, key.private_pem) == "not a PEM public key (as `openssl pkey -in KEY.pem -pubout` writes)");
  CHECK_FALSE(sign_snapshot(m, key.public_pem, &text, &error));
  CHECK(error == "not a PEM private key (PKCS#8, as `openssl genpkey -algorithm ed25519` writes)");
}

TEST_CASE("snapshot: one finding per object added, removed or changed, with its baseline state") {
  std::string service = "---\napiVersion: v1\nkind: Service\nmetadata:\n  name: api\n";
  Manifest then = manifest({{"k8s/app.yaml", std::string(kDeployment) + service}, {"old.sh", "echo old\n"}});
  std::string changed = kDeployment;
  changed.replace(changed.find("3"), 1, "1");
  Manifest now = manifest({{"k8s/app.yaml", changed + "---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: flags\n"},
                           {"new.sh", "echo new\n"}});
  std::vector<Finding> f = snapshot_drift(then, now, snapshot_rule());
  REQUIRE(f.size() == 5);
  auto row = [](const Finding& x) {
    return x.location.path + ":" + std::to_string(x.location.span.line) + " " + baseline_state_name(x.baseline) + " " +
           x.message;
  };
  // In manifest order: by path, then object.
  CHECK(row(f[0]) == "k8s/app.yaml:9 new 'ConfigMap/flags' added since the snapshot");
  CHECK(row(f[1]) == "k8s/app.yaml:1 updated 'Deployment/payments/api' changed since the snapshot");
  CHECK(row(f[2]) == "k8s/app.yaml:0 absent 'Service/api' (line 9 then) removed since the snapshot");
  CHECK(row(f[3]) == "new.sh:1 new file added since the snapshot");
  CHECK(row(f[4]) == "old.sh:0 absent file removed since the snapshot");
  for (const Finding& x : f) {
    CHECK(x.rule_id == kSnapshotRule);
    CHECK(x.severity == Severity::high);
    CHECK(x.snippet.empty());
  }
  CHECK(snapshot_drift(then, then, snapshot_rule()).empty());
}
