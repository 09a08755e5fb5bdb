// Data files compiled into the binary: everything under extractors/data/, pipeline/ocr/data/
// and schemas/ (see cmake/embed_data.cmake). Gazetteers, frequency tables and schemas are
// data, not code.
#pragma once

#include <string_view>

namespace vanban {

// The bytes of the embedded file with this base name ("abbreviations.tsv",
// "001_init.sql"), or an empty view when no such file was embedded.
std::string_view EmbeddedData(std::string_view name);

}  // namespace vanban
