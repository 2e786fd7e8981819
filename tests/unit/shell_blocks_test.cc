// engine/shell_blocks.cc against the Lua it replaced (tests/unit/data/shell_reference.lua): a rule of a
// throwaway pack runs both on every document of the fixtures and of a set of hand-made edge cases, and reports
// the first difference.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

#include "tollgate/scan.h"

namespace fs = std::filesystem;

namespace {

void write(const fs::path& p, const std::string& text) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << text;
}

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// Reports one finding per document: "OK <blocks> <lines>" or "DIFF <where>".
constexpr const char* kCompareRule = R"lua(
local ref = tg.lib("shellref")
local sh = tg.lib("shell")

local function diff(a, b, where)
  if type(a) ~= type(b) then return where .. ": " .. type(a) .. " vs " .. type(b) end
  if type(a) ~= "table" then
    if a ~= b then return where .. ": " .. tostring(a) .. " vs " .. tostring(b) end
    return nil
  end
  for k, v in pairs(a) do
    local d = diff(v, b[k], where .. "." .. tostring(k))
    if d then return d end
  end
  for k in pairs(b) do
    if a[k] == nil then return where .. "." .. tostring(k) .. ": missing in the reference" end
  end
  return nil
end

return {
  id = "config.shell-reference", title = "x", severity = "low", tags = { "config" }, applies_to = { "*" },
  help = "x",
  check = function(doc, ctx)
    local a, b = ref.script_blocks(doc), sh.script_blocks(doc)
    local d = diff(a, b, "blocks")
    local lines = 0
    for _, bl in ipairs(b) do lines = lines + #bl.lines end
    ctx:report{ at = { line = 1, col = 1 }, message = d and ("DIFF " .. d) or ("OK " .. #b .. " " .. lines) }
  end,
}
)lua";

// Documents (userdata proxies) compare with ==; everything else by value, recursively.
struct Totals {
  int documents = 0, with_blocks = 0, lines = 0;
};

Totals compare_on(const std::vector<std::string>& paths, const fs::path& pack) {
  tollgate::ScanOptions opts;
  opts.paths = paths;
  opts.rule_dirs = {pack.string()};
  opts.select = {"config.shell-reference"};
  opts.jobs = 1;
  tollgate::ScanResult r = tollgate::run_scan(opts);
  for (const auto& n : r.report.notifications) INFO(n.message);
  CHECK_FALSE(r.had_errors);
  Totals t;
  for (const auto& f : r.report.findings) {
    if (f.rule_id != "config.shell-reference") continue;
    INFO(f.location.path << ": " << f.message);
    REQUIRE(f.message.rfind("OK ", 0) == 0);
    int blocks = 0, lines = 0;
    std::sscanf(f.message.c_str(), "OK %d %d", &blocks, &lines);
    ++t.documents;
    t.with_blocks += blocks > 0;
    t.lines += lines;
  }
  return t;
}

}  // namespace

TEST_CASE("shell blocks: the engine agrees with the Lua original on every fixture and edge case", "[shell]") {
  fs::path tmp = fs::temp_directory_path() / ("tollgate-shell-blocks-" + std::to_string(::getpid()));
  fs::remove_all(tmp);
  fs::path pack = tmp / "pack";
  write(pack / "lib" / "shellref.lua", read(fs::path(TOLLGATE_SOURCE_DIR) / "tests/unit/data/shell_reference.lua"));
  write(pack / "config" / "shell-reference.lua", kCompareRule);

  fs::path cases = tmp / "cases";
  write(cases / ".github/workflows/edge.yml",
        "on: push\njobs:\n  a:\n    steps:\n      - run: echo one\n      - run: |\n          make \\\n            test\n"
        "          cat <<-'EOF' > x\n          body\n          EOF\n          echo after  # note\n"
        "      - null\n      - run: never read after a null item\n  b:\n    steps:\n      - name: x\n        run: >-\n"
        "          terraform apply\n          -auto-approve\n      - run:\n          - \"quoted item\"\n"
        "  b:\n    steps:\n      - run: duplicate job key\n  c: not a map\n"
        "runs:\n  steps:\n    - run: composite step\n");
  write(cases / ".gitlab-ci.yml",
        "before_script:\n  - echo global\nstages: [build]\ndefault:\n  script: echo default\njob:\n  script:\n"
        "# a comment at column 0 ends nothing\n    - 'single quoted'\n    - [flow, seq]\n    - |\n      a && \\\n      b\n  after_script: echo done\n"
        "job:\n  script: duplicate\nother: {script: inline}\nnulljob:\n  script: null\n");
  write(cases / "Makefile", "all:\n\t@echo $$HOME && \\\n\t  -rm x\n\t+$(MAKE) sub\nnot-recipe: x\n\t-  \tgo test ./...\n");
  write(cases / "deploy.sh",
        "#!/bin/sh\nset -e\n# comment\n\ncat <<EOF\nrm -rf /\nEOF\ncat <<< \"here string\"\nkubectl apply -f x \\\n"
        "   --prune   \\  \nhelm upgrade\n");
  write(cases / "README.md",
        "# Title\n```bash\n$ terraform destroy\nexport A=1\n```\n  ~~~~ console\n$ git push --force\n~~~\n~~~~\n"
        "```python\nimport os\n```\n```\nplain fence\n````\n``` Shell-Session extra\n$no-space prompt\n```\n```sh\n"
        "unterminated\n");
  write(cases / "notes.markdown", "```\nmake deploy\n```\n");
  write(cases / "empty.sh", "");
  write(cases / "crlf.sh", "echo a\r\necho b \\\r\n  c\r\n");

  Totals fixtures = compare_on({(fs::path(TOLLGATE_SOURCE_DIR) / "fixtures").string()}, pack);
  Totals edge = compare_on({cases.string()}, pack);
  fs::remove_all(tmp);

  // The comparison must have had something to compare: hundreds of fixture documents, many with scripts.
  CHECK(fixtures.documents > 300);
  CHECK(fixtures.with_blocks >= 30);
  CHECK(fixtures.lines >= 150);
  CHECK(edge.with_blocks == 8);  // every file above has at least one block
  CHECK(edge.lines > 20);
}
