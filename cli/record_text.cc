#include "cli/record_text.h"

#include <sstream>

namespace vanban {
namespace {

using nlohmann::json;

// The string at a path of nested keys, or `fallback` when absent or not a string.
std::string Get(const json& j, std::initializer_list<const char*> path,
                const std::string& fallback = "-") {
  const json* cur = &j;
  for (const char* key : path) {
    if (!cur->is_object() || !cur->contains(key)) return fallback;
    cur = &(*cur)[key];
  }
  return cur->is_string() ? cur->get<std::string>() : fallback;
}

size_t Count(const json& j, const char* key) {
  return j.contains(key) && j[key].is_array() ? j[key].size() : 0;
}

}  // namespace

std::string FitWidth(const std::string& s, size_t width) {
  std::string out;
  size_t points = 0;
  for (size_t i = 0; i < s.size() && points < width; ++points) {
    size_t len = 1;
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0xF0)
      len = 4;
    else if (c >= 0xE0)
      len = 3;
    else if (c >= 0xC0)
      len = 2;
    out += s.substr(i, len);
    i += len;
  }
  if (points < width) out += std::string(width - points, ' ');
  return out;
}

std::string FormatRecord(const json& r) {
  std::ostringstream out;
  std::string signer = Get(r, {"document", "signer", "name"});
  std::string title = Get(r, {"document", "signer", "title"}, "");
  std::string authority = Get(r, {"document", "signer", "authority"}, "");
  if (!title.empty()) signer += " (" + (authority.empty() ? "" : authority + ". ") + title + ")";
  out << "id:        " << Get(r, {"id"}) << "\n"
      << "type:      " << Get(r, {"document", "type"}) << "\n"
      << "number:    " << Get(r, {"document", "number"}) << "\n"
      << "issuer:    " << Get(r, {"document", "issuer"}) << "\n"
      << "issued:    " << Get(r, {"document", "issued"}) << " at " << Get(r, {"document", "place"})
      << "\n"
      << "subject:   " << Get(r, {"document", "subject"}) << "\n"
      << "signer:    " << signer << "\n"
      << "extracted: " << Count(r, "references") << " references, " << Count(r, "obligations")
      << " obligations, " << Count(r, "deadlines") << " deadlines\n"
      << "source:    " << Get(r, {"source", "path"}) << " (" << Get(r, {"source", "media_type"})
      << ", " << Get(r, {"source", "encoding"}) << ")\n";
  return out.str();
}

std::string FormatRecordLine(const json& r) {
  return FitWidth(Get(r, {"document", "issued"}), 10) + "  " +
         FitWidth(Get(r, {"document", "type"}), 11) + " " +
         FitWidth(Get(r, {"document", "number"}), 18) + " " +
         FitWidth(Get(r, {"document", "issuer"}), 32) + " " +
         FitWidth(Get(r, {"document", "subject"}), 60);
}

}  // namespace vanban
