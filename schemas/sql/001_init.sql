-- vanban store, schema version 1: one row per ingested document, every extracted value with
-- its span, warnings per document and the sources that failed.
--
-- Migrations are the files schemas/sql/NNN_*.sql, listed in order in pipeline/store/store.cc.
-- Each runs inside one transaction that also sets PRAGMA user_version to NNN (and, for this
-- first one, PRAGMA application_id to vanban's), so a file is never half-migrated. A
-- migration never edits an earlier file: it adds a new one.
--
-- Spans are byte offsets, half-open [begin, end): `begin`/`end` into documents.text (the
-- normalized text), `raw_begin`/`raw_end` into documents.raw_text (the decoded source).

-- One row per distinct source (identity: SHA-256 of its bytes).
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,  -- ingest order
  sha256 TEXT NOT NULL UNIQUE
    CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
  path TEXT NOT NULL,  -- as given when it was first ingested
  media_type TEXT NOT NULL,
  encoding TEXT NOT NULL,
  size_bytes INTEGER NOT NULL CHECK (size_bytes >= 0),
  -- Copies of record_json's document fields, for lookup and listing.
  type TEXT,
  number TEXT,
  number_key TEXT,  -- number folded for lookup: no spaces, lower case, đ -> d ("02/ct-ubnd")
  issuer TEXT,
  issued TEXT CHECK (issued IS NULL OR issued GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  subject TEXT,
  raw_text TEXT NOT NULL,
  text TEXT NOT NULL,
  record_json TEXT NOT NULL CHECK (json_valid(record_json)),  -- schemas/record.schema.json
  pipeline_version TEXT NOT NULL,
  ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
CREATE INDEX documents_number_key ON documents (number_key);
CREATE INDEX documents_type_issued ON documents (type, issued);

-- Pages of the source; `raw_*` is the page's range of raw_text.
CREATE TABLE pages (
  doc_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  number INTEGER NOT NULL CHECK (number >= 1),
  raw_begin INTEGER NOT NULL,
  raw_end INTEGER NOT NULL,
  method TEXT NOT NULL CHECK (method IN ('text', 'html', 'pdf-text', 'ocr')),
  ocr_confidence REAL CHECK (ocr_confidence IS NULL OR ocr_confidence BETWEEN 0 AND 100),
  PRIMARY KEY (doc_id, number),
  CHECK (0 <= raw_begin AND raw_begin <= raw_end)
) STRICT, WITHOUT ROWID;

-- Layout zones (pipeline/document.h ZoneKind), spans of text, in document order.
CREATE TABLE zones (
  doc_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('chrome', 'issuer', 'motto', 'number', 'place_date',
                                     'title', 'addressees', 'body', 'recipients', 'signature')),
  begin INTEGER NOT NULL,
  end INTEGER NOT NULL,
  PRIMARY KEY (doc_id, seq),
  CHECK (0 <= begin AND begin <= end)
) STRICT, WITHOUT ROWID;

-- Every extracted value with its span. `kind` is the value's path in the record:
-- 'document.number', 'document.signer.name', 'document.addressees' (one row per entry),
-- 'reference', 'deadline', 'obligation'; an obligation's 'agency' rows and its 'deadline'
-- row have it as parent. `value_json` is the value as the record holds it, without its span
-- (a JSON string for document fields; {type, number, ...} for a reference; {name, key, role}
-- for an agency; {text, value} for a deadline; {action} for an obligation). `key` is the
-- folded form used for lookup: the number key of a reference or document.number, an
-- agency's key, a deadline's value.
CREATE TABLE annotations (
  id INTEGER PRIMARY KEY,
  doc_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  parent_id INTEGER REFERENCES annotations (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,  -- order among the values of one kind (and parent)
  kind TEXT NOT NULL CHECK (kind GLOB 'document.*'
                            OR kind IN ('reference', 'deadline', 'obligation', 'agency')),
  key TEXT,
  begin INTEGER NOT NULL,
  end INTEGER NOT NULL,
  raw_begin INTEGER NOT NULL,
  raw_end INTEGER NOT NULL,
  value_json TEXT NOT NULL CHECK (json_valid(value_json)),
  CHECK (0 <= begin AND begin <= end),
  CHECK (0 <= raw_begin AND raw_begin <= raw_end)
) STRICT;
CREATE INDEX annotations_doc ON annotations (doc_id, kind, seq);
CREATE INDEX annotations_key ON annotations (kind, key) WHERE key IS NOT NULL;
CREATE INDEX annotations_parent ON annotations (parent_id) WHERE parent_id IS NOT NULL;

-- Warnings (and errors) the stages noted, with stable codes so they can be counted.
CREATE TABLE issues (
  doc_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  stage TEXT NOT NULL,
  code TEXT NOT NULL,
  message TEXT NOT NULL,
  error INTEGER NOT NULL CHECK (error IN (0, 1)),
  PRIMARY KEY (doc_id, seq)
) STRICT, WITHOUT ROWID;
CREATE INDEX issues_code ON issues (code);

-- Sources that could not be stored: the latest failure per path. Never refers to documents;
-- a later successful ingest of the same path deletes its row.
CREATE TABLE failures (
  path TEXT PRIMARY KEY,
  sha256 TEXT,  -- NULL when the file could not be read
  stage TEXT NOT NULL,
  code TEXT NOT NULL,
  message TEXT NOT NULL,
  at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;

-- Typed views over annotations, for queries. Full-text search (FTS5 over documents.subject,
-- documents.text and obligation actions) comes in a later migration as external-content
-- tables over documents and these views.

-- References, each with the stored document it cites when one has the same number key. A
-- number alone can be ambiguous ("02/CT-UBND" exists in many provinces): a document issued
-- on the reference's date is preferred, then the first ingested.
CREATE VIEW document_references AS
SELECT a.id AS annotation_id,
       a.doc_id,
       a.seq,
       a.value_json ->> '$.type' AS type,
       a.value_json ->> '$.number' AS number,
       a.key AS number_key,
       a.value_json ->> '$.date' AS date,
       a.value_json ->> '$.issuer' AS issuer,
       a.value_json ->> '$.title' AS title,
       a.value_json ->> '$.year' AS year,
       a.value_json ->> '$.relation' AS relation,
       coalesce((SELECT min(d.id) FROM documents AS d
                  WHERE d.number_key = a.key AND d.id <> a.doc_id
                    AND d.issued = a.value_json ->> '$.date'),
                (SELECT min(d.id) FROM documents AS d
                  WHERE d.number_key = a.key AND d.id <> a.doc_id)) AS cited_doc_id
  FROM annotations AS a
 WHERE a.kind = 'reference';

-- Obligations with the action and their deadline, if any.
CREATE VIEW obligations AS
SELECT o.id AS obligation_id,
       o.doc_id,
       o.seq,
       o.value_json ->> '$.action' AS action,
       dl.value_json ->> '$.text' AS deadline_text,
       dl.key AS deadline_value,
       o.begin,
       o.end
  FROM annotations AS o
  LEFT JOIN annotations AS dl ON dl.parent_id = o.id AND dl.kind = 'deadline'
 WHERE o.kind = 'obligation';

-- Who must act, per obligation: (name, key, role).
CREATE VIEW obligation_agencies AS
SELECT g.parent_id AS obligation_id,
       g.doc_id,
       g.seq,
       g.value_json ->> '$.name' AS name,
       g.key,
       g.value_json ->> '$.role' AS role
  FROM annotations AS g
 WHERE g.kind = 'agency';
