// The built-in pack's index: every built-in rule as load_rules returns it (metadata, secret spec, examples),
// made at build time by scripts/index_rules.cc and compiled into the programs. Reading it replaces compiling
// 336 Lua files at every start (30 ms, most of a pre-commit run); each rule's check function is still compiled
// from the embedded source when a scan first calls it. The build fails when a built-in rule does not load, since
// the tool that writes the index loads them all.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/rules.h"

namespace tollgate {

std::string serialize_rules(const std::vector<LoadedRule>& rules);
// False on bytes that serialize_rules did not write (another format version, cut short). Each rule's source text
// is text_of(its origin), kept as a view (RuleSource::embedded): it must outlive the rules, as static data does.
// `examples`: read the secret rules' examples too (only `rules test` runs them). `static_bytes`: the bytes outlive
// the rules (the program's own index), so each help text stays a view of them (RuleText::of_static).
bool deserialize_rules(std::string_view bytes, const std::function<std::string_view(const std::string&)>& text_of,
                       std::vector<LoadedRule>* out, bool examples = true, bool static_bytes = false);
// The index compiled into this program; empty in a program built without one (the index tool itself).
std::string_view builtin_rule_index();

// Every built-in Lua file (rules and rules/lib modules), compiled to bytecode by the same tool, by origin: loading
// it skips parsing the sources, which was a third of a pre-commit run. Lua refuses bytecode of another version,
// and the source is then compiled instead (engine/lua_sandbox.cc, load_chunk).
std::string serialize_chunks(const std::vector<std::pair<std::string, std::string>>& chunks);
// The bytecode of the built-in file `origin` compiled into this program, or empty.
std::string_view builtin_bytecode(std::string_view origin);

}  // namespace tollgate
