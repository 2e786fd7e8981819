// secrets.generic-literal-assignment in source code read through its syntax tree (engine/source_code_secrets.cc):
// for each language, literals under secret names are found and references, comparisons, comments and
// interpolations are not. Each case is one snippet; `found` lists the values reported, in order.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "engine/classifier.h"
#include "engine/native_rules.h"
#include "tollgate/parsers.h"

using namespace tollgate;

namespace {

// The values reported in `code`, a file at `path`, in document order.
std::vector<std::string> found(const std::string& path, const std::string& code) {
  auto src = SourceText::make(path, code);
  // As a scan reads the file: classified by its path, parsed by its format (text for most code; Groovy's own tree).
  Classification cls = classify(path, code);
  ParseResult r = parse(cls.format, src);
  REQUIRE(r.documents.size() == 1);
  r.documents[0]->kind = cls.kind;
  std::vector<RuleHit> hits;
  check_generic_secrets(*r.documents[0], GenericSecretRules{0, 1}, &hits);
  std::vector<std::string> out;
  for (const RuleHit& h : hits) out.push_back(code.substr(h.span.begin, h.span.end - h.span.begin));
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("source code: Python literals under secret names, and the references that are not", "[secrets][code]") {
  CHECK(found("app/settings.py",
              "db_password = 'Tr0ub4dor&3x'\n"
              "self.api_key = \"9f8e7d6c5b4a3928\"\n"
              "cfg['client_secret'] = 'Zq8wLm2Rt5Yp'\n"
              "conn = connect(host='db',\n"
              "               password='Kw9Pz2Lq7Rm')\n"
              "user, token = 'app', 'Ab3dE5gH7jK9'\n"
              "r = requests.get(url, auth=('deploy', 'Rq9kLm2Qz7Wp'))\n"
              "def login(password='Dflt9Pass7x'):\n"
              "    pass\n") == V{"Tr0ub4dor&3x", "9f8e7d6c5b4a3928", "Zq8wLm2Rt5Yp", "Kw9Pz2Lq7Rm", "Ab3dE5gH7jK9",
                                  "Rq9kLm2Qz7Wp", "Dflt9Pass7x"});
  CHECK(found("app/settings.py",
              "api_key = os.environ['API_KEY']\n"
              "token = os.getenv('TOKEN', 'Dflt9Xk2Lm7')\n"
              "password = f'{prefix}Zq8wLm2Rt5Yp'\n"
              "secret = vault.read('secret/data/app')['value']\n"
              "if password == 'Tr0ub4dor&3x':\n"
              "    pass\n"
              "def f():\n"
              "    '''password = \"Tr0ub4dor&3x\"'''\n"
              "label = 'password'\n") == V{});
}

TEST_CASE("source code: JavaScript and TypeScript", "[secrets][code]") {
  CHECK(found("src/client.js",
              "const apiKey = 'Zq8wLm2Rt5Yp9x';\n"
              "const cfg = { user: 'app', password: 'Kw9Pz2Lq7Rm',\n"
              "  'x-api-key': 'Ab3dE5gH7jK9' };\n"
              "this.secret = 'Rq9kLm2Qz7Wp';\n"
              "client.setPassword('Tr0ub4dor3x');\n") ==
        V{"Zq8wLm2Rt5Yp9x", "Kw9Pz2Lq7Rm", "Ab3dE5gH7jK9", "Rq9kLm2Qz7Wp", "Tr0ub4dor3x"});
  CHECK(found("src/client.js",
              "const apiKey = process.env.API_KEY;\n"
              "const token = `Bearer ${process.env.TOKEN}`;\n"
              "const password = config.get('db.password');\n"
              "if (token === 'Zq8wLm2Rt5Yp9x') {}\n"
              "hashPassword('Tr0ub4dor3x');\n") == V{});
  CHECK(found("src/svc.ts",
              "class Svc { private readonly token: string = 'Zq8wLm2Rt5Yp9x'; }\n"
              "function f(password: string = 'Kw9Pz2Lq7Rm') {}\n") == V{"Zq8wLm2Rt5Yp9x", "Kw9Pz2Lq7Rm"});
  CHECK(found("src/App.tsx", "const apiKey = 'Zq8wLm2Rt5Yp9x';\nconst el = <div title='password'>x</div>;\n") ==
        V{"Zq8wLm2Rt5Yp9x"});
}

TEST_CASE("source code: Go", "[secrets][code]") {
  CHECK(found("cmd/main.go",
              "package main\n"
              "const apiToken = \"Zq8wLm2Rt5Yp9x\"\n"
              "var user, dbPassword = \"app\", \"Kw9Pz2Lq7Rm\"\n"
              "func f() {\n"
              "  c := Config{User: \"app\", Password: `Ab3dE5gH7jK9`}\n"
              "  os.Setenv(\"CLIENT_SECRET\", \"Rq9kLm2Qz7Wp\")\n"
              "  m := map[string]string{\"token\": \"Tr0ub4dor3x\"}\n"
              "}\n") == V{"Zq8wLm2Rt5Yp9x", "Kw9Pz2Lq7Rm", "Ab3dE5gH7jK9", "Rq9kLm2Qz7Wp", "Tr0ub4dor3x"});
  CHECK(found("cmd/main.go",
              "package main\n"
              "func f() {\n"
              "  password := os.Getenv(\"DB_PASSWORD\")\n"
              "  token := fmt.Sprintf(\"%s-%s\", a, b)\n"
              "  if password == \"Kw9Pz2Lq7Rm\" {}\n"
              "}\n") == V{});
}

TEST_CASE("source code: Java and C#", "[secrets][code]") {
  CHECK(found("src/main/java/Config.java",
              "class Config {\n"
              "  private static final String API_SECRET = \"9f8e7d6c5b4a3928\";\n"
              "  void f() {\n"
              "    ds.setPassword(\"Kw9Pz2Lq7Rm\");\n"
              "    props.setProperty(\"db.password\", \"Ab3dE5gH7jK9\");\n"
              "    Connection c = DriverManager.getConnection(url, \"app\",\n"
              "        \"Rq9kLm2Qz7Wp\");\n"
              "  }\n"
              "}\n") == V{"9f8e7d6c5b4a3928", "Kw9Pz2Lq7Rm", "Ab3dE5gH7jK9", "Rq9kLm2Qz7Wp"});
  CHECK(found("src/main/java/Config.java",
              "class Config {\n"
              "  String password = System.getenv(\"DB_PASSWORD\");\n"
              "  String token = \"Bearer \" + System.getProperty(\"token\");\n"
              "  @Value(\"${db.password}\") String dbPassword;\n"
              "}\n") == V{});
  CHECK(found("src/Db.cs",
              "class Db {\n"
              "  const string ApiKey = \"Zq8wLm2Rt5Yp9x\";\n"
              "  void F() {\n"
              "    var cred = new NetworkCredential(\"app\", \"Kw9Pz2Lq7Rm\");\n"
              "    var o = new { User = \"app\", Password = \"Ab3dE5gH7jK9\" };\n"
              "    Connect(host: \"db\", password: \"Rq9kLm2Qz7Wp\");\n"
              "    var s = $\"{prefix}Tr0ub4dor3x\";\n"
              "    var token = Environment.GetEnvironmentVariable(\"TOKEN\");\n"
              "  }\n"
              "}\n") == V{"Zq8wLm2Rt5Yp9x", "Kw9Pz2Lq7Rm", "Ab3dE5gH7jK9", "Rq9kLm2Qz7Wp"});
}

TEST_CASE("source code: Ruby, PHP and PowerShell", "[secrets][code]") {
  CHECK(found("config/deploy.rb",
              "DB_PASSWORD = 'Zq8wLm2Rt5Yp9x'\n"
              "set :password, 'Kw9Pz2Lq7Rm'\n"
              "opts = { api_key: 'Ab3dE5gH7jK9', :secret => 'Rq9kLm2Qz7Wp' }\n"
              "token = ENV['TOKEN']\n"
              "auth = \"#{user}:Tr0ub4dor3x\"\n") == V{"Zq8wLm2Rt5Yp9x", "Kw9Pz2Lq7Rm", "Ab3dE5gH7jK9", "Rq9kLm2Qz7Wp"});
  CHECK(found("web/config.php",
              "<?php\n"
              "$dbpass = 'Zq8wLm2Rt5Yp9x';\n"
              "define('DB_PASSWORD', 'Kw9Pz2Lq7Rm');\n"
              "$cfg = ['user' => 'app', 'api_key' => 'Ab3dE5gH7jK9'];\n"
              "$token = getenv('TOKEN');\n"
              "$secret = \"prefix-$suffix-Rq9kLm2\";\n") == V{"Zq8wLm2Rt5Yp9x", "Kw9Pz2Lq7Rm", "Ab3dE5gH7jK9"});
  CHECK(found("deploy/run.ps1",
              "$password = 'Zq8wLm2Rt5Yp9x'\n"
              "$cred = @{ User = 'app'; ApiKey = 'Kw9Pz2Lq7Rm' }\n"
              "$token = $env:API_TOKEN\n"
              "$secret = \"$prefix-Ab3dE5gH7jK9\"\n"
              "Connect-VIServer -User admin -Password 'Rq9kLm2Qz7Wp'\n") ==
        V{"Zq8wLm2Rt5Yp9x", "Kw9Pz2Lq7Rm", "Rq9kLm2Qz7Wp"});
}

TEST_CASE("source code: Gradle and Groovy, from parsers/groovy's tree", "[secrets][code]") {
  CHECK(found("build.gradle",
              "def password = 'Zq8wLm2Rt5Yp9x'\n"
              "repositories { maven { credentials {\n"
              "  username 'deploy'\n"
              "  password \"Kw9Pz2Lq7Rm\"\n"
              "} } }\n"
              "publish(url: 'https://x', apiKey: 'Ab3dE5gH7jK9')\n"
              "ds.setSecret('Rq9kLm2Qz7Wp')\n") == V{"Zq8wLm2Rt5Yp9x", "Kw9Pz2Lq7Rm", "Ab3dE5gH7jK9", "Rq9kLm2Qz7Wp"});
  CHECK(found("src/Deploy.groovy",
              "def token = System.getenv('TOKEN')\n"
              "def secret = \"${env.SECRET}\"\n"
              "password findProperty('repoPassword')\n"
              "if (password == 'Zq8wLm2Rt5Yp9x') { }\n"
              "hashPassword('Kw9Pz2Lq7Rm')\n") == V{});
  // Past a syntax error the parser stops; the rest is read line by line.
  CHECK(found("build.gradle", "def a = (\ndef apiKey = 'Zq8wLm2Rt5Yp9x'\n") == V{"Zq8wLm2Rt5Yp9x"});
}

TEST_CASE("source code: tests, broken code and files with no candidate", "[secrets][code]") {
  // Credentials in tests are made up for the test.
  CHECK(found("tests/test_login.py", "password = 'Zq8wLm2Rt5Yp9x'\n") == V{});
  // A commented-out credential is still one; a docstring's example is not code.
  CHECK(found("app/db.py",
              "def connect():\n"
              "    '''Call as connect(password=\"Ab3dE5gH7jK9\").'''\n"
              "    # password = 'Zq8wLm2Rt5Yp9x'\n"
              "    /* not a comment in Python */\n") == V{"Zq8wLm2Rt5Yp9x"});
  CHECK(found("src/Db.java", "class Db {\n  /*\n   * password = \"Zq8wLm2Rt5Yp9x\"\n   */\n}\n") == V{"Zq8wLm2Rt5Yp9x"});
  // What the parser cannot read is read line by line.
  CHECK(found("app/broken.py", "def f(:\n    password = 'Zq8wLm2Rt5Yp9x'\n") == V{"Zq8wLm2Rt5Yp9x"});
  // No line names a secret: nothing is parsed, nothing is found.
  CHECK(found("app/util.py", "def add(a, b):\n    return a + b\n") == V{});
}
