// A small Chỉ thị built by hand for the store and record tests: raw text with CRLF line ends
// and spaces around the number's dash, its normalized text and the offset map between them,
// zones, metadata with spans, one reference and one obligation with a deadline. Values are
// what a person reading it would write (ANNOTATION.md), not the output of the extractors.
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include "pipeline/document.h"

namespace vanban::sample {

inline constexpr char kSha256[] =
    "3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b";

// A raw piece of text and what normalization made of it (the same when text is unset).
struct TextPiece {
  TextPiece(std::string_view same) : raw(same) {}  // NOLINT: implicit for brevity
  TextPiece(std::string_view r, std::string_view t) : raw(r), text(t) {}
  std::string_view raw;
  std::optional<std::string_view> text;
};

// Appends the pieces to doc.raw_text and doc.text; doc.offsets copies the unchanged pieces
// and replaces the others.
inline void AppendTexts(Document& doc, std::initializer_list<TextPiece> pieces) {
  for (const TextPiece& p : pieces) {
    std::string_view text = p.text.value_or(p.raw);
    if (p.text) {
      doc.offsets.Replace(doc.raw_text.size(), p.raw.size(), text.size());
    } else {
      doc.offsets.Copy(doc.raw_text.size(), p.raw.size());
    }
    doc.raw_text += p.raw;
    doc.text += text;
  }
}

// The span of the first `needle` in doc.text; an empty span at the end when it is absent.
inline Span SpanOf(const Document& doc, std::string_view needle) {
  size_t at = doc.text.find(needle);
  if (at == std::string::npos) return {doc.text.size(), doc.text.size()};
  return {at, at + needle.size()};
}

inline Field FieldAt(const Document& doc, std::string value, std::string_view printed) {
  return {std::move(value), SpanOf(doc, printed)};
}

inline Document Directive(std::string sha256 = kSha256) {
  Document doc;
  doc.source = {"corpus/test/ct-02-2024-hung-yen.txt", std::move(sha256), "text/plain", "utf-8", 0};
  const TextPiece crlf = {"\r\n", "\n"};
  AppendTexts(doc, {{"ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN"},
                    crlf,
                    {"Số: 02/CT"},
                    {" - ", "-"},
                    {"UBND"},
                    crlf,
                    {"Hưng Yên, ngày 06 tháng 3 năm 2024"},
                    crlf,
                    {"CHỈ THỊ"},
                    crlf,
                    {"Về việc tiếp tục đẩy mạnh các phong trào thi đua"},
                    crlf,
                    {"Thực hiện Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị, Chủ tịch "
                     "UBND tỉnh yêu cầu:"},
                    crlf,
                    {"Sở Nội vụ chủ trì, phối hợp với Sở Tài chính tổng hợp, báo cáo trước ngày "
                     "15/12/2024."},
                    crlf,
                    {"CHỦ TỊCH"},
                    crlf,
                    {"Trần Quốc Văn"},
                    crlf});
  doc.source.size_bytes = doc.raw_text.size();
  doc.pages.push_back({1, {0, doc.raw_text.size()}, "text", std::nullopt});

  doc.zones = {{ZoneKind::kIssuer, SpanOf(doc, "ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN")},
               {ZoneKind::kNumber, SpanOf(doc, "Số: 02/CT-UBND")},
               {ZoneKind::kPlaceDate, SpanOf(doc, "Hưng Yên, ngày 06 tháng 3 năm 2024")},
               {ZoneKind::kTitle, SpanOf(doc,
                                         "CHỈ THỊ\nVề việc tiếp tục đẩy mạnh các phong "
                                         "trào thi đua")},
               {ZoneKind::kBody, {SpanOf(doc, "Thực hiện").begin, SpanOf(doc, "CHỦ TỊCH").begin}},
               {ZoneKind::kSignature, {SpanOf(doc, "CHỦ TỊCH").begin, doc.text.size()}}};

  DocumentMeta& m = doc.meta;
  m.type = FieldAt(doc, "chi_thi", "CHỈ THỊ");
  m.number = FieldAt(doc, "02/CT-UBND", "02/CT-UBND");
  m.issuer = FieldAt(doc, "Ủy ban nhân dân tỉnh Hưng Yên", "ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN");
  m.place = FieldAt(doc, "Hưng Yên", "Hưng Yên");
  m.issued = FieldAt(doc, "2024-03-06", "ngày 06 tháng 3 năm 2024");
  m.subject = FieldAt(doc, "Về việc tiếp tục đẩy mạnh các phong trào thi đua",
                      "Về việc tiếp tục đẩy mạnh các phong trào thi đua");
  m.signer.name = FieldAt(doc, "Trần Quốc Văn", "Trần Quốc Văn");
  m.signer.title = FieldAt(doc, "Chủ tịch", "CHỦ TỊCH");

  Reference ref;
  ref.type = "chi_thi";
  ref.number = "34-CT/TW";
  ref.date = "2014-04-07";
  ref.issuer = "Bộ Chính trị";
  ref.relation = "implements";
  ref.span = SpanOf(doc, "Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị");
  doc.references.push_back(ref);

  Deadline deadline{"trước ngày 15/12/2024", "2024-12-15", SpanOf(doc, "trước ngày 15/12/2024")};
  doc.deadlines.push_back(deadline);
  Obligation task;
  task.agencies = {{"Sở Nội vụ", "sở nội vụ", "lead", SpanOf(doc, "Sở Nội vụ")},
                   {"Sở Tài chính", "sở tài chính", "support", SpanOf(doc, "Sở Tài chính")}};
  task.action = "tổng hợp, báo cáo";
  task.deadline = deadline;
  task.span = {SpanOf(doc, "Sở Nội vụ").begin, SpanOf(doc, "15/12/2024.").end};
  doc.obligations.push_back(task);

  doc.issues.push_back({"read", "crlf_line_ends", "the source has CRLF line ends", false});
  doc.Warn("metadata", "no_signer_authority", "no TM/KT/TL line above the signer's title");
  return doc;
}

}  // namespace vanban::sample
