#include "pipeline/document_codec.h"

#include <optional>
#include <vector>

namespace vanban {
namespace {

constexpr std::string_view kMagic = "VBDOC";

// Writing: one overload per type, so vectors and optionals compose.
void Put(WireWriter& out, const std::string& s) { out.Bytes(s); }
void Put(WireWriter& out, int v) { out.I64(v); }
void Put(WireWriter& out, double v) { out.Double(v); }
void Put(WireWriter& out, const Span& s) {
  out.U64(s.begin);
  out.U64(s.end);
}
void Put(WireWriter& out, const Field& f) {
  out.Bytes(f.value);
  Put(out, f.span);
}
template <typename T>
void Put(WireWriter& out, const std::optional<T>& v);
template <typename T>
void Put(WireWriter& out, const std::vector<T>& items);

void Put(WireWriter& out, const Page& p) {
  out.I64(p.number);
  Put(out, p.raw);
  out.Bytes(p.method);
  Put(out, p.ocr_confidence);
  out.I64(p.dpi);
}
void Put(WireWriter& out, const OcrWord& w) {
  out.I64(w.page);
  Put(out, w.raw);
  for (int v : {w.box.x0, w.box.y0, w.box.x1, w.box.y1}) out.I64(v);
  out.Float(w.confidence);
}
void Put(WireWriter& out, const OffsetMap::Piece& p) {
  out.Bool(p.copy);
  out.U64(p.derived_len);
  out.U64(p.raw_begin);
  out.U64(p.raw_len);
}
void Put(WireWriter& out, const Zone& z) {
  out.U64(static_cast<uint64_t>(z.kind));
  Put(out, z.span);
}
void Put(WireWriter& out, const Reference& r) {
  out.Bytes(r.type);
  Put(out, r.number);
  Put(out, r.date);
  Put(out, r.issuer);
  Put(out, r.title);
  Put(out, r.year);
  out.Bytes(r.relation);
  Put(out, r.span);
}
void Put(WireWriter& out, const Deadline& d) {
  out.Bytes(d.text);
  out.Bytes(d.value);
  Put(out, d.span);
}
void Put(WireWriter& out, const AgencyRole& a) {
  out.Bytes(a.name);
  out.Bytes(a.key);
  out.Bytes(a.role);
  Put(out, a.span);
}
void Put(WireWriter& out, const Obligation& o) {
  Put(out, o.agencies);
  out.Bytes(o.action);
  Put(out, o.deadline);
  Put(out, o.span);
}
void Put(WireWriter& out, const Issue& i) {
  out.Bytes(i.stage);
  out.Bytes(i.code);
  out.Bytes(i.message);
  out.Bool(i.error);
}
void Put(WireWriter& out, const DocumentMeta& m) {
  for (const auto* f : {&m.type, &m.number, &m.issuer, &m.parent_issuer, &m.place, &m.issued,
                        &m.subject, &m.signer.name, &m.signer.title, &m.signer.authority}) {
    Put(out, *f);
  }
  Put(out, m.addressees);
  Put(out, m.recipients);
}

template <typename T>
void Put(WireWriter& out, const std::optional<T>& v) {
  out.Bool(v.has_value());
  if (v) Put(out, *v);
}
template <typename T>
void Put(WireWriter& out, const std::vector<T>& items) {
  out.U64(items.size());
  for (const T& item : items) Put(out, item);
}

// Reading: the same shapes, through a WireReader that stops at the first fault.
void Get(WireReader& in, std::string& s) { s = in.Bytes(); }
void Get(WireReader& in, int& v) { v = in.Int(); }
void Get(WireReader& in, double& v) { v = in.Double(); }
void Get(WireReader& in, Span& s) {
  s.begin = in.Size();
  s.end = in.Size();
}
void Get(WireReader& in, Field& f) {
  f.value = in.Bytes();
  Get(in, f.span);
}
template <typename T>
void Get(WireReader& in, std::optional<T>& v);
template <typename T>
void Get(WireReader& in, std::vector<T>& items);

void Get(WireReader& in, Page& p) {
  p.number = in.Int();
  Get(in, p.raw);
  p.method = in.Bytes();
  Get(in, p.ocr_confidence);
  p.dpi = in.Int();
}
void Get(WireReader& in, OcrWord& w) {
  w.page = in.Int();
  Get(in, w.raw);
  for (int* v : {&w.box.x0, &w.box.y0, &w.box.x1, &w.box.y1}) *v = in.Int();
  w.confidence = in.Float();
}
void Get(WireReader& in, OffsetMap& map) {
  map = OffsetMap();
  const size_t count = in.Count();
  for (size_t i = 0; i < count && in.ok(); ++i) {
    const bool copy = in.Bool();
    const size_t derived_len = in.Size();
    const size_t raw_begin = in.Size();
    const size_t raw_len = in.Size();
    if (copy && derived_len != raw_len) in.Fail("offset map copy piece of two lengths");
    if (!in.ok()) break;
    if (copy) {
      map.Copy(raw_begin, raw_len);
    } else {
      map.Replace(raw_begin, raw_len, derived_len);
    }
  }
}
void Get(WireReader& in, Zone& z) {
  const uint64_t kind = in.U64();
  if (kind > static_cast<uint64_t>(ZoneKind::kSignature)) in.Fail("unknown zone kind");
  z.kind = static_cast<ZoneKind>(kind);
  Get(in, z.span);
}
void Get(WireReader& in, Reference& r) {
  r.type = in.Bytes();
  Get(in, r.number);
  Get(in, r.date);
  Get(in, r.issuer);
  Get(in, r.title);
  Get(in, r.year);
  r.relation = in.Bytes();
  Get(in, r.span);
}
void Get(WireReader& in, Deadline& d) {
  d.text = in.Bytes();
  d.value = in.Bytes();
  Get(in, d.span);
}
void Get(WireReader& in, AgencyRole& a) {
  a.name = in.Bytes();
  a.key = in.Bytes();
  a.role = in.Bytes();
  Get(in, a.span);
}
void Get(WireReader& in, Obligation& o) {
  Get(in, o.agencies);
  o.action = in.Bytes();
  Get(in, o.deadline);
  Get(in, o.span);
}
void Get(WireReader& in, Issue& i) {
  i.stage = in.Bytes();
  i.code = in.Bytes();
  i.message = in.Bytes();
  i.error = in.Bool();
}
void Get(WireReader& in, DocumentMeta& m) {
  for (auto* f : {&m.type, &m.number, &m.issuer, &m.parent_issuer, &m.place, &m.issued, &m.subject,
                  &m.signer.name, &m.signer.title, &m.signer.authority}) {
    Get(in, *f);
  }
  Get(in, m.addressees);
  Get(in, m.recipients);
}

template <typename T>
void Get(WireReader& in, std::optional<T>& v) {
  v.reset();
  if (in.Bool()) Get(in, v.emplace());
}
template <typename T>
void Get(WireReader& in, std::vector<T>& items) {
  items.resize(in.Count());
  for (T& item : items) Get(in, item);
}

}  // namespace

void EncodeDocumentTo(WireWriter& out, const Document& doc) {
  out.Raw(kMagic);
  out.U64(kDocumentCodecVersion);
  const SourceInfo& s = doc.source;
  out.Bytes(s.path);
  out.Bytes(s.sha256);
  out.Bytes(s.media_type);
  out.Bytes(s.encoding);
  out.U64(s.size_bytes);
  out.Bytes(doc.raw_text);
  Put(out, doc.pages);
  Put(out, doc.words);
  out.Bytes(doc.text);
  Put(out, doc.offsets.pieces());
  Put(out, doc.zones);
  Put(out, doc.meta);
  Put(out, doc.references);
  Put(out, doc.deadlines);
  Put(out, doc.obligations);
  Put(out, doc.issues);
}

Document DecodeDocumentFrom(WireReader& in) {
  Document doc;
  if (!in.Expect(kMagic)) {
    in.Fail("not an encoded Document");
    return doc;
  }
  const uint64_t version = in.U64();
  if (in.ok() && version != kDocumentCodecVersion) {
    in.Fail("Document codec version " + std::to_string(version) + " unknown (this build reads " +
            std::to_string(kDocumentCodecVersion) + ")");
  }
  SourceInfo& s = doc.source;
  s.path = in.Bytes();
  s.sha256 = in.Bytes();
  s.media_type = in.Bytes();
  s.encoding = in.Bytes();
  s.size_bytes = in.U64();
  doc.raw_text = in.Bytes();
  Get(in, doc.pages);
  Get(in, doc.words);
  doc.text = in.Bytes();
  Get(in, doc.offsets);
  Get(in, doc.zones);
  Get(in, doc.meta);
  Get(in, doc.references);
  Get(in, doc.deadlines);
  Get(in, doc.obligations);
  Get(in, doc.issues);
  return doc;
}

std::string EncodeDocument(const Document& doc) {
  WireWriter out;
  EncodeDocumentTo(out, doc);
  return out.Take();
}

StatusOr<Document> DecodeDocument(std::string_view bytes) {
  WireReader in(bytes);
  Document doc = DecodeDocumentFrom(in);
  if (in.ok() && !in.AtEnd()) in.Fail("bytes after the Document");
  if (!in.ok()) return DataError("document codec: " + in.status().message());
  return doc;
}

void EncodeStageFailureTo(WireWriter& out, const StageFailure& failure) {
  out.Bytes(failure.stage);
  out.U64(static_cast<uint64_t>(failure.status.code()));
  out.Bytes(failure.status.message());
}

StageFailure DecodeStageFailureFrom(WireReader& in) {
  StageFailure failure;
  failure.stage = in.Bytes();
  uint64_t code = in.U64();
  std::string message = in.Bytes();
  if (code == 0 || code > static_cast<uint64_t>(StatusCode::kOutOfMemory)) {
    in.Fail("unknown status code");
    code = static_cast<uint64_t>(StatusCode::kInternal);
  }
  failure.status = Status(static_cast<StatusCode>(code), std::move(message));
  return failure;
}

}  // namespace vanban
