// Document: the one value that flows through vanban's stages (see pipeline/stages.h).
// Readers fill `source`, `raw_text` and `pages`; normalization fills `text` and `offsets`;
// segmentation fills `zones`; extractors fill `meta`, `references`, `deadlines` and
// `obligations`; the store and the exporters read it. Every extracted value carries the
// span of `text` it came from; `offsets` turns that into a span of `raw_text`.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/offset_map.h"
#include "pipeline/span.h"

namespace vanban {

struct SourceInfo {
  std::string path;        // as given on the command line
  std::string sha256;      // lower-case hex of the source bytes: the document's identity
  std::string media_type;  // "text/plain", "text/html", "application/pdf", "image/png", ...
  std::string encoding;    // what the reader decoded: "utf-8", "utf-16le", "tcvn3", "vni", ...
  uint64_t size_bytes = 0;
  bool operator==(const SourceInfo&) const = default;
};

// One page of the source (a text file is one page). `raw` is its range of raw_text.
struct Page {
  int number = 1;
  Span raw;
  std::string method = "text";           // "text", "html", "pdf-text", "ocr"
  std::optional<double> ocr_confidence;  // mean word confidence 0..100, OCR pages only
  int dpi = 0;                           // resolution of the OCR image, OCR pages only
  bool operator==(const Page&) const = default;
};

// A rectangle on a page image, in pixels at the resolution the page was read at.
struct Box {
  int x0 = 0;
  int y0 = 0;
  int x1 = 0;
  int y1 = 0;
  bool operator==(const Box&) const = default;
};

// One word read by OCR: where it is in raw_text and where it was on its page.
struct OcrWord {
  int page = 1;
  Span raw;
  Box box;
  float confidence = 0;  // 0..100
  bool operator==(const OcrWord&) const = default;
};

// Layout zones of an administrative document (Nghị định 30/2020/NĐ-CP), spans of `text`.
enum class ZoneKind {
  kChrome,      // web page furniture around the document
  kIssuer,      // tên cơ quan ban hành (with the parent body when stacked)
  kMotto,       // quốc hiệu and tiêu ngữ
  kNumber,      // "Số: 02/CT-UBND"
  kPlaceDate,   // "Hưng Yên, ngày 06 tháng 3 năm 2024"
  kTitle,       // type line and trích yếu
  kAddressees,  // "Kính gửi: ..."
  kBody,
  kRecipients,  // "Nơi nhận: ..."
  kSignature,   // authority, title, name
};
std::string_view ZoneKindName(ZoneKind kind);

struct Zone {
  ZoneKind kind;
  Span span;
  bool operator==(const Zone&) const = default;
};

// A warning or error noted by a stage, with a stable code ("no_issue_date").
struct Issue {
  std::string stage;
  std::string code;
  std::string message;
  bool error = false;
  bool operator==(const Issue&) const = default;
};

// An extracted value and the span of `text` it came from.
struct Field {
  std::string value;
  Span span;
  bool operator==(const Field&) const = default;
};

struct Signer {
  std::optional<Field> name;
  std::optional<Field> title;      // lowest position line, sentence case: "Phó Chủ tịch"
  std::optional<Field> authority;  // "TM", "KT", "TL", "TUQ", "Q"
  bool operator==(const Signer&) const = default;
};

struct DocumentMeta {
  std::optional<Field> type;           // type code: "chi_thi", "cong_van", "bai_bao", ...
  std::optional<Field> number;         // "02/CT-UBND"
  std::optional<Field> issuer;         // "Ủy ban nhân dân tỉnh Hưng Yên"
  std::optional<Field> parent_issuer;  // "Bộ Tài chính" above "Cục Thuế"
  std::optional<Field> place;          // "Hưng Yên"
  std::optional<Field> issued;         // ISO date "2024-03-06"
  std::optional<Field> subject;        // trích yếu
  Signer signer;
  std::vector<Field> addressees;  // "Kính gửi:" entries
  std::vector<Field> recipients;  // "Nơi nhận:" entries
  bool operator==(const DocumentMeta&) const = default;
};

// A cited document (see ../shared/spec/ANNOTATION.md, "references").
struct Reference {
  std::string type;  // type code
  std::optional<std::string> number;
  std::optional<std::string> date;  // ISO
  std::optional<std::string> issuer;
  std::optional<std::string> title;  // unnumbered references
  std::optional<int> year;
  std::string relation = "cites";  // can_cu, amends, replaces, repeals, guides, implements, cites
  Span span;
  bool operator==(const Reference&) const = default;
};

struct Deadline {
  std::string text;   // as printed
  std::string value;  // "2024-12-15", "2024-Q3", "+P15D", "R/P1M", ...
  Span span;
  bool operator==(const Deadline&) const = default;
};

struct AgencyRole {
  std::string name;  // written as the guide says: "Sở Nội vụ"
  std::string key;   // canonical key: "UBND tỉnh" and "Ủy ban nhân dân tỉnh" share one
  std::string role;  // "lead" or "support"
  Span span;
  bool operator==(const AgencyRole&) const = default;
};

struct Obligation {
  std::vector<AgencyRole> agencies;
  std::string action;
  std::optional<Deadline> deadline;
  Span span;
  bool operator==(const Obligation&) const = default;
};

struct Document {
  SourceInfo source;
  std::string raw_text;  // decoded text as the reader produced it (UTF-8)
  std::vector<Page> pages;
  std::vector<OcrWord> words;  // OCR pages only, in raw_text order
  std::string text;            // normalized text (UTF-8, NFC)
  OffsetMap offsets;           // text -> raw_text
  std::vector<Zone> zones;
  DocumentMeta meta;
  std::vector<Reference> references;
  std::vector<Deadline> deadlines;
  std::vector<Obligation> obligations;
  std::vector<Issue> issues;

  bool operator==(const Document&) const = default;

  std::string_view Slice(Span span) const;  // text[span], clamped
  void Warn(std::string stage, std::string code, std::string message);
  // The first zone of this kind, if any.
  const Zone* FindZone(ZoneKind kind) const;
};

}  // namespace vanban
