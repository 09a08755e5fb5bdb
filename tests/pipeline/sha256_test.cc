#include "pipeline/sha256.h"

#include <gtest/gtest.h>

namespace vanban {
namespace {

TEST(Sha256, KnownDigests) {
  struct Case {
    std::string_view bytes;
    std::string_view hex;
  };
  // "abc" and "" are the FIPS 180-2 examples; the Vietnamese line was checked with sha256sum.
  const Case cases[] = {
      {"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
      {"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
      {"Ủy ban nhân dân tỉnh Hưng Yên",
       "f45193e31d5e4717fef0e0ef8cd540679e8f91d78b7e285c0ca69fd31ff5d389"},
  };
  for (const Case& c : cases) {
    StatusOr<std::string> hex = Sha256Hex(c.bytes);
    ASSERT_TRUE(hex.ok()) << hex.status().ToString();
    EXPECT_EQ(*hex, c.hex) << c.bytes;
  }
}

TEST(Sha256, BytesAfterNulCount) {
  StatusOr<std::string> with_nul = Sha256Hex(std::string_view("abc\0d", 5));
  StatusOr<std::string> without = Sha256Hex("abc");
  ASSERT_TRUE(with_nul.ok() && without.ok());
  EXPECT_NE(*with_nul, *without);
}

}  // namespace
}  // namespace vanban
