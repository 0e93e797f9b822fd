-- Store-wide counts that `bantin stats` and /api/stats show and no narrow index answers: articles
-- per extractor and per language, and revised articles. Counting them from the articles rows read
-- each row's overflow pages (~100 ms apiece on bench/serve.py's 100,000 articles); these rows are
-- kept by triggers, whatever writes the articles, so reading them costs a few index lookups.
CREATE TABLE article_counts (
    kind TEXT NOT NULL,                  -- extractor | language | revised
    key  TEXT NOT NULL,                  -- the extractor's name, the language ('unknown' if none); '' for revised
    n    INTEGER NOT NULL,               -- articles (rows whose n fell to 0 stay, and are not shown)
    PRIMARY KEY (kind, key)
) WITHOUT ROWID;

INSERT INTO article_counts (kind, key, n) SELECT 'extractor', extractor, count(*) FROM articles GROUP BY extractor;
INSERT INTO article_counts (kind, key, n) SELECT 'language', coalesce(language, 'unknown'), count(*) FROM articles GROUP BY 2;
INSERT INTO article_counts (kind, key, n) SELECT 'revised', '', count(*) FROM articles WHERE revision > 1;

CREATE TRIGGER article_counts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO article_counts (kind, key, n) VALUES ('extractor', new.extractor, 1)
        ON CONFLICT (kind, key) DO UPDATE SET n = n + 1;
    INSERT INTO article_counts (kind, key, n) VALUES ('language', coalesce(new.language, 'unknown'), 1)
        ON CONFLICT (kind, key) DO UPDATE SET n = n + 1;
    INSERT INTO article_counts (kind, key, n) SELECT 'revised', '', 1 WHERE new.revision > 1
        ON CONFLICT (kind, key) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER article_counts_update AFTER UPDATE OF extractor, language, revision ON articles BEGIN
    UPDATE article_counts SET n = n - 1 WHERE kind = 'extractor' AND key = old.extractor;
    UPDATE article_counts SET n = n - 1 WHERE kind = 'language' AND key = coalesce(old.language, 'unknown');
    UPDATE article_counts SET n = n - 1 WHERE kind = 'revised' AND key = '' AND old.revision > 1;
    INSERT INTO article_counts (kind, key, n) VALUES ('extractor', new.extractor, 1)
        ON CONFLICT (kind, key) DO UPDATE SET n = n + 1;
    INSERT INTO article_counts (kind, key, n) VALUES ('language', coalesce(new.language, 'unknown'), 1)
        ON CONFLICT (kind, key) DO UPDATE SET n = n + 1;
    INSERT INTO article_counts (kind, key, n) SELECT 'revised', '', 1 WHERE new.revision > 1
        ON CONFLICT (kind, key) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER article_counts_delete AFTER DELETE ON articles BEGIN
    UPDATE article_counts SET n = n - 1 WHERE kind = 'extractor' AND key = old.extractor;
    UPDATE article_counts SET n = n - 1 WHERE kind = 'language' AND key = coalesce(old.language, 'unknown');
    UPDATE article_counts SET n = n - 1 WHERE kind = 'revised' AND key = '' AND old.revision > 1;
END;

-- Articles per 2025 province, each counted once however many of its former provinces it names
-- (count(DISTINCT article_id) by name_2025), and articles per (name_2025, name): each walks one of
-- these covering indexes instead of the table (55 and 90 ms -> ~10 ms each on bench/serve.py's
-- 100,000 articles; one index on all three columns made the first 30 ms).
CREATE INDEX article_provinces_2025_article ON article_provinces(name_2025, article_id);
CREATE INDEX article_provinces_2025_name ON article_provinces(name_2025, name);
