"""Runs a reader's search against SearchEntry, on PostgreSQL or, more simply, on SQLite.

PostgreSQL: the weighted vector, the language's configuration, ranked with
ts_rank_cd (title above summary above body above documents), newer first on
ties. SQLite: every query word, normalised the same way, must appear in the
normalised text; title matches first, then newer.
"""

from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from functools import reduce
from operator import and_, or_

from django.db import connection, transaction
from django.db.models import BooleanField, Case, Count, F, FloatField, IntegerField, Q, Value, When, Window
from django.db.models.expressions import RawSQL

from search.models import SearchEntry
from search.text import light_stem

# Must match the generated column of migration 0002.
TS_CONFIGS = {"fr": "french_unaccent", "ar": "arabic"}
DEFAULT_TS_CONFIG = "simple"
# ts_rank_cd weights in the order D, C, B, A.
RANK_WEIGHTS = "{0.05, 0.2, 0.5, 1.0}"


def ts_config(language):
    return TS_CONFIGS.get(language, DEFAULT_TS_CONFIG)


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
    return ts_config(language), " ".join(terms)


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


def _sqlite_term(term):
    stem = light_stem(term)
    return (
        Q(norm_title__contains=stem)
        | Q(norm_summary__contains=stem)
        | Q(norm_body__contains=stem)
        | Q(norm_document__contains=stem)
    )


def _ranked(entries, language, terms):
    if connection.vendor == "postgresql":
        config, text = _postgres_tsquery(language, terms)
        rank = RawSQL(
            f"ts_rank_cd('{RANK_WEIGHTS}', search_searchentry.rank_vector, {TSQUERY})",
            [config, text],
            output_field=FloatField(),
        )
    else:
        rank = sum(
            (
                Case(
                    When(norm_title__contains=light_stem(term), then=Value(8)),
                    When(norm_summary__contains=light_stem(term), then=Value(4)),
                    When(norm_body__contains=light_stem(term), then=Value(2)),
                    default=Value(1),
                    output_field=IntegerField(),
                )
                for term in terms
            ),
            Value(0),
        )
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
                        Q(norm_title__contains=light_stem(term))
                        | Q(norm_summary__contains=light_stem(term))
                        | Q(norm_body__contains=light_stem(term))
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
    """Ids of one page of matches and the number of matches, in one statement on PostgreSQL."""
    ranked = _ranked(entries, language, terms)
    if connection.vendor != "postgresql":
        return list(ranked.values_list("pk", flat=True)[offset : offset + per_page]), None
    rows = list(ranked.annotate(total=Window(Count("pk"))).values_list("pk", "total")[offset : offset + per_page])
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
