// The stage table: the one place that lists, in order, what runs on a Document after a
// reader has produced it, what each stage needs and what it adds (spaCy's requires/assigns).
// Extractors are pure functions (extractors/*.h); a stage stores their result in the Document.
#pragma once

#include <span>
#include <string_view>

#include "pipeline/document.h"
#include "pipeline/status.h"

namespace vanban {

struct Stage {
  std::string_view name;       // stable: recorded with failures ("normalize")
  std::string_view requires_;  // fields of Document it reads
  std::string_view assigns;    // fields of Document it writes
  Status (*run)(Document& doc);
};

// All stages in order. Runner and tests iterate this table; adding a stage is one entry.
std::span<const Stage> Stages();

// A stage that failed on a document: its name and the reason.
struct StageFailure {
  std::string stage;
  Status status;
};

// Runs every stage in order on a document a reader produced. Stops at the first stage that
// fails and reports it; exceptions thrown inside a stage are caught and reported as
// failures of that stage (`out_of_memory` for std::bad_alloc, `internal` for others), so
// none crosses into the batch.
std::optional<StageFailure> RunStages(Document& doc);

}  // namespace vanban
