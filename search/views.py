from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_GET
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.search.utils import normalise_query_string

from core import navigation
from core.content_cache import restricted_paths
from search import analytics, vocabulary
from search.highlight import highlight
from search.models import SearchEntry
from search.query import count_matches, run_search
from search.text import clean_query, query_terms, words

PER_PAGE = 10


def _positive_int(value, minimum=1, maximum=10_000):
    try:
        number = int(value)
    except (TypeError, ValueError):
        return None
    return number if minimum <= number <= maximum else None


def _promotions(query_text, language, restricted):
    """Editor-chosen results for this query: internal pages of the current language, and external links."""
    if not query_text:
        return []
    promotions = (
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(query_text))
        .select_related("page", "page__locale")
        .order_by("sort_order", "pk")
    )
    chosen = []
    for promotion in promotions:
        page = promotion.page
        if page is None:
            if promotion.external_link_url:
                chosen.append(promotion)
            continue
        if page.locale.language_code != language or not page.live:
            continue
        if any(page.path.startswith(path) for path in restricted):
            continue
        chosen.append(promotion)
    return chosen


def _years(language):
    """Years that have content in this language, for the filter; refreshed every few minutes."""
    key = f"search-years-{language}"
    years = cache.get(key)
    if years is None:
        dates = SearchEntry.objects.filter(language=language, date__isnull=False).dates("date", "year", order="DESC")
        years = [date.year for date in dates]
        cache.set(key, years, 300)
    return years


def _search_url(language, params):
    with translation.override(language):
        url = reverse("search")
    query = urlencode({key: value for key, value in params.items() if value})
    return f"{url}?{query}" if query else url


def _other_languages(language, terms, restricted, kind, year, alternate_urls):
    """The other languages that have results for the same words, with their count and the link to them."""
    found = []
    for code, url in alternate_urls.items():
        if code == language:
            continue
        count = count_matches(code, terms, restricted, kind=kind or None, year=year)
        if count:
            found.append(
                {
                    "code": code,
                    "name": translation.get_language_info(code)["name_translated"],
                    "count": count,
                    "url": url,
                }
            )
    return found


@require_GET
def search(request):
    language = translation.get_language()
    query_text, truncated = clean_query(request.GET.get("q", ""))
    terms = query_terms(query_text)
    kind = request.GET.get("type", "")
    kind = kind if kind in SearchEntry.Kind.values else ""
    year = _positive_int(request.GET.get("year"), 1900, 2100)
    page_number = _positive_int(request.GET.get("page")) or 1
    first_page = page_number == 1

    restricted = restricted_paths() if terms else []
    promotions = _promotions(query_text, language, restricted) if page_number == 1 and not (kind or year) else []
    results, page_number = run_search(
        language,
        terms,
        restricted,
        kind=kind or None,
        year=year,
        exclude_page_ids=[p.page_id for p in promotions if p.page_id],
        page_number=page_number,
        per_page=PER_PAGE,
    )
    for promotion in promotions:
        promotion.url = promotion.page.get_url(request) if promotion.page else promotion.external_link_url
    for hit in results.hits:
        hit.url = hit.entry.page.get_url(request)
        hit.summary_html = highlight(hit.entry.summary, terms)
        hit.title_html = highlight(hit.entry.title, terms)

    if terms and first_page and not (kind or year):
        analytics.record_search(language, query_text, found=bool(results.count or promotions))
    filters = {"q": query_text, "type": kind, "year": year or ""}
    homes = navigation.locale_homes(request)
    alternate_urls = {code: _search_url(code, filters) for code, _name in settings.LANGUAGES if code in homes}
    suggestions, elsewhere = [], []
    if terms and not results.count and not promotions:
        suggestions = [
            {"query": text, "url": _search_url(language, {**filters, "q": text})}
            for text in vocabulary.suggestions(language, query_text)
        ]
        elsewhere = _other_languages(language, terms, restricted, kind, year, alternate_urls)
    last_page = (results.count - 1) // PER_PAGE + 1 if results.count else 1
    context = {
        "query": query_text,
        "query_truncated": truncated,
        "searched": bool(query_text),
        "has_terms": bool(words(query_text)),
        "suggestions": suggestions,
        "elsewhere": elsewhere,
        "results": results,
        "promotions": promotions,
        "kind": kind,
        "year": year,
        "kinds": SearchEntry.Kind.choices,
        "years": _years(language) if query_text else [],
        "page_number": page_number,
        "first_position": (page_number - 1) * PER_PAGE + 1,
        "last_page": last_page,
        "previous_url": _search_url(language, {**filters, "page": page_number - 1}) if page_number > 1 else "",
        "next_url": _search_url(language, {**filters, "page": page_number + 1}) if page_number < last_page else "",
        "alternate_urls": alternate_urls,
    }
    return render(request, "search/search.html", context)
