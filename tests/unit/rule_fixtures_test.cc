// Fixture annotations (engine/rule_tests.h): which lines a rule must report, and the text the rule is run on.
#include <catch2/catch.hpp>

#include <string>

#include "engine/rule_tests.h"

using namespace tollgate;

TEST_CASE("fixtures: an annotation points at the next line that is not one", "[rule-tests]") {
  auto a = parse_annotations("a: 1\n# ruleid: x.one, x.two\n// ok: x.three\nb: 2\n<!-- todook: x.four -->\nc: 3\n");
  REQUIRE(a.size() == 4);
  CHECK(a[0].rule_id == "x.one");
  CHECK(a[0].kind == Annotation::Kind::ruleid);
  CHECK(a[0].target_line == 4);
  CHECK(a[1].rule_id == "x.two");
  CHECK(a[2].kind == Annotation::Kind::ok);
  CHECK(a[2].target_line == 4);
  CHECK(a[3].kind == Annotation::Kind::todook);
  CHECK(a[3].target_line == 6);
}

TEST_CASE("fixtures: annotation lines are emptied and every line keeps its number", "[rule-tests]") {
  CHECK(without_annotations("a: 1\n  # ruleid: x.one\nb: 2\n// ok: x.two\n") == "a: 1\n\nb: 2\n\n");
  CHECK(without_annotations("# ruleid: x.one") == "");
  CHECK(without_annotations("x: 1\r\n# ok: x.one\r\ny: 2") == "x: 1\r\n\ny: 2");
  // A comment that only mentions a rule, or names none, is the file's own.
  CHECK(without_annotations("# see ruleid: docs\n# ruleid:\n") == "# see ruleid: docs\n# ruleid:\n");
}
