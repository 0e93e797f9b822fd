-- bantin does not profile private individuals: a person is listed (entity pages, top people,
-- alerts, exports' names) only when at least one of their mentions names them in a public role
-- (bantin.nlp.roles). entities.public holds that: 1 for every organisation and place, 1 for a
-- person once a mention with a public title is written (bantin.store.language.write). The role
-- rule is a table, not SQL: the migration runner marks the persons of an existing store in
-- Python right after this script (bantin.store.language.mark_public_persons).
ALTER TABLE entities ADD COLUMN public INTEGER NOT NULL DEFAULT 0;
UPDATE entities SET public = 1 WHERE type != 'PER';

-- What the readers read instead of entities.
CREATE VIEW listed_entities AS SELECT id, type, key, name FROM entities WHERE public = 1;

-- Persons whose listing changed since the daily counts were made: DailyCounts.finish recounts
-- them over every day (their articles before the change were counted as they were then).
CREATE TABLE connect_relisted (
    entity_id INTEGER PRIMARY KEY
) WITHOUT ROWID;

CREATE TRIGGER entities_relisted AFTER UPDATE OF public ON entities WHEN new.public != old.public BEGIN
    INSERT OR IGNORE INTO connect_relisted (entity_id) VALUES (new.id);
END;
