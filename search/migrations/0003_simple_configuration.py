"""PostgreSQL: the search vectors index the terms that search.text has already analysed.

Stemming moved from PostgreSQL's `arabic` and `french` stemmers to Python
(search.text), applied to stored text and queries alike, so the generated
columns now use the `simple` configuration, which only lower-cases the terms.
The PDF text cached in DocumentText was normalised the former way: its hashes
are cleared so the next indexing extracts and analyses it again; from now on
DocumentText records which analysis produced it, and `rebuild_search_index`
extracts again the text of an older one.

After this migration, run `manage.py rebuild_search_index` so every page's
stored text is analysed the new way.
"""

from django.db import migrations, models

import search.text

VECTORS = """
DROP INDEX IF EXISTS search_entry_vector;
ALTER TABLE search_searchentry DROP COLUMN IF EXISTS search_vector, DROP COLUMN IF EXISTS rank_vector;
ALTER TABLE search_searchentry
    ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('{cfg}'::regconfig, norm_title), 'A')
        || setweight(to_tsvector('{cfg}'::regconfig, norm_summary), 'B')
        || setweight(to_tsvector('{cfg}'::regconfig, norm_body), 'C')
        || setweight(to_tsvector('{cfg}'::regconfig, norm_document), 'D')
    ) STORED,
    ADD COLUMN rank_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('{cfg}'::regconfig, norm_title), 'A')
        || setweight(to_tsvector('{cfg}'::regconfig, norm_summary), 'B')
    ) STORED;
ALTER TABLE search_searchentry ALTER COLUMN rank_vector SET STORAGE MAIN;
CREATE INDEX search_entry_vector ON search_searchentry USING GIN (search_vector);
"""

FORMER_CONFIG = (
    "CASE language WHEN 'fr' THEN 'french_unaccent'::regconfig "
    "WHEN 'ar' THEN 'arabic'::regconfig ELSE 'simple'::regconfig END"
)


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(VECTORS.replace("'{cfg}'::regconfig", "'simple'::regconfig"))
    apps.get_model("search", "DocumentText").objects.update(file_hash="")


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(VECTORS.replace("'{cfg}'::regconfig", FORMER_CONFIG))
    apps.get_model("search", "DocumentText").objects.update(file_hash="")


class Migration(migrations.Migration):
    dependencies = [("search", "0002_postgres_text_search")]

    operations = [
        migrations.AddField(
            model_name="documenttext",
            name="analysis",
            field=models.CharField(default=search.text.analysis_version, max_length=12),
        ),
        migrations.RunPython(forward, backward),
    ]
