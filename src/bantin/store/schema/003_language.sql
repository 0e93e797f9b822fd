-- The language layer: topic and keyphrases per article, entities merged across articles into
-- canonical records, and the provinces each article is about (names before and after 1 July 2025).
ALTER TABLE articles ADD COLUMN topic TEXT;
ALTER TABLE articles ADD COLUMN topic_confidence REAL;
ALTER TABLE articles ADD COLUMN keyphrases TEXT NOT NULL DEFAULT '[]';
CREATE INDEX articles_topic ON articles(topic);

CREATE TABLE entities (
    id    INTEGER PRIMARY KEY,
    type  TEXT NOT NULL,            -- PER | ORG | LOC
    key   TEXT NOT NULL,            -- bantin.text.normalize.key(canonical): the merge key
    name  TEXT NOT NULL,            -- the canonical name as first seen, diacritics intact
    UNIQUE (type, key)
);

CREATE TABLE article_entities (
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id   INTEGER NOT NULL REFERENCES entities(id),
    mentions    INTEGER NOT NULL,
    title       TEXT,               -- the person's title, rank or position in this article
    spans       TEXT NOT NULL,      -- JSON [[start, end, text, title], ...] in the article text
    PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX article_entities_entity ON article_entities(entity_id);

CREATE TABLE article_provinces (
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,      -- one of the 63 before 1 July 2025
    name_2025   TEXT NOT NULL,      -- one of the 34 since
    weight      REAL NOT NULL,
    mentions    INTEGER NOT NULL,
    PRIMARY KEY (article_id, name)
);
CREATE INDEX article_provinces_name ON article_provinces(name);
CREATE INDEX article_provinces_name_2025 ON article_provinces(name_2025);
