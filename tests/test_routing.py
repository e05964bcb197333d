"""Routes kept per content generation (core/routing.py): a page served again is found in one
query, and every change to the tree is seen on the next request, never a stale page."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction, Site

from core.content_cache import generation
from core.routing import route_key
from tests.factories import article, news_index, standard_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(site_tree):
    return news_index(site_tree["fr"])


def queries_of(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return response, [query["sql"] for query in queries]


def test_an_article_served_again_is_found_in_one_query(client, index):
    article(index, "Visite du centre", slug="visite")
    first, walked = queries_of(client, "/fr/actualites/visite/")
    again, kept = queries_of(client, "/fr/actualites/visite/")

    assert first.status_code == again.status_code == 200
    assert b"Visite du centre" in again.content

    # Wagtail's walk: the site, the locale, the home's translation and each segment's rows.
    def routing(queries):
        return [sql for sql in queries if 'FROM "wagtailcore_site"' in sql or 'FROM "wagtailcore_locale"' in sql]

    assert routing(walked), walked
    assert routing(kept) == []
    assert [sql for sql in kept if 'FROM "wagtailcore_pageviewrestriction"' in sql] == []
    assert len(kept) < len(walked)


def test_an_unpublished_article_is_gone_at_the_next_request(client, index):
    page = article(index, "Communiqué retiré", slug="retire")
    assert client.get("/fr/actualites/retire/").status_code == 200

    page.unpublish()

    assert client.get("/fr/actualites/retire/").status_code == 404


def test_a_new_slug_moves_the_page_and_the_old_address_is_gone(client, index):
    page = article(index, "Rapport annuel", slug="rapport")
    assert client.get("/fr/actualites/rapport/").status_code == 200

    page.slug = "rapport-2025"
    page.save_revision().publish()

    assert client.get("/fr/actualites/rapport/").status_code == 404
    response = client.get("/fr/actualites/rapport-2025/")
    assert response.status_code == 200 and b"Rapport annuel" in response.content


def test_a_moved_page_is_served_at_its_new_address_and_the_old_one_redirects(client, site_tree, index):
    page = standard_page(index, "Mandat", slug="mandat")
    assert client.get("/fr/actualites/mandat/").status_code == 200

    page.move(site_tree["fr"], pos="last-child")

    old = client.get("/fr/actualites/mandat/")
    assert (old.status_code, old["Location"]) == (301, "/fr/mandat/")
    assert client.get("/fr/mandat/").status_code == 200


def test_a_restriction_added_to_a_kept_route_is_enforced(client, index):
    article(index, "Note interne", slug="note")
    assert client.get("/fr/actualites/note/").status_code == 200

    PageViewRestriction.objects.create(page=index, restriction_type="password", password="secret")

    response = client.get("/fr/actualites/note/")
    assert b"Note interne" not in response.content
    assert b"password" in response.content


def test_an_alias_of_a_restricted_page_is_restricted_too(client, site_tree, index):
    page = article(index, "Note interne", slug="note")
    PageViewRestriction.objects.create(page=page, restriction_type="password", password="secret")
    other = standard_page(site_tree["fr"], "Ailleurs", slug="ailleurs")
    assert client.get("/fr/ailleurs/").status_code == 200  # the route to its parent is kept first

    page.create_alias(parent=other, update_slug="copie")

    response = client.get("/fr/ailleurs/copie/")
    assert b"Note interne" not in response.content
    assert b"password" in response.content


def test_a_draft_is_never_served_and_its_address_is_not_kept(client, index):
    article(index, "Brouillon", slug="brouillon", publish=False)

    assert client.get("/fr/actualites/brouillon/").status_code == 404
    assert client.get("/fr/actualites/brouillon/").status_code == 404
    site = Site.objects.get(is_default_site=True)
    key = route_key(site.pk, "fr", ["actualites", "brouillon"])
    assert cache.get(f"{key}:{generation()}", "absent") == "absent"


def test_feeds_of_a_kept_index_are_still_routed(client, index):
    article(index, "Dans le flux", slug="flux")
    assert client.get("/fr/actualites/").status_code == 200  # keeps the index's route

    response = client.get("/fr/actualites/rss/")
    assert response.status_code == 200 and b"Dans le flux" in response.content
    assert client.get("/fr/actualites/nulle-part/").status_code == 404


def test_each_language_keeps_its_own_route(client, site_tree, locales):
    from tests.factories import translate_page

    fr_index = news_index(site_tree["fr"])
    ar_index = translate_page(fr_index, locales["ar"], title="الأخبار", slug="akhbar")
    article(fr_index, "Visite", slug="visite")
    article(ar_index, "زيارة", slug="ziyara")

    assert client.get("/fr/actualites/visite/").status_code == 200
    response = client.get("/ar/akhbar/ziyara/")
    assert response.status_code == 200 and "زيارة" in response.content.decode()
    assert client.get("/ar/actualites/visite/").status_code == 404
