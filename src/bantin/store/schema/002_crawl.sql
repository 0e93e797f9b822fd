-- Collecting from the web: the sources followed, their state, conditional-GET validators of
-- feeds and sitemaps, and the frontier of article URLs waiting to be fetched.
CREATE TABLE sources (
    id             INTEGER PRIMARY KEY,
    url            TEXT NOT NULL UNIQUE,   -- canonical
    kind           TEXT NOT NULL CHECK (kind IN ('feed', 'sitemap', 'site')),
    name           TEXT NOT NULL DEFAULT '',
    tags           TEXT NOT NULL DEFAULT '[]',
    feeds          TEXT NOT NULL DEFAULT '[]',   -- feed URLs, given or discovered
    sitemaps       TEXT NOT NULL DEFAULT '[]',   -- sitemap URLs, given or discovered
    confirmed      INTEGER,                      -- from a sources file: 1 checked live, 0 not checked
    added_at       TEXT NOT NULL,
    discovered_at  TEXT,                         -- when feeds/sitemaps were last discovered (kind 'site')
    last_attempt   TEXT,
    last_success   TEXT,
    last_error     TEXT,
    articles_found INTEGER NOT NULL DEFAULT 0,   -- new article URLs found, over all passes
    next_due       TEXT                          -- UTC; NULL means due now
);

CREATE TABLE endpoints (
    url           TEXT PRIMARY KEY,   -- a feed or sitemap URL
    etag          TEXT,
    last_modified TEXT,
    status        INTEGER,
    fetched_at    TEXT
);

CREATE TABLE frontier (
    url           TEXT PRIMARY KEY,   -- canonical
    source_id     INTEGER REFERENCES sources(id) ON DELETE SET NULL,
    title         TEXT,               -- as the feed or sitemap gave it
    published     TEXT,               -- as the feed or sitemap gave it: a fallback date only
    state         TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'failed')),
    attempts      INTEGER NOT NULL DEFAULT 0,
    last_error    TEXT,
    discovered_at TEXT NOT NULL,
    done_at       TEXT
);
CREATE INDEX frontier_state ON frontier(state, discovered_at);
CREATE INDEX frontier_source ON frontier(source_id, state);
