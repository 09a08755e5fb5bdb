#include "pipeline/wire.h"

#include <bit>
#include <limits>

namespace vanban {

void WireWriter::U64(uint64_t v) {
  while (v >= 0x80) {
    out_.push_back(static_cast<char>((v & 0x7F) | 0x80));
    v >>= 7;
  }
  out_.push_back(static_cast<char>(v));
}

void WireWriter::I64(int64_t v) {
  const uint64_t u = static_cast<uint64_t>(v);
  U64((u << 1) ^ (v < 0 ? ~uint64_t{0} : 0));  // zig-zag: small magnitudes stay short
}

void WireWriter::Fixed(uint64_t bits, int size) {
  for (int i = 0; i < size; ++i) out_.push_back(static_cast<char>((bits >> (8 * i)) & 0xFF));
}

void WireWriter::Double(double v) { Fixed(std::bit_cast<uint64_t>(v), 8); }
void WireWriter::Float(float v) { Fixed(std::bit_cast<uint32_t>(v), 4); }

void WireWriter::Bytes(std::string_view s) {
  U64(s.size());
  out_.append(s);
}

void WireReader::Fail(std::string_view what) {
  if (error_.empty()) error_ = std::string(what) + " at byte " + std::to_string(pos_);
  pos_ = in_.size();
}

Status WireReader::status() const { return ok() ? Status::Ok() : DataError(error_); }

uint64_t WireReader::U64() {
  uint64_t v = 0;
  for (int shift = 0; shift < 64; shift += 7) {
    if (pos_ >= in_.size()) {
      Fail("truncated number");
      return 0;
    }
    const auto byte = static_cast<unsigned char>(in_[pos_++]);
    v |= static_cast<uint64_t>(byte & 0x7F) << shift;
    if ((byte & 0x80) == 0) return v;
  }
  Fail("number longer than 64 bits");
  return 0;
}

int64_t WireReader::I64() {
  const uint64_t u = U64();
  return static_cast<int64_t>((u >> 1) ^ (~(u & 1) + 1));
}

bool WireReader::Bool() {
  const uint64_t v = U64();
  if (v > 1) Fail("flag neither 0 nor 1");
  return v == 1;
}

uint64_t WireReader::Fixed(int size) {
  if (in_.size() - pos_ < static_cast<size_t>(size)) {
    Fail("truncated number");
    return 0;
  }
  uint64_t bits = 0;
  for (int i = 0; i < size; ++i) {
    bits |= static_cast<uint64_t>(static_cast<unsigned char>(in_[pos_++])) << (8 * i);
  }
  return bits;
}

double WireReader::Double() { return std::bit_cast<double>(Fixed(8)); }
float WireReader::Float() { return std::bit_cast<float>(static_cast<uint32_t>(Fixed(4))); }

std::string WireReader::Bytes() {
  const uint64_t size = U64();
  if (size > in_.size() - pos_) {
    Fail("truncated string");
    return {};
  }
  std::string s(in_.substr(pos_, size));
  pos_ += size;
  return s;
}

bool WireReader::Expect(std::string_view s) {
  if (in_.substr(pos_, s.size()) != s) return false;
  pos_ += s.size();
  return true;
}

int WireReader::Int() {
  const int64_t v = I64();
  if (v < std::numeric_limits<int>::min() || v > std::numeric_limits<int>::max()) {
    Fail("number out of range");
    return 0;
  }
  return static_cast<int>(v);
}

size_t WireReader::Size() { return static_cast<size_t>(U64()); }

size_t WireReader::Count() {
  const uint64_t n = U64();
  if (n > in_.size() - pos_) {
    Fail("count larger than the input");
    return 0;
  }
  return static_cast<size_t>(n);
}

}  // namespace vanban
