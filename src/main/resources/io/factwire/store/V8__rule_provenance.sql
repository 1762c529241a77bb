-- Which extraction rule decided each quote and fact (served with ?explain=true). Null for rows an older extractor
-- wrote: the extractor version goes up with this, so upkeep re-extracts those articles and fills it in.

ALTER TABLE quotes ADD COLUMN rule        TEXT;
ALTER TABLE quotes ADD COLUMN source_rule TEXT;
ALTER TABLE facts  ADD COLUMN rule        TEXT;
