// Obligation cues: the words that tell which bodies of a sentence are given a task
// ("Giao X", "X chủ trì", "phối hợp với X", "Đơn vị chủ trì: X", "để X biết, thực hiện"),
// from extractors/data/obligation_cues.tsv, where each kind is described. Phrases match as
// whole words, in any case and whatever tone marks OCR left ("phôi hợp với").
#pragma once

#include <string_view>
#include <vector>

#include "pipeline/span.h"

namespace vanban {

enum class CueKind {
  kLeadObject,    // "giao", "yêu cầu", "đề nghị": the bodies after it lead
  kLeadTopic,     // "trách nhiệm của", "đối với": the bodies after it lead a heading
  kDirectObject,  // "chỉ đạo", "hướng dẫn": the bodies after it lead with the task's lead
  kSupportObject,  // "phối hợp với", "cùng": the bodies after it support
  kLeadSubject,    // "chủ trì", "có trách nhiệm": the bodies before it lead
  kLeadLabel,      // "Đơn vị chủ trì:" at the start of a sentence
  kSupportLabel,   // "Cơ quan phối hợp:" at the start of a sentence
  kOtherLabel,     // "Thời hạn hoàn thành:" at the start of a sentence
  kClosing,        // "để" (X biết, thực hiện)
  kRequester,      // "yêu cầu", "trả lời" right after the first bodies: they ask
  kNoTask,         // "đã", "là" right after the first bodies: not a task of theirs
  kAddressee,      // "Quý", "các đơn vị" after a kLeadObject: the addressees lead
  kClosingAction,  // "thực hiện" after "để X": X leads
  kMeeting,        // "Phiên họp" after "chủ trì": who chairs a meeting, not a task
  kOpener,       // "Đối với", "Trên cơ sở" opening a sentence: its subject follows a comma
  kBasisOpener,  // "Căn cứ": the same, unless its clause cites a document
  kMembers,      // "gồm" opening brackets: the members of the group before, who lead
};

struct Cue {
  CueKind kind;
  Span span;  // of the phrase in the text (a label's ":" included)
};

// The cues in text[sentence], in text order, of the kinds kLeadObject to kClosing; a label
// only at the start of the sentence and followed by ":". Where cues overlap the longer one
// is kept. Example: FindCues("Sở Y tế chủ trì, phối hợp với Sở Tài chính ...") gives
// kLeadSubject "chủ trì" and kSupportObject "phối hợp với".
std::vector<Cue> FindCues(std::string_view text, Span sentence);

// text[sentence] cut before each field label that a dash or a line break sets off inside it
// (lines joined by the source): "Trao đổi, hướng dẫn ... - Đơn vị chủ trì: Cục Kiểm tra văn
// bản" gives two.
std::vector<Span> SplitAtLabels(std::string_view text, Span sentence);

// True when text[span] holds a cue of this kind as a whole word.
bool HasCue(std::string_view text, Span span, CueKind kind);

// The length of a cue of this kind starting at text[pos] as a whole word, else 0.
// Example: CueAt("Cục Thuế trả lời ...", 10, CueKind::kRequester) == strlen("trả lời").
size_t CueAt(std::string_view text, size_t pos, CueKind kind);

// True when text[pos] starts a word (the code point before it is not a letter or digit).
bool WordStartsAt(std::string_view text, size_t pos);
// True when text[pos] ends a word (the code point at pos is not a letter or digit).
bool WordEndsAt(std::string_view text, size_t pos);

}  // namespace vanban
