// A JSON Schema (draft 2020-12) checker for exactly the keywords docs/bundle.schema.json uses,
// so a test can validate bundles against the schema without a new dependency. Any other keyword
// is reported as an error: the schema cannot silently rely on something this does not check.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace br::test {

// Problems of `instance` against `schema` ("/briefs/0/url: does not match pattern ..."), or of
// either document itself; empty when the instance is valid.
std::vector<std::string> schema_errors(std::string_view schema, std::string_view instance);

}  // namespace br::test
