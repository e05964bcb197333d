"""Listing behaviour shared by the news and publication indexes.

Filters come from the query string and are validated against the options offered: a value
that is not offered, or a page number outside the listing, is a 404, never a 500 nor a
silently different listing. Items are read newest first on the indexed `-date` column;
the per-year counts (from which the total follows) are cached per content generation, so
a request never counts every article.

Deep pages keep their `?page=N` URLs but are read by seeking, not skipping: the first
(date, id) of every page of a listing (per filter combination) is read once per content
generation in one narrow query and cached, and page N then reads the 12 rows from its
boundary on, so it costs the same at 1,000 and 20,000 items. The first pages, which most
readers see, skip at most a few dozen rows and need no boundaries.
"""

import math
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.apps import apps
from django.conf import settings
from django.db.models import Count, Prefetch, Q, prefetch_related_objects
from django.db.models.functions import ExtractYear
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model

from core.content_cache import cached, public_q
from core.translations import prefer_locale

PER_PAGE = 12
# 1x and 2x, each in AVIF and WebP with a JPEG fallback: the specs {% picture %} asks for in card.html.
CARD_RENDITIONS = tuple(
    f"{size}|format-{fmt}" for size in ("fill-400x267", "fill-800x533") for fmt in ("avif", "webp", "jpeg")
)
# Publication covers keep their portrait shape: at most 210 px wide on screen, twice that for 2× screens.
COVER_RENDITIONS = tuple(
    f"{size}|format-{fmt}" for size in ("max-210x297", "max-420x594") for fmt in ("avif", "webp", "jpeg")
)
PAGE_WINDOW = 2
# Pages up to this one are read with OFFSET (at most 48 rows skipped); deeper ones seek.
OFFSET_PAGES = 5
# A filtered listing seeks from its first page: PostgreSQL reads every item carrying a theme
# before sorting them by date (2,000 of 20,000 articles: 19 ms), where bounds on the date let
# it walk the date index for a page's rows.
SEEK_FILTERED = True


@dataclass
class Filter:
    """One query-string filter: its offered values and how it narrows the queryset."""

    name: str
    label: str
    all_label: str
    options: list  # [(value, label)]
    apply: object  # (queryset, value) -> queryset
    selected: str = ""
    option_rows: list = field(default_factory=list)


def with_card_images(queryset, image_field, specs=CARD_RENDITIONS):
    """The image row in the same query, its renditions in one more (prefetch_renditions)."""
    rendition_model = get_image_model().get_rendition_model()
    return queryset.select_related(image_field).prefetch_related(
        Prefetch(
            f"{image_field}__renditions",
            queryset=rendition_model.objects.filter(filter_spec__in=specs),
            to_attr="prefetched_renditions",
        )
    )


def prefetch_card_images(pages, image_field, specs=CARD_RENDITIONS):
    """The same for a list of pages already read."""
    prefetch_related_objects(pages, image_field)
    images = [getattr(page, image_field) for page in pages if getattr(page, image_field) is not None]
    rendition_model = get_image_model().get_rendition_model()
    prefetch_related_objects(
        images,
        Prefetch(
            "renditions",
            queryset=rendition_model.objects.filter(filter_spec__in=specs),
            to_attr="prefetched_renditions",
        ),
    )


def children_of(index, model):
    """Live, public children of `index` as `model` rows, without the per-call restriction query."""
    return (
        model.objects.filter(path__startswith=index.path, depth=index.depth + 1)
        .live()
        .filter(public_q())
        .defer_streamfields()
    )


def newest_first(queryset):
    return queryset.order_by("-date", "-page_ptr_id")


def theme_filter(index, themes_through, fk_name, all_label=None):
    options = cached(f"theme-options:{index.locale_id}", lambda: localized_terms("news.Theme", index.locale_id))

    def apply(queryset, slug):
        linked = themes_through.objects.filter(theme__slug=slug, theme__live=True).values(fk_name)
        return queryset.filter(pk__in=linked)

    return Filter("theme", _("Thème"), all_label or _("Tous les thèmes"), options, apply)


def localized_terms(model_label, locale_id):
    """(slug, name) of a taxonomy in the page's language, the source language's name standing in for a gap."""
    model = apps.get_model(model_label)
    # Published terms only, under their published names: a draft waits for the moderators.
    rows = model.objects.filter(live=True).filter(
        Q(locale__language_code=settings.LANGUAGE_CODE) | Q(locale_id=locale_id)
    )
    terms = prefer_locale(rows.only("slug", "name", "locale_id"), locale_id, key=lambda term: term.slug)
    return sorted(((slug, term.name) for slug, term in terms.items()), key=lambda item: item[1].casefold())


def year_counts(index, queryset, selected):
    key = "&".join(f"{name}={value}" for name, value in sorted(selected.items()))

    def compute():
        rows = (
            queryset.order_by()
            .annotate(year=ExtractYear("date"))
            .values_list("year")
            .annotate(n=Count("pk"))
            .order_by("-year")
        )
        return [(int(year), n) for year, n in rows]

    return cached(f"listing-years:{index.pk}:{key}", compute)


