-- vanban store, schema version 2: full-text search, and the keys that search filters compare.
--
-- Needs the tokenizer and functions that pipeline/store/search_index.h registers on every
-- connection vanban opens ('vanban' tokenizer, vanban_fold_ascii, vanban_agency_fold,
-- vanban_due_first, vanban_due_last). Store::Put fills the same columns and tables for each
-- new document with the same functions; this migration fills them for documents stored
-- before it.

-- Issuer key without diacritics (vanban_agency_fold): "UBND tỉnh Hưng Yên" and "Ủy ban nhân
-- dân tỉnh Hưng Yên" both give "uy ban nhan dan tinh hung yen".
ALTER TABLE documents ADD COLUMN issuer_key TEXT;
UPDATE documents SET issuer_key = vanban_agency_fold(issuer) WHERE issuer IS NOT NULL;
-- Covers the document filters of search (type, issue date, issuer), so they never read the
-- rows: a column added by ALTER TABLE lies after the texts.
CREATE INDEX documents_search ON documents (type, issued, issuer_key);

-- An agency row's key without diacritics (vanban_fold_ascii of its key).
ALTER TABLE annotations ADD COLUMN fold_key TEXT;
-- A deadline row's value as the days it stands for, inclusive "YYYY-MM-DD" (vanban_due_first
-- and vanban_due_last: "2024-Q3" is 2024-07-01 .. 2024-09-30); NULL for a span after an
-- event ("+P15D") or a recurrence ("R/P1M").
ALTER TABLE annotations ADD COLUMN due_first TEXT;
ALTER TABLE annotations ADD COLUMN due_last TEXT;
UPDATE annotations SET fold_key = vanban_fold_ascii(key) WHERE kind = 'agency';
UPDATE annotations SET due_first = vanban_due_first(key), due_last = vanban_due_last(key)
 WHERE kind = 'deadline';
-- Covering indexes for the agency and deadline filters of search.
CREATE INDEX annotations_agency_fold_key
    ON annotations (fold_key, value_json ->> '$.role', parent_id) WHERE kind = 'agency';
CREATE INDEX annotations_due ON annotations (due_last, due_first, parent_id)
 WHERE kind = 'deadline';

-- Obligations with their deadline's days.
DROP VIEW obligations;
CREATE VIEW obligations AS
SELECT o.id AS obligation_id,
       o.doc_id,
       o.seq,
       o.value_json ->> '$.action' AS action,
       dl.value_json ->> '$.text' AS deadline_text,
       dl.key AS deadline_value,
       dl.due_first,
       dl.due_last,
       o.begin,
       o.end
  FROM annotations AS o
  LEFT JOIN annotations AS dl ON dl.parent_id = o.id AND dl.kind = 'deadline'
 WHERE o.kind = 'obligation';

-- References resolved to a stored document with the same number key whose issue year does
-- not contradict the reference's date or year. Among several (one number, several issuers),
-- the one issued on the reference's date, then the one whose issuer key equals the
-- reference's issuer, then the first ingested.
DROP VIEW document_references;
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
       (SELECT c.id
          FROM (SELECT d.id,
                       d.issued IS (a.value_json ->> '$.date') AS same_day,
                       d.issuer_key IS vanban_agency_fold(a.value_json ->> '$.issuer') AS same_issuer
                  FROM documents AS d
                 WHERE d.number_key = a.key AND d.id <> a.doc_id
                   AND (d.issued IS NULL
                        OR coalesce(substr(a.value_json ->> '$.date', 1, 4),
                                    CAST(a.value_json ->> '$.year' AS TEXT),
                                    substr(d.issued, 1, 4)) = substr(d.issued, 1, 4))) AS c
         ORDER BY c.same_day DESC, c.same_issuer DESC, c.id
         LIMIT 1) AS cited_doc_id
  FROM annotations AS a
 WHERE a.kind = 'reference';

-- Documents: subject and full text, over the documents table (external content; rowid is
-- documents.id).
CREATE VIRTUAL TABLE documents_fts USING fts5(
  subject, text, content = 'documents', content_rowid = 'id', tokenize = 'vanban');
INSERT INTO documents_fts (documents_fts) VALUES ('rebuild');

-- Obligations: the action, and who must act (each agency's name, and its key when the key
-- reads differently, so "UBND tỉnh" is found as "Ủy ban nhân dân tỉnh"). rowid is the
-- obligation's annotations.id.
CREATE VIRTUAL TABLE obligations_fts USING fts5(action, agencies, tokenize = 'vanban');
INSERT INTO obligations_fts (rowid, action, agencies)
SELECT o.id,
       o.value_json ->> '$.action',
       (SELECT group_concat(CASE WHEN vanban_fold_ascii(g.value_json ->> '$.name') = g.fold_key
                                 THEN g.value_json ->> '$.name'
                                 ELSE (g.value_json ->> '$.name') || ' (' || g.key || ')' END,
                            '; ')
          FROM annotations AS g
         WHERE g.parent_id = o.id AND g.kind = 'agency')
  FROM annotations AS o
 WHERE o.kind = 'obligation';
