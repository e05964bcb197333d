import xml.etree.ElementTree as ET

import pytest

from tests.factories import bilingual_tree, standard_page

pytestmark = pytest.mark.django_db

ROOT = "http://localhost"
NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


@pytest.fixture
def tree(site_tree, locales):
    return bilingual_tree(site_tree, locales)


def sitemap_entries(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)
    entries = {}
    for url in root.findall("sm:url", NS):
        location = url.find("sm:loc", NS).text
        entries[location] = {
            link.get("hreflang"): link.get("href")
            for link in url.findall("xhtml:link", NS)
            if link.get("rel") == "alternate"
        }
    return entries


def test_sitemap_lists_both_languages(client, tree):
    entries = sitemap_entries(client)
    assert ROOT + "/fr/" in entries and ROOT + "/ar/" in entries
    assert ROOT + "/fr/actualites/visite-centre/" in entries
    assert ROOT + "/ar/actualites/visite-centre/" in entries
    assert ROOT + "/ar/publications/rapport-annuel-2025/" in entries
    assert ROOT + "/fr/contact/" in entries


def test_every_url_is_absolute(client, tree):
    entries = sitemap_entries(client)
    for location, alternates in entries.items():
        assert location.startswith(ROOT + "/"), location
        assert all(href.startswith(ROOT + "/") for href in alternates.values())


def test_translated_urls_carry_reciprocal_alternates(client, tree):
    entries = sitemap_entries(client)
    fr, ar = ROOT + "/fr/actualites/visite-centre/", ROOT + "/ar/actualites/visite-centre/"
    expected = {"fr": fr, "ar": ar, "x-default": fr}
    assert entries[fr] == expected
    assert entries[ar] == expected


def test_untranslated_url_has_no_alternates(client, tree):
    assert sitemap_entries(client)[ROOT + "/fr/contact/"] == {}


def test_drafts_and_aliases_are_left_out(client, tree, locales):
    from tests.factories import translate_page

    translate_page(tree["untranslated"], locales["ar"], publish=False, title="اتصل بنا")
    alias = tree["news"].create_alias(parent=tree["ar_home"], update_slug="alias-fr")
    entries = sitemap_entries(client)
    assert ROOT + "/ar/contact/" not in entries
    assert not any(location.endswith("/alias-fr/") for location in entries)
    assert alias.live


def test_sitemap_query_count_does_not_grow_with_pages(client, tree, locales):
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.factories import translate_page

    def count():
        cache.clear()  # the sitemap is cached until content changes: measure building it
        with CaptureQueriesContext(connection) as queries:
            entries = sitemap_entries(client)
        return len(entries), len(queries)

    entries_before, queries_before = count()
    for n in range(12):
        page = standard_page(tree["fr_home"], f"Page {n}", slug=f"page-{n}", summary="Résumé.")
        translate_page(page, locales["ar"], title=f"صفحة {n}")
    entries_after, queries_after = count()
    assert entries_after == entries_before + 24
    assert queries_after == queries_before <= 16


def test_robots_keeps_crawlers_off_personal_links_and_points_to_the_sitemap(client, tree):
    lines = client.get("/robots.txt").content.decode().splitlines()
    assert "Disallow: /*/bulletin/confirmer/" in lines
    assert "Disallow: /*/bulletin/desinscription/" in lines
    assert "Disallow: /*/bulletin/" not in lines  # the sign-up page itself stays findable
    assert any(line.startswith("Sitemap: http") and line.endswith("/sitemap.xml") for line in lines)


def test_sitemap_shows_a_newly_published_page(client, tree):
    assert ROOT + "/fr/mentions-legales/" not in sitemap_entries(client)
    standard_page(tree["fr_home"], "Mentions légales", slug="mentions-legales")
    assert ROOT + "/fr/mentions-legales/" in sitemap_entries(client)


def test_unknown_sitemap_chunk_is_not_found(client, tree):
    assert client.get("/sitemap.xml", {"p": "999"}).status_code == 404
    assert client.get("/sitemap.xml", {"p": "abc"}).status_code == 404
