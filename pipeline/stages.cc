#include "pipeline/stages.h"

#include <exception>
#include <new>

#include "extractors/deadlines.h"
#include "extractors/metadata.h"
#include "extractors/obligations.h"
#include "extractors/references.h"
#include "extractors/segment.h"
#include "pipeline/normalize/normalize.h"

namespace vanban {
namespace {

Status RunSegment(Document& doc) {
  doc.zones = Segment(doc);
  return Status::Ok();
}

Status RunMetadata(Document& doc) {
  doc.meta = ExtractMetadata(doc);
  if (!doc.meta.issued && doc.meta.type && doc.meta.type->value != "bai_bao") {
    doc.Warn("metadata", "no_issue_date", "no place-date line with an issue date was found");
  }
  return Status::Ok();
}

Status RunReferences(Document& doc) {
  doc.references = ExtractReferences(doc);
  return Status::Ok();
}

Status RunDeadlines(Document& doc) {
  doc.deadlines = ExtractDeadlines(doc);
  return Status::Ok();
}

Status RunObligations(Document& doc) {
  doc.obligations = ExtractObligations(doc);
  return Status::Ok();
}

constexpr Stage kStages[] = {
    {"normalize", "raw_text, words", "text, offsets", Normalize},
    {"segment", "text", "zones", RunSegment},
    {"metadata", "text, zones", "meta", RunMetadata},
    {"references", "text, zones, meta", "references", RunReferences},
    {"deadlines", "text, zones, meta, references", "deadlines", RunDeadlines},
    {"obligations", "text, zones, meta, deadlines", "obligations", RunObligations},
};

}  // namespace

std::span<const Stage> Stages() { return kStages; }

std::optional<StageFailure> RunStages(Document& doc) {
  for (const Stage& stage : Stages()) {
    Status status;
    try {
      status = stage.run(doc);
    } catch (const std::bad_alloc&) {
      status = OutOfMemory("an allocation failed");
    } catch (const std::exception& e) {
      status = Internal(std::string("unexpected exception: ") + e.what());
    }
    if (!status.ok()) return StageFailure{std::string(stage.name), status};
  }
  return std::nullopt;
}

}  // namespace vanban
