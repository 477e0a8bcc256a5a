-- eventwire store, schema version 1, PostgreSQL. Later versions are applied by migrations.py.
-- Keep the columns in step with schema_sqlite.sql and rows.py (tests compare them).

CREATE TABLE schema_version (
    version INTEGER PRIMARY KEY,
    applied_at TEXT NOT NULL,
    eventwire_version TEXT NOT NULL
);

CREATE TABLE articles (
    id TEXT COLLATE "C" PRIMARY KEY,
    hash TEXT NOT NULL,
    title TEXT,
    date TEXT COLLATE "C",
    url TEXT,
    source TEXT,
    text TEXT NOT NULL,
    paragraphs TEXT NOT NULL,
    schema_version INTEGER NOT NULL,
    coder_version TEXT NOT NULL,
    lexicon_version TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_date ON articles (date);
-- Full-text search; queries.py repeats this exact expression so the index is used.
CREATE INDEX articles_search ON articles
    USING gin (to_tsvector('english', coalesce(title, '') || ' ' || text));

CREATE TABLE actors (
    article_id TEXT COLLATE "C" NOT NULL,
    idx INTEGER NOT NULL,
    code TEXT COLLATE "C" NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    schema_version INTEGER NOT NULL,
    coder_version TEXT NOT NULL,
    lexicon_version TEXT NOT NULL,
    PRIMARY KEY (article_id, idx)
);
CREATE INDEX actors_code ON actors (code);

CREATE TABLE mentions (
    article_id TEXT COLLATE "C" NOT NULL,
    actor_idx INTEGER NOT NULL,
    idx INTEGER NOT NULL,
    text TEXT NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    schema_version INTEGER NOT NULL,
    coder_version TEXT NOT NULL,
    lexicon_version TEXT NOT NULL,
    PRIMARY KEY (article_id, actor_idx, idx)
);

CREATE TABLE events (
    article_id TEXT COLLATE "C" NOT NULL,
    idx INTEGER NOT NULL,
    event_id TEXT COLLATE "C" NOT NULL UNIQUE,
    date TEXT COLLATE "C",
    cameo TEXT NOT NULL,
    root TEXT COLLATE "C" NOT NULL,
    name TEXT NOT NULL,
    quad_class INTEGER NOT NULL,
    goldstein DOUBLE PRECISION NOT NULL,
    plover TEXT NOT NULL,
    plover_mode TEXT NOT NULL,
    source_code TEXT COLLATE "C",
    source_name TEXT,
    source_text TEXT,
    source_start_char INTEGER,
    source_end_char INTEGER,
    source_kind TEXT,
    source_rule TEXT,
    target_code TEXT COLLATE "C",
    target_name TEXT,
    target_text TEXT,
    target_start_char INTEGER,
    target_end_char INTEGER,
    target_kind TEXT,
    target_rule TEXT,
    trigger_text TEXT NOT NULL,
    trigger_start_char INTEGER NOT NULL,
    trigger_end_char INTEGER NOT NULL,
    sentence INTEGER NOT NULL,
    lead BOOLEAN NOT NULL,
    negated BOOLEAN NOT NULL,
    hypothetical BOOLEAN NOT NULL,
    confidence DOUBLE PRECISION NOT NULL,
    caption BOOLEAN NOT NULL,
    rule TEXT NOT NULL,
    reported_by TEXT,
    schema_version INTEGER NOT NULL,
    coder_version TEXT NOT NULL,
    lexicon_version TEXT NOT NULL,
    PRIMARY KEY (article_id, idx)
);
CREATE INDEX events_date ON events (date);
CREATE INDEX events_dyad ON events (source_code, target_code, date);
CREATE INDEX events_target ON events (target_code, date);
CREATE INDEX events_root ON events (root, date);
CREATE INDEX events_quad ON events (quad_class, date);

CREATE TABLE quotes (
    article_id TEXT COLLATE "C" NOT NULL,
    idx INTEGER NOT NULL,
    quote_id TEXT COLLATE "C" NOT NULL,
    speaker_code TEXT COLLATE "C",
    speaker_name TEXT,
    speaker_text TEXT,
    speaker_start_char INTEGER,
    speaker_end_char INTEGER,
    speaker_kind TEXT,
    speaker_rule TEXT,
    cue_text TEXT,
    cue_start_char INTEGER,
    cue_end_char INTEGER,
    content_text TEXT NOT NULL,
    content_start_char INTEGER NOT NULL,
    content_end_char INTEGER NOT NULL,
    parts TEXT NOT NULL,
    direct BOOLEAN NOT NULL,
    sentence INTEGER NOT NULL,
    rule TEXT NOT NULL,
    schema_version INTEGER NOT NULL,
    coder_version TEXT NOT NULL,
    lexicon_version TEXT NOT NULL,
    PRIMARY KEY (article_id, idx)
);
CREATE INDEX quotes_speaker ON quotes (speaker_code);

CREATE TABLE quote_events (
    article_id TEXT COLLATE "C" NOT NULL,
    quote_id TEXT COLLATE "C" NOT NULL,
    event_idx INTEGER NOT NULL,
    schema_version INTEGER NOT NULL,
    coder_version TEXT NOT NULL,
    lexicon_version TEXT NOT NULL,
    PRIMARY KEY (article_id, quote_id, event_idx)
);
