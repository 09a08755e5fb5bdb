// Test helper: asserts that a piece of a derived text maps back (OffsetMap::ToSource) to
// exactly the expected bytes of the text it was derived from.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "pipeline/offset_map.h"

namespace vanban {

// A piece of the derived text (its `occurrence`-th appearance, from 0) and the source bytes
// it must map back to.
struct Mapping {
  std::string derived;
  std::string source;
  int occurrence = 0;
};

inline void ExpectMapping(std::string_view derived_text, const OffsetMap& map,
                          std::string_view source_text, const Mapping& m) {
  size_t at = derived_text.find(m.derived);
  for (int k = 0; k < m.occurrence && at != std::string_view::npos; ++k) {
    at = derived_text.find(m.derived, at + 1);
  }
  ASSERT_NE(at, std::string_view::npos)
      << "\"" << m.derived << "\" not in \"" << derived_text << "\"";
  const Span raw = map.ToSource({at, at + m.derived.size()});
  ASSERT_LE(raw.end, source_text.size());
  EXPECT_EQ(source_text.substr(raw.begin, raw.size()), m.source)
      << "\"" << m.derived << "\" (occurrence " << m.occurrence << ") in \"" << derived_text
      << "\"";
}

}  // namespace vanban
