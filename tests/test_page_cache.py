"""The page cache for anonymous readers, and what each change purges from it and from the front caches."""

import logging
import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from django.core.cache import caches
from wagtail.contrib.frontend_cache.backends import BaseBackend
from wagtail.models import Page, PageViewRestriction, Site

from core import cache as resilient_cache
from core import page_cache as page_cache_module
from tests.factories import (
    article,
    make_publication_type,
    make_theme,
    make_user,
    news_index,
    publication_index,
    standard_page,
    translate_page,
)

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent

PURGED = []


class RecordingBackend(BaseBackend):
    """A front cache that notes what it is asked to purge."""

    def purge(self, url):
        PURGED.append(url)


@pytest.fixture
def page_cache(settings):
    settings.PAGE_CACHE = True
    settings.WAGTAILFRONTENDCACHE = {"test": {"BACKEND": "tests.test_page_cache.RecordingBackend"}}
    PURGED.clear()
    yield
    PURGED.clear()


@pytest.fixture
def tree(site_tree, locales):
    index = news_index(site_tree["fr"])
    page = article(index, "Visite à Tanger", slug="visite-tanger")
    ar_index = translate_page(index, locales["ar"], title="الأخبار", slug="akhbar")
    ar_page = translate_page(page, locales["ar"], title="زيارة طنجة", slug="ziyara")
    return {"index": index, "article": page, "ar_index": ar_index, "ar_article": ar_page}


@pytest.fixture
def purged(django_capture_on_commit_callbacks):
    """Runs a change, its purges after commit, and answers the front-cache URLs purged, as paths."""

    def run(change):
        root = Site.objects.get(is_default_site=True).root_url
        PURGED.clear()
        with django_capture_on_commit_callbacks(execute=True):
            change()
        assert all(url.startswith(root + "/") for url in PURGED), PURGED
        return sorted({url[len(root) :] for url in PURGED})

    return run


ARTICLE_PATHS = [
    "/ar/",
    "/ar/akhbar/",
    "/ar/akhbar/atom/",
    "/ar/akhbar/rss/",
    "/ar/akhbar/ziyara/",
    "/fr/",
    "/fr/actualites/",
    "/fr/actualites/atom/",
    "/fr/actualites/rss/",
    "/fr/actualites/visite-tanger/",
    "/sitemap.xml",
]


def test_a_hit_makes_no_query(client, tree, page_cache, django_assert_num_queries):
    for path in ("/fr/actualites/visite-tanger/", "/fr/actualites/", "/fr/actualites/?page=1", "/ar/akhbar/rss/"):
        first = client.get(path)
        assert first.status_code == 200 and first["X-Page-Cache"] == "miss", path
        with django_assert_num_queries(0):
            hit = client.get(path)
        assert hit["X-Page-Cache"] == "hit", path
        assert hit.content == first.content
        assert hit["Cache-Control"] == "public, max-age=60, s-maxage=600"
        assert hit["Content-Security-Policy"] == first["Content-Security-Policy"]  # the nonce in the page
        assert hit.cookies == {} and "cookie" not in hit.get("Vary", "").lower()


def test_nothing_is_cached_for_signed_in_users_private_pages_search_or_other_queries(client, tree, page_cache):
    def cached(path, **extra):
        client.get(path, **extra)
        return client.get(path, **extra).get("X-Page-Cache") == "hit"

    assert not cached("/fr/recherche/?q=tanger")
    assert not cached("/fr/actualites/?utm_source=lettre")
    assert not cached("/fr/actualites/?page=1&page=2")
    assert not cached("/fr/bulletin/")

    PageViewRestriction.objects.create(page=tree["article"], restriction_type="password", password="secret")
    assert not cached("/fr/actualites/visite-tanger/")

    user = make_user("lectrice", password="mot-de-passe-long-1")
    client.force_login(user)
    assert not cached("/fr/actualites/")
    client.logout()
    # What the signed-in reader got was not kept for anyone.
    assert client.get("/fr/actualites/")["X-Page-Cache"] == "miss"


def test_previews_are_never_cached(tree, page_cache):
    tree["article"].title = "Brouillon secret"
    tree["article"].make_preview_request()
    preview = tree["article"].make_preview_request()
    assert "X-Page-Cache" not in preview


