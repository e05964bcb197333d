"""Deep listing pages are read by seeking from a cached boundary, and show exactly what OFFSET showed.

Page size and the number of pages read with OFFSET are lowered so that a few dozen
articles make many pages, most of them deep.
"""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from news import listing
from news.models import ArticlePage
from tests.factories import (
    article,
    make_publication_type,
    make_theme,
    news_index,
    publication,
    publication_index,
    translate_page,
)

pytestmark = pytest.mark.django_db

PAGE_SIZE = 3


@pytest.fixture
def small_pages(monkeypatch):
    monkeypatch.setattr(listing, "PER_PAGE", PAGE_SIZE)
    monkeypatch.setattr(listing, "OFFSET_PAGES", 1)


@pytest.fixture
def deep(site_tree, locales, small_pages):
    """20 French articles with their Arabic translations, several on the same day, and 8 publications."""
    fr, ar = locales["fr"], locales["ar"]
    migration = make_theme(fr, "Migration", "migration")
    make_theme(ar, "الهجرة", "migration", translation_of=migration)
    justice = make_theme(fr, "Justice", "justice")
    index = news_index(site_tree["fr"])
    translate_page(index, ar, title="المستجدات")
    for n in range(20):
        page = article(
            index,
            f"Article {n}",
            # Three articles a day: the id decides between them, as in the listing's order.
            date=datetime.date(2024, 1, 1) + datetime.timedelta(days=n // 3 * 200),
            themes=[migration] if n % 2 else [justice],
            kind="communique" if n % 4 == 0 else "actualite",
        )
        translate_page(page, ar, title=f"مقال {n}")
    pub_index = publication_index(site_tree["fr"])
    report = make_publication_type(fr, "Rapport", "rapport")
    for n in range(8):
        publication(pub_index, f"Publication {n}", date=datetime.date(2023, 5, 1 + n // 2), publication_type=report)
    return {"index": index}


def titles(html):
    return re.findall(r'class="card__title" dir="auto"><a href="[^"]+">([^<]+)</a>', html)


def comparable(response):
    """The page as served, without what differs on every response (CSP nonce, CSRF token)."""
    html = response.content.decode()
    html = re.sub(r'nonce="[^"]*"', "", html)
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", html)


def every_page(client, base, query, pages):
    separator = "&" if query else ""
    return [client.get(f"{base}?{query}{separator}page={n}") for n in range(1, pages + 1)]


LISTINGS = [
    ("/fr/actualites/", ""),
    ("/fr/actualites/", "theme=migration"),
    ("/fr/actualites/", "kind=actualite&year=2025"),
    ("/fr/actualites/", "theme=justice&kind=communique"),
    ("/ar/actualites/", ""),
    ("/ar/actualites/", "theme=migration"),
    ("/ar/actualites/", "kind=actualite"),
    ("/fr/publications/", ""),
    ("/fr/publications/", "type=rapport&year=2023"),
]


def test_every_page_is_the_same_page_as_with_offset(client, deep, monkeypatch):
    """Filtered and unfiltered, news and publications, French and Arabic: page by page, the same HTML."""
    seek = {listing_url: every_page(client, *listing_url, 8) for listing_url in LISTINGS}
    monkeypatch.setattr(listing, "OFFSET_PAGES", 10**6)
    monkeypatch.setattr(listing, "SEEK_FILTERED", False)
    for listing_url, by_seek in seek.items():
        by_offset = every_page(client, *listing_url, 8)
        assert [r.status_code for r in by_seek] == [r.status_code for r in by_offset], listing_url
        assert sum(r.status_code == 200 for r in by_seek) >= 2, f"{listing_url} must have deep pages"
        for n, (seeked, skipped) in enumerate(zip(by_seek, by_offset, strict=True), start=1):
            assert comparable(seeked) == comparable(skipped), f"{listing_url} page {n} differs"


def test_pages_list_every_article_once_newest_first(client, deep):
    for language in ("fr", "ar"):
        expected = [
            page.title
            for page in ArticlePage.objects.filter(locale__language_code=language, live=True).order_by("-date", "-pk")
        ]
        pages = every_page(client, f"/{language}/actualites/", "", -(-len(expected) // PAGE_SIZE))
        assert all(response.status_code == 200 for response in pages)
        assert [title for response in pages for title in titles(response.content.decode())] == expected


def warm_queries(client, url):
    """The SQL of the second request for `url` (the first fills the caches), which must answer 200."""
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return [query["sql"] for query in queries]


def items_queries(client, url):
    return [sql for sql in warm_queries(client, url) if "news_articlepage" in sql and f"LIMIT {PAGE_SIZE}" in sql]


def test_a_deep_page_skips_no_rows(client, deep):
    items_query = items_queries(client, "/fr/actualites/?page=5")
    assert len(items_query) == 1 and "OFFSET" not in items_query[0]


def test_a_deep_page_makes_no_more_queries_than_offset(client, deep, monkeypatch):
    def warm_count(url):
        return len(warm_queries(client, url))

    urls = ["/fr/actualites/?theme=migration", "/fr/actualites/?theme=migration&page=3"]
    seek = [warm_count(url) for url in urls]
    monkeypatch.setattr(listing, "OFFSET_PAGES", 10**6)
    monkeypatch.setattr(listing, "SEEK_FILTERED", False)
    offset = [warm_count(url) for url in urls]
    assert all(by_seek <= by_offset for by_seek, by_offset in zip(seek, offset, strict=True)), (seek, offset)


def test_a_filtered_page_reads_its_own_dates_only(client, deep):
    """A theme's first page is bounded by its cached first and next rows, so its query walks the date index."""
    items_query = items_queries(client, "/fr/actualites/?theme=migration")
    assert len(items_query) == 1 and "OFFSET" not in items_query[0]
    assert '"news_articlepage"."date" <=' in items_query[0] and '"news_articlepage"."date" >' in items_query[0]


def test_publishing_moves_items_to_the_next_page(client, deep):
    before = titles(client.get("/fr/actualites/?page=4").content.decode())
    article(deep["index"], "Toute nouvelle", date=datetime.date(2030, 1, 1))
    after = titles(client.get("/fr/actualites/?page=4").content.decode())
    assert after[0] != before[0] and after[1:] == before[:-1]
    ArticlePage.objects.get(title="Toute nouvelle").delete()
    assert titles(client.get("/fr/actualites/?page=4").content.decode()) == before


def test_bad_deep_page_is_404_never_500(client, deep):
    assert client.get("/fr/actualites/?theme=migration&page=4").status_code == 200  # 10 articles, 4 pages
    for page in ["0", "-1", "abc", "1.5", "%D9%A1", "99999999999999999999999", "5"]:
        assert client.get(f"/fr/actualites/?theme=migration&page={page}").status_code == 404, page
