// Decoding the bytes of a text source to UTF-8: UTF-8 (with or without BOM), UTF-16 (BOM or
// a clear byte pattern), a charset the source declares (HTML <meta charset>), and the legacy
// Vietnamese encodings windows-1258, TCVN3 and VNI, recognised by how Vietnamese their
// decoding reads (pipeline/readers/vietnamese_score.h).
#pragma once

#include <string>
#include <string_view>

#include "pipeline/status.h"

namespace vanban {

struct DecodedText {
  std::string text;  // UTF-8, byte order mark removed
  // What was decoded: "utf-8", "utf-16le", "utf-16be", "windows-1258", "tcvn3", "vni", a
  // declared charset ("iso-8859-1"), or "<charset>+<legacy>" after RepairLegacyLetters.
  std::string encoding;
};

// Decodes `bytes`. A byte order mark wins; then valid UTF-8 holding non-ASCII bytes; then
// `declared_charset` when ICU knows it and it is not UTF-8 or UTF-16; then valid UTF-8;
// then the legacy encoding whose decoding looks most Vietnamese. Fails with
//   data_error  "empty file" (no bytes, or a byte order mark alone),
//   unsupported "binary file, not text" (NUL bytes outside UTF-16, or over 10% control bytes),
//   data_error  "invalid UTF-8 at byte 5 and no legacy Vietnamese encoding fits",
//   data_error  "invalid utf-16le at byte 7" / "invalid windows-1258 at byte 3".
StatusOr<DecodedText> DecodeText(std::string_view bytes, std::string_view declared_charset = "");

// Repairs legacy font text that was converted to Unicode letter by letter through
// Windows-1252, a known real case (qd-000891 in the corpus): "Quyeát ñònh" (VNI) and
// "QuyÕt ®Þnh" (TCVN3) become "Quyết định", with encoding "utf-8+vni" / "utf-8+tcvn3".
// Works line by line, so a document mixing real Unicode lines ("QUYẾT ĐỊNH") with such
// lines is repaired too: a line is a suspect when all its characters have a Windows-1252
// byte and some is not ASCII; one legacy encoding is chosen on all suspect lines together
// and must read clearly more Vietnamese than they do (a quarter more of their words, and at
// least three more syllables); then each suspect line is replaced when its repair has more
// Vietnamese syllables. Returns `decoded` unchanged otherwise.
DecodedText RepairLegacyLetters(DecodedText decoded);

}  // namespace vanban
