#include "pipeline/normalize/normalize.h"

#include <utility>

#include "pipeline/normalize/characters.h"
#include "pipeline/normalize/icu_text.h"
#include "pipeline/normalize/line_join.h"
#include "pipeline/normalize/words.h"
#include "pipeline/ocr/ocr_repair.h"

namespace vanban {
namespace {

// Runs one more pass over `done`, composing its map onto the map to the raw text.
void Apply(TextPass pass, TextPass& done) {
  done.map = OffsetMap::Compose(done.map, pass.map);
  done.text = std::move(pass.text);
}

}  // namespace

StatusOr<TextPass> NormalizeWithinLines(std::string_view raw) {
  TextPass done = CleanCharacters(raw);
  StatusOr<TextPass> marks = RepairMarkOrder(done.text);
  if (!marks.ok()) return marks.status();
  Apply(std::move(marks).value(), done);
  StatusOr<TextPass> nfc = ComposeNfc(done.text);
  if (!nfc.ok()) return nfc.status();
  Apply(std::move(nfc).value(), done);
  Apply(RepairWords(done.text), done);
  return done;
}

Status Normalize(Document& doc) {
  // OCR words are spans of raw_text, so their repair comes first, before any pass moves them.
  TextPass ocr;
  const bool has_ocr = !doc.words.empty();
  if (has_ocr) ocr = RepairOcrWords(doc.raw_text, doc.words);
  StatusOr<TextPass> lines = NormalizeWithinLines(has_ocr ? ocr.text : doc.raw_text);
  if (!lines.ok()) return lines.status();
  TextPass done = std::move(lines).value();
  if (has_ocr) done.map = OffsetMap::Compose(ocr.map, done.map);
  Apply(JoinLines(done.text), done);
  doc.text = std::move(done.text);
  doc.offsets = std::move(done.map);
  return Status::Ok();
}

}  // namespace vanban
