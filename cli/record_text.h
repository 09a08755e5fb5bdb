// Readable renderings of JSON records for the terminal (show, list).
#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace vanban {

// Several lines: type, number, issuer, date, subject, signer, counts, source.
std::string FormatRecord(const nlohmann::json& record);

// One line: "2024-03-06  chi_thi    02/CT-UBND      Ủy ban nhân dân tỉnh Hưng Yên  Về việc …"
std::string FormatRecordLine(const nlohmann::json& record);

// Pads or cuts a UTF-8 string to `width` code points.
std::string FitWidth(const std::string& s, size_t width);

}  // namespace vanban
