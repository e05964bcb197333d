"""Counts the searches readers make, per language, without anything about the reader.

Each search (first page, no filter) adds a hit to Wagtail's Query and
QueryDailyHits, which the promotions admin reads (Paramètres › Résultats
promus, Rapports › Termes de recherche), and to QueryLanguageHits, which
tells the languages apart and counts searches that found nothing
(Rapports › Recherches des lecteurs). On PostgreSQL the three counters move
in one statement (three on SQLite); a failure is logged and never reaches the reader.
"""

import logging

from django.db import DatabaseError, connection
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits
from wagtail.search.utils import normalise_query_string

from search.models import QueryLanguageHits

logger = logging.getLogger(__name__)

MAX_LENGTH = Query._meta.get_field("query_string").max_length


def _tables():
    return {
        "query": Query._meta.db_table,
        "daily": QueryDailyHits._meta.db_table,
        "language": QueryLanguageHits._meta.db_table,
    }


POSTGRES = """
WITH query AS (
    INSERT INTO {query} (query_string) VALUES (%(query)s)
    ON CONFLICT (query_string) DO UPDATE SET query_string = EXCLUDED.query_string
    RETURNING id
), daily AS (
    INSERT INTO {daily} (query_id, date, hits) SELECT id, %(date)s, 1 FROM query
    ON CONFLICT (query_id, date) DO UPDATE SET hits = {daily}.hits + 1
)
INSERT INTO {language} (query_id, language, date, hits, hits_without_results)
SELECT id, %(language)s, %(date)s, 1, %(missed)s FROM query
ON CONFLICT (query_id, language, date) DO UPDATE SET
    hits = {language}.hits + 1,
    hits_without_results = {language}.hits_without_results + EXCLUDED.hits_without_results
"""

# SQLite has no data-modifying WITH: three upserts.
SQLITE = (
    "INSERT INTO {query} (query_string) VALUES (%(query)s) ON CONFLICT (query_string) DO NOTHING",
    "INSERT INTO {daily} (query_id, date, hits) SELECT id, %(date)s, 1 FROM {query} WHERE query_string = %(query)s"
    " ON CONFLICT (query_id, date) DO UPDATE SET hits = hits + 1",
    "INSERT INTO {language} (query_id, language, date, hits, hits_without_results)"
    " SELECT id, %(language)s, %(date)s, 1, %(missed)s FROM {query} WHERE query_string = %(query)s"
    " ON CONFLICT (query_id, language, date) DO UPDATE SET hits = hits + 1,"
    " hits_without_results = hits_without_results + excluded.hits_without_results",
)


def record_search(language, query_text, found):
    query = normalise_query_string(query_text)[:MAX_LENGTH]
    if not query:
        return
    params = {"query": query, "date": timezone.localdate(), "language": language, "missed": 0 if found else 1}
    tables = _tables()
    # No transaction of its own: requests run in autocommit, and a counter short by one
    # after a failure between two SQLite statements is of no consequence.
    statements = [POSTGRES] if connection.vendor == "postgresql" else SQLITE
    try:
        with connection.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement.format(**tables), params)
    except DatabaseError:
        logger.exception("Search statistics could not be recorded")
