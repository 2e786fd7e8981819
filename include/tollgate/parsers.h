// Parsers: bytes in, Documents out. None of them touches the disk; none throws on bad input.
// Each sets Document::format; the caller (engine/classifier) sets Document::kind.
//
// A failed parse returns the documents completed before the error plus a located ParseError, which the scan
// turns into a `config.parse-error` finding. Deep nesting beyond kMaxDepth is a ParseError too, never a crash.
#pragma once

#include <memory>

#include "tollgate/document.h"

namespace tollgate {

inline constexpr int kMaxDepth = 256;
// The most nodes one file's parse may make (all its documents together). A node with its entry costs about 170
// bytes, so this bounds a file's tree at about 340 MB, where a hostile file of tiny values (16 MiB of `[1,1,...`
// or of short Dockerfile instructions) would otherwise take gigabytes. Real files stay far below it (a file
// makes at most one value per two bytes, and real configuration files are kilobytes). Past it, parse() reads the
// file as text, with a ParseError.
inline constexpr size_t kMaxNodesPerFile = 2'000'000;

ParseResult parse_yaml(std::shared_ptr<const SourceText> src);        // one Document per `---` part
ParseResult parse_json(std::shared_ptr<const SourceText> src);
ParseResult parse_hcl(std::shared_ptr<const SourceText> src);         // Terraform JSON shape, see docs/document-model.md
ParseResult parse_dockerfile(std::shared_ptr<const SourceText> src);
ParseResult parse_dotenv(std::shared_ptr<const SourceText> src);
ParseResult parse_ini(std::shared_ptr<const SourceText> src);         // INI, or Java properties by the path's .properties
ParseResult parse_toml(std::shared_ptr<const SourceText> src);        // TOML 1.0
ParseResult parse_shell(std::shared_ptr<const SourceText> src);       // via tree-sitter-bash
ParseResult parse_groovy(std::shared_ptr<const SourceText> src);      // Jenkinsfiles
ParseResult parse_text(std::shared_ptr<const SourceText> src);        // a Document with no root

// Dispatch on format, within kMaxNodesPerFile.
ParseResult parse(Format format, std::shared_ptr<const SourceText> src);

}  // namespace tollgate
