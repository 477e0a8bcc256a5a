-- eventwire store, schema version 1, SQLite. Later versions are applied by migrations.py.
-- Keep the columns in step with schema_postgres.sql and rows.py (tests compare them).

CREATE TABLE schema_version (
    version INTEGER PRIMARY KEY,
    applied_at TEXT NOT NULL,
    eventwire_version TEXT NOT NULL
);

-- pk is the rowid alias: the FTS index points at it, and VACUUM keeps it stable.
CREATE TABLE articles (
    pk INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    hash TEXT NOT NULL,
    title TEXT,
    date TEXT,
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

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content="articles", content_rowid="pk", tokenize="porter unicode61"
);
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.pk, new.title, new.text);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text)
    VALUES ('delete', old.pk, old.title, old.text);
END;
CREATE TRIGGER articles_au AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text)
    VALUES ('delete', old.pk, old.title, old.text);
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.pk, new.title, new.text);
END;

CREATE TABLE actors (
    article_id TEXT NOT NULL,
    idx INTEGER NOT NULL,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    schema_version INTEGER NOT NULL,
    coder_version TEXT NOT NULL,
    lexicon_version TEXT NOT NULL,
    PRIMARY KEY (article_id, idx)
);
CREATE INDEX actors_code ON actors (code);

CREATE TABLE mentions (
    article_id TEXT NOT NULL,
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
    article_id TEXT NOT NULL,
    idx INTEGER NOT NULL,
    event_id TEXT NOT NULL UNIQUE,
    date TEXT,
    cameo TEXT NOT NULL,
    root TEXT NOT NULL,
    name TEXT NOT NULL,
    quad_class INTEGER NOT NULL,
    goldstein REAL NOT NULL,
    plover TEXT NOT NULL,
    plover_mode TEXT NOT NULL,
    source_code TEXT,
    source_name TEXT,
    source_text TEXT,
    source_start_char INTEGER,
    source_end_char INTEGER,
    source_kind TEXT,
    source_rule TEXT,
    target_code TEXT,
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
    lead INTEGER NOT NULL,
    negated INTEGER NOT NULL,
    hypothetical INTEGER NOT NULL,
    confidence REAL NOT NULL,
    caption INTEGER NOT NULL,
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
    article_id TEXT NOT NULL,
    idx INTEGER NOT NULL,
    quote_id TEXT NOT NULL,
    speaker_code TEXT,
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
    direct INTEGER NOT NULL,
    sentence INTEGER NOT NULL,
    rule TEXT NOT NULL,
    schema_version INTEGER NOT NULL,
    coder_version TEXT NOT NULL,
    lexicon_version TEXT NOT NULL,
    PRIMARY KEY (article_id, idx)
);
CREATE INDEX quotes_speaker ON quotes (speaker_code);

CREATE TABLE quote_events (
    article_id TEXT NOT NULL,
    quote_id TEXT NOT NULL,
    event_idx INTEGER NOT NULL,
    schema_version INTEGER NOT NULL,
    coder_version TEXT NOT NULL,
    lexicon_version TEXT NOT NULL,
    PRIMARY KEY (article_id, quote_id, event_idx)
);