def page_links(current, num_pages, url_for):
    numbers = sorted(
        {1, num_pages} | set(range(max(1, current - PAGE_WINDOW), min(num_pages, current + PAGE_WINDOW) + 1))
    )
    links, previous = [], 0
    for number in numbers:
        if number - previous > 1:
            links.append(None)
        links.append({"number": number, "url": url_for(number), "current": number == current})
        previous = number
    return links


def apply_filters(filters, params, queryset):
    """The queryset narrowed by each offered filter the query string sets, and {name: value} of those set."""
    selected = {}
    for item in filters:
        raw = params.get(item.name, "")
        if raw and raw not in {value for value, _label in item.options}:
            raise Http404("Unknown filter value")
        if raw:
            selected[item.name] = item.selected = raw
            queryset = item.apply(queryset, raw)
    return queryset, selected


def apply_year(years, raw_year, queryset):
    """(queryset, year or None, item count) for `?year=`, which must be one of the listed years."""
    if not raw_year:
        return queryset, None, sum(n for _year, n in years)
    counts = dict(years)
    if not (raw_year.isascii() and raw_year.isdigit()) or int(raw_year) not in counts:
        raise Http404("Unknown year")
    year = int(raw_year)
    return queryset.filter(date__year=year), year, counts[year]


def page_starts(index, ordered, key):
    """[(date, pk)] of the first item of each page of `ordered`, cached per content generation."""

    def compute():
        rows = ordered.values_list("date", "pk").iterator(chunk_size=2000)
        return [row for position, row in enumerate(rows) if position % PER_PAGE == 0]

    return cached(f"listing-pages:{index.pk}:{key}", compute)


def page_items(index, queryset, key, number, image_field):
    """The items of page `number`, newest first: deep and filtered pages seek from their cached bounds."""
    ordered = newest_first(queryset)
    offset = (number - 1) * PER_PAGE
    if number > OFFSET_PAGES or (key and SEEK_FILTERED):
        starts = page_starts(index, ordered, key)
        if number <= len(starts):
            date, pk = starts[number - 1]
            # (date, pk) <= boundary in the listing's order: the index range starts at the boundary.
            ordered = ordered.filter(date__lte=date).exclude(date=date, pk__gt=pk)
            if number < len(starts):
                # ... and ends before the next page's first row, so the range is one page of dates.
                following_date, following_pk = starts[number]
                ordered = ordered.filter(Q(date__gt=following_date) | Q(date=following_date, pk__gt=following_pk))
            offset = 0
    return list(with_card_images(ordered, image_field)[offset : offset + PER_PAGE])


def page_number(raw_page, num_pages):
    if not (raw_page.isascii() and raw_page.isdigit()) or not 1 <= int(raw_page) <= num_pages:
        raise Http404("Page out of range")
    return int(raw_page)


def filter_controls(filters, years, year, request, selected):
    """The filters with their option rows (the year last) and the year links that keep the other filters."""
    year_filter = Filter(
        "year",
        _("Année"),
        _("Toutes les années"),
        [(str(y), f"{y} ({n})") for y, n in years],
        None,
        selected=str(year) if year else "",
    )
    shown_filters = [*filters, year_filter]
    for item in shown_filters:
        item.option_rows = [
            {"value": value, "label": label, "selected": value == item.selected} for value, label in item.options
        ]
    others = {name: value for name, value in selected.items() if name != "year"}
    year_links = [
        {"year": y, "count": n, "url": f"{request.path}?{urlencode({**others, 'year': y})}", "current": y == year}
        for y, n in years
    ]
    return shown_filters, year_links


def build_listing(index, request, queryset, filters, image_field):
    """Everything a listing template needs; raises Http404 for a value it does not offer."""
    queryset, selected = apply_filters(filters, request.GET, queryset)
    years = year_counts(index, queryset, selected)
    queryset, year, count = apply_year(years, request.GET.get("year", ""), queryset)
    if year:
        selected["year"] = str(year)

    num_pages = max(1, math.ceil(count / PER_PAGE))
    number = page_number(request.GET.get("page", "1"), num_pages)
    key = "&".join(f"{name}={value}" for name, value in sorted(selected.items()))
    items = page_items(index, queryset, key, number, image_field) if count else []

    def url_for(page):
        query = {**selected, "page": page} if page > 1 else selected
        return f"{request.path}?{urlencode(query)}" if query else request.path

    shown_filters, year_links = filter_controls(filters, years, year, request, selected)
    return {
        "items": items,
        "year_links": year_links,
        "count": count,
        "filters": shown_filters,
        "is_filtered": bool(selected),
        "year_counts": years,
        "number": number,
        "num_pages": num_pages,
        "page_links": page_links(number, num_pages, url_for) if num_pages > 1 else [],
        "previous_url": url_for(number - 1) if number > 1 else None,
        "next_url": url_for(number + 1) if number < num_pages else None,
    }
