"""Runs a reader's search against SearchEntry, on PostgreSQL or, more simply, on SQLite.

Stored text and queries are both analysed by search.text, so the database
compares finished search terms. PostgreSQL: the weighted vector in the `simple`
configuration (which does not stem again), ranked with ts_rank_cd (title above
summary above body above documents), newer first on ties. SQLite: every query
term must be one of the stored terms; title matches first, then newer.
"""

import re
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from functools import reduce
from operator import and_, or_

from django.db import connection, transaction
from django.db.models import BooleanField, Case, F, FloatField, IntegerField, Q, Value, When
from django.db.models.expressions import RawSQL

from search.models import SearchEntry

# Must match the generated columns of migration 0003: the terms are already analysed.
TS_CONFIG = "simple"
# ts_rank_cd weights in the order D, C, B, A.
RANK_WEIGHTS = "{0.05, 0.2, 0.5, 1.0}"
# How many of the newest matches are scored for relevance; older matches follow them by date.
RANKED_MATCHES = 2000


@dataclass
class Hit:
    entry: SearchEntry
    in_document_only: bool


@dataclass
class SearchResults:
    count: int = 0
    hits: list = field(default_factory=list)


def public_entries(language, restricted, kind=None, year=None, exclude_page_ids=()):
    entries = SearchEntry.objects.filter(language=language)
    if restricted:
        entries = entries.exclude(reduce(or_, (Q(path__startswith=path) for path in restricted)))
    if kind:
        entries = entries.filter(kind=kind)
    if year:
        entries = entries.filter(date__year=year)
    if exclude_page_ids:
        entries = entries.exclude(page_id__in=list(exclude_page_ids))
    return entries


def _postgres_tsquery(language, terms):
    return TS_CONFIG, " ".join(terms)


# A scalar subquery is evaluated once per statement, not once per row as the function would be.
TSQUERY = "(SELECT plainto_tsquery(%s::regconfig, %s))"


def _matching(entries, language, terms):
    if connection.vendor == "postgresql":
        config, text = _postgres_tsquery(language, terms)
        return entries.filter(
            RawSQL(
                f"search_searchentry.search_vector @@ {TSQUERY}",
                [config, text],
                output_field=BooleanField(),
            )
        )
    return entries.filter(reduce(and_, (_sqlite_term(term) for term in terms)))


def _has_term(field, term):
    """The stored terms of `field` include `term` (SQLite: the text is terms separated by spaces)."""
    return Q(**{f"{field}__regex": rf"(^| ){re.escape(term)}( |$)"})


def _sqlite_term(term):
    return (
        _has_term("norm_title", term)
        | _has_term("norm_summary", term)
        | _has_term("norm_body", term)
        | _has_term("norm_document", term)
    )


# A match's place in date order (newest first, undated last, then by id), as one comparable row value.
DATE_KEY = "COALESCE(search_searchentry.date, '-infinity'::date)"
NEWEST_KEY = f"({DATE_KEY}, search_searchentry.id)"


def _cutoff_sql(entries):
    """SQL of the RANKED_MATCHES-th newest match's key: one narrow row, or none when there are fewer matches.

    Uncorrelated, so PostgreSQL computes it once per statement, reading only
    the dates and ids of the matches.
    """
    newest = (
        entries.annotate(date_key=RawSQL(DATE_KEY, []))
        .order_by(F("date").desc(nulls_last=True), "-pk")
        .values_list("date_key", "pk")[RANKED_MATCHES - 1 : RANKED_MATCHES]
    )
    return newest.query.sql_with_params()


def _ranked(entries, language, terms):
    """Matches in order: relevance (title, then summary), then newest first.

    Only the RANKED_MATCHES newest matches are scored; older ones follow them by
    date. A word found on most pages would otherwise be scored on every one of
    them, a cost that grows with the site; readers of a long list of results
    want the recent ones anyway.
    """
    if connection.vendor == "postgresql":
        config, text = _postgres_tsquery(language, terms)
        cutoff, cutoff_params = _cutoff_sql(entries)
        # CASE reads rank_vector only for matches not older than the cutoff; with fewer matches than
        # RANKED_MATCHES the cutoff is empty, the comparison is NULL and every match is ranked.
        # The sort then carries a number per match, never a vector.
        rank = RawSQL(
            f"CASE WHEN {NEWEST_KEY} < ({cutoff}) THEN -1"
            f" ELSE ts_rank_cd('{RANK_WEIGHTS}', search_searchentry.rank_vector, {TSQUERY}) END",
            [*cutoff_params, config, text],
            output_field=FloatField(),
        )
    else:
        score = sum(
            (
                Case(
                    When(_has_term("norm_title", term), then=Value(8)),
                    When(_has_term("norm_summary", term), then=Value(4)),
                    When(_has_term("norm_body", term), then=Value(2)),
                    default=Value(1),
                    output_field=IntegerField(),
                )
                for term in terms
            ),
            Value(0),
        )
        newest = entries.order_by(F("date").desc(nulls_last=True), "-pk").values("pk")[:RANKED_MATCHES]
        rank = Case(When(pk__in=newest, then=score), default=Value(-1), output_field=IntegerField())
    return entries.annotate(rank=rank).order_by("-rank", F("date").desc(nulls_last=True), "-pk")


