#include "pipeline/offset_map.h"

#include <algorithm>
#include <cassert>

namespace vanban {

OffsetMap OffsetMap::Identity(size_t size) {
  OffsetMap map;
  map.Copy(0, size);
  return map;
}

void OffsetMap::Append(Piece piece) {
  if (!pieces_.empty()) {
    Piece& last = pieces_.back();
    const size_t last_raw_end = last.raw_begin + last.raw_len;
    // Merge adjacent copies so the map stays small on mostly-unchanged text.
    if (piece.copy && last.copy && last_raw_end == piece.raw_begin) {
      last.derived_len += piece.derived_len;
      last.raw_len += piece.raw_len;
      derived_size_ += piece.derived_len;
      return;
    }
    // A piece that starts inside the raw range of the last one (Compose cuts a replaced
    // range into parts around an insertion) joins it as one replacement, so that raw
    // ranges stay in order and ToSource can take a span's end from its last piece.
    if (piece.raw_begin < last_raw_end) {
      last.copy = false;
      last.raw_len = std::max(last_raw_end, piece.raw_begin + piece.raw_len) - last.raw_begin;
      last.derived_len += piece.derived_len;
      derived_size_ += piece.derived_len;
      return;
    }
  }
  pieces_.push_back(piece);
  derived_size_ += piece.derived_len;
}

void OffsetMap::Copy(size_t raw_begin, size_t len) {
  if (len == 0) return;
  Append({derived_size_, len, raw_begin, len, true});
}

void OffsetMap::Replace(size_t raw_begin, size_t raw_len, size_t derived_len) {
  if (raw_len == 0 && derived_len == 0) return;
  Append({derived_size_, derived_len, raw_begin, raw_len, false});
}

size_t OffsetMap::PieceAt(size_t pos) const {
  // First piece whose derived end is past pos.
  auto it = std::upper_bound(pieces_.begin(), pieces_.end(), pos, [](size_t p, const Piece& pc) {
    return p < pc.derived_begin + pc.derived_len;
  });
  assert(it != pieces_.end());
  return static_cast<size_t>(it - pieces_.begin());
}

Span OffsetMap::ToSource(Span derived) const {
  if (pieces_.empty()) return {0, 0};
  const Piece& last = pieces_.back();
  const size_t raw_end_of_all = last.raw_begin + last.raw_len;
  size_t begin = std::min(derived.begin, derived_size_);
  size_t end = std::min(std::max(derived.end, begin), derived_size_);

  size_t raw_begin = raw_end_of_all;
  if (begin < derived_size_) {
    const Piece& p = pieces_[PieceAt(begin)];
    raw_begin = p.copy ? p.raw_begin + (begin - p.derived_begin) : p.raw_begin;
  }
  if (end == begin) return {raw_begin, raw_begin};
  const Piece& q = pieces_[PieceAt(end - 1)];
  size_t raw_end = q.copy ? q.raw_begin + (end - q.derived_begin) : q.raw_begin + q.raw_len;
  return {raw_begin, std::max(raw_begin, raw_end)};
}

OffsetMap OffsetMap::Compose(const OffsetMap& inner, const OffsetMap& outer) {
  // A pass that changed nothing leaves the inner map as it is.
  if (outer.pieces_.size() == 1 && outer.pieces_[0].copy && outer.pieces_[0].raw_begin == 0 &&
      outer.pieces_[0].raw_len == inner.derived_size_) {
    return inner;
  }
  OffsetMap result;
  for (const Piece& p : outer.pieces_) {
    if (!p.copy || p.derived_len == 0) {
      Span raw = inner.ToSource({p.raw_begin, p.raw_begin + p.raw_len});
      result.Replace(raw.begin, raw.size(), p.derived_len);
      continue;
    }
    // A copied piece of the outer map: walk the inner pieces it spans, keeping their kinds.
    size_t mid = p.raw_begin;
    const size_t mid_end = p.raw_begin + p.raw_len;
    for (size_t k = inner.PieceAt(mid); mid < mid_end; ++k) {
      const Piece& ip = inner.pieces_[k];
      if (ip.derived_len == 0) continue;  // a deletion: no derived bytes to walk
      size_t take = std::min(mid_end, ip.derived_begin + ip.derived_len) - mid;
      if (ip.copy) {
        result.Copy(ip.raw_begin + (mid - ip.derived_begin), take);
      } else {
        // All or part of a replaced inner piece: each part stands for the whole raw range.
        result.Replace(ip.raw_begin, ip.raw_len, take);
      }
      mid += take;
    }
  }
  // Raw bytes deleted at the very end are still the end of the raw text.
  if (!inner.pieces_.empty()) {
    const Piece& last = inner.pieces_.back();
    const size_t raw_end = last.raw_begin + last.raw_len;
    const size_t covered = result.pieces_.empty()
                               ? 0
                               : result.pieces_.back().raw_begin + result.pieces_.back().raw_len;
    if (raw_end > covered) result.Replace(covered, raw_end - covered, 0);
  }
  return result;
}

}  // namespace vanban
