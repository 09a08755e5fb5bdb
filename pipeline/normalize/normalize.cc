#include "pipeline/normalize/normalize.h"

#include <utility>

#include "pipeline/normalize/characters.h"
#include "pipeline/normalize/icu_text.h"
#include "pipeline/normalize/line_join.h"
#include "pipeline/normalize/words.h"

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
  StatusOr<TextPass> lines = NormalizeWithinLines(doc.raw_text);
  if (!lines.ok()) return lines.status();
  TextPass done = std::move(lines).value();
  Apply(JoinLines(done.text), done);
  doc.text = std::move(done.text);
  doc.offsets = std::move(done.map);
  return Status::Ok();
}

}  // namespace vanban
