#include "pipeline/eval/gold_set.h"

#include <algorithm>
#include <fstream>
#include <initializer_list>
#include <map>
#include <sstream>
#include <string>
#include <system_error>

namespace vanban {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr std::string_view kGoldSuffix = ".expected.json";

Status Expected(const std::string& path, const char* what) {
  return DataError(path + ": expected " + what);
}

// Each of `keys` present in `object` is a string or null.
Status CheckStrings(const json& object, const std::string& path,
                    std::initializer_list<const char*> keys) {
  for (const char* key : keys) {
    if (object.contains(key) && !object[key].is_string() && !object[key].is_null()) {
      return Expected(path + "." + key, "a string or null");
    }
  }
  return Status::Ok();
}

// `key` present in `object` holds a string.
Status CheckRequiredString(const json& object, const std::string& path, const char* key) {
  if (!object.contains(key) || !object[key].is_string()) {
    return Expected(path + "." + key, "a string");
  }
  return Status::Ok();
}

// `key`, when present in `parent`, is null or an array of objects, each passing `check`.
template <typename Check>
Status CheckList(const json& parent, const std::string& parent_path, const char* key, Check check) {
  const std::string path = parent_path.empty() ? key : parent_path + "." + key;
  if (!parent.contains(key) || parent[key].is_null()) return Status::Ok();
  if (!parent[key].is_array()) return Expected(path, "an array or null");
  for (size_t i = 0; i < parent[key].size(); ++i) {
    const std::string item_path = path + "[" + std::to_string(i) + "]";
    const json& item = parent[key][i];
    if (!item.is_object()) return Expected(item_path, "an object");
    if (Status s = check(item, item_path); !s.ok()) return s;
  }
  return Status::Ok();
}

Status CheckDocument(const json& gold) {
  if (!gold.contains("document")) return Status::Ok();
  const json& doc = gold["document"];
  if (!doc.is_object()) return Expected("document", "an object");
  if (Status s =
          CheckStrings(doc, "document", {"type", "number", "issuer", "place", "issued", "subject"});
      !s.ok()) {
    return s;
  }
  if (!doc.contains("signer") || doc["signer"].is_null()) return Status::Ok();
  if (!doc["signer"].is_object()) return Expected("document.signer", "an object or null");
  return CheckStrings(doc["signer"], "document.signer", {"name", "title", "authority"});
}

Status CheckReference(const json& ref, const std::string& path) {
  if (Status s = CheckRequiredString(ref, path, "type"); !s.ok()) return s;
  if (Status s = CheckStrings(ref, path, {"number", "date", "issuer", "title"}); !s.ok()) return s;
  if (ref.contains("year") && !ref["year"].is_number_integer() && !ref["year"].is_null()) {
    return Expected(path + ".year", "an integer or null");
  }
  return Status::Ok();
}

Status CheckAgency(const json& agency, const std::string& path) {
  if (Status s = CheckRequiredString(agency, path, "name"); !s.ok()) return s;
  if (!agency.contains("role") || (agency["role"] != "lead" && agency["role"] != "support")) {
    return Expected(path + ".role", "\"lead\" or \"support\"");
  }
  return Status::Ok();
}

Status CheckDeadline(const json& deadline, const std::string& path) {
  if (Status s = CheckRequiredString(deadline, path, "value"); !s.ok()) return s;
  return CheckStrings(deadline, path, {"text"});
}

Status CheckObligation(const json& obligation, const std::string& path) {
  if (Status s = CheckList(obligation, path, "agencies", CheckAgency); !s.ok()) return s;
  if (!obligation.contains("deadline") || obligation["deadline"].is_null()) return Status::Ok();
  if (!obligation["deadline"].is_object()) return Expected(path + ".deadline", "an object or null");
  return CheckDeadline(obligation["deadline"], path + ".deadline");
}

}  // namespace

Status CheckGoldShape(const json& gold) {
  if (!gold.is_object()) return Expected("(top level)", "an object");
  if (Status s = CheckDocument(gold); !s.ok()) return s;
  if (Status s = CheckList(gold, "", "references", CheckReference); !s.ok()) return s;
  if (Status s = CheckList(gold, "", "obligations", CheckObligation); !s.ok()) return s;
  return CheckList(gold, "", "deadlines", CheckDeadline);
}

StatusOr<json> ReadGold(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in.is_open()) return IoError(path.string() + ": cannot read");
  std::stringstream bytes;
  bytes << in.rdbuf();
  json gold;
  try {
    gold = json::parse(bytes.str());
  } catch (const json::parse_error& e) {
    return DataError(path.string() + ": not valid JSON: " + e.what());
  }
  if (Status s = CheckGoldShape(gold); !s.ok()) {
    return DataError(path.string() + ": " + s.message());
  }
  return gold;
}

StatusOr<std::vector<GoldCase>> FindGoldCases(const fs::path& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return NotFound(dir.string() + ": no such directory");
  std::map<fs::path, GoldCase> by_id;  // <dir>/<id> -> case
  std::map<fs::path, std::vector<fs::path>> documents_by_id;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (!it->is_regular_file(ec)) continue;
    const fs::path& path = it->path();
    const std::string name = path.filename().string();
    if (name.size() > kGoldSuffix.size() && name.ends_with(kGoldSuffix)) {
      by_id[path.parent_path() / name.substr(0, name.size() - kGoldSuffix.size())].gold = path;
    } else if (path.has_extension() && path.extension() != ".json") {
      documents_by_id[path.parent_path() / path.stem()].push_back(path);
    }
  }
  if (ec) return IoError(dir.string() + ": cannot list: " + ec.message());
  std::vector<GoldCase> cases;
  for (auto& [id, gold_case] : by_id) {
    if (auto found = documents_by_id.find(id); found != documents_by_id.end()) {
      gold_case.documents = std::move(found->second);
      std::sort(gold_case.documents.begin(), gold_case.documents.end());
    }
    cases.push_back(std::move(gold_case));
  }
  return cases;
}

}  // namespace vanban