def _with_page_text_match(entries, language, terms):
    """Annotate whether the words are found outside the documents, i.e. in the page itself."""
    if connection.vendor == "postgresql":
        config, text = _postgres_tsquery(language, terms)
        in_page = RawSQL(
            "ts_filter(search_searchentry.search_vector, '{a,b,c}') @@ " + TSQUERY,
            [config, text],
            output_field=BooleanField(),
        )
    else:
        in_page = Case(
            When(
                reduce(
                    and_,
                    (
                        _has_term("norm_title", term) | _has_term("norm_summary", term) | _has_term("norm_body", term)
                        for term in terms
                    ),
                ),
                then=Value(True),
            ),
            default=Value(False),
            output_field=BooleanField(),
        )
    return entries.annotate(in_page=in_page)


def _ranked_page(entries, language, terms, offset, per_page):
    """Ids of one page of matches and the number of matches, in one statement on PostgreSQL.

    The number is a plain count of the matches, computed once for the statement
    (a scalar subquery), not a window count that would keep every match's row.
    """
    ranked = _ranked(entries, language, terms)
    if connection.vendor != "postgresql":
        return list(ranked.values_list("pk", flat=True)[offset : offset + per_page]), None
    matches, params = entries.order_by().values("pk").query.sql_with_params()
    total = RawSQL(f"SELECT COUNT(*) FROM ({matches}) AS matches", params, output_field=IntegerField())
    rows = list(ranked.annotate(total=total).values_list("pk", "total")[offset : offset + per_page])
    return [pk for pk, _total in rows], (rows[0][1] if rows else None)


def _postgres_statements():
    """Search statements run with sequential scans discouraged.

    The planner does not know that checking a row without the GIN index means
    decompressing its whole document vector from TOAST, and picks a scan that
    is ten times slower for common words.
    """
    if connection.vendor != "postgresql":
        return nullcontext()
    return _discourage_seqscan()


@contextmanager
def _discourage_seqscan():
    with transaction.atomic(savepoint=False):
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_seqscan = off")
        yield


def count_matches(language, terms, restricted, *, kind=None, year=None):
    """How many pages of `language` the terms find: offered when the reader's language has none."""
    if not terms:
        return 0
    with _postgres_statements():
        return _matching(public_entries(language, restricted, kind, year), language, terms).count()


def run_search(language, terms, restricted, *, kind=None, year=None, exclude_page_ids=(), page_number=1, per_page=10):
    """One page of ranked matches and their count, in a fixed number of queries.

    Returns (results, page_number) with page_number brought within range.
    """
    if not terms:
        return SearchResults(), 1
    entries = _matching(public_entries(language, restricted, kind, year, exclude_page_ids), language, terms)
    page_number = max(page_number, 1)
    with _postgres_statements():
        count = None if connection.vendor == "postgresql" else entries.count()
        if count is not None:
            page_number = min(page_number, max((count - 1) // per_page + 1, 1))
        ids, total = _ranked_page(entries, language, terms, (page_number - 1) * per_page, per_page)
        if count is None:
            count = total
            if count is None:
                # Past the last page, or nothing found: count, then show the last page.
                count = entries.count()
                if count and page_number > 1:
                    page_number = (count - 1) // per_page + 1
                    ids, _total = _ranked_page(entries, language, terms, (page_number - 1) * per_page, per_page)
    if not count:
        return SearchResults(), 1
    rows = (
        _with_page_text_match(SearchEntry.objects.filter(pk__in=ids, page__live=True), language, terms)
        .select_related("page")
        .only(
            "id",
            "kind",
            "date",
            "title",
            "summary",
            "page__id",
            "page__url_path",
            "page__locale_id",
            "page__depth",
            "page__path",
        )
    )
    by_id = {row.pk: row for row in rows}
    hits = [Hit(entry=by_id[pk], in_document_only=not by_id[pk].in_page) for pk in ids if pk in by_id]
    return SearchResults(count=count, hits=hits), page_number
