// Obligation roles in one sentence: which of the bodies the agency finder found there lead
// and which support (ANNOTATION.md, "Who is recorded"), read from the cues of
// extractors/obligation_cues.h and the runs of bodies next to them (extractors/agency_runs.h):
//   lead     after "Giao", "Yêu cầu", "Đề nghị", "Kiến nghị", "Phân công", a label "Đơn vị chủ
//            trì:"; before "chủ trì", "có trách nhiệm", "chịu trách nhiệm"; the bodies a
//            sentence starts with, unless they ask ("Thủ tướng Chính phủ yêu cầu") or recount
//            ("... đã ban hành"); "để X biết, thực hiện"
//   support  after "phối hợp (chặt chẽ) với", "cùng", a label "Cơ quan phối hợp:"
//   directed after "chỉ đạo", "hướng dẫn", "đôn đốc": lead when the task has a lead.
#pragma once

#include <string_view>
#include <vector>

#include "extractors/agencies.h"
#include "pipeline/span.h"

namespace vanban {

struct SentenceRoles {
  std::vector<int> leads;  // indices into the mentions, in text order, each once
  std::vector<int> supports;
  std::vector<int> directed;
  std::vector<int> aside;  // leads named in brackets ("(Sở Kế hoạch và Đầu tư chịu trách nhiệm
                           // tổng hợp)"): beside the task's lead, not instead of it
  std::vector<int> subject;  // leads read as the subject of the sentence ("Sở Nội vụ theo dõi
                             // ..."), not from a cue: no subject in a table cell
  bool addressees_lead = false;  // "đề nghị Quý cơ quan": the "Kính gửi" addressees lead
  bool bodies_only = false;      // names its bodies and nothing else
  bool head = false;  // bodies only, as a heading ("Sở Y tế:"), not a list line ("Sở Y tế;")
  bool list_head = false;  // gives a task to bodies and ends with ":"
  bool label = false;      // a field line ("Đơn vị chủ trì: ..."): its roles are its item's
  bool unnamed_topic = false;  // "Trách nhiệm của đối tượng thực hiện kiểm kê:": a heading
                               // whose body is not named; its items take no lead from above
};

// The roles of the bodies in text[sentence]. `mentions` are the bodies the agency finder
// found around it, sorted by span; bodies outside the sentence are not looked at. A sentence
// that does not start a sentence (a line that goes on from the one above it) has no subject.
// Example: "Sở Y tế chủ trì, phối hợp với Sở Tài chính tham mưu" leads Sở Y tế and has
// Sở Tài chính support.
SentenceRoles ReadRoles(std::string_view text, Span sentence,
                        const std::vector<AgencyMention>& mentions, bool starts_sentence = true);

}  // namespace vanban
