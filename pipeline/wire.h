// Wire: the byte-level pieces of vanban's binary formats (the Document codec, the worker
// protocol). Integers are LEB128 varints (signed ones zig-zag encoded), floating-point
// numbers their IEEE-754 bits as fixed little-endian words, strings a varint length and
// the bytes. A WireReader that runs past its input or meets a malformed value stops,
// remembers where, and returns zeros from then on: check ok() once at the end.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "pipeline/status.h"

namespace vanban {

class WireWriter {
 public:
  void U64(uint64_t v);
  void I64(int64_t v);
  void Bool(bool v) { U64(v ? 1 : 0); }
  void Double(double v);
  void Float(float v);
  void Bytes(std::string_view s);
  // Appends raw bytes with no length in front (a magic string).
  void Raw(std::string_view s) { out_.append(s); }

  const std::string& bytes() const { return out_; }
  std::string Take() { return std::move(out_); }

 private:
  void Fixed(uint64_t bits, int size);
  std::string out_;
};

class WireReader {
 public:
  explicit WireReader(std::string_view in) : in_(in) {}

  uint64_t U64();
  int64_t I64();
  bool Bool();
  double Double();
  float Float();
  std::string Bytes();
  // True when the next bytes are exactly `s`, which are then skipped.
  bool Expect(std::string_view s);
  // An int, failing when the varint does not fit in one.
  int Int();
  size_t Size();
  // A count of elements to come, each at least one byte long: a count larger than what is
  // left cannot be right and fails, so a corrupt count never allocates a huge vector.
  size_t Count();

  // Marks the input malformed (first reason wins).
  void Fail(std::string_view what);
  bool ok() const { return error_.empty(); }
  bool AtEnd() const { return pos_ == in_.size(); }
  // ok, or data_error naming what was wrong and at which byte.
  Status status() const;

 private:
  uint64_t Fixed(int size);
  std::string_view in_;
  size_t pos_ = 0;
  std::string error_;
};

}  // namespace vanban
