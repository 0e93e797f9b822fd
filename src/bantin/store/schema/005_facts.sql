-- A narrow copy of the columns that searches filter on and that counts, facets and timelines
-- group by. An articles row holds the whole text, so reading any column stored after it (day,
-- published_utc, topic) walks the row's overflow pages: counting the days of 14,000 matches
-- took 45 ms through articles and a few through this table (bench/serve.py, 30,000 articles).
-- Triggers keep it in step with articles, whatever writes them.
CREATE TABLE article_facts (
    id            INTEGER PRIMARY KEY,   -- articles.id
    source        TEXT NOT NULL,
    topic         TEXT,
    day           TEXT,                  -- local date of publication (articles.day)
    published_utc TEXT,
    first_seen    TEXT NOT NULL
);
CREATE INDEX article_facts_day ON article_facts(day, source);
CREATE INDEX article_facts_source ON article_facts(source, day);
CREATE INDEX article_facts_published ON article_facts(published_utc);

INSERT INTO article_facts (id, source, topic, day, published_utc, first_seen)
    SELECT id, source, topic, day, published_utc, first_seen FROM articles;

CREATE TRIGGER article_facts_insert AFTER INSERT ON articles BEGIN
    INSERT OR REPLACE INTO article_facts (id, source, topic, day, published_utc, first_seen)
        VALUES (new.id, new.source, new.topic, new.day, new.published_utc, new.first_seen);
END;

CREATE TRIGGER article_facts_update AFTER UPDATE OF id, source, topic, day, published_utc, first_seen ON articles BEGIN
    DELETE FROM article_facts WHERE id = old.id;
    INSERT OR REPLACE INTO article_facts (id, source, topic, day, published_utc, first_seen)
        VALUES (new.id, new.source, new.topic, new.day, new.published_utc, new.first_seen);
END;

CREATE TRIGGER article_facts_delete AFTER DELETE ON articles BEGIN
    DELETE FROM article_facts WHERE id = old.id;
END;
