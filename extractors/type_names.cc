#include "extractors/type_names.h"

#include <unordered_map>
#include <unordered_set>

#include "extractors/word_keys.h"

namespace vanban {
namespace {

const NameTable& Names() {
  static const NameTable t("doc_types.tsv", "name", "", AsciiFallback::kYes);
  return t;
}

const DocType* ByName(const std::string& name) {
  static const auto* by_name = [] {
    auto* m = new std::unordered_map<std::string, const DocType*>;
    for (const DocType& t : DocTypes()) m->emplace(t.name, &t);
    return m;
  }();
  auto it = by_name->find(name);
  return it == by_name->end() ? nullptr : it->second;
}

// The last words of the type names, in lower case and without diacritics.
const std::unordered_set<std::string>& LastWords() {
  static const auto* words = [] {
    auto* w = new std::unordered_set<std::string>;
    for (const DocType& t : DocTypes()) {
      const std::string_view name = t.name;
      const std::string_view last = name.substr(name.rfind(' ') + 1);
      w->insert(AsciiWord(last));
    }
    return w;
  }();
  return *words;
}

}  // namespace

bool MayEndTypeName(std::string_view word) { return LastWords().contains(AsciiWord(word)); }

std::optional<TypeNameHit> TypeNameAt(const WindowKeys& keys, size_t i) {
  auto hit = Names().Prefix(keys, i);
  if (!hit) return std::nullopt;
  const DocType* type = ByName(*hit->name);
  if (!type) return std::nullopt;
  return TypeNameHit{type, hit->end};
}

const DocType* TypeNamed(const WindowKeys& keys, size_t i, size_t j) {
  const std::string* name = Names().Find(keys, i, j);
  return name ? ByName(*name) : nullptr;
}

}  // namespace vanban
