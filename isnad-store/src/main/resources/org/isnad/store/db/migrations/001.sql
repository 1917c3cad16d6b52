-- the corpus knowledge graph: documents, entities resolved across documents, facts with their evidence
-- Offsets (start, end) are Unicode code points into documents.text, as in the extraction JSON,
-- so substr(text, start + 1, end - start) in SQLite returns the span.

CREATE TABLE documents (
  doc           INTEGER PRIMARY KEY,          -- the store's key, in ingest order
  id            TEXT NOT NULL,                -- the document's own id (file stem, message id)
  content_hash  TEXT NOT NULL UNIQUE,         -- SHA-256 (hex) of text: one content is stored once
  title         TEXT,
  published     TEXT,                         -- ISO 8601 prefix (2019, 2019-10, 2019-10-27) or NULL
  source        TEXT,                         -- outlet, channel or path it came from
  url           TEXT,
  input         TEXT,                         -- the input it was read from
  language      TEXT,
  text          TEXT NOT NULL,
  ingested_at   TEXT NOT NULL                 -- UTC, ISO 8601
);
CREATE INDEX documents_id ON documents(id);
CREATE INDEX documents_source ON documents(doc, source);    -- covering: outlets of an entity's documents without reading texts

CREATE TABLE sources (
  source        INTEGER PRIMARY KEY,
  name          TEXT NOT NULL UNIQUE,         -- documents.source
  documents     INTEGER NOT NULL DEFAULT 0,
  first_seen    TEXT,
  last_seen     TEXT
);

CREATE TABLE entities (
  entity        INTEGER PRIMARY KEY,
  type          TEXT NOT NULL,                -- PERSON | ORGANIZATION | LOCATION
  kind          TEXT,                         -- armed_group, media, city…
  name          TEXT NOT NULL,                -- canonical name
  latin         TEXT,
  name_by       TEXT NOT NULL DEFAULT 'rule', -- 'analyst' after a rename: kept through new documents and re-resolution
  mentions      INTEGER NOT NULL DEFAULT 0,
  documents     INTEGER NOT NULL DEFAULT 0,
  first_seen    TEXT,                         -- earliest publication date of a document naming it
  last_seen     TEXT,
  merged_into   INTEGER,                      -- set when merged into another entity (old ids keep answering)
  version       INTEGER NOT NULL DEFAULT 0    -- change counter, for the search index (scanned, not indexed: cheaper writes)
);
CREATE INDEX entities_merged_into ON entities(merged_into);

-- every name an entity has collected
CREATE TABLE aliases (
  entity        INTEGER NOT NULL,
  normalized    TEXT NOT NULL,                -- folded matching form (kunya word in the nominative)
  alias         TEXT NOT NULL,                -- as first written
  name_kind     TEXT NOT NULL,                -- generic | one_word | bare_kunya | kunya_nisba | full
  latin         TEXT,
  mentions      INTEGER NOT NULL DEFAULT 0,   -- document entities that gave this name
  first_doc     INTEGER,
  reason        TEXT,                         -- how it joined the entity
  score         REAL,
  PRIMARY KEY (entity, normalized)
) WITHOUT ROWID;
CREATE INDEX aliases_normalized ON aliases(normalized);

-- blocking keys of the resolver (see docs/store.md)
CREATE TABLE entity_keys (
  key           TEXT NOT NULL,
  entity        INTEGER NOT NULL,
  PRIMARY KEY (key, entity)
) WITHOUT ROWID;
CREATE INDEX entity_keys_entity ON entity_keys(entity);

-- the entities of each document as extracted, and the global entity each one joined
CREATE TABLE local_entities (
  doc           INTEGER NOT NULL,
  local         TEXT NOT NULL,                -- e1, e2… of the extraction
  entity        INTEGER NOT NULL,
  type          TEXT NOT NULL,
  kind          TEXT,
  name          TEXT NOT NULL,
  latin         TEXT,
  aliases       TEXT NOT NULL,                -- JSON array of the other names the document gives
  mentions      INTEGER NOT NULL,
  reason        TEXT,                         -- why it joined its entity
  score         REAL,
  PRIMARY KEY (doc, local)
) WITHOUT ROWID;
CREATE INDEX local_entities_entity ON local_entities(entity, doc);

CREATE TABLE mentions (
  doc           INTEGER NOT NULL,
  local         TEXT NOT NULL,
  start         INTEGER NOT NULL,
  end           INTEGER NOT NULL,
  text          TEXT NOT NULL,
  entity        INTEGER NOT NULL,
  PRIMARY KEY (doc, local, start, end)
) WITHOUT ROWID;
CREATE INDEX mentions_entity ON mentions(entity);

