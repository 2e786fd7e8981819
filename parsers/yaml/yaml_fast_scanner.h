// A hand-written YAML reader for the block style that most configuration is written in: Kubernetes manifests,
// CI workflows, Helm values, CloudFormation. It sends the events libyaml would send, with the same marks (as
// byte offsets), without libyaml's token queue, its per-event allocations and its character-by-character
// reader; parse_yaml tries it first on every file.
//
// It reads: block mappings and sequences by indentation, compact forms (`- name: a`, `- - x`), plain scalars
// (over several lines too), single- and double-quoted scalars on one line, literal and folded block scalars, flow
// collections on one line, comments and blank lines, `---` and `...`, anchors, aliases, and tags written `!Name`
// or `!!name`.
//
// It declines at the first thing it does not read with certainty, and at any error: quoted scalars and flow
// collections over several lines, `?` keys, properties on a key, directives, tabs outside comments and scalar
// content, ... The caller then reads the whole file with libyaml, so errors keep libyaml's messages and
// locations. tests/unit/yaml_fast_test.cc holds the two readers to the same output.
#pragma once

#include <string>

#include "parsers/yaml/yaml_event.h"

namespace tollgate::yaml {

// Sends the events of text to sink. False when the scanner declined the text or the sink stopped it: the events
// sent so far are then to be thrown away. text must be valid UTF-8 without control characters (so without NUL:
// the terminating NUL of the std::string is the scanner's end mark), without a byte order mark and without line
// breaks other than \n; parse_yaml checks all of that first.
bool scan_fast(const std::string& text, EventSink& sink);

}  // namespace tollgate::yaml
