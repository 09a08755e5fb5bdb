#include "pipeline/readers/text_decoding.h"

#include <cstdint>
#include <optional>
#include <vector>

#include "pipeline/readers/icu_convert.h"
#include "pipeline/readers/legacy_charset.h"
#include "pipeline/utf8.h"
#include "pipeline/readers/vietnamese_score.h"
#include "pipeline/readers/windows1252.h"

namespace vanban {
namespace {

// A legacy decoding is accepted when this share of its non-ASCII words are syllables.
constexpr double kMinSyllableShare = 0.6;
// A repair of valid UTF-8 must beat the text as it is by this share of its words and by
// this many more syllables.
constexpr double kMinRepairShareGain = 0.25;
constexpr int kMinRepairSyllableGain = 3;
// Above this share of control bytes a file is binary.
constexpr double kMaxControlShare = 0.10;

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

bool IsControl(uint8_t b) {
  if (b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v' || b == 0x1A) return false;
  return b < 0x20 || b == 0x7F;
}

bool HasNonAscii(std::string_view bytes) {
  for (char c : bytes) {
    if (static_cast<uint8_t>(c) >= 0x80) return true;
  }
  return false;
}

// Whether UTF-8 `text` holds a control character other than white space.
bool HasControls(std::string_view text) {
  for (char c : text) {
    if (IsControl(static_cast<uint8_t>(c)) || c == '\0') return true;
  }
  return false;
}

bool LooksBinary(std::string_view bytes) {
  size_t controls = 0;
  for (char c : bytes) {
    if (c == '\0') return true;
    controls += IsControl(static_cast<uint8_t>(c));
  }
  return controls > kMaxControlShare * static_cast<double>(bytes.size());
}

// "utf-16le" or "utf-16be" when `bytes` without a byte order mark has the zero bytes of
// mostly-Latin UTF-16 on one side of each pair and hardly any on the other; "" otherwise.
std::string_view GuessUtf16(std::string_view bytes) {
  if (bytes.size() < 4 || bytes.size() % 2 != 0) return "";
  size_t zero_even = 0;
  size_t zero_odd = 0;
  for (size_t i = 0; i < bytes.size(); ++i) {
    if (bytes[i] == '\0') ++(i % 2 == 0 ? zero_even : zero_odd);
  }
  const double pairs = static_cast<double>(bytes.size() / 2);
  if (zero_odd >= 0.3 * pairs && zero_even <= 0.02 * pairs) return "utf-16le";
  if (zero_even >= 0.3 * pairs && zero_odd <= 0.02 * pairs) return "utf-16be";
  return "";
}

// The legacy encodings a non-UTF-8 text may be in, in order of preference on a tie.
constexpr std::string_view kLegacyCharsets[] = {"windows-1258", "tcvn3", "vni"};

std::string DecodeLegacy(std::string_view charset, std::string_view bytes) {
  if (charset == "tcvn3") return RestoreCapitalWords(Tcvn3Charset().Decode(bytes));
  if (charset == "vni") return VniCharset().Decode(bytes);
  StatusOr<std::string> text = ConvertToUtf8(bytes, charset, OnInvalid::kReplace);
  return text.ok() ? std::move(text).value() : std::string();
}

struct LegacyReading {
  std::string_view charset;
  std::string text;
  VietnameseScore score;
};

// The legacy reading of `bytes` that looks most Vietnamese, if it looks Vietnamese enough.
std::optional<LegacyReading> BestLegacyReading(std::string_view bytes) {
  std::optional<LegacyReading> best;
  for (std::string_view charset : kLegacyCharsets) {
    LegacyReading reading{charset, DecodeLegacy(charset, bytes), {}};
    reading.score = ScoreVietnamese(reading.text);
    if (reading.score.words == 0 || reading.score.share() < kMinSyllableShare) continue;
    if (!best || reading.score.share() > best->score.share()) best = std::move(reading);
  }
  return best;
}

// `line` as Windows-1252 bytes, or nullopt when a character has none or all are ASCII.
std::optional<std::string> HighWindows1252Bytes(std::string_view line) {
  std::string bytes;
  bytes.reserve(line.size());
  bool high = false;
  size_t pos = 0;
  while (pos < line.size()) {
    const int byte = ToWindows1252(NextCodePoint(line, pos));
    if (byte < 0) return std::nullopt;
    high = high || byte >= 0x80;
    bytes += static_cast<char>(byte);
  }
  if (!high) return std::nullopt;
  return bytes;
}

StatusOr<DecodedText> DecodeUtf16(std::string_view bytes, std::string_view charset) {
  StatusOr<std::string> text = ConvertToUtf8(bytes, charset, OnInvalid::kFail);
  if (!text.ok()) return text.status();
  std::string utf8 = std::move(text).value();
  if (StartsWith(utf8, kUtf8Bom)) utf8.erase(0, kUtf8Bom.size());  // the BOM, decoded
  if (utf8.empty()) return DataError("empty file");
  return DecodedText{std::move(utf8), std::string(charset)};
}

}  // namespace

StatusOr<DecodedText> DecodeText(std::string_view bytes, std::string_view declared_charset) {
  if (bytes.empty()) return DataError("empty file");
  if (StartsWith(bytes, kUtf8Bom)) {
    if (bytes.size() == kUtf8Bom.size()) return DataError("empty file");
    const size_t bad = FirstInvalidUtf8(bytes);
    if (bad != std::string_view::npos) {
      return DataError("invalid UTF-8 at byte " + std::to_string(bad));
    }
    return DecodedText{std::string(bytes.substr(kUtf8Bom.size())), "utf-8"};
  }
  if (StartsWith(bytes, "\xFF\xFE")) return DecodeUtf16(bytes, "utf-16le");
  if (StartsWith(bytes, "\xFE\xFF")) return DecodeUtf16(bytes, "utf-16be");
  if (std::string_view utf16 = GuessUtf16(bytes); !utf16.empty()) {
    StatusOr<DecodedText> decoded = DecodeUtf16(bytes, utf16);
    if (decoded.ok() && !HasControls(decoded->text)) return decoded;
  }
  if (LooksBinary(bytes)) return Unsupported("binary file, not text");

  const size_t bad = FirstInvalidUtf8(bytes);
  const bool utf8 = bad == std::string_view::npos;
  // Valid UTF-8 beyond ASCII is never an accident, so it beats a declaration (pages saved
  // or served with a stale charset); otherwise a legacy charset the source declares wins.
  const std::string declared = CanonicalCharset(declared_charset);
  const bool legacy_declared =
      !declared.empty() && declared != "utf-8" && !StartsWith(declared, "utf-16");
  if (legacy_declared && !(utf8 && HasNonAscii(bytes))) {
    StatusOr<std::string> text = ConvertToUtf8(bytes, declared, OnInvalid::kFail);
    if (!text.ok()) return text.status();
    return DecodedText{std::move(text).value(), declared};
  }
  if (utf8) return DecodedText{std::string(bytes), "utf-8"};
  std::optional<LegacyReading> legacy = BestLegacyReading(bytes);
  if (!legacy) {
    return DataError("invalid UTF-8 at byte " + std::to_string(bad) +
                     " and no legacy Vietnamese encoding fits");
  }
  return DecodedText{std::move(legacy->text), std::string(legacy->charset)};
}

DecodedText RepairLegacyLetters(DecodedText decoded) {
  // Lines, each with its Windows-1252 bytes when it could be legacy letters.
  struct Line {
    std::string_view text;
    std::optional<std::string> bytes;
  };
  std::vector<Line> lines;
  std::string suspect_text;
  std::string suspect_bytes;
  std::string_view rest = decoded.text;
  while (!rest.empty()) {
    const size_t eol = rest.find('\n');
    const size_t len = eol == std::string_view::npos ? rest.size() : eol + 1;
    Line line{rest.substr(0, len), HighWindows1252Bytes(rest.substr(0, len))};
    if (line.bytes) {
      suspect_text.append(line.text);
      suspect_bytes.append(*line.bytes);
    }
    lines.push_back(std::move(line));
    rest.remove_prefix(len);
  }
  if (suspect_bytes.empty()) return decoded;
  // One legacy encoding for the document, chosen on all its suspect lines together.
  std::optional<LegacyReading> legacy = BestLegacyReading(suspect_bytes);
  if (!legacy) return decoded;
  const VietnameseScore before = ScoreVietnamese(suspect_text);
  if (legacy->score.share() < before.share() + kMinRepairShareGain ||
      legacy->score.syllables < before.syllables + kMinRepairSyllableGain) {
    return decoded;
  }
  std::string repaired;
  repaired.reserve(decoded.text.size());
  for (const Line& line : lines) {
    if (!line.bytes) {
      repaired.append(line.text);
      continue;
    }
    std::string fixed = DecodeLegacy(legacy->charset, *line.bytes);
    const bool better = ScoreVietnamese(fixed).syllables > ScoreVietnamese(line.text).syllables;
    repaired.append(better ? std::string_view(fixed) : line.text);
  }
  return DecodedText{std::move(repaired), decoded.encoding + "+" + std::string(legacy->charset)};
}

}  // namespace vanban
