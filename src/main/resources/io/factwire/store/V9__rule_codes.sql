-- Rule names as small integer codes named in rules, as fact types are in fact_types: the name written out on
-- every fact row (about 19 bytes on each of some 80 facts an article) was a tenth of the database. And a fact's
-- name that is its text as written (half of all facts: "Velmar" named "Velmar") is stored as '', which takes no
-- bytes; readers give the text back for it. A name is never empty otherwise.

CREATE TABLE rules (
    code INTEGER PRIMARY KEY,
    name TEXT    NOT NULL UNIQUE
);

INSERT INTO rules (name)
SELECT rule FROM facts WHERE rule IS NOT NULL
UNION SELECT rule FROM quotes WHERE rule IS NOT NULL
UNION SELECT source_rule FROM quotes WHERE source_rule IS NOT NULL;

ALTER TABLE facts ADD COLUMN rule_code INTEGER REFERENCES rules (code);
UPDATE facts SET rule_code = (SELECT code FROM rules WHERE name = facts.rule) WHERE rule IS NOT NULL;
ALTER TABLE facts DROP COLUMN rule;

ALTER TABLE quotes ADD COLUMN rule_code INTEGER REFERENCES rules (code);
ALTER TABLE quotes ADD COLUMN source_rule_code INTEGER REFERENCES rules (code);
UPDATE quotes SET rule_code = (SELECT code FROM rules WHERE name = quotes.rule),
                  source_rule_code = (SELECT code FROM rules WHERE name = quotes.source_rule);
ALTER TABLE quotes DROP COLUMN rule;
ALTER TABLE quotes DROP COLUMN source_rule;

UPDATE facts SET name = '' WHERE name = text;
