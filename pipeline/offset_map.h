// OffsetMap: maps byte ranges of a derived text (the normalized text) back to the text it
// was derived from (the raw text), exactly. Built piece by piece while the derived text is
// written: each piece either copies raw bytes unchanged or replaces a raw range.
#pragma once

#include <cstddef>
#include <vector>

#include "pipeline/span.h"

namespace vanban {

class OffsetMap {
 public:
  // The identity map over a text of `size` bytes.
  static OffsetMap Identity(size_t size);

  // Appends `len` derived bytes that are a copy of raw[raw_begin, raw_begin + len).
  void Copy(size_t raw_begin, size_t len);
  // Appends `derived_len` derived bytes standing for raw[raw_begin, raw_begin + raw_len).
  // derived_len 0 is a deletion; raw_len 0 an insertion (anchored at raw_begin).
  void Replace(size_t raw_begin, size_t raw_len, size_t derived_len);

  size_t derived_size() const { return derived_size_; }

  // One piece of the map. Replaying pieces() in order through Copy (copy pieces) and
  // Replace rebuilds an equal map: how the Document codec stores it.
  struct Piece {
    size_t derived_begin;
    size_t derived_len;
    size_t raw_begin;
    size_t raw_len;
    bool copy;
    bool operator==(const Piece&) const = default;
  };
  const std::vector<Piece>& pieces() const { return pieces_; }
  bool operator==(const OffsetMap&) const = default;

  // The raw range a derived range came from. Offsets inside copied pieces map byte for
  // byte; a range that touches a replaced piece widens to cover all of that piece.
  // Ranges past the end are clamped to the end.
  Span ToSource(Span derived) const;

  // Composition: `inner` maps mid -> raw and `outer` maps derived -> mid; the result maps
  // derived -> raw, as inner.ToSource(outer.ToSource(x)) would: exactly that where neither
  // map replaced anything, and a range that covers it where an outer edit falls inside a
  // range the inner map replaced (the two become one replacement).
  static OffsetMap Compose(const OffsetMap& inner, const OffsetMap& outer);

 private:
  // Index of the piece holding derived offset `pos` (pieces with derived_len 0 never do).
  size_t PieceAt(size_t pos) const;
  void Append(Piece piece);

  std::vector<Piece> pieces_;
  size_t derived_size_ = 0;
};

}  // namespace vanban
