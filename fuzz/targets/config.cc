// Fuzz target `config`: a repository's .tollgate.yaml (engine/config.cc parse_config). Input: the file's text.
//
// Invariants: a failure has a message, names the file, and points at a place inside it (or nowhere: line 0);
// a success has no error and every item it keeps (select, skip, rules, severity, options) at a line of the file.
#include "engine/config.h"
#include "fuzz/fuzz_target.h"

using namespace tollgate;

namespace {

void check_item(const ConfigItem& item, uint32_t lines, const std::string& what) {
  TOLLGATE_FUZZ_CHECK(item.line >= 1 && item.line <= lines && item.col >= 1,
                      what + " \"" + item.value + "\" at " + std::to_string(item.line) + ":" + std::to_string(item.col) +
                          ", outside the file's " + std::to_string(lines) + " lines");
}

}  // namespace

TOLLGATE_FUZZ_TARGET(config) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const std::string path = "repo/.tollgate.yaml";
  // Line count as the parsers count lines (\n, \r\n and a lone \r each end one).
  const uint32_t lines = SourceText::make(path, text)->line_count();
  ConfigError error;
  std::optional<Config> config = parse_config(path, text, &error);
  if (!config) {
    TOLLGATE_FUZZ_CHECK(!error.message.empty(), "a failure without a message");
    TOLLGATE_FUZZ_CHECK(error.path == path, "the error names " + error.path + ", not " + path);
    TOLLGATE_FUZZ_CHECK(error.line <= lines && (error.line == 0 || error.col >= 1),
                        "error \"" + error.message + "\" at " + std::to_string(error.line) + ":" +
                            std::to_string(error.col) + ", outside the file's " + std::to_string(lines) + " lines");
    return 0;
  }
  TOLLGATE_FUZZ_CHECK(error.message.empty(), "a success with an error: " + error.message);
  for (const ConfigItem& i : config->select) check_item(i, lines, "select");
  for (const ConfigItem& i : config->skip) check_item(i, lines, "skip");
  for (const ConfigItem& i : config->rules) check_item(i, lines, "rules");
  for (const auto& [item, severity] : config->severity) check_item(item, lines, "severity key");
  for (const auto& [item, json] : config->options) check_item(item, lines, "options key");
  return 0;
}
