-- vanban store, schema version 2: pages read from a PDF text layer in a legacy TCVN3/VNI
-- font and converted ('pdf-text-legacy'), and the resolution of the image OCR read (`dpi`,
-- NULL for pages not read by OCR). SQLite cannot change a CHECK constraint in place, so the
-- table is rebuilt with its rows.
CREATE TABLE pages_v2 (
  doc_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  number INTEGER NOT NULL CHECK (number >= 1),
  raw_begin INTEGER NOT NULL,
  raw_end INTEGER NOT NULL,
  method TEXT NOT NULL CHECK (method IN ('text', 'html', 'pdf-text', 'pdf-text-legacy', 'ocr')),
  ocr_confidence REAL CHECK (ocr_confidence IS NULL OR ocr_confidence BETWEEN 0 AND 100),
  dpi INTEGER CHECK (dpi IS NULL OR dpi > 0),
  PRIMARY KEY (doc_id, number),
  CHECK (0 <= raw_begin AND raw_begin <= raw_end)
) STRICT, WITHOUT ROWID;
INSERT INTO pages_v2 (doc_id, number, raw_begin, raw_end, method, ocr_confidence)
  SELECT doc_id, number, raw_begin, raw_end, method, ocr_confidence FROM pages;
DROP TABLE pages;
ALTER TABLE pages_v2 RENAME TO pages;
