"""Every public page type stays within 12 queries, and the count does not grow with the items listed.

Each page is requested once before measuring: image renditions are generated on first sight
and the listing aggregates are cached per content generation, as on a live site.
"""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import HomePage
from news.models import ArticleRelatedLink
from tests.factories import article, make_image, make_theme, news_index, publication, publication_index

pytestmark = pytest.mark.django_db
BUDGET = 12

URLS = [
    "/fr/",
    "/fr/actualites/",
    "/fr/actualites/?theme=migration&kind=actualite&year=2020",
    "/fr/actualites/?page=2",
    "/fr/actualites/rss/",
    "/fr/actualites/atom/",
    "/fr/actualites/article-0/",
    "/fr/publications/",
    "/fr/publications/?theme=migration&year=2021",
    "/fr/publications/publication-0/",
    "/fr/publications/rss/",
]


def add_items(index, pub_index, theme, start, stop):
    articles = [
        article(
            index,
            f"Article {n}",
            date=datetime.date(2020, 1, 1) + datetime.timedelta(days=n),
            themes=[theme],
            main_image=make_image(f"Image {n}"),
        )
        for n in range(start, stop)
    ]
    for n in range(start, stop):
        publication(
            pub_index,
            f"Publication {n}",
            date=datetime.date(2021, 1, 1) + datetime.timedelta(days=n),
            themes=[theme],
            featured=True,
            cover_image=make_image(f"Couverture {n}"),
        )
    return articles


def query_counts(client, urls):
    counts = {}
    for url in urls:
        assert client.get(url).status_code == 200, url
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, url
        counts[url] = len(queries)
    return counts


def test_public_pages_stay_within_budget_at_3_and_30_items(client, site_tree, locales):
    home = site_tree["fr"]
    theme = make_theme(locales["fr"], "Migration", "migration")
    index, pub_index = news_index(home), publication_index(home)
    articles = add_items(index, pub_index, theme, 0, 3)
    main = articles[0]
    main.related_links = [ArticleRelatedLink(related_page=page) for page in articles[1:3]]
    main.save_revision().publish()
    home = HomePage.objects.get(pk=home.pk)
    home.hero_article = articles[-1]
    home.save_revision().publish()
    # With three items the second listing page does not exist yet: measure it at 30 only.
    small = query_counts(client, [url for url in URLS if "page=2" not in url])

    add_items(index, pub_index, theme, 3, 30)
    large = query_counts(client, URLS)

    over_budget = {url: n for url, n in large.items() if n > BUDGET}
    assert not over_budget, over_budget
    grown = {url: (small[url], large[url]) for url in small if large[url] > small[url]}
    assert not grown, grown


def test_a_page_asks_the_cache_for_the_content_generation_once(client, site_tree, locales, monkeypatch):
    """Each cache read is a Redis round trip in production: the generation is read once per request."""
    from django.core.cache import caches

    home = site_tree["fr"]
    theme = make_theme(locales["fr"], "Migration", "migration")
    index, pub_index = news_index(home), publication_index(home)
    add_items(index, pub_index, theme, 0, 3)
    backend = type(caches["default"])
    reads, inside = [], []
    for method in ("get", "get_many"):
        original = getattr(backend, method)

        def counted(self, key, *args, _original=original, **kwargs):
            # One read per call asked of the cache (Redis answers get_many in one round trip).
            if not inside:
                reads.append(key)
            inside.append(key)
            try:
                return _original(self, key, *args, **kwargs)
            finally:
                inside.pop()

        monkeypatch.setattr(backend, method, counted)

    for url in ("/fr/", "/fr/actualites/", "/fr/actualites/article-0/", "/fr/publications/publication-0/"):
        assert client.get(url).status_code == 200, url
        reads.clear()
        assert client.get(url).status_code == 200, url
        assert reads.count("content-generation") == 1, (url, reads)
        assert len(reads) <= BUDGET, (url, reads)


def test_home_articles_and_publications_served_again_make_one_query(client, site_tree, locales):
    """Routes, frame and content are kept per content generation: what is left is loading the page."""
    home = site_tree["fr"]
    theme = make_theme(locales["fr"], "Migration", "migration")
    add_items(news_index(home), publication_index(home), theme, 0, 3)

    counts = query_counts(client, ["/fr/", "/fr/actualites/article-0/", "/fr/publications/publication-0/"])

    assert counts == {"/fr/": 1, "/fr/actualites/article-0/": 1, "/fr/publications/publication-0/": 1}
