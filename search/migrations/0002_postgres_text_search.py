"""PostgreSQL only: French with accent folding, and the weighted, GIN-indexed search vector.

The vectors are generated columns, so every insert or update of an entry keeps
them current. Migration 0003 moved them to the `simple` configuration (search.query.TS_CONFIG).
On SQLite this migration does nothing; search there matches the normalised text.
"""

from django.db import migrations

CONFIG = "CASE language WHEN 'fr' THEN 'french_unaccent'::regconfig WHEN 'ar' THEN 'arabic'::regconfig ELSE 'simple'::regconfig END"

FORWARD = """
CREATE EXTENSION IF NOT EXISTS unaccent;
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'french_unaccent') THEN
        CREATE TEXT SEARCH CONFIGURATION french_unaccent (COPY = french);
        ALTER TEXT SEARCH CONFIGURATION french_unaccent
            ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
    END IF;
END
$$;
ALTER TABLE search_searchentry
    ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector({cfg}, norm_title), 'A')
        || setweight(to_tsvector({cfg}, norm_summary), 'B')
        || setweight(to_tsvector({cfg}, norm_body), 'C')
        || setweight(to_tsvector({cfg}, norm_document), 'D')
    ) STORED,
    ADD COLUMN rank_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector({cfg}, norm_title), 'A') || setweight(to_tsvector({cfg}, norm_summary), 'B')
    ) STORED;
-- Ranking reads rank_vector for every match: keep it in the row. Everything long goes to TOAST,
-- so the rows a search visits stay narrow.
ALTER TABLE search_searchentry ALTER COLUMN rank_vector SET STORAGE MAIN;
ALTER TABLE search_searchentry SET (toast_tuple_target = 256);
CREATE INDEX search_entry_vector ON search_searchentry USING GIN (search_vector);
"""

BACKWARD = """
DROP INDEX IF EXISTS search_entry_vector;
ALTER TABLE search_searchentry DROP COLUMN IF EXISTS search_vector, DROP COLUMN IF EXISTS rank_vector;
"""


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FORWARD.replace("{cfg}", CONFIG))


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(BACKWARD)


class Migration(migrations.Migration):
    dependencies = [("search", "0001_entries")]

    operations = [migrations.RunPython(forward, backward)]
