-- Connecting the news (bantin.connect): each stage's output is a table, updated incrementally
-- for the articles added or revised since the last run.

-- Which article revision each stage has seen: the stages' to-do list is what is missing here.
CREATE TABLE connect_articles (
    article_id   INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    content_hash TEXT NOT NULL,          -- the revision processed (articles.content_hash)
    moment       TEXT NOT NULL,          -- published_utc, or first_seen for undated articles
    day          TEXT NOT NULL,          -- local date of moment
    text_key     TEXT NOT NULL,          -- sha1 of the folded text: equal keys are exact duplicates
    signature    BLOB                    -- MinHash values, uint32 little-endian; NULL: too short to compare
);
CREATE INDEX connect_articles_moment ON connect_articles(moment);
CREATE INDEX connect_articles_day ON connect_articles(day);
CREATE INDEX connect_articles_text_key ON connect_articles(text_key);

-- LSH bands: articles sharing a (band, hash) are near-duplicate candidates, found by SQL.
CREATE TABLE minhash_bands (
    band       INTEGER NOT NULL,
    hash       INTEGER NOT NULL,
    article_id INTEGER NOT NULL
);
CREATE INDEX minhash_bands_key ON minhash_bands(band, hash);
CREATE INDEX minhash_bands_article ON minhash_bands(article_id);

-- Duplicate groups: every article with at least one exact or near copy. group_id is the
-- smallest article id of the group; the origin is its earliest published member.
CREATE TABLE duplicates (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    group_id   INTEGER NOT NULL,
    similarity REAL NOT NULL,            -- best estimated Jaccard with another member
    exact      INTEGER NOT NULL          -- 1: the same folded text as another member
);
CREATE INDEX duplicates_group ON duplicates(group_id);

-- Stories: articles about one event, grouped online within a sliding window.
CREATE TABLE stories (
    id         INTEGER PRIMARY KEY,
    label      TEXT NOT NULL DEFAULT '',
    first_seen TEXT NOT NULL,            -- moment (UTC) of its first article
    last_seen  TEXT NOT NULL,
    origin_id  INTEGER,                  -- its first article
    size       INTEGER NOT NULL,
    profile    TEXT NOT NULL             -- JSON: term weights, entities, places (what new articles are compared to)
);
CREATE INDEX stories_last_seen ON stories(last_seen);
CREATE INDEX stories_first_seen ON stories(first_seen);

CREATE TABLE story_articles (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    story_id   INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    similarity REAL NOT NULL             -- its score against the story when it joined (1 for the first)
);
CREATE INDEX story_articles_story ON story_articles(story_id);

-- Articles per day and per keyphrase, entity, province and topic: the bursts' input.
CREATE TABLE daily_counts (
    kind  TEXT NOT NULL,                 -- keyphrase | entity | province | topic | all
    key   TEXT NOT NULL,
    day   TEXT NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (kind, key, day)
) WITHOUT ROWID;
CREATE INDEX daily_counts_day ON daily_counts(day, kind);

-- Emerging issues: a burst of one key on one day against its trailing baseline.
CREATE TABLE alerts (
    id          INTEGER PRIMARY KEY,
    day         TEXT NOT NULL,
    kind        TEXT NOT NULL,
    key         TEXT NOT NULL,
    name        TEXT NOT NULL,
    count       INTEGER NOT NULL,
    baseline    REAL NOT NULL,           -- articles per day expected from the trailing window
    score       REAL NOT NULL,
    explanation TEXT NOT NULL,
    UNIQUE (day, kind, key)
);
CREATE INDEX alerts_day ON alerts(day);

CREATE TABLE alert_articles (
    alert_id   INTEGER NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (alert_id, article_id)
);

-- Days whose counts changed since alerts were last computed (alerts stage's to-do list).
CREATE TABLE connect_dirty_days (
    day TEXT PRIMARY KEY
) WITHOUT ROWID;
