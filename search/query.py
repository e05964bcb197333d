"""Runs a reader's search against SearchEntry, on PostgreSQL or, more simply, on SQLite.

PostgreSQL: the weighted vector, the language's configuration, ranked with
ts_rank_cd (title above summary above body above documents), newer first on
ties. SQLite: every query word, normalised the same way, must appear in the
normalised text; title matches first, then newer.
"""

from dataclasses import dataclass, field
from functools import reduce
from operator import and_, or_

from django.db import connection
from django.db.models import BooleanField, Case, F, FloatField, IntegerField, Q, Value, When
from django.db.models.expressions import RawSQL
from wagtail.models import PageViewRestriction

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


def restricted_paths():
    """Tree paths of pages behind a view restriction: they and their descendants are never found."""
    return list(PageViewRestriction.objects.values_list("page__path", flat=True))


def public_entries(language, restricted, kind=None, year=None, exclude_page_ids=()):
    entries = SearchEntry.objects.filter(language=language, page__live=True)
    if restricted:
        entries = entries.exclude(reduce(or_, (Q(page__path__startswith=path) for path in restricted)))
    if kind:
        entries = entries.filter(kind=kind)
    if year:
        entries = entries.filter(date__year=year)
    if exclude_page_ids:
        entries = entries.exclude(page_id__in=list(exclude_page_ids))
    return entries


def _postgres_tsquery(language, terms):
    return ts_config(language), " ".join(terms)


def _matching(entries, language, terms):
    if connection.vendor == "postgresql":
        config, text = _postgres_tsquery(language, terms)
        return entries.filter(
            RawSQL(
                "search_searchentry.search_vector @@ plainto_tsquery(%s::regconfig, %s)",
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
            f"ts_rank_cd('{RANK_WEIGHTS}', search_searchentry.search_vector, plainto_tsquery(%s::regconfig, %s))",
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
            "ts_filter(search_searchentry.search_vector, '{a,b,c}') @@ plainto_tsquery(%s::regconfig, %s)",
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


def run_search(language, terms, restricted, *, kind=None, year=None, exclude_page_ids=(), page_number=1, per_page=10):
    """Count the matches, then fetch one page of them: three queries whatever the number of hits.

    Returns (results, page_number) with page_number brought within range.
    """
    if not terms:
        return SearchResults(), 1
    entries = _matching(public_entries(language, restricted, kind, year, exclude_page_ids), language, terms)
    count = entries.count()
    if count == 0:
        return SearchResults(), 1
    last_page = (count - 1) // per_page + 1
    page_number = min(max(page_number, 1), last_page)
    offset = (page_number - 1) * per_page
    ids = list(_ranked(entries, language, terms).values_list("pk", flat=True)[offset : offset + per_page])
    rows = (
        _with_page_text_match(SearchEntry.objects.filter(pk__in=ids), language, terms)
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
