#include "pipeline/store/annotation_rows.h"

#include <utility>

namespace vanban {
namespace {

using nlohmann::json;

// [begin, end] of non-negative integers.
StatusOr<Span> SpanOf(const json& pair, std::string_view where) {
  if (!pair.is_array() || pair.size() != 2 || !pair[0].is_number_unsigned() ||
      !pair[1].is_number_unsigned()) {
    return DataError("record: malformed span at " + std::string(where) + ": " + pair.dump());
  }
  return Span{pair[0].get<size_t>(), pair[1].get<size_t>()};
}

// A row for `value` whose span object ({"text": [b, e], "raw": [b, e]}) is `span`.
StatusOr<AnnotationRow> RowOf(std::string kind, int seq, json value, const json& span,
                              std::string_view where) {
  if (!span.is_object() || !span.contains("text") || !span.contains("raw")) {
    return DataError("record: missing span at " + std::string(where));
  }
  StatusOr<Span> text = SpanOf(span["text"], where);
  if (!text.ok()) return text.status();
  StatusOr<Span> raw = SpanOf(span["raw"], where);
  if (!raw.ok()) return raw.status();
  AnnotationRow row;
  row.kind = std::move(kind);
  row.seq = seq;
  row.text = *text;
  row.raw = *raw;
  row.value = std::move(value);
  return row;
}

// An array member of the record, or an empty array when it is absent or null.
const json& ArrayAt(const json& record, const char* name) {
  static const json kEmpty = json::array();
  auto it = record.find(name);
  return it != record.end() && it->is_array() ? *it : kEmpty;
}

std::optional<std::string> StringAt(const json& object, const char* name) {
  auto it = object.find(name);
  if (it == object.end() || !it->is_string()) return std::nullopt;
  return it->get<std::string>();
}

// `item` without its span and without the members listed.
json ValueOf(const json& item, std::initializer_list<const char*> drop = {}) {
  json value = item;
  value.erase("span");
  for (const char* name : drop) value.erase(name);
  return value;
}

class RowBuilder {
 public:
  Status AddProvenance(const json& record) {
    auto it = record.find("provenance");
    if (it == record.end() || !it->is_object()) return Status::Ok();
    for (const auto& [path, spans] : it->items()) {
      // "document.signer.name" is the record's "/document/signer/name".
      std::string pointer = "/" + path;
      for (char& c : pointer) c = c == '.' ? '/' : c;
      const json value = record.value(json::json_pointer(pointer), json());
      if (spans.is_array()) {
        for (size_t i = 0; i < spans.size(); ++i) {
          json entry = value.is_array() && i < value.size() ? value[i] : json();
          Status s = Add(RowOf(path, static_cast<int>(i), entry, spans[i], path));
          if (!s.ok()) return s;
        }
      } else {
        StatusOr<AnnotationRow> row = RowOf(path, 0, value, spans, path);
        if (row.ok() && path == "document.number" && value.is_string()) {
          row->key = NumberKey(value.get<std::string>());
        }
        Status s = Add(std::move(row));
        if (!s.ok()) return s;
      }
    }
    return Status::Ok();
  }

  Status AddReferences(const json& record) {
    const json& references = ArrayAt(record, "references");
    for (size_t i = 0; i < references.size(); ++i) {
      const json& r = references[i];
      StatusOr<AnnotationRow> row =
          RowOf("reference", static_cast<int>(i), ValueOf(r), r.value("span", json()),
                "references/" + std::to_string(i));
      if (row.ok()) {
        if (auto number = StringAt(r, "number")) row->key = NumberKey(*number);
      }
      Status s = Add(std::move(row));
      if (!s.ok()) return s;
    }
    return Status::Ok();
  }

  Status AddDeadline(const json& d, int seq, int parent, const std::string& where) {
    StatusOr<AnnotationRow> row =
        RowOf("deadline", seq, ValueOf(d), d.value("span", json()), where);
    if (row.ok()) {
      row->parent = parent;
      row->key = StringAt(d, "value");
    }
    return Add(std::move(row));
  }

  Status AddDeadlines(const json& record) {
    const json& deadlines = ArrayAt(record, "deadlines");
    for (size_t i = 0; i < deadlines.size(); ++i) {
      Status s =
          AddDeadline(deadlines[i], static_cast<int>(i), -1, "deadlines/" + std::to_string(i));
      if (!s.ok()) return s;
    }
    return Status::Ok();
  }

  Status AddObligations(const json& record) {
    const json& obligations = ArrayAt(record, "obligations");
    for (size_t i = 0; i < obligations.size(); ++i) {
      const json& o = obligations[i];
      const std::string where = "obligations/" + std::to_string(i);
      Status s = Add(RowOf("obligation", static_cast<int>(i), ValueOf(o, {"agencies", "deadline"}),
                           o.value("span", json()), where));
      if (!s.ok()) return s;
      const int parent = static_cast<int>(rows_.size()) - 1;
      const json& agencies = ArrayAt(o, "agencies");
      for (size_t j = 0; j < agencies.size(); ++j) {
        const json& a = agencies[j];
        StatusOr<AnnotationRow> row =
            RowOf("agency", static_cast<int>(j), ValueOf(a), a.value("span", json()),
                  where + "/agencies/" + std::to_string(j));
        if (row.ok()) {
          row->parent = parent;
          row->key = StringAt(a, "key");
        }
        s = Add(std::move(row));
        if (!s.ok()) return s;
      }
      if (o.contains("deadline") && o["deadline"].is_object()) {
        s = AddDeadline(o["deadline"], 0, parent, where + "/deadline");
        if (!s.ok()) return s;
      }
    }
    return Status::Ok();
  }

  std::vector<AnnotationRow> Take() && { return std::move(rows_); }

 private:
  Status Add(StatusOr<AnnotationRow> row) {
    if (!row.ok()) return row.status();
    rows_.push_back(std::move(row).value());
    return Status::Ok();
  }

  std::vector<AnnotationRow> rows_;
};

}  // namespace

StatusOr<std::vector<AnnotationRow>> AnnotationRows(const json& record) {
  if (!record.is_object()) return DataError("record: not a JSON object");
  RowBuilder builder;
  try {
    for (auto add : {&RowBuilder::AddProvenance, &RowBuilder::AddReferences,
                     &RowBuilder::AddDeadlines, &RowBuilder::AddObligations}) {
      Status s = (builder.*add)(record);
      if (!s.ok()) return s;
    }
  } catch (const json::exception& e) {
    return DataError(std::string("record: ") + e.what());
  }
  return std::move(builder).Take();
}

std::string NumberKey(std::string_view number) {
  std::string key;
  key.reserve(number.size());
  for (size_t i = 0; i < number.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(number[i]);
    const unsigned char next = i + 1 < number.size() ? number[i + 1] : 0;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') continue;
    if (c == 0xC2 && next == 0xA0) {  // U+00A0 no-break space
      ++i;
      continue;
    }
    if (c == 0xC4 && (next == 0x90 || next == 0x91)) {  // U+0110 Đ, U+0111 đ
      key += 'd';
      ++i;
      continue;
    }
    key += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c);
  }
  return key;
}

}  // namespace vanban
