"""Listing behaviour shared by the news and publication indexes.

Filters come from the query string and are validated against the options offered: a value
that is not offered, or a page number outside the listing, is a 404, never a 500 nor a
silently different listing. Items are read newest first on the indexed `-date` column;
the per-year counts (from which the total follows) are cached per content generation, so
a request never counts every article.
"""

import math
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.db.models import Count, Prefetch
from django.db.models.functions import ExtractYear
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model

from home.content_cache import cached, public_q

PER_PAGE = 12
CARD_RENDITIONS = ("fill-400x267", "fill-800x533")
PAGE_WINDOW = 2


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
        linked = themes_through.objects.filter(theme__slug=slug).values(fk_name)
        return queryset.filter(pk__in=linked)

    return Filter("theme", _("Thème"), all_label or _("Tous les thèmes"), options, apply)


def localized_terms(model_label, locale_id):
    """(slug, name) of a taxonomy in the page's language, the source language's name standing in for a gap."""
    from django.apps import apps
    from django.conf import settings

    model = apps.get_model(model_label)
    rows = model.objects.filter(locale__language_code=settings.LANGUAGE_CODE) | model.objects.filter(
        locale_id=locale_id
    )
    names = {}
    for slug, name, row_locale in rows.values_list("slug", "name", "locale_id"):
        if row_locale == locale_id or slug not in names:
            names[slug] = name
    return sorted(names.items(), key=lambda item: item[1].casefold())


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


def build_listing(index, request, queryset, filters, image_field):
    """Everything a listing template needs; raises Http404 for a value it does not offer."""
    params = request.GET
    selected = {}
    for item in filters:
        raw = params.get(item.name, "")
        if raw and raw not in {value for value, _label in item.options}:
            raise Http404("Unknown filter value")
        if raw:
            selected[item.name] = item.selected = raw
            queryset = item.apply(queryset, raw)

    years = year_counts(index, queryset, selected)
    raw_year = params.get("year", "")
    year = None
    if raw_year:
        counts = dict(years)
        if not (raw_year.isascii() and raw_year.isdigit()) or int(raw_year) not in counts:
            raise Http404("Unknown year")
        year = int(raw_year)
        selected["year"] = raw_year
        queryset = queryset.filter(date__year=year)
        count = counts[year]
    else:
        count = sum(n for _year, n in years)

    num_pages = max(1, math.ceil(count / PER_PAGE))
    raw_page = params.get("page", "1")
    if not (raw_page.isascii() and raw_page.isdigit()) or not 1 <= int(raw_page) <= num_pages:
        raise Http404("Page out of range")
    number = int(raw_page)

    offset = (number - 1) * PER_PAGE
    items = list(with_card_images(newest_first(queryset), image_field)[offset : offset + PER_PAGE]) if count else []

    def url_for(page_number):
        query = dict(selected)
        if page_number > 1:
            query["page"] = page_number
        return f"{request.path}?{urlencode(query)}" if query else request.path

    year_filter = Filter(
        "year",
        _("Année"),
        _("Toutes les années"),
        [(str(y), f"{y} ({n})") for y, n in years],
        None,
        selected=raw_year if year else "",
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