def test_publishing_an_article_purges_it_its_listings_feeds_home_and_sitemap_in_both_languages(
    client, tree, page_cache, purged
):
    for path in ("/fr/actualites/visite-tanger/", "/fr/actualites/", "/fr/actualites/?page=1", "/fr/"):
        client.get(path)
        assert client.get(path)["X-Page-Cache"] == "hit"
    page = tree["article"]
    page.title = "Visite à Tanger et Tétouan"

    assert purged(lambda: page.save_revision().publish()) == ARTICLE_PATHS

    for path in ("/fr/actualites/visite-tanger/", "/fr/actualites/", "/fr/actualites/?page=1", "/fr/"):
        response = client.get(path)
        assert response["X-Page-Cache"] == "miss", path
        assert "Tétouan" in response.content.decode(), path


def test_a_page_changed_is_fresh_on_the_articles_that_show_it_as_related(
    client, tree, locales, page_cache, django_capture_on_commit_callbacks
):
    from news.models import ArticleRelatedLink

    theme = make_theme(locales["fr"], "Prisons", "prisons")
    visit = tree["article"]
    visit.themes = [theme]
    visit.save_revision().publish()
    article(tree["index"], "Rapport sur les prisons", slug="rapport-prisons", themes=[theme])
    # Below a menu page, so that publishing it does not purge its whole language anyway.
    council = standard_page(tree["index"].get_parent(), "Le Conseil", slug="le-conseil")
    guide = standard_page(council, "Guide du plaignant", slug="guide")
    choosing = article(tree["index"], "Permanence juridique", slug="permanence")
    ArticleRelatedLink.objects.create(page=choosing, related_page=guide, sort_order=0)
    choosing.save_revision().publish()
    for path in ("/fr/actualites/rapport-prisons/", "/fr/actualites/permanence/"):
        client.get(path)
        assert client.get(path)["X-Page-Cache"] == "hit"

    with django_capture_on_commit_callbacks(execute=True):
        guide.title = "Guide de la plainte"
        guide.save_revision().publish()
    chosen = client.get("/fr/actualites/permanence/")
    assert chosen["X-Page-Cache"] == "miss" and "Guide de la plainte" in chosen.content.decode()

    assert client.get("/fr/actualites/rapport-prisons/")["X-Page-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        visit.title = "Visite à Tanger et Tétouan"
        visit.save_revision().publish()
    shared = client.get("/fr/actualites/rapport-prisons/")
    assert shared["X-Page-Cache"] == "miss" and "Visite à Tanger et Tétouan" in shared.content.decode()


def test_publishing_a_translation_purges_both_languages(tree, page_cache, purged):
    assert purged(lambda: tree["ar_article"].save_revision().publish()) == ARTICLE_PATHS


def test_unpublishing_and_deleting_purge_the_page_and_what_lies_under_it(tree, page_cache, purged):
    expected = sorted([*ARTICLE_PATHS, "/ar/akhbar/ziyara/*", "/fr/actualites/visite-tanger/*"])
    assert purged(lambda: tree["article"].unpublish()) == expected
    assert purged(lambda: Page.objects.get(pk=tree["article"].pk).delete()) == expected


def test_moving_a_page_purges_where_it_was_and_where_it_goes(site_tree, tree, page_cache, purged):
    other = publication_index(site_tree["fr"], title="Dossiers", slug="dossiers")
    moved = purged(lambda: tree["article"].move(other, pos="last-child"))
    assert moved == sorted(
        [
            *ARTICLE_PATHS,
            "/ar/akhbar/ziyara/*",
            "/fr/actualites/visite-tanger/*",
            "/fr/dossiers/",
            "/fr/dossiers/atom/",
            "/fr/dossiers/rss/",
            "/fr/dossiers/visite-tanger/",
            "/fr/dossiers/visite-tanger/*",
        ]
    )


def test_menu_pages_themes_and_restrictions_purge_every_page_that_shows_them(tree, locales, page_cache, purged):
    # A listing is in the menu, on every page of its language.
    menu = purged(lambda: tree["index"].save_revision().publish())
    assert {"/fr/*", "/ar/*", "/fr/actualites/", "/ar/akhbar/rss/"} <= set(menu)

    theme = purged(lambda: make_theme(locales["fr"], "Migrations", "migrations"))
    assert theme == ["/ar/*", "/fr/*"]
    kind = make_publication_type(locales["ar"], "تقرير", "taqrir")
    kind.name = "تقارير"
    assert purged(kind.save) == ["/ar/*", "/fr/*"]
    assert purged(kind.delete) == ["/ar/*", "/fr/*"]

    restricted = purged(
        lambda: PageViewRestriction.objects.create(page=tree["article"], restriction_type="password", password="x")
    )
    assert restricted == sorted([*ARTICLE_PATHS, "/ar/akhbar/ziyara/*", "/fr/actualites/visite-tanger/*"])


def test_a_theme_edit_reaches_filtered_and_paginated_pages_in_the_page_cache(
    client, tree, locales, page_cache, django_capture_on_commit_callbacks
):
    theme = make_theme(locales["fr"], "Migrations", "migrations")
    paths = ["/fr/actualites/?page=1", "/fr/actualites/?kind=actualite&page=1", "/fr/actualites/visite-tanger/"]
    paths += ["/ar/akhbar/?page=1"]
    for path in paths:
        client.get(path)
    assert [client.get(path).get("X-Page-Cache") for path in paths] == ["hit"] * 4
    theme.name = "Migrations et asile"
    with django_capture_on_commit_callbacks(execute=True):
        theme.save()
    assert [client.get(path).get("X-Page-Cache") for path in paths] == ["miss"] * 4


def test_purging_a_path_spares_its_neighbours(client, tree, page_cache):
    paths = ["/fr/actualites/?page=1", "/fr/actualites/visite-tanger/", "/ar/akhbar/"]
    for path in paths:
        client.get(path)
    page_cache_module.purge(["/fr/actualites/"])
    assert [client.get(path).get("X-Page-Cache") for path in paths] == ["miss", "hit", "hit"]
    page_cache_module.purge(["/fr/*"])
    assert [client.get(path).get("X-Page-Cache") for path in paths] == ["miss", "miss", "hit"]


@pytest.fixture
def redis_down(settings):
    settings.CACHES = {"default": {"BACKEND": "core.cache.ResilientRedisCache", "LOCATION": "redis://127.0.0.1:1/0"}}
    resilient_cache.ResilientRedisCache._down_until = 0.0
    yield
    resilient_cache.ResilientRedisCache._down_until = 0.0


def test_redis_down_pages_are_served_uncached_with_a_warning(client, tree, page_cache, redis_down, caplog):
    with caplog.at_level(logging.WARNING, logger="core.cache"):
        responses = [client.get("/fr/actualites/visite-tanger/") for _ in range(2)]
    assert [response.status_code for response in responses] == [200, 200]
    assert all("X-Page-Cache" not in response for response in responses)
    assert "Visite à Tanger" in responses[1].content.decode()
    assert any("Redis cache unavailable" in record.getMessage() for record in caplog.records)


@pytest.fixture
def redis_page_cache(settings, page_cache):
    url = os.environ.get("REDIS_URL")
    if not url:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("REDIS_URL is not set in CI", pytrace=False)
        pytest.skip("set REDIS_URL (e.g. redis://127.0.0.1:6379/15) to test against Redis; CI does")
    settings.CACHES = {
        "default": {"BACKEND": "core.cache.ResilientRedisCache", "LOCATION": url, "KEY_PREFIX": f"t-{uuid.uuid4().hex}"}
    }
    yield caches["default"]


def test_pages_are_kept_in_redis_and_purged_there(client, tree, redis_page_cache, purged, django_assert_num_queries):
    client.get("/fr/actualites/")
    with django_assert_num_queries(0):
        assert client.get("/fr/actualites/")["X-Page-Cache"] == "hit"
    page = tree["article"]
    page.title = "Visite à Tanger et Tétouan"
    purged(lambda: page.save_revision().publish())
    response = client.get("/fr/actualites/")
    assert response["X-Page-Cache"] == "miss" and "Tétouan" in response.content.decode()


@pytest.fixture
def redis_calls(redis_page_cache, monkeypatch):
    """Counts the page cache's reads from Redis (the real server still answers them)."""
    calls = []
    original = type(redis_page_cache).get_many

    def counted(self, keys, version=None):
        calls.append(list(keys))
        return original(self, keys, version)

    monkeypatch.setattr(type(redis_page_cache), "get_many", counted)
    return calls


def test_a_page_read_again_comes_from_the_process_memory_without_asking_redis(client, tree, redis_calls):
    first = client.get("/fr/actualites/")
    assert first["X-Page-Cache"] == "miss" and len(redis_calls) >= 1
    redis_calls.clear()
    again = [client.get("/fr/actualites/") for _ in range(3)]
    assert [response["X-Page-Cache"] for response in again] == ["hit"] * 3
    assert all(response.content == first.content for response in again)
    assert redis_calls == []


def purge_from_another_process(redis_page_cache, paths):
    """Purges through the page cache of a separate Python process, on the same Redis."""
    location = redis_page_cache._servers[0]
    script = (
        "import django, sys; django.setup()\n"
        "from django.test.utils import override_settings\n"
        "from core import page_cache\n"
        f"caches = {{'default': {{'BACKEND': 'core.cache.ResilientRedisCache', 'LOCATION': {location!r},"
        f" 'KEY_PREFIX': {redis_page_cache.key_prefix!r}}}}}\n"
        f"with override_settings(CACHES=caches, PAGE_CACHE=True):\n"
        f"    page_cache.purge({paths!r})\n"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "site_project.settings.test"}
    subprocess.run([sys.executable, "-c", script], env=env, check=True, timeout=60, cwd=ROOT)


def test_a_purge_made_by_another_process_empties_this_process_memory_at_once(client, tree, redis_page_cache):
    for path in ("/fr/actualites/", "/fr/actualites/visite-tanger/"):
        client.get(path)
        assert client.get(path)["X-Page-Cache"] == "hit"

    purge_from_another_process(redis_page_cache, ["/fr/actualites/"])

    # The purged page is made again; its neighbour comes from Redis, memory having been emptied.
    assert client.get("/fr/actualites/")["X-Page-Cache"] == "miss"
    assert client.get("/fr/actualites/visite-tanger/")["X-Page-Cache"] == "hit"


def test_a_process_that_lost_its_subscription_never_answers_from_memory(client, tree, redis_page_cache):
    from core.page_cache_memory import memory

    client.get("/fr/actualites/")
    assert client.get("/fr/actualites/")["X-Page-Cache"] == "hit"
    # The server drops the process's subscription, then a purge is made that nobody announces.
    address = "{}:{}".format(*memory._subscription.connection._sock.getsockname()[:2])
    redis_page_cache._cache.get_client(write=True).client_kill(address)
    redis_page_cache.incr("page-version:/fr/actualites/")

    response = client.get("/fr/actualites/")
    assert response["X-Page-Cache"] == "miss"


def test_the_process_memory_keeps_no_more_than_its_budget(client, settings, tree, redis_page_cache):
    from core.page_cache_memory import memory

    paths = ["/fr/", "/fr/actualites/", "/fr/actualites/visite-tanger/", "/ar/akhbar/", "/ar/akhbar/ziyara/"]
    sizes = {path: len(client.get(path).content) for path in paths}
    settings.PAGE_CACHE_MEMORY_BYTES = max(sizes.values()) * 4
    for path in paths:
        client.get(path)
        assert client.get(path)["X-Page-Cache"] == "hit"
    assert 0 < memory._size <= settings.PAGE_CACHE_MEMORY_BYTES
    assert len(memory._pages) < len(paths)
    # What memory let go of is still in Redis.
    assert all(client.get(path)["X-Page-Cache"] == "hit" for path in paths)


def test_a_page_read_before_a_purge_announced_meanwhile_is_not_kept_in_memory(redis_page_cache):
    """The process read a page from Redis; a purge is announced (by another process) before it keeps it."""
    from core.page_cache_memory import CHANNEL, memory

    assert memory.get("page:before") is None  # listening from now on
    epoch = memory.epoch
    redis_page_cache.publish(CHANNEL)
    time.sleep(0.2)  # the announcement is in this process's socket, not yet read
    memory.put("page:before", (200, b"<p>avant</p>", []), epoch)
    assert memory.get("page:before") is None
    # A page read after the announcement is kept.
    epoch = memory.epoch
    memory.put("page:after", (200, b"<p>apres</p>", []), epoch)
    assert memory.get("page:after") == (200, b"<p>apres</p>", [])
