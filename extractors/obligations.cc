#include "extractors/obligations.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <utility>

#include "extractors/agencies.h"
#include "extractors/lines.h"
#include "extractors/obligation_cues.h"
#include "extractors/obligation_roles.h"
#include "extractors/task_items.h"
#include "extractors/text_case.h"

namespace vanban {
namespace {

// One task: a sentence, with the sentences of its item that follow it and name no lead.
struct Task {
  int item = -1;
  Span span;
  std::vector<AgencyMention> leads;  // own or inherited
  std::vector<AgencyMention> supports;
  bool own_leads = false;
  bool head = false;         // a heading that names bodies only
  bool list_head = false;    // "yêu cầu các Bộ thực hiện các nhiệm vụ sau:"
  bool unnamed = false;      // a heading whose body is not named: its items inherit nothing
  int inherited_from = -1;   // the task whose leads it took
  std::vector<Span> fields;  // time fields of its item that hold its deadline as well
  Span heading;              // a heading above it that names no body: its deadline, if the
                             // task has none ("1. Hoàn thành ... trong năm 2025" / "a) ...")
};

void AddOnce(std::vector<AgencyMention>& to, const AgencyMention& m) {
  if (m.key.empty()) return;
  auto same = [&](const AgencyMention& x) { return x.key == m.key; };
  if (std::none_of(to.begin(), to.end(), same)) to.push_back(m);
}

void AddAll(std::vector<AgencyMention>& to, const std::vector<AgencyMention>& from) {
  for (const AgencyMention& m : from) AddOnce(to, m);
}

std::vector<AgencyMention> Pick(const std::vector<AgencyMention>& mentions,
                                const std::vector<int>& indices) {
  std::vector<AgencyMention> out;
  for (int i : indices) AddOnce(out, mentions[i]);
  return out;
}

// The "Kính gửi" addressees as bodies: those the agency finder names in each entry, else
// the entry as printed (a firm: "Công ty TNHH Sunrise Apparel Việt Nam").
std::vector<AgencyMention> Addressees(const Document& doc, const AgencyFinder& finder) {
  std::vector<AgencyMention> out;
  for (const Field& field : doc.meta.addressees) {
    if (field.value.starts_with("(")) continue;  // an address: "(Đ/c: Lô CN15, ...)"
    std::vector<AgencyMention> found = finder.Find(field.span);
    if (found.empty()) found.push_back({field.value, AgencyKey(field.value), field.span});
    AddAll(out, found);
  }
  return out;
}

// The bodies named in the item's text, in text order; in a table row, cell by cell.
std::vector<AgencyMention> MentionsIn(const Document& doc, const AgencyFinder& finder,
                                      const TaskItem& item) {
  std::vector<AgencyMention> mentions;
  const std::vector<Span> parts = item.marker == ItemMarker::kTableRow
                                      ? SplitLines(doc.text, item.text)
                                      : std::vector<Span>{item.text};
  for (Span part : parts) {
    std::vector<AgencyMention> found = finder.Find(part);
    mentions.insert(mentions.end(), found.begin(), found.end());
  }
  std::stable_sort(
      mentions.begin(), mentions.end(),
      [](const AgencyMention& a, const AgencyMention& b) { return a.span.begin < b.span.begin; });
  return mentions;
}

// In a table row, a line that names bodies and nothing else is a cell: the first such cell
// holds the lead, the next the support ("Bộ CHQS tỉnh; UBND cấp xã" / "Văn phòng Ban Chỉ
// huy; các sở, ban, ngành").
void ReadRowCells(std::vector<SentenceRoles>& roles) {
  int cells = 0;
  for (SentenceRoles& r : roles) {
    if (!r.bodies_only || r.leads.empty()) continue;
    r.head = false;  // a cell, not a heading
    if (++cells == 2) {
      r.supports.insert(r.supports.end(), r.leads.begin(), r.leads.end());
      r.leads.clear();
    }
  }
}

// True when the sentence goes on from the line above it rather than starting one: it starts
// in lower case, or it opens a paragraph whose line above ends without punctuation (a line
// the source broke: "... thực hiện ý kiến chỉ đạo của Thủ tướng\nChính phủ, ...").
bool GoesOn(std::string_view text, const TaskItem& item, Span sentence) {
  if (StartsWithLower(text.substr(sentence.begin, 4))) return true;
  if (item.marker != ItemMarker::kNone || sentence.begin != item.text.begin) return false;
  size_t end = item.span.begin;
  while (end > 0 && (text[end - 1] == '\n' || text[end - 1] == ' ' || text[end - 1] == '\r')) {
    --end;
  }
  if (end == 0 || text[end - 1] == '\n') return false;
  const char last = text[end - 1];  // a letter or digit: the line above is a broken sentence
  return std::isalnum(static_cast<unsigned char>(last)) || (last & 0x80) != 0;
}

// The paragraph ending with ":" whose list is being read: its item, and its task when it
// names who does the items ("yêu cầu các Bộ thực hiện các nội dung sau:"), else -1.
struct ListHead {
  int item = -1;
  int task = -1;
};

// The task whose leads a sentence without leads of its own takes: for a list item, the
// nearest enclosing item's that has leads; for a paragraph, its item's when that is a heading
// or a list head, or when the paragraph goes on from it (starts in lower case, a field line).
int InheritFrom(std::string_view text, const std::vector<TaskItem>& items, size_t i, Span sentence,
                const SentenceRoles& roles, const std::vector<int>& item_task,
                const std::vector<Task>& tasks, ListHead list) {
  const TaskItem& item = items[i];
  const bool goes_on = roles.label || GoesOn(text, items[i], sentence);
  // A list item below a paragraph that opens a list ("Chế độ báo cáo:") belongs to that list.
  if (item.marker != ItemMarker::kNone && list.item > item.parent) return list.task;
  for (int p = item.parent; p >= 0; p = items[p].parent) {
    const int t = item_task[p];
    if (t >= 0 && tasks[t].unnamed) return -1;
    if (t < 0 || tasks[t].leads.empty()) continue;
    if (item.marker != ItemMarker::kNone || goes_on || tasks[t].head || tasks[t].list_head) {
      return t;
    }
    return -1;
  }
  return item.marker != ItemMarker::kNone ? list.task : -1;
}

// The tasks of one body zone, leads inherited from the sentence before in the same item, else
// from the nearest enclosing item that has leads.
void ReadZone(const Document& doc, const AgencyFinder& finder, Span zone,
              std::vector<Task>& tasks) {
  std::vector<AgencyMention> addressees;
  bool addressees_read = false;
  const std::vector<TaskItem> items = CutTaskItems(doc.text, zone);
  ListHead list;                                 // the paragraph whose list is being read, if any
  std::vector<int> item_task(items.size(), -1);  // the last task of each item
  for (size_t i = 0; i < items.size(); ++i) {
    const TaskItem& item = items[i];
    if (item.marker == ItemMarker::kTableRow && !item.task_row) continue;  // figures
    const std::vector<AgencyMention> mentions = MentionsIn(doc, finder, item);
    std::vector<Span> sentences;
    for (Span s : SplitSentences(doc.text, item.text, item.marker == ItemMarker::kTableRow)) {
      for (Span part : SplitAtLabels(doc.text, s)) sentences.push_back(part);
    }
    std::vector<SentenceRoles> roles;
    for (Span s : sentences) {
      roles.push_back(ReadRoles(doc.text, s, mentions, !GoesOn(doc.text, item, s)));
    }
    if (item.marker == ItemMarker::kTableRow) ReadRowCells(roles);
    int current = -1;  // this item's task the next sentence may join
    const int first_task = static_cast<int>(tasks.size());  // this item's first task
    for (size_t k = 0; k < sentences.size(); ++k) {
      SentenceRoles& r = roles[k];
      // A cell of a table row is no sentence: the bodies it starts with are not its subject
      // ("Ủy ban Quốc phòng, An ninh và Đối ngoại ... Tháng 8/2026" in "Cơ quan thẩm tra").
      if (item.marker == ItemMarker::kTableRow) {
        std::erase_if(r.leads, [&](int m) {
          return std::find(r.subject.begin(), r.subject.end(), m) != r.subject.end();
        });
      }
      std::vector<AgencyMention> leads = Pick(mentions, r.leads);
      // A line of a list of bodies (addressees, recipients) is no task.
      if (r.bodies_only && !r.head && item.marker != ItemMarker::kTableRow) continue;
      if (r.addressees_lead) {
        if (!addressees_read) addressees = Addressees(doc, finder);
        addressees_read = true;
        AddAll(leads, addressees);
      }
      const std::vector<AgencyMention> supports = Pick(mentions, r.supports);
      // A field line ("Đơn vị chủ trì: X", "Thời hạn: ...") completes the task it belongs
      // to: the one before it in its item, else its parent's.
      const int owner = current >= 0 ? current : (item.parent >= 0 ? item_task[item.parent] : -1);
      if (r.label && owner >= 0) {
        Task& t = tasks[owner];
        if (!leads.empty()) t.leads.clear();  // the field names who leads
        t.own_leads = t.own_leads || !leads.empty();
        AddAll(t.leads, leads);
        AddAll(t.supports, supports);
        t.span.end = std::max(t.span.end, sentences[k].end);
        // "Thời hạn hoàn thành: ..." closing an item is the deadline of all its tasks.
        if (owner == current && leads.empty() && supports.empty()) {
          for (int j = first_task; j >= 0 && j < current; ++j) {
            tasks[j].fields.push_back(sentences[k]);
          }
        }
        continue;
      }
      // A table row is one task: the cells after its lead's (another body, the time, the
      // product) go on with it ("Chính phủ" / "Ủy ban Pháp luật ..." / "Tháng 03/2026").
      if (item.marker == ItemMarker::kTableRow && current >= 0 && !tasks[current].leads.empty()) {
        leads.clear();
      }
      if (leads.empty() && current >= 0) {  // the same task goes on
        Task& t = tasks[current];
        t.span.end = sentences[k].end;
        AddAll(t.supports, supports);
        AddAll(t.leads, Pick(mentions, r.aside));
        if (!t.leads.empty()) AddAll(t.leads, Pick(mentions, r.directed));
        continue;
      }
      Task t;
      t.item = static_cast<int>(i);
      t.span = sentences[k];
      t.own_leads = !leads.empty();
      t.head = r.head;
      t.list_head = r.list_head;
      t.unnamed = r.unnamed_topic;
      t.leads = std::move(leads);
      const int from =
          t.own_leads ? -1
                      : InheritFrom(doc.text, items, i, sentences[k], r, item_task, tasks, list);
      if (from >= 0) {
        t.inherited_from = from;
        t.leads = tasks[from].leads;
      }
      if (item.parent >= 0 && item_task[item.parent] >= 0 &&
          tasks[item_task[item.parent]].leads.empty()) {
        t.heading = tasks[item_task[item.parent]].span;
      }
      AddAll(t.leads, Pick(mentions, r.aside));
      if (!t.leads.empty()) AddAll(t.leads, Pick(mentions, r.directed));
      t.supports = supports;
      tasks.push_back(std::move(t));
      current = static_cast<int>(tasks.size()) - 1;
      item_task[i] = current;
    }
    // A paragraph that ends "... thực hiện các nội dung sau:" leads the list items after it
    // that name no body; any other paragraph but a field line ends that list.
    const bool field = !roles.empty() && roles.back().label;
    if (item.marker == ItemMarker::kNone && !field) {
      const Span all = Trim(doc.text, item.text);
      const bool opens_list = !all.empty() && doc.text[all.end - 1] == ':';
      const bool heads_list = current >= 0 && tasks[current].list_head;
      list = opens_list ? ListHead{static_cast<int>(i), heads_list ? current : -1} : ListHead{};
    }
  }
}

// The deadlines inside the task or its item's time fields, else inside the heading above it,
// one per value, in text order.
std::vector<const Deadline*> DeadlinesIn(const Document& doc, const Task& t) {
  auto in = [](const Deadline& d, Span s) {
    return d.span.begin >= s.begin && d.span.end <= s.end;
  };
  std::vector<const Deadline*> out;
  auto add = [&](const Deadline& d) {
    auto same = [&](const Deadline* x) { return x->value == d.value; };
    if (std::none_of(out.begin(), out.end(), same)) out.push_back(&d);
  };
  for (const Deadline& d : doc.deadlines) {
    const bool in_field =
        std::any_of(t.fields.begin(), t.fields.end(), [&](Span s) { return in(d, s); });
    if (in(d, t.span) || in_field) add(d);
  }
  if (!out.empty() || t.heading.empty()) return out;
  for (const Deadline& d : doc.deadlines) {
    if (in(d, t.heading)) add(d);
  }
  return out;
}

void Emit(const Document& doc, const Task& t, std::vector<Obligation>& out) {
  Obligation o;
  for (const AgencyMention& m : t.leads) o.agencies.push_back({m.name, m.key, "lead", m.span});
  for (const AgencyMention& m : t.supports) {
    o.agencies.push_back({m.name, m.key, "support", m.span});
  }
  o.action = std::string(doc.Slice(t.span));
  o.span = t.span;
  const std::vector<const Deadline*> deadlines = DeadlinesIn(doc, t);
  if (deadlines.empty()) {
    out.push_back(std::move(o));
    return;
  }
  for (const Deadline* d : deadlines) {  // one entry per deadline
    out.push_back(o);
    out.back().deadline = *d;
  }
}

// A group printed short ("Ủy ban nhân dân các tỉnh, thành phố") is the body the document
// names in full elsewhere with its standard name part ("... trực thuộc Trung ương").
void UseFullNames(std::vector<Obligation>& out) {
  std::vector<const AgencyRole*> all;
  for (const Obligation& o : out) {
    for (const AgencyRole& a : o.agencies) all.push_back(&a);
  }
  std::vector<std::pair<std::string, std::string>> renames;  // short key -> full name
  for (const AgencyRole* a : all) {
    const std::string full_key = AgencyKey(a->name + " trực thuộc trung ương");
    for (const AgencyRole* b : all) {
      if (b->key == full_key) renames.emplace_back(a->key, b->name);
    }
  }
  for (Obligation& o : out) {
    for (AgencyRole& a : o.agencies) {
      for (const auto& [key, name] : renames) {
        if (a.key != key) continue;
        a.name = name;
        a.key = AgencyKey(name);
        break;
      }
    }
  }
}

}  // namespace

std::vector<Obligation> ExtractObligations(const Document& doc) {
  if (doc.meta.type && doc.meta.type->value == "bai_bao") return {};  // a press article
  std::vector<Task> tasks;
  const AgencyFinder finder(doc);
  for (const Zone& zone : doc.zones) {
    if (zone.kind == ZoneKind::kBody) ReadZone(doc, finder, zone.span, tasks);
  }
  // A heading is no task of its own, nor a list head whose leads its items took.
  std::vector<bool> taken(tasks.size(), false);
  for (const Task& t : tasks) {
    if (t.inherited_from >= 0) taken[t.inherited_from] = true;
  }
  std::vector<Obligation> out;
  for (size_t i = 0; i < tasks.size(); ++i) {
    const Task& t = tasks[i];
    if (t.leads.empty()) continue;  // no body is given this task
    const bool bare = t.supports.empty() && DeadlinesIn(doc, t).empty();
    if (bare && (t.head || (t.list_head && taken[i]))) continue;
    Emit(doc, t, out);
  }
  UseFullNames(out);
  return out;
}

}  // namespace vanban
