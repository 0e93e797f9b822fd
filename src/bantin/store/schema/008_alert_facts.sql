-- What an alert's English explanation said and its columns did not (bantin.connect.bursts), as
-- columns: readers render the alert in the reader's language from these, never from the sentence.
--   distinct_texts  its articles' distinct texts: a duplicate group (the `duplicates` table, as it
--                   was when the alert was computed) counts once; count - distinct_texts are copies
--   window_days     the baseline days the store had articles for ("... over 9 days")
--   phrase          a province alert's keyphrase ("'sạt lở' in Bắc Kạn"); NULL for other kinds
-- Alerts computed before this migration get distinct_texts from today's duplicate groups here, and
-- window_days and phrase parsed from their sentence by the migration runner's Python step.
ALTER TABLE alerts ADD COLUMN distinct_texts INTEGER;
ALTER TABLE alerts ADD COLUMN window_days INTEGER;
ALTER TABLE alerts ADD COLUMN phrase TEXT;

UPDATE alerts SET distinct_texts = (
    SELECT count(DISTINCT coalesce(d.group_id, x.article_id)) FROM alert_articles x
    LEFT JOIN duplicates d ON d.article_id = x.article_id WHERE x.alert_id = alerts.id
);
