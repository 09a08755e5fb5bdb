#include "pipeline/normalize/string_memo.h"

#include <gtest/gtest.h>

#include <string>

namespace vanban {
namespace {

TEST(StringMemo, ComputesOncePerKey) {
  int calls = 0;
  auto upper = [&calls](std::string_view s) {
    ++calls;
    std::string out(s);
    for (char& c : out) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
    return out;
  };
  StringMemo memo(10);
  EXPECT_EQ(memo.Get("so", upper), "SO");
  EXPECT_EQ(memo.Get("so", upper), "SO");
  EXPECT_EQ(memo.Get("bo", upper), "BO");
  EXPECT_EQ(calls, 2);
}

TEST(StringMemo, ForgetsAtCapacityAndStillAnswers) {
  int calls = 0;
  auto twice = [&calls](std::string_view s) {
    ++calls;
    return std::string(s) + std::string(s);
  };
  StringMemo memo(2);
  EXPECT_EQ(memo.Get("a", twice), "aa");
  EXPECT_EQ(memo.Get("b", twice), "bb");
  EXPECT_EQ(memo.Get("c", twice), "cc");  // full: forgets "a" and "b"
  EXPECT_EQ(memo.Get("a", twice), "aa");
  EXPECT_EQ(calls, 4);
}

}  // namespace
}  // namespace vanban
