-- Articles keyed by canonical URL, every revision kept, drops by locator, full-text index.
CREATE TABLE articles (
    id            INTEGER PRIMARY KEY,
    url           TEXT NOT NULL UNIQUE,
    source        TEXT NOT NULL,
    title         TEXT NOT NULL,
    lead          TEXT NOT NULL DEFAULT '',
    text          TEXT NOT NULL,
    published     TEXT,            -- ISO 8601 with its offset, as the page gave it
    published_utc TEXT,            -- ISO 8601 UTC, for ordering and ranges
    day           TEXT,            -- local (Asia/Ho_Chi_Minh) date of publication
    authors       TEXT NOT NULL DEFAULT '[]',
    section       TEXT,
    language      TEXT,
    extractor     TEXT NOT NULL DEFAULT '',
    content_hash  TEXT NOT NULL,
    revision      INTEGER NOT NULL DEFAULT 1,
    locator       TEXT,
    fetched_at    TEXT,
    first_seen    TEXT NOT NULL,
    last_seen     TEXT NOT NULL,
    extra         TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX articles_source ON articles(source);
CREATE INDEX articles_published ON articles(published_utc);
CREATE INDEX articles_day ON articles(day);

CREATE TABLE revisions (
    article_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    revision      INTEGER NOT NULL,
    content_hash  TEXT NOT NULL,
    title         TEXT NOT NULL,
    lead          TEXT NOT NULL,
    text          TEXT NOT NULL,
    published     TEXT,
    extractor     TEXT NOT NULL,
    locator       TEXT,
    seen_at       TEXT NOT NULL,
    PRIMARY KEY (article_id, revision)
);
CREATE INDEX revisions_hash ON revisions(article_id, content_hash);

CREATE TABLE drops (
    locator TEXT PRIMARY KEY,
    url     TEXT,
    reason  TEXT NOT NULL,
    detail  TEXT NOT NULL DEFAULT '',
    step    TEXT NOT NULL DEFAULT '',
    at      TEXT NOT NULL
);
CREATE INDEX drops_reason ON drops(reason);

-- title/body hold the text with canonical tone marks (diacritics kept, case folded by the
-- tokenizer); title_fold/body_fold hold it folded by bantin (no marks, đ -> d), since
-- unicode61's remove_diacritics never folds đ.
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, body, title_fold, body_fold,
    tokenize = "unicode61 remove_diacritics 0"
);
