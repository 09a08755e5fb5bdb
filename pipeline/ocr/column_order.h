// Layout-aware reading order for the two-column bands of an administrative document page.
// Nghị định 30/2020/NĐ-CP puts the issuer and "Số: ..." in a left column beside the quốc
// hiệu, tiêu ngữ and place-date line, and the "Nơi nhận:" list in a left column beside the
// signature block. Tesseract's page segmentation often reads such a band in pieces, in an
// order that mixes the columns' lines ("- CT, PCT UBND tỉnh; PHÓ CHỦ TỊCH"), or puts stamps
// between the issuer and the quốc hiệu. Here the band at the top of a page (the header, on the
// first page only) and the band at its bottom (the closing) are found by word position: a
// run of lines, from the page edge inwards, through which a vertical strip of white runs
// near the middle. Each band is read column by column, as transcriptions and flattened
// sources give it: the left column top to bottom ("ỦY BAN NHÂN DÂN / TỈNH X / Số: 12/BC-UBND
// / V/v ...", or "Nơi nhận:" and its items), then the right one ("CỘNG HÒA ... / Độc lập ...
// / Hà Nội, ngày ...", or the signature block). Stamps above the header stay before it; a
// seal's and a signature's words in the closing band come after it. Text between the bands
// keeps Tesseract's order.
#pragma once

#include "pipeline/ocr/ocr_engine.h"

namespace vanban {

// `page` with its header band (when `first_page`) and its closing band read column by
// column: the text is rebuilt and every word's span points into the new text, words in text
// order. A page with no such band is returned as it is. Words with a confidence below
// kColumnNoiseConfidence (seals, signatures, stamps) do not block the white strip; in the
// header they go to the column their centre falls in, in the closing band after it.
OcrPage OrderColumnBands(OcrPage page, bool first_page);

inline constexpr float kColumnNoiseConfidence = 40;

}  // namespace vanban