-- one row per distinct fact: a relation (type, subject, object) or an event (type, participants[, date])
CREATE TABLE facts (
  fact          INTEGER PRIMARY KEY,
  key           TEXT NOT NULL UNIQUE,
  kind          TEXT NOT NULL,                -- relation | event
  type          TEXT NOT NULL,
  subject       INTEGER,                      -- relations
  object        INTEGER,                      -- relations
  time_from     TEXT,                         -- relations: earliest start any evidence gives
  time_until    TEXT,                         -- relations: latest end any evidence gives
  time          TEXT,                         -- events: the date most evidence gives
  times         TEXT,                         -- every distinct date the evidence gives with how many statements give it: 2019-06-27×1|2019-06-28×2
  roles         TEXT,                         -- relations: every distinct role word (أمير، مدير…), '|'-separated
  conflict      INTEGER NOT NULL DEFAULT 0,   -- 1 when the evidence gives dates that cannot all be true
  evidence      INTEGER NOT NULL DEFAULT 0,
  documents     INTEGER NOT NULL DEFAULT 0,
  first_seen    TEXT,                         -- earliest publication date of a document stating it
  last_seen     TEXT
);
CREATE INDEX facts_subject ON facts(subject);
CREATE INDEX facts_object ON facts(object, type, time_from);

CREATE TABLE fact_arguments (
  fact          INTEGER NOT NULL,
  role          TEXT NOT NULL,                -- subject/object for relations, event roles (victim, agent…)
  entity        INTEGER NOT NULL,
  kind          TEXT NOT NULL,                -- the fact's kind and evidence count, copied here so that an
  evidence      INTEGER NOT NULL DEFAULT 0,   -- entity's most stated facts are one index range away
  PRIMARY KEY (fact, role, entity)
) WITHOUT ROWID;
CREATE INDEX fact_arguments_entity ON fact_arguments(entity, kind, evidence DESC, fact);

-- every statement of a fact in a document
CREATE TABLE evidence (
  evidence      INTEGER PRIMARY KEY,
  fact          INTEGER NOT NULL,
  doc           INTEGER NOT NULL,
  kind          TEXT NOT NULL,
  type          TEXT NOT NULL,
  role          TEXT,                         -- relations: the role word (أمير، مدير…)
  start         INTEGER NOT NULL,             -- the sentence
  end           INTEGER NOT NULL,
  sentence      TEXT NOT NULL,
  trigger_start INTEGER,                      -- events: the word that states it
  trigger_end   INTEGER,
  claimant_local TEXT,
  claimant      INTEGER,                      -- entity that claims it; NULL when the document speaks in its own voice
  time_from     TEXT,                         -- relations
  time_until    TEXT,
  time          TEXT,                         -- events: ISO 8601 prefix
  time_text     TEXT,
  location_local TEXT,
  location      INTEGER,
  confidence    REAL,
  seen          TEXT                          -- publication date of the document (ingest date when unknown)
);
CREATE INDEX evidence_fact ON evidence(fact);
CREATE INDEX evidence_doc ON evidence(doc);
CREATE INDEX evidence_claimant ON evidence(claimant);
CREATE INDEX evidence_location ON evidence(location) WHERE location IS NOT NULL;

CREATE TABLE evidence_arguments (
  evidence      INTEGER NOT NULL,
  role          TEXT NOT NULL,
  local         TEXT NOT NULL,
  entity        INTEGER NOT NULL,
  PRIMARY KEY (evidence, role, local)
) WITHOUT ROWID;
CREATE INDEX evidence_arguments_entity ON evidence_arguments(entity);

-- every merge, split and rename, by a rule or an analyst; analysts' rows are re-applied after re-resolution
CREATE TABLE merges (
  merge         INTEGER PRIMARY KEY,
  at            TEXT NOT NULL,
  action        TEXT NOT NULL,                -- merge | split | rename
  who           TEXT NOT NULL,                -- rule | analyst
  entity        INTEGER,                      -- the entity kept (merge), split (split), renamed (rename)
  other         INTEGER,                      -- the entity merged away (merge) or split off (split)
  name          TEXT,                         -- the alias split off, or the new name
  reason        TEXT,
  score         REAL,
  doc           INTEGER,                      -- the document that led a rule to merge
  anchor        TEXT                          -- JSON: the names that find the entities again after re-resolution
);
CREATE INDEX merges_entity ON merges(entity);
CREATE INDEX merges_other ON merges(other);

-- analysts' "not the same" decisions as name pairs, from splits
CREATE TABLE cannot_link (
  name_a        TEXT NOT NULL,
  name_b        TEXT NOT NULL,
  merge         INTEGER NOT NULL,
  PRIMARY KEY (name_a, name_b)
) WITHOUT ROWID;

CREATE TABLE ingest_runs (
  run           INTEGER PRIMARY KEY,
  started_at    TEXT NOT NULL,
  finished_at   TEXT,
  inputs        TEXT,
  added         INTEGER NOT NULL DEFAULT 0,
  unchanged     INTEGER NOT NULL DEFAULT 0,
  failed        INTEGER NOT NULL DEFAULT 0
);

-- per-input failures and warnings; a failure never stops a batch
CREATE TABLE ingest_report (
  report        INTEGER PRIMARY KEY,
  run           INTEGER,
  at            TEXT NOT NULL,
  input         TEXT NOT NULL,
  status        TEXT NOT NULL,                -- failed | warning
  message       TEXT NOT NULL
);

CREATE TABLE meta (
  key           TEXT PRIMARY KEY,
  value         TEXT
);
